/**
 * A part of today named with "ini" (issue 11, session 8, date/time): "booking siang ini jam 1", "mpp sore ini buka
 * sampai jam 4". chrono.id leaves the day of "pagi/siang/sore ini" implied, so the slot had a time and no day.
 * dates.ts makes it today only beside a clock time: alone, "pagi ini" in the dev sets was a polite letter's "mohon maaf
 * mengganggu waktunya pagi ini" or "sampai pagi ini belum menerima kode", never a slot.
 * A greeting is no day: chrono.id reads "malam ini" as today, so "selamat malam ini saya mau booking besok" took today
 * over tomorrow, and so would "Siang, ini …" (its comma gone by then); the "ini" after a greeting, or after a part of
 * the day that opens the message, is dropped before anything reads it.
 */

const PERIODS = new Set(['pagi', 'siang', 'sore', 'malam']);
const GREETINGS = new Set(['selamat', 'slamat', 'met', 'good']);

function greets(tokens: readonly string[], i: number): boolean {
  return PERIODS.has(tokens[i] ?? '') && tokens[i + 1] === 'ini' && (i === 0 || GREETINGS.has(tokens[i - 1] ?? ''));
}

/** `tokens` without the "ini" of a greeting ("selamat malam ini …", a message opening "siang ini …"); the same array when none. */
export function dropGreetingThis(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (greets(tokens, i)) {
      out ??= tokens.slice(0, i);
      out.push(tokens[i] ?? '');
      i++; // the "ini"
    } else out?.push(tokens[i] ?? '');
  }
  return out ?? tokens;
}

/** True when `tokens` (greetings dropped) name a part of today ("sore ini", "nanti sore"): today, when nothing else names a day. */
export function namesPartOfToday(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i + 1] === 'ini' && PERIODS.has(tokens[i] ?? '')) return true;
    // "nanti sore jam 3" (session 9 probes): later today, beside a clock time as "sore ini" is
    if (tokens[i] === 'nanti' && PERIODS.has(tokens[i + 1] ?? '')) return true;
  }
  return false;
}
