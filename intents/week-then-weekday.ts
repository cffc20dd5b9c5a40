/**
 * The week named before its day (issue 11, session 8, date/time): "minggu depan hari rabu", "pekan depan senin".
 * chrono.id reads "minggu depan" alone as a week from today and takes it, so on a Thursday "minggu depan hari rabu"
 * gave the next Thursday. Said day first ("hari rabu minggu depan") chrono reads the Wednesday of next week.
 */
// The normalised weekday names (dates.ts WEEKDAYS; importing it would be a cycle, dates.ts imports this file).
const WEEK_THEN_DAY = /\b(minggu|pekan) (depan|ini) (?:hari )?(senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b/g;

/** "minggu depan (hari) rabu" → "hari rabu minggu depan". */
export function dayBeforeWeek(text: string): string {
  if (!text.includes(' depan ') && !text.includes(' ini ')) return text;
  return text.replace(WEEK_THEN_DAY, 'hari $3 $1 $2');
}
