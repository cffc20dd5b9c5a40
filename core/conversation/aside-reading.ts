/**
 * What counts as an aside: a question asked in the middle of a dialog that holds a draft ("jam
 * buka?", "syaratnya apa aja?", "makasih" at "Booking KTP Kamis 09.00, benar?"). It is answered and
 * the open question asked again, the draft kept (field bug, issue 11). Only reading here, no
 * replies, so read-request.ts can use it without an import cycle.
 */
import type { IntentName, Understanding } from '../nlu.js';
import type { Pending } from '../session.js';

/** Intents that only inform: answering them changes nothing, so the open question can wait. */
export const ASIDE_INTENTS = new Set<IntentName>(['hours', 'location', 'requirements', 'procedure', 'cost', 'duration', 'list_services', 'help', 'greeting', 'thanks', 'my_booking']);
/** The same bar as a topic change in read-request.ts: a guess is not enough to set the question aside. */
const ASIDE_CONFIDENCE = 0.5;

/** "pas natal buka?", "besok buka?" ask; "natal aja", "ganti ke jumat" would move a booking draft instead. */
export const ASIDE_WORDS = /\b(buka|tutup|libur|open|closed)\b/;
export const MOVE_WORDS = /\b(ganti|pindah|jadi(nya)?|aja|saja|booking|book|daftar|change|move|instead)\b/;

export type DraftPending = Extract<Pending, { kind: 'booking' | 'cancel' | 'rename' | 'complaint' }>;

/** Dialogs whose draft an aside must not lose. A `choose` menu holds nothing; `announce` is staff's. */
export function holdsDraft(pending: Pending | undefined): pending is DraftPending {
  return pending?.kind === 'booking' || pending?.kind === 'cancel' || pending?.kind === 'rename' || pending?.kind === 'complaint';
}

/** A confident informational intent with no rival reading. */
export function isAside(u: Understanding): boolean {
  return ASIDE_INTENTS.has(u.intent) && u.confidence >= ASIDE_CONFIDENCE && u.alternatives.length === 0;
}

/** "besok buka?" at the confirm step asks about the day; "besok aja" moves the draft. */
export function asksAboutDay(text: string, u: Understanding): boolean {
  const t = text.toLowerCase();
  return u.intent === 'hours' && isAside(u) && ASIDE_WORDS.test(t) && !MOVE_WORDS.test(t);
}
