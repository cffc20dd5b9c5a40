/**
 * The booking family's rules (issue 11, session 7; split out of index.ts): a cancel or a reschedule said with its own
 * verb may hold unknown words (actsOnBooking), one day refused for another or a move "ke <day>" is a reschedule
 * (anotherDay, movedTo) with the day offered (offered), "dikirim ulang" is the booking (resend), done by a day is a
 * duration question (doneBy). index.ts applies them after the models; decide.ts asks actsOnBooking.
 */
import type { IntentName } from '../core/nlu.js';
import { CALL_OFF_VERBS, CALLED_OFF_THINGS, CALLING_OFF } from './booking-words.js';
import type { Analysis, Analyzer } from './pipeline.js';

/** Stems of moving a booking, and what is moved or by how much (actsOnBooking). */
const MOVE = new Set(['undur', 'mundur', 'geser', 'maju', 'reschedule']);
const SPANS = new Set([...CALLED_OFF_THINGS, 'minggu', 'hari', 'jam', 'menit', 'bulan', '#tanggal', '#jam']);
/**
 * A cancel said with its own verb about a booking of ours ("ga enak badan, ga usah ditungguin besok, anggap batal", "kode
 * AB12 dibatalkan ya"): like a complaint's feeling, the verb is the request and the rest is a reason or a code no example
 * has, so it may hold half its words unknown (session 7, dev sets 3–4 booking-family, refused as out of scope). Only with
 * the booking it calls off: "pesawat saya batal terbang besok" names none and stays out.
 *
 * A reschedule likewise, with a verb of moving and what is moved or by how much ("mundurin seminggu bisa?": "satu minggu"
 * is in no example; session 7 probes). Not "pindah" alone: moving house ("pindah rumah") is another errand.
 */
export function actsOnBooking(label: string, a: Analysis): boolean {
  if (label === 'cancel') return a.features.some((f) => CALL_OFF_VERBS.has(f)) && a.features.some((f) => CALLED_OFF_THINGS.has(f));
  return label === 'reschedule' && a.features.some((f) => MOVE.has(f)) && a.features.some((f) => SPANS.has(f));
}

/**
 * One day refused and another offered ("besok ga bisa, lusa aja gimana", "jam 9 ga bisa, jam 1 aja"): a reschedule, though
 * the refusal reads as a cancel (session 7 probes). The refusal must follow the first day: "booking besok, kalau ga bisa
 * lusa" books.
 */
export const ANOTHER_DAY_FROM: ReadonlySet<IntentName> = new Set(['cancel', 'book', 'fallback']);
const WHEN = new Set(['#tanggal', '#jam']);
const IF_WORDS = new Set(['kalau', 'jika', 'bila']);
/** The refusal is "ga bisa": a bare "ga" after a day asks ("kelar sebelum lebaran ga ya? baru apply kemarin", dev set 7). */
const CAN = new Set(['bisa', 'sempat', 'dapat']);
export function anotherDay(features: readonly string[]): boolean {
  const first = features.findIndex((f) => WHEN.has(f));
  if (first < 0) return false;
  const refused = features.indexOf('tidak', first + 1);
  return refused > first && refused <= first + 2 && CAN.has(features[refused + 1] ?? '') && !IF_WORDS.has(features[refused - 1] ?? '') && features.some((f, i) => i > refused && WHEN.has(f));
}

/**
 * A second choice offered in advance ("booking besok, kalau ga bisa lusa", "daftar antri jumat, jika tidak bisa senin"):
 * a day, "kalau/jika/bila" + "ga bisa", then another day, and no verb of moving. Nothing booked is refused: the citizen
 * books with a fallback day. Trained on the field's refusals ("besok gak bisa, lusa aja": reschedule), the models read
 * the conditional one as a move too (session 11, nearmiss, docs/notes/nlu.md §30); anotherDay above already leaves it alone.
 */
const MOVING = new Set(['pindah', 'geser', 'undur', 'mundur', 'maju', 'ganti', 'tukar', 'ubah', 'reschedule', 'ulang', 'oper', 'alih']);
export function secondChoice(features: readonly string[]): boolean {
  if (features.some((f) => MOVING.has(f))) return false;
  const first = features.findIndex((f) => WHEN.has(f));
  if (first < 0) return false;
  return features.some((f, i) => i > first && IF_WORDS.has(f) && features[i + 1] === 'tidak' && CAN.has(features[i + 2] ?? '') && features.slice(i + 3).some((g) => WHEN.has(g)));
}

/**
 * Asked to send one's number or code again ("tadi udah dapet nomor, bisa dikirim ulang ga? hp saya ke reset", dev set 3):
 * the booking, not the messages a subscriber stops ("jangan kirim lagi" has its negation).
 */
const STOP_WORDS = new Set(['tidak', 'jangan', 'stop', 'berhenti', 'henti']);
const BOOKED = new Set(['nomor', 'kode', 'booking', 'antre', '#kode']);
export function resend(features: readonly string[]): boolean {
  return features.some((f, i) => f === 'kirim' && features[i + 1] === 'ulang' && !STOP_WORDS.has(features[i - 1] ?? '')) && features.some((f) => BOOKED.has(f));
}

/**
 * Done by a day ("paspor sy kelar sebelum lebaran ga ya? baru apply kemarin", dev set 7): how long it takes, asked against
 * a date, though the date pulls the models to a booking.
 */
export const BOOKING_ASKED: ReadonlySet<IntentName> = new Set(['book', 'reschedule']);
/**
 * Read as one's booking too ("kalau sa daftar KTP sekarang, apa su jadi sebelum Natal?": my_booking 0.44; session 44, dev set
 * 357). The field's messages with a paper done by a day: 20 duration, 1 a complaint about a broker's offer, none my_booking.
 */
