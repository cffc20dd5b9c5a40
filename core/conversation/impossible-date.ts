/**
 * "booking kk tgl 32", "tanggal 30 februari", "31 november", "29 februari" in 2027: a date no calendar has.
 * The date reader finds no date in them and says which day it saw (`Understanding.impossibleDate`, intents/dates.ts),
 * so the booking does not ask "Pilih tanggal" as if nothing had been said (field test, issue 11): the citizen is
 * told the date does not exist, then picks one. Only the wording lives here; what a calendar has is the NLU's.
 */
import { monthName } from '../format.js';
import { tr } from '../i18n.js';
import type { ImpossibleDate } from '../nlu.js';
import type { Lang } from '../types.js';

/** A line of a question that said so, for asking the question again without it. */
export const IMPOSSIBLE_LINE = /^(Tanggal \S+(?: \S+){0,2} tidak ada di kalender|There is no date \S+(?: \S+){0,2})\.$/;

/** The sentence saying the date does not exist, or null when the message named none. */
export function impossibleDateText(said: ImpossibleDate | null | undefined, lang: Lang): string | null {
  if (!said) return null;
  const date = [String(said.day), said.month === null ? '' : monthName(said.month, lang), said.year === null ? '' : String(said.year)].filter(Boolean).join(' ');
  return tr(lang, `Tanggal ${date} tidak ada di kalender.`, `There is no date ${date}.`);
}
