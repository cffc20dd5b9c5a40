/**
 * The date a booking should move TO (issue 10, class 2). "besok ada rapat, bisa ganti ke jumat
 * jam 9?" names two days: the one after "ke / jadi / pindah ke / to" is the target, not the
 * excuse. With two dates and no such word, the citizen is asked which one.
 */
import type { App, Turn } from '../app.js';
import type { Understanding } from '../nlu.js';

export type Target = { readonly date: string | null; readonly time: string | null } | { readonly candidates: readonly string[]; readonly time: string | null };

const MARKER = /\b(ke|jadi|menjadi|to|into|till|until|sampai)\s+/gi;
const CLAUSE = /[,;.!?]|\b(tapi|tp|soalnya|karena|krn|karna|but|because|since|lalu|terus|trus|atau|ato|or)\b/i;

export function rescheduleTarget(app: App, turn: Turn, u: Understanding): Target {
  const { text, now } = turn;
  let found: { date: string | null; time: string | null } | null = null;
  for (const match of text.matchAll(MARKER)) {
    const tail = app.nlu.understand(text.slice(match.index + match[0].length), now);
    if (tail.date || tail.time) found = { date: tail.date, time: tail.time };
  }
  if (found) return found;
  const dates = [...new Set(text.split(CLAUSE).filter((part) => part && part.trim()).map((part) => app.nlu.understand(part, now).date).filter((d): d is string => d !== null))];
  if (dates.length >= 2) return { candidates: dates, time: u.time };
  return { date: u.date, time: u.time };
}
