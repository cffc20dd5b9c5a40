/**
 * A citizen whose number is being called, or was just called while they were away: "saya sudah di depan loket", "maaf tadi ke
 * toilet, gimana?". Right after "Giliran Anda!" the first was "that is not one of the options" under the variant question, and
 * after "Nomor KTP-001 sudah dipanggil tetapi Anda belum hadir" the second started a complaint (session 42, `npm run simulate`).
 * The booking's own status answers both (booking-replies.ts liveStatus: where to go, or to report to the counter). Only a short
 * message that says where the citizen is or asks what now; a request of its own (a move, a cancel, a person) is left to the NLU.
 */
import type { App, Turn } from '../app.js';
import { localParts } from '../local-time.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Booking } from '../records.js';

/** "sudah di depan loket", "udah di ruang tunggu", "otw", "lagi di toilet", "I'm here". */
const WHERE_I_AM = /\b(?:sudah|udah|sdh|udh|lagi|sedang|masih)\s+(?:di\s+)?(?:depan|loket|sini|situ|lokasi|mpp|ruang tunggu|toilet|wc|parkiran|lantai|jalan|perjalanan|rumah|kantor)\b|\b(?:otw|on the way|on my way|i'?m here|i am here|i'?m at the counter)\b|\b(?:tadi|barusan)\s+(?:ke|di)\s+(?:toilet|wc|kamar mandi|musholla|mushola|parkiran|luar|kantin)\b/;
/** "gimana?", "terus?", "what now?", or any short question. */
const WHAT_NOW = /\?|\b(?:gimana|bagaimana|gmn|terus|trus|lalu|piye|kumaha|what now|what should i do|what do i do)\b/;
const MAX_WORDS = 12;
/** A request of its own, read surely, is left alone: "batalin aja", "mau ngomong sama petugas". */
const OWN_REQUESTS: ReadonlySet<IntentName> = new Set(['cancel', 'reschedule', 'book', 'human', 'unsubscribe']);
/** As sure as lateness asked of one's booking (late-asked.ts). */
const CALLED_CONFIDENCE = 0.6;

/** Today's booking of the citizen that is being called or was missed when called. */
export function calledToday(app: App, turn: Turn): Booking | undefined {
  const today = localParts(turn.now, app.settings.timeZone).date;
  return app.bookings.activeFor(turn.user).find((b) => b.date === today && (b.status === 'called' || b.status === 'skipped'));
}

/** `u` read as a question about one's booking, when it is being called (or was missed) and the message is about that moment. */
export function askedWhileCalled(u: Understanding, text: string, called: Booking | undefined): Understanding {
  if (!called) return u;
  const t = text.trim().toLowerCase();
  if (t.split(/\s+/).length > MAX_WORDS || (OWN_REQUESTS.has(u.intent) && u.confidence >= 0.5)) return u;
  if (!WHERE_I_AM.test(t) && !(called.status === 'skipped' && WHAT_NOW.test(t))) return u;
  return { ...u, intent: 'my_booking', confidence: CALLED_CONFIDENCE, alternatives: [], ownBooking: true };
}
