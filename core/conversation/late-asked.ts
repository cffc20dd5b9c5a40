/**
 * "kalau telat gimana?", "telat dikit gapapa?", "if I'm late what happens?" from a citizen who holds a booking: what becomes of it
 * when they are late. The NLU hears lateness of one's own booking only when the booking is named ("kalau saya telat, antrian saya
 * hangus?"); said without it, these were answered with the SIM's procedure at a move's "Pilih jam", or fell out of scope (session
 * 41, `npm run simulate`). With a booking held, the chat knows whose lateness it is. Not a fee for paying late ("telat bayar
 * pajak", "denda"), not a late relative ("my late father"), and only a short question: a long message tells a story.
 */
import type { Understanding } from '../nlu.js';

const LATE = /\b(?:telat|terlambat|late)\b/;
const ASKS = /\?|\b(?:gimana|bagaimana|gmn|piye|kumaha|gapapa|ga papa|gak papa|nggak papa|ngga papa|tidak apa|tidak apa-apa|masih bisa|masih boleh|boleh|bisa|hangus|what happens|is that ok|is it ok|okay)\b/;
const NOT_LATENESS = /\b(?:denda|bayar|pajak|lapor|akta|cicilan|spp|fine|fines|tax|pay|almarhum|my late|her late|his late|late father|late mother|late husband)\b/;
const MAX_WORDS = 12;
/** As sure as the NLU's own reading of lateness of a booking named (intents/booking-asked.ts). */
const LATE_CONFIDENCE = 0.6;

/** `u` read as a question about being late for one's booking, when the citizen holds one and the message asks just that. */
export function lateForBooking(u: Understanding, text: string, holdsBooking: boolean): Understanding {
  if (!holdsBooking || u.asksLate === true || u.service !== null) return u;
  const t = text.trim().toLowerCase();
  if (t.split(/\s+/).length > MAX_WORDS || !LATE.test(t) || !ASKS.test(t) || NOT_LATENESS.test(t)) return u;
  return { ...u, intent: 'my_booking', confidence: LATE_CONFIDENCE, alternatives: [], asksLate: true };
}
