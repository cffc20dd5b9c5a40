/**
 * Moves name two days, the one left and the one taken; the one taken is meant.
 *
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

/**
 * Words that move a booking, as the normaliser leaves them ("dipindahkan", "diundur", "move"). In a long letter the
 * day left comes first and the day taken after the last of these (session 8, dev set 9: "jadwal saya besok pukul
 * 10.00 … mohon dipindahkan ke hari Senin tanggal 15 Februari pada jam yang sama").
 */
const MOVE_TOKENS = new Set([
  ...MOVE, 'dipindah', 'dipindahkan', 'pindahkan', 'memindahkan', 'diganti', 'diubah', 'digeser', 'undur', 'diundur', 'mundur',
  'majukan', 'dimajukan', 'resched', 'changed', 'moving',
]);

/** The index of the last word of moving before token `end`, or -1. */
export function lastMoveBefore(tokens: readonly string[], end: number): number {
  for (let i = Math.min(end, tokens.length) - 1; i >= 0; i--) if (MOVE_TOKENS.has(tokens[i] ?? '')) return i;
  return -1;
}

/**
 * "pindah dari tanggal 14 ke 16", "geser jam 9 ke 10" (issue 11, session 9, date/time): the day or hour moved to is a
 * bare number after "ke", which chrono reads as nothing, so the day left was taken. With a word of moving in the
 * message, the head is said again ("tanggal 14 ke tanggal 16") and MOVE_TO in dates.ts takes the second. Not a count
 * after it ("antre dari jam 9 ke 10 orang") and not without a move ("tanggal 14 ke 16 libur?" asks about two days).
 */
const BARE_TARGET = /\b(tanggal|jam|pukul) (\d{1,2}) (ke|jadi|menjadi) (\d{1,2})\b(?![.:/]?\d)(?! (?:orang|hari|kali|menit)\b)(?! jam\b(?! \d))/g;

/** `text` with the head of a moved-from day or hour repeated before the bare number it moves to, when `message` moves something. */
export function nameMoveTarget(text: string, message: readonly string[]): string {
  if (!text.includes(' ke ') && !text.includes('jadi ')) return text;
  if (!message.some((t) => MOVE_TOKENS.has(t))) return text;
  return text.replace(BARE_TARGET, '$1 $2 $3 $1 $4');
}
