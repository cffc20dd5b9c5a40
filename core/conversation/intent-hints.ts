/**
 * Where the engine knows better than a single classification: a message that plainly asks to
 * book ("booking aja", "oke antri", "mau perpanjang sim besok jam 2 bisa?") starts a booking
 * whatever intent came back, and a split between two intents is settled by the citizen's
 * bookings and the words used before asking "which did you mean?" (issue 10, classes 2, 3, 12).
 */
import type { IntentName, ScoredIntent, Understanding } from '../nlu.js';

/** The runner-up must score at least this share of the best guess to be offered as an option. */
const CLARIFY_RATIO = 0.25;
const BOOK_WORDS = /\b(bo+k+(i+n+g+|in)?g*|bookingan|antri|antre|antrian|antrean|ngantri|ngantre|daftar|mendaftar|pesan|reservasi|reserve|appointment|ambil nomor|nomor antrean)\b/;
/** Words of the other things one does with a booking. */
// With the passive and active prefixes ("dibatalkan", "diundur", "mengubah", "ngecek"): "booking yg besok dibatalkan" was taken
// for a new booking, its "booking" and day outweighing a verb this did not know (session 46).
const ACTED = '(?:di|me|mem|meng|m|ng|nge)?';
const BOOKING_ACTIONS = new RegExp(`\\b${ACTED}(?:batal(?:in|kan|ke|keun)?|cek|ganti|pindah(?:kan|in)?|ubah|undur(?:kan|in)?|hapus)\\b|\\b(?:cancel|check|lihat|liat|status|reschedule|kode|my|sudah|udah|punya)\\b`);
const TOPIC_WORDS = /\b(syarat|persyaratan|biaya|biayanya|berapa|brp|tarif|harga|lama|lamanya|alur|cara|caranya|prosedur|dokumen|berkas|requirements?|cost|fee|price|how|jam buka|buka|tutup|alamat|lokasi|dimana|dmn|where)\b/;
const MOVE_WORDS = new RegExp(`\\b${ACTED}(?:ganti|pindah(?:kan|in)?|ubah|undur(?:kan|in)?|majukan|majuin)\\b|\\b(?:reschedule|move|change)\\b`);
/**
 * A change of the paper's own data ("booking kk ubah data selasa jam 9", "perubahan status", "ganti alamat"): the errand booked,
 * not the booking moved. Its "ubah" had moved the citizen's passport booking to Tuesday (session 48, a field test).
 */
const DATA_CHANGED = /\b(?:ubah|rubah|ganti|perubahan|pergantian|penggantian)\s+(?:data|status|nama|alamat|foto|elemen|agama|pekerjaan)\b/g;
/**
 * A day refused, from a citizen who holds a booking: "besok ga bisa, bisa kamis?" moves it. It was asked "Ganti jadwal or Ambil
 * antrean?", and the "iya" after that was no option (session 44, `npm run simulate`).
 */
const DAY_REFUSED = /\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|nda|kada|tra|can'?t|cannot)\s+(?:bisa|bs|sempat|sempet|dapat|make it)\b|\b(?:berhalangan|ada urusan|ada acara|ada rapat)\b/;
// With the passive and regional forms: "booking yg besok dibatalkan" read book beside cancel and was taken for a new booking (session 46).
const CANCEL_WORDS = /\b(?:di|mem|m)?batal(?:in|kan|ke|keun)?\b|\b(?:cancel(?:led|in)?|hapus|gak jadi|ga jadi|gajadi|gk jadi|nggak jadi|tidak jadi|call off)\b/;
/**
 * Split between a new booking and moving or calling off one: the words of the act decide; without them, with no booking
 * there is nothing to move or call off, so a booking is meant, and with one the citizen is asked. Cancel since session 12: "i want to
 * renew my sim on thursday at 10" read book 0.41 against cancel 0.21 once the models had more English field messages.
 */
const ACTS_ON_A_BOOKING: ReadonlyMap<IntentName, RegExp> = new Map([['reschedule', new RegExp(`${MOVE_WORDS.source}|${DAY_REFUSED.source}`)], ['cancel', CANCEL_WORDS]]);
/**
 * Saying one complains, in so many words ("saya mau protes soal pelayanan kemarin", "mau komplain", "mau lapor petugas"): a
 * complaint read first is what is meant, and a runner-up drawn by the other words ("kemarin" pulls to the hours of a day) is
 * no real contender (session 23: the field's new messages moved that runner-up from just under a quarter of the best to just
 * over, and the citizen was asked "Maksud Anda yang mana?").
 */
const COMPLAINT_SAID = /\b(protes|komplain|complain|mengadu|ngadu|pengaduan|lapor|melapor|laporkan|keluhan|mengeluh)\b/;
/**
 * Asking whether one must book ("harus booking dulu ga?", "wajib booking atau bisa langsung datang?", "do I need to book?")
 * is a question about the procedure, not a request for a slot: the NLU's reading stands unless it read a booking itself
 * (session 24: `npm run simulate` answered "harus booking dulu ga?" with "Pilih tanggal:").
 */
