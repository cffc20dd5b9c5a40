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

/**
 * English: "quarter past 9", "half past 10" (chrono.en read 10:00), "quarter to 10"; "noon", which chrono.en reads
 * without a digit, so the time was dropped as a mere period ("tomorrow at noon" had no time).
 */
const ENGLISH_PARTS: Readonly<Record<string, number>> = { quarter: 15, half: 30 };
function englishClockAt(tokens: readonly string[], i: number): { clock: string; length: number } | null {
  if (tokens[i] === 'noon') return { clock: '12.00', length: 1 };
  const part = ENGLISH_PARTS[tokens[i] ?? ''];
  const relation = tokens[i + 1];
  const hourText = tokens[i + 2] ?? '';
  if (part === undefined || (relation !== 'past' && relation !== 'to') || !HOUR.test(hourText) || Number(hourText) > 23) return null;
  const total = Number(hourText) * 60 + (relation === 'past' ? part : -part);
  return { clock: `${Math.floor(total / 60)}.${pad(total % 60)}`, length: 3 };
}

/** Tokens that may open a clock phrase: most messages have none (readClockPhrases changes nothing without one; dates.ts's gate). */
export const OPENERS: ReadonlySet<string> = new Set([...HEADS, 'quarter', 'half', 'noon']);

/** `tokens` with each "jam H lewat/kurang M" written "jam H.MM"; the same array when there is none (most messages). */
export function readClockPhrases(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const english = OPENERS.has(t) && !HEADS.has(t) ? englishClockAt(tokens, i) : null;
    if (english !== null) {
      out ??= tokens.slice(0, i);
      // "at" before it already heads the clock ("at noon"); otherwise one is added so chrono reads a time.
      if (tokens[i - 1] !== 'at') out.push('at');
      out.push(english.clock);
      i += english.length - 1;
      continue;
    }
    const clock = HEADS.has(t) ? clockAt(tokens, i) : null;
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
