/**
 * A part of a month said instead of a day (issue 11, session 9, date/time): "akhir bulan", "awal bulan depan",
 * "pertengahan maret". chrono-node reads none of them ("awal april" gave no day, "akhir bulan" no date at all), so a
 * booking said that way lost its day. Read as one day, the first of the named part:
 * - awal (start): the 1st; pertengahan / tengah (middle): the 15th; akhir (end): the month's last day.
 * - "bulan ini" is this month, "bulan depan" next month; a month's name the next such month (as chrono reads it
 *   forward); a bare "bulan" the next one not yet past ("akhir bulan" on the 15th: this month's last day; "awal
 *   bulan" on the 15th: next month's 1st).
 * The engine repairs a day the MPP is closed as for any other date.
 */
import { monthName } from './months.js';

/** The month words of the normalised text (Indonesian and English, short forms), by their first three letters. */
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, nop: 11,
  des: 12, dec: 12,
};
const MONTH_NAME =
  'jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|agu(?:stus)?|agt|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?';
/**
 * "akhir bulan", "awal bulan depan", "pertengahan bulan ini", "akhir maret"; not a month gone ("sejak awal bulan lalu":
 * a story's day, session 9 dev set 9).
 */
const MONTH_PART = new RegExp(String.raw`\b(awal|akhir|pertengahan|tengah) (bulan(?: (depan|ini))?|${MONTH_NAME})\b(?! ?\d)(?! (?:lalu|kemarin|kemaren|yang lalu|sebelumnya)\b)`, 'g');
/** The words before "bulan" that make it a part of a month (dates.ts opens the date window on them). */
export const MONTH_PARTS: ReadonlySet<string> = new Set(['awal', 'akhir', 'pertengahan', 'tengah']);

type Local = { readonly year: number; readonly month: number; readonly day: number };

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOfPart(part: string, year: number, month: number): number {
  return part === 'awal' ? 1 : part === 'akhir' ? lastDayOf(year, month) : 15;
}

/** Year and month (1–12) the part falls in: this or next month, a named month ahead, or the next one not yet past. */
function monthOf(part: string, said: string, next: string | undefined, local: Local): { year: number; month: number } {
  const forward = (month: number): { year: number; month: number } => (month > 12 ? { year: local.year + 1, month: month - 12 } : { year: local.year, month });
  if (next === 'ini') return { year: local.year, month: local.month };
  if (next === 'depan') return forward(local.month + 1);
  if (said !== 'bulan') {
    const named = MONTH_NUMBER[said.slice(0, 3)] ?? local.month;
    const passed = named < local.month || (named === local.month && dayOfPart(part, local.year, named) < local.day);
    return passed ? { year: local.year + 1, month: named } : { year: local.year, month: named };
  }
  return dayOfPart(part, local.year, local.month) >= local.day ? { year: local.year, month: local.month } : forward(local.month + 1);
}

/** "akhir bulan" → "tanggal 28 februari 2027" (on 15 February 2027); the text unchanged when it names no part of a month. */
export function readMonthPart(text: string, local: Local): string {
  if (!text.includes('awal') && !text.includes('akhir') && !text.includes('tengah')) return text;
  return text.replace(MONTH_PART, (m, part: string, said: string, next: string | undefined) => {
    const { year, month } = monthOf(part, said.startsWith('bulan') ? 'bulan' : said, next, local);
    const day = dayOfPart(part, year, month);
    // "berpulang pada awal bulan ini" (dev sets 7 and 11): a part of this month already past tells a story, it books nothing.
    if (year === local.year && month === local.month && day < local.day) return m;
    return `tanggal ${day} ${monthName(month)} ${year}`;
  });
}
