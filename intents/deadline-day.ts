/**
 * A day said as a limit ("I'm only home until Sunday. Is the MPP open this Friday afternoon?", dev set 9) tells how
 * long the citizen can wait, not the day asked about. dates.ts takes a date from it only when no other day is named.
 * "sampai/hingga" also join spans of hours ("buka sampai jam 4"), so only the day is set aside, never a time.
 */
const UNTIL = /\b(?:until|till|sampai|hingga|sampe)\s+(?:hari\s+|this\s+|next\s+)?$/;

/** True when the text before a date (`before`, the window up to it) makes the date a limit. */
export function isLimit(before: string): boolean {
  return UNTIL.test(before);
}
