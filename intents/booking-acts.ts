/**
 * The booking family said with verbs its examples lack (issue 11, session 8, dev sets 8 and 9 booking-family and holiday):
 * - called off as "no need": "nggak usah dilanjut pendaftaran saya" (read as unsubscribe), "ga usah dipake lagi nomor antrian
 *   kk saya" (book), or "hapus jadwal saya yg jam 11" (out of scope): "tidak usah"/"tidak perlu" or "hapus" with a booking word;
 * - moved without "ke <day>" (index.ts movedTo): "jadwal sim saya pas tahun baru, pindahin dong", "antrian ktp sy mau diundur ke
 *   setelah lebaran" (book), "kalo mau ganti hari kunjungan yg udh dipesen gimana" (out of scope): a verb of moving with a
 *   booking word and a day, or a day itself changed ("ganti hari", "ubah tanggal");
 * - made by asking to be scheduled or registered: "sy mau jadwalkan kunjungan ke loket X lusa" (reschedule, its "jadwal"),
 *   "daftarin sy ya min buat urus nib" (procedure): the -kan/-in verb with a person or a day, and no how-to question.
 * Only over the booking family, out of scope, unsubscribe and procedure: a complaint or an information question keeps its
 * intent. Reads the normalised words (stems for the moving verbs) and, for the -in/-kan verbs the normaliser strips, the raw text.
 */
import type { IntentName } from '../core/nlu.js';
import { ACTED_ON, CALL_OFF_VERBS, CALLING_OFF, WANTED } from './booking-words.js';
import { grievances } from './grievance.js';
import type { Analysis } from './pipeline.js';

const NO_NEED = new Set(['usah', 'perlu']);
const MOVE = new Set(['pindah', 'undur', 'mundur', 'geser', 'majukan', 'maju']);
const CHANGE = new Set(['ganti', 'ubah', 'tukar']);
const DAY = new Set(['hari', 'tanggal', 'tgl', 'jadwal', 'jam', 'waktu', '#tanggal', '#jam']);
// "mundur dari", and withdrawing oneself ("saya mengundurkan diri dari antrian hari rabu": a reschedule by its "undur"; session
// 46, dev set 364). Only with a booking word (calledOff): "mengundurkan diri dari perusahaan" is a resignation.
const WITHDRAWN = /\bmundur dari\b|\b(?:meng|me|m)?undurkan diri\b|\bundur diri\b/;
const OWN_BOOKING = /\b(?:daftar|pendaftaran|antre|antrian|antrean|booking|jadwal|reservasi) (?:saya|kami)\b/;
const ANNOUNCED = new Set(['pengumuman', 'umum', 'informasi', 'info', 'broadcast', 'pesan', 'notifikasi', 'langganan', 'kabar']);
/** The announcements by their names (ANNOUNCED without "pesan", which is also to book: "ga usah pesan antrian"). */
const BROADCAST = new Set([...ANNOUNCED].filter((w) => w !== 'pesan'));
/** A how-to or yes/no question: "ga usah booking, bisa langsung datang?" asks, it calls nothing off. */
const ASKS = new Set(['bisa', 'boleh', 'cara', 'apa', 'apakah', 'kah', 'syarat']);
const SCHEDULE_ME = /\b(?:jadwalkan|jadwalin|daftarin|daftarkan|bookingin|bookingkan)\b/i;
const PERSON_OR_DAY = new Set(['saya', 'kami', 'aku', '#tanggal', '#jam', ...ACTED_ON]);
/** Intents these verbs were taken for. */
const TAKEN_FOR: ReadonlySet<IntentName> = new Set(['book', 'cancel', 'reschedule', 'my_booking', 'fallback', 'unsubscribe', 'procedure']);

const has = (a: Analysis, set: ReadonlySet<string>): boolean => a.words.some(([w, stem]) => set.has(w) || set.has(stem));

/**
 * Deleted by accident, the ke-/ter- forms (session 16, dev sets 22–25: "bukti booking saya kehapus, bisa dikirim ulang?",
 * "kode booking sa hilang, chat nya kehapus"): the citizen lost the proof and wants it again, not the booking deleted.
 */
const ACCIDENTAL = /^(?:ke|ter)hapus/;

