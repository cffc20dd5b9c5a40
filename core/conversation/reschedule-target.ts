/**
 * The date a booking should move TO (issue 10, class 2). "besok ada rapat, bisa ganti ke jumat
 * jam 9?" names two days: the one after "ke / jadi / pindah ke / to" is the target, not the
 * excuse. With two dates and no such word, the citizen is asked which one.
 */
import type { App, Turn } from '../app.js';
import type { Understanding } from '../nlu.js';

export type Target = { readonly date: string | null; readonly time: string | null } | { readonly candidates: readonly string[]; readonly time: string | null };

const MARKER = /\b(ke|jadi|menjadi|to|into|till|until|sampai)\s+/gi;
/** Two days offered as a choice: "besok atau kamis", "tuesday or wednesday". */
const EITHER = /\b(?:atau|ato|or)\b/i;
const CLAUSE = /[,;.!?]|\b(tapi|tp|soalnya|karena|krn|karna|but|because|since|lalu|terus|trus|atau|ato|or)\b/i;

export function rescheduleTarget(app: App, turn: Turn, u: Understanding): Target {
  const { text, now } = turn;
  let found: { date: string | null; time: string | null } | null = null;
  for (const match of text.matchAll(MARKER)) {
    const tail = app.nlu.understand(text.slice(match.index + match[0].length), now);
    if (tail.date || tail.time) found = { date: tail.date, time: tail.time };
  }
  if (found) return found;
  const dates = namedDays(app, turn);
  // "besok saya ada urusan, bisa lusa?" with a booking tomorrow: the day booked is the one left, the other the one asked for.
  const booked = bookedDays(app, turn);
  const others = dates.filter((d) => !booked.has(d));
  // Not when the two are offered as a choice ("ganti jadwal, besok atau kamis"): the citizen is asked which.
  if (dates.length === 2 && others.length === 1 && !EITHER.test(text)) return { date: others[0]!, time: u.time };
  if (dates.length >= 2) return { candidates: dates, time: u.time };
  return { date: u.date, time: u.time };
}

/**
 * A move said as the day booked and another ("waduh besok saya ada urusan, bisa lusa?" with a booking tomorrow): the NLU read it
 * out of scope, or as a second booking, and the citizen got "Maaf, saya belum paham" (session 42, `npm run simulate`). Two days
 * named in separate clauses, one of them a day the citizen holds a booking on.
 */
export function leavesBookedDay(app: App, turn: Turn): boolean {
  const dates = namedDays(app, turn);
  const booked = bookedDays(app, turn);
  return dates.length === 2 && dates.filter((d) => booked.has(d)).length === 1 && !EITHER.test(turn.text);
}

/** The days the message names, one per clause ("besok ada rapat, bisa jumat?": two). */
function namedDays(app: App, turn: Turn): string[] {
  return [...new Set(turn.text.split(CLAUSE).filter((part) => part && part.trim()).map((part) => app.nlu.understand(part, turn.now).date).filter((d): d is string => d !== null))];
}

function bookedDays(app: App, turn: Turn): Set<string> {
  return new Set(app.bookings.activeFor(turn.user).filter((b) => b.status === 'booked').map((b) => b.date));
}
