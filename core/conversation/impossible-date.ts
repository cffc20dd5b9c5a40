/**
 * "booking kk tgl 32", "tanggal 30 februari", "31 november": a date no calendar has. The date
 * reader rightly finds no date in them, so the booking asked "Pilih tanggal" as if nothing had been
 * said (field test, issue 11); the citizen is told the date does not exist, then picks one.
 */
import { tr } from '../i18n.js';
import type { Lang } from '../types.js';

const MONTHS: Record<string, number> = {
  januari: 31, jan: 31, january: 31,
  februari: 29, feb: 29, pebruari: 29, february: 29,
  maret: 31, mar: 31, march: 31,
  april: 30, apr: 30,
  mei: 31, may: 31,
  juni: 30, jun: 30, june: 30,
  juli: 31, jul: 31, july: 31,
  agustus: 31, agt: 31, agu: 31, aug: 31, august: 31,
  september: 30, sep: 30, sept: 30,
  oktober: 31, okt: 31, oct: 31, october: 31,
  november: 30, nov: 30, nop: 30,
  desember: 31, des: 31, dec: 31, december: 31,
};
const MONTH_WORDS = Object.keys(MONTHS).join('|');
/** "tgl 32", "tanggal 30 februari", or a day and a month name ("31 november"). */
const SAID = new RegExp(String.raw`\b(?:(?:tgl|tanggal|tg|date|the)\.?\s*(\d{1,3})(?:\s+(${MONTH_WORDS}))?|(\d{1,3})\s+(${MONTH_WORDS}))\b`, 'i');

/** A line of a question that said so, for asking the question again without it. */
export const IMPOSSIBLE_LINE = /^(Tanggal \S+( \S+)? tidak ada di kalender|There is no date \S+( \S+)?)\.$/;

/** The sentence saying the date does not exist, or null when the message names none that is impossible. */
export function impossibleDate(text: string, lang: Lang): string | null {
  const match = SAID.exec(text);
  if (!match) return null;
  const day = Number(match[1] ?? match[3]);
  const month = (match[2] ?? match[4])?.toLowerCase();
  const limit = month ? MONTHS[month]! : 31;
  if (day >= 1 && day <= limit) return null;
  const said = month ? `${day} ${month}` : String(day);
  return tr(lang, `Tanggal ${said} tidak ada di kalender.`, `There is no date ${said}.`);
}