function calledOff(a: Analysis, intent: IntentName): boolean {
  if (!has(a, ACTED_ON)) return false;
  // Its own verb with a booking, asked how ("gimana caranya nge-cancel antrian?", session 9: procedure by its "caranya"), or
  // in a letter whose story is of the booking made ("… saya mendaftar antrean … mohon antrean saya dibatalkan": book). Not
  // over a rejection: "cara batalin jadwal dokter gigi" is another errand's booking. Not with a verb of moving: "bisa
  // dimajuin ga jadi jam 8" holds "ga jadi", read as "batal".
  if (intent !== 'fallback' && has(a, CALL_OFF_VERBS) && !has(a, MOVE)) return true;
  // Withdrawn from ("sy mundur dari antrian bpjs besok": a reschedule by its "mundur"), or one's own booking deleted ("daftar
  // sy yg buat npwp dihapus aja"; not a number taken off the announcements: "nomor saya dihapus dari daftar penerima").
  if (WITHDRAWN.test(a.normalized)) return true;
  if (OWN_BOOKING.test(a.normalized) && a.words.some(([word, stem]) => stem === 'hapus' && !ACCIDENTAL.test(word)) && !has(a, ANNOUNCED)) return true;
  const w = a.words;
  if (w.some(([word], i) => word === 'hapus' && ACTED_ON.has(w[i + 1]?.[1] ?? ''))) return true;
  // Not the announcements ("udah ga usah kirim pengumuman lagi ke nomor ini" stops them: its "nomor" is the phone's; session 10).
  return !has(a, ASKS) && !has(a, BROADCAST) && w.some(([word], i) => word === 'tidak' && NO_NEED.has(w[i + 1]?.[0] ?? ''));
}

/**
 * Moved in the words that name moving itself (session 10, booking-family on dev sets 12 and 13): "mohon dijadwal ulang antrean
 * saya, saya berhalangan hadir" was a cancel by its "berhalangan"; "jadwal ulang" is how Indonesian says reschedule, with or
 * without a day. In English a booking pushed or moved to something: "push my slot to 2pm instead".
 */
const ENGLISH_MOVE = /\b(?:push|move|shift|bump|change)\s+(?:my|the|our)\s+(?:slot|appointment|booking|reservation|visit|queue)\s+(?:to|back|forward|until|till)\b/i;

function moved(a: Analysis): boolean {
  if (has(a, CALLING_OFF)) return false;
  const w = a.words;
  if (w.some(([, stem], i) => stem === 'jadwal' && w[i + 1]?.[0] === 'ulang') || (a.lang === 'en' && ENGLISH_MOVE.test(a.raw))) return true;
  if (w.some(([word], i) => CHANGE.has(word) && DAY.has(w[i + 1]?.[0] ?? ''))) return true;
  const dated = a.date !== null || a.features.includes('#tanggal');
  // "pindahin" is read as the pindah service ("surat pindah"): its raw form says the verb.
  // "dialihkan" moves a booking (session 23, dev set 96: "Reservasi PBB mohon dialihkan ke tanggal 1 Maret"); "beralih" (to switch
  // to a scheme) does not, so the stem "alih" is not enough.
  const verb = movingVerb(a) || /\bpindah(?:in|kan)\b/i.test(a.raw) || /\b(?:di)?alih(?:kan|in|keun)\b/i.test(a.raw);
  return verb && dated && has(a, ACTED_ON);
}

/**
 * A word of moving, not one's home moved ("Kami sekeluarga baru pindah dari Surabaya … Saya bermaksud memesan jadwal kedatangan
 * Senin depan": session 23, dev set 97, a booking read as a move): "pindah dari <a place>", "baru pindah", "pindah rumah". "pindah
 * dari besok ke jumat" moves a day.
 */
