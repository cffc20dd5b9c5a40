/**
 * A span of weekdays ("senin sampai jumat", "Senin–Jumat", "s/d", "monday through friday", "mon-fri") names the
 * days a habit holds ("buka senin s/d jumat?", "saya kerja senin sampai jumat, sabtu buka?"), never one day.
 * chrono read its first day as the next Monday (dev set 7: a letter's "Sabtu tanggal 2 Januari" lost to the
 * "Senin" of its working week), so the date reader does not see the span at all. The normaliser splits
 * "senin-jumat" in two, and the tokeniser drops the dash of "Senin–Jumat": both arrive as two days side by side.
 */
import { WEEKDAYS as DAY_NAMES } from './date-tokens.js';

/** Between the two days of a span; "s/d" arrives as "s di" and "sd". */
const SPAN_WORDS = new Set(['sampai', 'hingga', 'until', 'till', 'through', 'thru', 'sd', 'to']);
/** "to" is a span in "monday to friday" but a move in "move it from monday to friday": a move word keeps it. */
const MOVE_WORDS = new Set(['move', 'change', 'reschedule', 'postpone', 'pindah', 'ganti', 'ubah', 'geser', 'undur', 'mundur', 'majukan', 'tukar', 'jadi', 'jadikan']);
const WEEK_TAIL = new Set(['depan', 'ini', 'lalu', 'kemarin', 'lagi', 'berikutnya', 'besok', 'ke', 'depannya']);

/** Length of the span starting at token `i` (0 when none): day, joiner, optional "hari", day. */
function spanAt(tokens: readonly string[], i: number, toIsSpan: boolean): number {
  if (!DAY_NAMES.has(tokens[i] ?? '')) return 0;
  let j = i + 1;
  const joiner = tokens[j] ?? '';
  if (joiner === 's' && tokens[j + 1] === 'di') j += 2;
  else if (SPAN_WORDS.has(joiner) && (joiner !== 'to' || toIsSpan)) j += 1;
  // No joiner at all (see above). But "senin minggu depan" is Monday next week: "minggu" before depan/ini/… is the
  // week, not Sunday.
  else if (tokens[j] === 'minggu' && WEEK_TAIL.has(tokens[j + 1] ?? '')) return 0;
  if (tokens[j] === 'hari') j += 1;
  return DAY_NAMES.has(tokens[j] ?? '') ? j - i + 1 : 0;
}

/** `tokens` without their weekday spans; the same array when there is none (most messages). */
export function dropWeekdayRanges(tokens: readonly string[]): readonly string[] {
  let kept: string[] | null = null;
  let toIsSpan: boolean | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!DAY_NAMES.has(t)) {
      kept?.push(t);
      continue;
    }
    toIsSpan ??= !tokens.some((w) => MOVE_WORDS.has(w));
    const length = spanAt(tokens, i, toIsSpan);
    if (length === 0) {
      kept?.push(t);
      continue;
    }
    kept ??= tokens.slice(0, i);
    i += length - 1;
  }
  return kept ?? tokens;
}