const ASKS_THE_STEPS = new Set<IntentName>(['procedure', 'requirements']);
const WHETHER_TO_BOOK = /\b(harus|hrs|perlu|wajib|mesti|musti|kudu|tanpa|without|need to|have to|must|required)\b/;
/** Never offered as "did you mean": nobody picks "greeting" from a menu. */
const NOT_OFFERED = new Set<IntentName>(['greeting', 'thanks', 'fallback']);
/** A booking request phrased as a question still is one; these intents are not. */
const NOT_A_BOOKING = new Set<IntentName>(['cancel', 'reschedule', 'my_booking', 'complaint', 'human', 'hours', 'location', 'subscribe', 'unsubscribe']);

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/**
 * A long message the NLU rejected: a story about something else, whatever words of ours it holds (session 14, tried as a
 * citizen: "saya lagi antri di bank dari pagi …, nah boleh ga sih titip nomor ke satpam terus pulang dulu" was asked which
 * service to book, and before that which service to send someone for). A short one is not: "oke antri" and "yang datang
 * cucu saya boleh?" are rejected too, and say plainly what they want.
 */
const STORY_WORDS = 12;
export function rejectedStory(text: string, u: Understanding): boolean {
  return u.intent === 'fallback' && text.trim().split(/\s+/).length >= STORY_WORDS;
}

/**
 * What a queue word does not turn into a booking: a complaint about the queue or its staff ("petugas loket antrian kasar
 * banget tadi pagi", "satpam nyuruh saya keluar dari antrian … 🙃") or a request for a person. Session 25, tried with
 * `npm run simulate`: both were asked "Mau ambil antrean untuk layanan apa?". A split with a booking is still offered
 * (resolveAlternatives).
 */
const NOT_TAKEN_FOR_A_SLOT = new Set<IntentName>(['complaint', 'human']);

/** `book` when the message plainly asks for a queue slot; null to keep the NLU's reading. */
export function wantsBooking(text: string, u: Understanding, hasBooking: boolean): IntentName | null {
  if (rejectedStory(text, u) || NOT_TAKEN_FOR_A_SLOT.has(u.intent)) return null;
  // The paper's data changed is the errand, not an act on a booking (DATA_CHANGED).
  const t = words(text).replace(DATA_CHANGED, ' ');
  // One's own slot named ("antrian saya", "bookingku"; the NLU's ownBooking), read as a question about it: "kalau saya telat 15
  // menit antrian saya hangus ga?" asks what becomes of a booking, and was met with "Mau ambil antrean untuk layanan apa?"
  // (session 37, tried with `npm run simulate`).
  if (u.intent === 'my_booking' && u.ownBooking === true) return null;
  if (TOPIC_WORDS.test(t) || BOOKING_ACTIONS.test(t)) return null;
  if (u.intent !== 'book' && WHETHER_TO_BOOK.test(t)) return null;
  if (BOOK_WORDS.test(t)) {
    // A bare "booking" from someone who has one may mean "my booking": keep the NLU's reading then.
    const specific = u.service !== null || u.date !== null || u.time !== null;
    return specific || !hasBooking || u.intent === 'book' ? 'book' : null;
  }
  return u.service !== null && u.date !== null && !NOT_A_BOOKING.has(u.intent) ? 'book' : null;
}

/** The candidates worth offering, best first. */
export function candidates(u: Understanding): ScoredIntent[] {
  return u.alternatives.filter((a) => !NOT_OFFERED.has(a.intent));
}

/**
 * The two options of "which did you mean?": the candidates, except that a complaint the NLU read is offered first, though its
 * words of judging outvoted the models' scores and left it behind a rival or out of the alternatives ("kok tega, booking ku
 * dibatalin sepihak": cancel 0.59, the complaint nowhere). The citizen who complains is heard before being asked to choose.
 */
export function offered(u: Understanding): ScoredIntent[] {
  const all = candidates(u);
  if (u.intent !== 'complaint') return all.slice(0, 2);
  const own = all.find((a) => a.intent === 'complaint') ?? { intent: 'complaint' as const, score: u.confidence };
  return [own, ...all.filter((a) => a.intent !== 'complaint')].slice(0, 2);
}

/** The intent to use when the NLU is split, 'clarify' to ask, or null to keep its reading. */
export function resolveAlternatives(text: string, u: Understanding, hasBooking: boolean): IntentName | 'clarify' | null {
  const [best, second] = candidates(u);
  if (!best) return null;
  // Asking "which did you mean?" only helps when the runner-up is a real contender.
  if (!second || second.score < best.score * CLARIFY_RATIO) {
    if (u.intent !== 'fallback' && !NOT_OFFERED.has(u.intent)) return u.intent;
    // "udah selesai, makasih ya cepet" (thanks 0.71, duration 0.05) was asked "Untuk layanan apa?" (session 43, `npm run
    // simulate`): a candidate that far behind the reading it would replace is no reading.
    const own = u.alternatives.find((a) => a.intent === u.intent);
    return own && best.score < own.score * CLARIFY_RATIO ? u.intent : best.intent;
  }
  const t = words(text);
  if (best.intent === 'complaint' && u.intent === 'complaint' && COMPLAINT_SAID.test(t)) return 'complaint';
  const pair = new Set([best.intent, second.intent]);
  // Whether one must book is answered by the steps of applying, which say where and how to take a slot.
  if (pair.has('book') && ASKS_THE_STEPS.has(u.intent) && WHETHER_TO_BOOK.test(t)) return 'procedure';
  for (const [act, said] of ACTS_ON_A_BOOKING) {
    // Said in so many words, the act is meant even with nothing to act on: the citizen is told there is no booking, not asked
    // which service to book ("booking yg besok dibatalkan" from a chat whose booking was already cancelled, session 46).
    if (pair.has('book') && pair.has(act)) return said.test(act === 'reschedule' ? t.replace(DATA_CHANGED, ' ') : t) ? act : hasBooking ? 'clarify' : 'book';
  }
  return 'clarify';
}
