/**
 * How long until one's turn, asked on the day of one's booking (session 46, `npm run simulate`): "masih lama ga?" and "kira2 brp
 * lama lagi dipanggil?" from a citizen waiting for a 09.00 KTP number were asked "Lama proses or Cek booking?", though the
 * booking's live status (people before them, the estimated wait) is the answer. Only with a booking today, and a question that
 * names no service or names the booked one with its queue ("berapa lama bikin paspor?" is the paspor's processing time).
 */
import type { App, Turn } from '../app.js';
import { localParts } from '../local-time.js';
import type { IntentName, Understanding } from '../nlu.js';

const WAIT_ASKED = new RegExp(
  [
    String.raw`\b(?:masih|msh|masi)\s+(?:lama|lm|lma|jauh|berapa|brp|banyak)\b`,
    String.raw`\b(?:lama|lm|lma)\s+(?:lagi|lg|ga|gak|nggak|ngga|gk|kah|banget|bgt)\b`,
    String.raw`\b(?:kapan|kpn)\s+(?:saya\s+|sy\s+|aku\s+)?(?:dipanggil|giliran|gilirannya|giliranku|maju)\b`,
    String.raw`\b(?:dipanggil|giliran\s+(?:saya|sy|aku|ku))\b`,
    String.raw`\bhow\s+(?:much\s+)?(?:long|longer)\b.*\b(?:turn|called|wait|waiting|number)\b`,
    String.raw`\b(?:still\s+(?:long|waiting)|my\s+turn)\b`,
  ].join('|'),
  'i',
);
const QUEUE_WORD = /\b(?:antri|antre|antrian|antrean|antrianku|nomor|giliran|queue|turn)\b/i;

/** As sure as called-asked.ts's reading of a question asked while called. */
const WAIT_CONFIDENCE = 0.6;

/** The readings such a question gets: the processing time, the booking, or none. */
const WAIT_READINGS: ReadonlySet<IntentName> = new Set(['duration', 'my_booking', 'fallback', 'hours']);

/** `u` read as a question about one's booking, when the citizen has one today and asks how long is left. */
export function askedHowLongToday(app: App, turn: Turn, u: Understanding): Understanding {
  if (!WAIT_READINGS.has(u.intent) || !WAIT_ASKED.test(turn.text)) return u;
  // A service named is its processing time, unless it is the one booked today and the queue is named with it ("masih lama gak
  // antrian sim saya" was asked "which did you mean?"; session 46, a field test).
  if (u.service !== null && !QUEUE_WORD.test(turn.text)) return u;
  const today = localParts(turn.now, app.settings.timeZone).date;
  const waiting = app.bookings.activeFor(turn.user).some((b) => b.date === today && b.status === 'booked' && (u.service === null || b.service === u.service));
  // As sure as a question about the call itself (called-asked.ts): a service named no longer makes it a question about that service.
  return waiting ? { ...u, intent: 'my_booking', confidence: Math.max(u.confidence, WAIT_CONFIDENCE), alternatives: [], ownBooking: true } : u;
}
