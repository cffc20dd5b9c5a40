/**
 * Whether one must book at all (issue 11, session 23): "ga perlu booking ya? langsung datang aja bisa?", "harus booking dulu
 * ga?", "gak perlu antri online kan?". The how of being served, a procedure question; read whole, "ga perlu booking" is how
 * the field calls a booking off ("ga usah booking lagi", a cancel) and "booking dulu" how it asks for one. A question (a
 * question mark, "kan", "ga", "atau", "kah" after it), about booking in general: no booking of one's own ("booking saya"),
 * no verb of calling off or moving.
 */
import type { IntentName } from '../core/nlu.js';
import type { Analysis } from './pipeline.js';

/** Must one book: "harus/wajib/perlu/mesti/usah" before a word of booking (normal forms). */
const MUST_BOOK = /\b(?:harus|wajib|perlu|mesti|usah)\s+(?:(?:ambil|pakai|lewat)\s+)?(?:booking|daftar|antre|reservasi)(?:\s+online)?(?:\s+dulu)?\b/;
/** It asks: "?", or a tag after it ("kan", "tidak", "atau …", "kah", "ya"). */
const ASKED = /\?|\b(?:kan|tidak|atau|kah|apa|ya)\s*$|\batau\b/;
/** One's own booking or an act on it: then it is the booking family's. */
const ACTED = /\b(?:saya|kami|sy)\s+(?:yang|yg)\b|\b(?:booking|antre|reservasi|jadwal)\s+(?:saya|kami|sy)\b|\b(?:batal|cancel|pindah|undur|geser|ganti|ulang|lagi)\b/;
/** What the models may read it as; not out of scope ("resto padang … harus reservasi dulu ga?" is a restaurant's). */
const TAKEN_FOR: ReadonlySet<IntentName> = new Set(['cancel', 'book', 'human']);

/** True when the message asks whether one must book (see above). */
export function bookingNeeded(a: Analysis, intent: IntentName): boolean {
  // A service named is the errand asked about ("kalau mau bikin paspor wajib booking dulu atau bisa langsung datang?" became a
  // booking once dev sets 169-178 joined the field, session 30); a day named is a booking's.
  if (!TAKEN_FOR.has(intent) || a.date !== null) return false;
  const n = a.normalized;
  return MUST_BOOK.test(n) && (ASKED.test(n) || a.raw.includes('?')) && !ACTED.test(n);
}