export const DONE_BY_FROM: ReadonlySet<IntentName> = new Set([...BOOKING_ASKED, 'my_booking']);
const DONE = new Set(['selesai', 'jadi', 'beres', 'kelar', 'terbit', 'ready']);
// "sebelum" stems to "belum" (the se- of "sesudah", §3).
const BY = new Set(['sebelum', 'belum', 'sampai', 'before']);
export function doneBy(features: readonly string[]): boolean {
  return features.some((f, i) => DONE.has(f) && BY.has(features[i + 1] ?? '') && WHEN.has(features[i + 2] ?? ''));
}

/**
 * A booking moved to a day ("janji temu daftar nikah sy di kua dipindah ke tgl 15 bisa min", dev set 7: the "janji temu" of
 * the cancel examples won): a verb of moving, "ke", then the day; not with a word of calling off ("batalin aja, pindah ke
 * mpp lain"). "pindah ke #tanggal" is how the reschedule examples say it.
 */
// "dialihkan ke hari Senin" (session 26, dev set 126): "alih", the letter's verb of moving.
// English "push it to Monday" (session 36, dev set 227: "I can't make my SIM appointment, could we push it to Monday at 10am?").
// "dioper ke Jumat" (passed on to a day; session 36, dev set 231: "Giliran SKCK saya bisa dioper ke Jumat jam 8 pagi?"); passed
// around to other counters ("dioper ke loket lain") names no day, which "ke" must be followed by here.
const MOVE_TO = new Set(['pindah', 'geser', 'undur', 'mundur', 'maju', 'ganti', 'tukar', 'alih', 'move', 'change', 'shift', 'reschedule', 'postpone', 'push', 'oper']);
/** "ke" and its English "to"; English puts the booking between the verb and it ("move it to friday", "change my booking to"). */
const TO = new Set(['ke', 'to']);
// "dipindah aja ke senin" (session 26, dev set 128): a softener between the verb and "ke".
const OBJECT = new Set(['it', 'my', 'booking', 'appointment', 'this', 'that', 'the', 'saja']);
export function movedTo(features: readonly string[]): boolean {
  if (features.some((f) => CALLING_OFF.has(f))) return false;
  return features.some((f, i) => {
    if (!MOVE_TO.has(f)) return false;
    let j = i + 1;
    while (j < i + 3 && OBJECT.has(features[j] ?? '')) j++;
    return TO.has(features[j] ?? '') && WHEN.has(features[j + 1] ?? '');
  });
}

/**
 * A visit moved to a day or a clock time in so many words, the verb and the day up to three words apart ("bisa dipindah ke jam
 * 3 sore?", "tolong geser jadwal anak saya ke jam 2 siang", "bisa ganti slot ke jam 3 sore ga"; session 31). movedTo reads
 * the features, which a reason beside it (a school, a workshop, a traffic jam) took for another's errand or a complaint: of the
 * 636 dev messages with the shape, 622 move a booking; the rest check one ("digeser otomatis, ke tanggal berapa?"), which the
 * question word keeps, move a doctor's or a clinic's appointment (OTHERS_APPOINTMENT), or complain of a move made without a word
 * (MOVED_BY_THEM). "Surat pindah" is a service, not a move.
 */
// Session 35 (dev sets 77, 207, 215): the chat's -in and -kan forms ("dimundurin", "mundurkan", "majuin") and "tunda".
const MOVED_TO_WHEN = /(?<!surat )\b(?:pindah|dipindah|pindahkan|dipindahkan|geser|digeser|ganti|diganti|undur|diundur|mundur|majukan|dimajukan|tukar|mundurkan|dimundurkan|mundurin|dimundurin|majuin|dimajuin|undurkan|diundurkan|tunda|ditunda)\b(?:\s+\S+){0,3}\s+ke\s+(?:jam|pukul|hari|tanggal|tgl|besok|lusa|senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b/;
const CHECKED = /\b(?:berapa|kapan|apa benar|bener ga|benar tidak)\b/;
/** Someone else's appointment moved: a doctor's, a "janji temu" (session 31). */
const OTHERS_APPOINTMENT = /\b(?:dokter|dr|janji temu|bidan|klinik|puskesmas|posyandu|imunisasi|rs|rsud|rumah sakit)\b/;
/** Moved by them, which the citizen complains of ("dipindah sepihak ke tgl 31/3 … tanpa pemberitahuan"). */
const MOVED_BY_THEM = /\b(?:sepihak|seenaknya|tanpa (?:pemberitahuan|kabar|konfirmasi|info))\b/;

/** Whether the raw message moves a visit to a day or time (see MOVED_TO_WHEN). */
export function movedToWhen(raw: string): boolean {
  const text = raw.toLowerCase();
  return MOVED_TO_WHEN.test(text) && !CHECKED.test(text) && !OTHERS_APPOINTMENT.test(text) && !MOVED_BY_THEM.test(text);
}

/** The date and time said after the refusal of `anotherDay`, or null when that part names neither. */
const REFUSAL = /\b(?:(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak)\s+(?:bisa|bs|sempat|dapat)|gabisa)\b/i;
export function offered(text: string, now: Date, analyzer: Analyzer): Pick<Analysis, 'date' | 'time'> | null {
  const m = REFUSAL.exec(text);
  if (m === null) return null;
  const tail = analyzer.analyse(text.slice(m.index + m[0].length), now);
  return tail.date === null && tail.time === null ? null : tail;
}
