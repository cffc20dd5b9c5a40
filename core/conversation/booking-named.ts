/**
 * Which of a citizen's bookings a cancel or a move points at, by the service or the day it names: "batal yang kamis" with a SKCK
 * booking on Thursday and a KTP one on Friday asked "Booking yang mana?", and the "iya" that followed was thanked and the cancel
 * lost; "yang jumat dipindah ke senin aja" asked again (session 42, `npm run simulate`). A move names the day it leaves before
 * the day it goes to ("… ke senin"): only the words before "ke / jadi / to" count. Nothing narrowed to one booking: the citizen
 * is asked, as before.
 */
import type { App, Turn } from '../app.js';
import type { Booking } from '../records.js';

/** Where a move's new day starts (reschedule-target.ts reads the day after it). */
const TO_MARKER = /\b(?:ke|jadi|menjadi|to|into)\s+/i;
const CLAUSE = /[,;.!?]|\b(?:tapi|tp|soalnya|karena|krn|karna|but|because|since|lalu|terus|trus|atau|ato|or|dan|and)\b/i;

export function bookingNamed(app: App, turn: Turn, list: readonly Booking[], service: string | null | undefined, moving: boolean): Booking | undefined {
  let left = service ? narrowed(list, (b) => b.service === service) : list;
  const words = moving ? turn.text.split(TO_MARKER)[0] ?? '' : turn.text;
  const days = new Set(words.split(CLAUSE).filter((part) => part.trim() !== '').map((part) => app.nlu.understand(part, turn.now).date).filter((d): d is string => d !== null));
  if (days.size > 0) left = narrowed(left, (b) => days.has(b.date));
  return left.length === 1 ? left[0] : undefined;
}

/** The bookings that pass, unless none does: a day or service that fits no booking narrows nothing. */
function narrowed(list: readonly Booking[], keep: (b: Booking) => boolean): readonly Booking[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}
