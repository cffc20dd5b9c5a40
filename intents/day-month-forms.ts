/**
 * Ways of writing a day and its month that chrono-node misreads or skips (issue 11, session 8, date/time):
 * - "15-12" (a dash, no year): chrono.id reads "15/12" and "15-12-2026" but not "15-12", so the day was lost.
 *   Only where it cannot be a span of hours or a count: after a day word, or a first number past 12 ("jam 9-10",
 *   "buka 8-12" stay as they are).
 * - "december 15", "dec 15th" (English, month first): chrono.en reads the number as a year (December 2015), so
 *   no day came out at all. Rewritten day first ("15 december"), which both locales read.
 * - "tanggal 16 bulan ini": chrono.id reads "16 bulan ini" as a time on the 1st of this month. The month is named.
 * - "16/12 sore": chrono.id reads "12 sore" as noon and loses the day (session 8 probes). A comma keeps them apart.
 * - "thursday the 7th of january": chrono.en reads "thursday" and "7th of january" apart and the first, the coming
 *   Thursday, won (dev set 8). Without "the" it reads one day.
 */
import { WEEKDAYS } from './date-tokens.js';
import { monthName } from './months.js';

const DASHED = /^(\d{1,2})-(\d{1,2})$/;
/** Words before "15-12" that make it a day (a weekday too: "senin 14-12"). */
const DAY_HEADS = new Set(['tanggal', 'date', 'on', 'ke', 'to', 'hari', 'sampai']);
/** Words before a number that make it an hour or a span of them. */
const HOUR_HEADS = new Set(['jam', 'pukul', 'at', 'antara', 'between', 'from', 'dari', 'buka', 'open', 'tutup', 'close']);

/** `tokens` with a dashed day and month ("15-12") written "15/12"; the same array when there is none. */
export function readDashedDayMonth(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const match = t.length <= 5 && t.includes('-') ? DASHED.exec(t) : null;
    if (match === null) {
      out?.push(t);
      continue;
    }
    const day = Number(match[1]);
    const month = Number(match[2]);
    const before = tokens[i - 1] ?? '';
    const isDay = day >= 1 && day <= 31 && month >= 1 && month <= 12 && !HOUR_HEADS.has(before) && (day > 12 || DAY_HEADS.has(before) || WEEKDAYS.has(before));
    if (isDay) out ??= tokens.slice(0, i);
    out?.push(isDay ? `${day}/${month}` : t);
  }
  return out ?? tokens;
}

const MONTH_FIRST =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (\d{1,2})(?: (?:st|nd|rd|th)\b)?(?! ?[\d:.])/g;

/** "december 15", "dec 15 th" → "15 december": English month-first days, day first. */
export function dayBeforeMonth(text: string): string {
  return text.replace(MONTH_FIRST, (m, month: string, day: string) => (Number(day) >= 1 && Number(day) <= 31 ? `${day} ${month}` : m));
}

const THIS_MONTH = /\btanggal (\d{1,2}) bulan ini\b/g;

/** "tanggal 16 bulan ini" → "tanggal 16 desember 2026" (the month of `local`). */
export function nameThisMonth(text: string, local: { year: number; month: number }): string {
  if (!text.includes('bulan ini')) return text;
  return text.replace(THIS_MONTH, (_m, day: string) => `tanggal ${day} ${monthName(local.month)} ${local.year}`);
}

// Only with a month after it (a month's word, not any word: "friday the 30 th instead" took the coming Friday, session 9,
// dev set 11): "friday the 18 th" alone is left to dates.ts, which reads "the 18 th" as the next 18th
// (chrono.en reads "friday 18th" as the coming Friday).
const WEEKDAY_THE_ORDINAL = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) the (\d{1,2}) (st|nd|rd|th)(?= (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/g;

/** "thursday the 7 th of january" → "thursday 7th of january" (the tokeniser splits the ordinal). */
export function weekdayWithOrdinal(text: string): string {
  return text.includes(' the ') ? text.replace(WEEKDAY_THE_ORDINAL, '$1 $2$3') : text;
}

const SLASH_THEN_PERIOD = /\b(\d{1,2}\/\d{1,2}) (pagi|siang|sore|malam)\b/g;

/** "16/12 sore" → "16/12 , sore" (a year after the month, "16/12/2026 sore", chrono reads right). */
export function slashDayBeforePeriod(text: string): string {
  return text.includes('/') ? text.replace(SLASH_THEN_PERIOD, '$1 , $2') : text;
}
