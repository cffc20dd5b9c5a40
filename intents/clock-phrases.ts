/**
 * Minutes said around an hour (issue 11, session 8, date/time): "jam 8 lewat 15", "jam 9 lebih seperempat", "jam 10
 * kurang 15 menit" (09:45), "jam 8 kurang seperempat" (07:45), and the spoken "jam delapan tiga puluh" (digits by
 * then: number-words.ts runs first). chrono.id read only the hour, so the slot was a quarter or half an hour off.
 * Runs on tokens before the date window; a match becomes "jam H.MM", which chrono reads.
 */

const HEADS = new Set(['jam', 'pukul']);
const PAST = new Set(['lewat', 'lebih']);
const HOUR = /^\d{1,2}$/;
const MINUTES = /^\d{1,2}$/;
/** "jam 8 30": only two-digit minutes read as minutes with no word between ("jam 9 5 orang" is no time). */
const BARE_MINUTES = /^[1-5]\d$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The minutes said at `i`: a number (0–59) or "seperempat"; null otherwise. */
function minutesAt(tokens: readonly string[], i: number): number | null {
  const t = tokens[i] ?? '';
  if (t === 'seperempat') return 15;
  if (!MINUTES.test(t)) return null;
  const m = Number(t);
  return m < 60 ? m : null;
}

/** The clock time said from token `i` (an hour head) on, as "H.MM" with the tokens it spans; null when none. */
function clockAt(tokens: readonly string[], i: number): { clock: string; length: number } | null {
  const hourText = tokens[i + 1] ?? '';
  if (!HEADS.has(tokens[i] ?? '') || !HOUR.test(hourText)) return null;
  const hour = Number(hourText);
  if (hour > 23) return null;
  const word = tokens[i + 2] ?? '';
  let minutes: number | null = null;
  let length = 3;
  if (PAST.has(word) || word === 'kurang') {
    const m = minutesAt(tokens, i + 3);
    if (m === null || m === 0) return null;
    minutes = word === 'kurang' ? -m : m;
    length = 4;
  } else if (BARE_MINUTES.test(word)) minutes = Number(word);
  else if (word === 'seperempat') minutes = 15;
  if (minutes === null) return null;
  if (tokens[i + length] === 'menit') length++;
  const total = (hour * 60 + minutes + 24 * 60) % (24 * 60);
  // "jam 1 kurang 15" in office hours is 12:45, not a quarter to one at night.
  const h = Math.floor(total / 60) === 0 && hour === 1 ? 12 : Math.floor(total / 60);
  return { clock: `${h}.${pad(total % 60)}`, length };
}

/** `tokens` with each "jam H lewat/kurang M" written "jam H.MM"; the same array when there is none (most messages). */
export function readClockPhrases(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const clock = HEADS.has(tokens[i] ?? '') ? clockAt(tokens, i) : null;
    if (clock === null) {
      out?.push(tokens[i] ?? '');
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(tokens[i] ?? '', clock.clock);
    i += clock.length - 1;
  }
  return out ?? tokens;
}
