/**
 * The twelve months as the normalised text spells them. Typos, short forms and English names are normalised to these
 * before any reader of a date sees them, so one table serves them all (dates, day-month forms, month parts, holidays and
 * the days counted from them had each kept their own copy).
 */
export const MONTHS_ID = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'] as const;

const NUMBERS: ReadonlyMap<string, number> = new Map(MONTHS_ID.map((m, i) => [m, i + 1]));

/** The month's number (1–12) of a normalised month name, or undefined for any other word. */
export function monthNumber(word: string): number | undefined {
  return NUMBERS.get(word);
}

/** Whether `word` is a normalised month name. */
export function isMonthName(word: string): boolean {
  return NUMBERS.has(word);
}

/** The normalised name of month `month` (1–12). */
export function monthName(month: number): string {
  return MONTHS_ID[(((month - 1) % 12) + 12) % 12] ?? '';
}
