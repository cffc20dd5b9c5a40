/**
 * A move said as a range names the day it goes to (issue 11, session 8, date/time): "can you move it from monday to
 * friday", "change my booking from 14 december to 16 december". chrono.en merges "X to Y" into one range and we
 * took its start, the day being left. With a word of moving in the message, "to" is cut from the range ("then to"),
 * so chrono reads two dates and dates.ts takes the one after "to" (its MOVE_TO rule, as for "pindah ke jumat").
 * chrono.id makes no range of "dari senin ke jumat", and weekday-ranges.ts keeps a span with a move word in it.
 */

/** Words of moving a booking, English and the Indonesian ones mixed into English. */
const MOVE = new Set(['move', 'moved', 'moving', 'change', 'reschedule', 'rescheduled', 'postpone', 'shift', 'switch', 'rebook', 'push', 'pindah', 'ganti', 'ubah', 'geser']);
const RANGE_TO = /(\bfrom\b.*?) to\b/g;

/**
 * `text` (the date window) with the "to" of a "from X to Y" range cut from X when `message` (all its tokens: the
 * move word may lie outside the window) moves something; unchanged otherwise.
 */
export function unlinkMoveRange(text: string, message: readonly string[]): string {
  if (!text.includes(' to ') || !text.includes('from') || !message.some((t) => MOVE.has(t))) return text;
  return text.replace(RANGE_TO, '$1 then to');
}