const HOME_MOVED = /\b(?:baru|habis|sudah|abis) pindah\b|\bpindah (?:rumah|domisili|alamat|kota|kerja|tugas|sekolah)\b|\bpindah dari (?!#|besok|lusa|hari|tanggal|tgl|jam|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pagi|siang|sore|\d)/;
function movingVerb(a: Analysis): boolean {
  if (!has(a, MOVE)) return false;
  if (!HOME_MOVED.test(a.normalized)) return true;
  // Only "pindah" tells of a home; another verb of moving still moves the booking.
  return a.words.some(([w, stem]) => (MOVE.has(w) || MOVE.has(stem)) && stem !== 'pindah');
}

/**
 * A booking asked for by what one wants of it (session 9, booking-family on dev sets 10 and 11): "minta jadwal ketemu petugas
 * npwp" (a complaint by its "petugas"), "sy pengen dapet jadwal buat rekam ktp, kapan yg masih kosong?" (my_booking): a verb of
 * asking for or taking right before the booking, or a free one asked about ("masih kosong"; not "loket … kosong melompong").
 */
const WANT = new Set(['minta', 'ambil', 'pesan']);
/** The same asked of us ("pesankan", "ambilin", "pesenin"); not a story's "mengambil antrean" (done by the citizen). */
// "dibuatkan nomor antrian" too (session 29, dev set 167: a letter asking to be given a number for a day).
// The normaliser drops the chat's -in ("dibikinin antriannya" is read "dibikin antre"; session 30, dev set 175).
const ASKED_OF_US = /^(?:di)?(?:pesan|pesen|ambil|minta|buat|bikin)(?:kan|in)$|^di(?:pesan|pesen|bikin)$/;
const FREE = new Set(['kosong']);
const OWNER = new Set(['saya', 'kami', 'aku']);
/**
 * Not one's own ("pesanan antrian saya statusnya apa": asked about). At module level, not a closure in wanted: under tsx
 * every named closure costs a `__name` call per message (throughput, session 11).
 */
function ownAt(w: Analysis['words'], i: number): boolean {
  return OWNER.has(w[i + 1]?.[0] ?? '') || OWNER.has(w[i + 2]?.[0] ?? '');
}
/** A booking named at `i`, or its number ("dibuatkan nomor antrian"; not a story's "ambil nomor antrean", which staff told). */
function wantedAt(w: Analysis['words'], i: number): boolean {
  return WANTED.has(w[i]?.[1] ?? '') || (w[i]?.[0] === 'nomor' && WANTED.has(w[i + 1]?.[1] ?? ''));
}
/**
 * Done already: "sudah pesan antrian sim, mau cek jamnya" tells a booking made, and asks after it (session 30, dev set 171: "sy
 * udh pesen slot skck, mau liat detailnya" was read as a new booking, both models saying my_booking).
 */
const DONE_ALREADY = new Set(['sudah', 'telah', 'pernah']);
function wanted(a: Analysis): boolean {
  const w = a.words;
  if (w.some(([word], i) => ((WANT.has(word) && WANTED.has(w[i + 1]?.[1] ?? '')) || (ASKED_OF_US.test(word) && wantedAt(w, i + 1))) && !ownAt(w, i + 1) && !DONE_ALREADY.has(w[i - 1]?.[0] ?? ''))) return true;
  return has(a, FREE) && has(a, WANTED) && !has(a, NOT_FREE);
}
/** Counters or rooms found empty are a complaint's ("loket npwp kosong melompong"). */
const NOT_FREE = new Set(['loket', 'melompong', 'ruang', 'kursi']);
/**
 * Intents a booking wanted was taken for; a complaint only without a word of judging. A cancel too, without a word of calling
 * off (session 23, dev set 96: "Pesankan antrian akta kematian atas nama almarhumah ibu saya": a death is the field's reason
 * to cancel, and "pesankan" is the verb's stem, "pesan").
 */
const WANTED_FOR: ReadonlySet<IntentName> = new Set(['my_booking', 'complaint', 'procedure', 'cancel']);

/**
 * Whether one's booking is still on, asked with the words of a cancel (session 47, a field test: after staff announced a
 * closure, "jadi booking saya batal atau tidak?" was answered "Batalkan booking ini? [Ya/Tidak]", and a "ya" meaning "yes, that
 * is my question" would have cancelled it). "X atau tidak", or "X tidak?" at the end with a question mark; "hangus" too.
 */
const STATUS_ASKED = /\b(?:batal|dibatal|dibatalkan|hangus|gugur)(?: atau| apa)? (?:tidak|belum)(?: ya| sih| kak| min)?$|\b(?:batal|dibatal|dibatalkan|hangus|gugur) (?:atau|apa) (?:tidak|belum|masih)\b/;

/** The booking intent these verbs say, or null (see above). */
export function bookingAct(a: Analysis, intent: IntentName): IntentName | null {
  if (intent === 'cancel' && STATUS_ASKED.test(a.normalized) && (/\batau\b/.test(a.normalized) || a.raw.trim().endsWith('?')) && has(a, ACTED_ON)) return 'my_booking';
  if (WANTED_FOR.has(intent) && !a.feeling && !has(a, CALLING_OFF) && !has(a, MOVE) && wanted(a)) return 'book';
  // A complaint with no word of judging that calls off the citizen's own booking: "ga usah diterusin antrian saya ya kak"
  // (session 12: trained on more of the field's messages, where "tidak usah" mostly says what staff should not have done).
  if (intent === 'complaint' && !a.feeling && OWN_BOOKING.test(a.normalized) && calledOff(a, intent)) return 'cancel';
  // The time of one's visit changed, said as a noun phrase (session 29, dev set 161: "saya ingin mengajukan perubahan waktu
  // kunjungan … menjadi pukul satu siang" was duration): 86 of 86 dev messages so said move a booking.
  if (intent !== 'reschedule' && intent !== 'cancel' && !a.feeling && VISIT_CHANGED.test(a.normalized) && !has(a, CALLING_OFF)) return 'reschedule';
  // A complaint keeps a grievance told ("websitenya error mulu, mau ambil antrean online muter2 loading doang"); a question of
  // the errand asked beside the wish keeps its question ("Saya ingin mendaftar antrian untuk SKCK. Apa saja syarat yang harus
  // dibawa?").
  if (intent !== 'book' && intent !== 'cancel' && intent !== 'reschedule' && QUEUE_WANTED.test(a.normalized) && !has(a, CALLING_OFF) && !has(a, MOVE)
    && (intent !== 'complaint' || grievances(a) === 0) && !(ERRAND_ASKED.has(intent) && a.raw.includes('?'))) return 'book';
  if (!TAKEN_FOR.has(intent)) return null;
  if (intent !== 'cancel' && calledOff(a, intent)) return 'cancel';
  if (intent !== 'reschedule' && moved(a)) return 'reschedule';
  // Over a rejection too when a booking is named: "tolong daftarin saya antrian <a misspelt service>" (session 10, dev set 13).
  if ((intent === 'reschedule' || intent === 'procedure' || (intent === 'fallback' && has(a, WANTED))) && SCHEDULE_ME.test(a.raw) && !has(a, ASKS) && !has(a, MOVE) && a.words.some(([w]) => PERSON_OR_DAY.has(w))) return 'book';
  // A move read from a home moved, and a booking asked for: "Kami sekeluarga baru pindah dari Surabaya … Saya bermaksud memesan
  // jadwal kedatangan Senin depan" (session 23, dev set 97).
  if (intent === 'reschedule' && !movingVerb(a) && !has(a, CALLING_OFF) && !has(a, CHANGE) && BOOKING_ASKED_FOR.test(a.normalized)) return 'book';
  return null;
}

/**
 * A queue slot wanted in so many words, whatever the rest of the message tells (session 31, dev set 179, typed as spoken: "saya
 * seorang pensiunan yang ingin mendaftarkan diri untuk antrian pembuatan kartu keluarga baru pada hari kamis pukul sembilan
 * pagi apakah masih bisa dilayani" was hours; letters whose reason tells of a hospital stay or a boss read as a duration or a
 * complaint). Of the 456 dev messages with the shape, 437 are book; two ask for another place's queue, which notOurs reads.
 */
const QUEUE_WANTED = /\b(?:ingin|mau|hendak|pengen|pingin)\b (?:mendaftarkan diri|mendaftar|daftar|ambil|mengambil|booking|memesan|pesan|book)\b(?: untuk| nomor)? (?:antre|antrean|antrian)\b/;

/** The errand's questions, which a wish for a queue slot said beside a question mark leaves asked. */
const ERRAND_ASKED: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'list_services']);

/** A change of the day or time of a visit or booking: "perubahan waktu kunjungan", "ganti hari antrian", "ubah tanggal booking". */
const VISIT_CHANGED = /\b(?:perubahan|mengubah|ubah|ganti|mengganti|penggantian|pergantian) (?:waktu|jam|tanggal|hari|jadwal) (?:kunjungan|kedatangan|antre|antrean|antrian|booking|reservasi)\b/;

/** Asking for a booking in so many words ("memesan jadwal", "mau booking", "daftar antrean"). */
const BOOKING_ASKED_FOR = /\b(?:memesan|pesan|pesankan|booking|daftar|daftarkan|mendaftar|ambil)\b(?: \w+)? (?:jadwal|antre|antrean|antrian|slot|nomor)\b|\bmau booking\b/;
