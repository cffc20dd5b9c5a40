/**
 * A holiday asked about is asked about as a day of service (issue 11, session 7; dev sets 3, 4 and 6 holiday): "hari buruh
 * mpp buka nggak, mau urus npwp" (read as a booking), "natal nanti ada petugas piket buat urus akta kematian ga?" (a
 * complaint), "hari natal jam 10 saya mau dateng, ada yg jaga?" (out of scope). The errand after the question pulls the
 * models to its own intent, but a holiday beside a word of opening or of duty is the question "is it open then".
 * A booking act ("booking pas lebaran", "batalkan yang natal") keeps its intent; a holiday with "buka" and no question
 * ("natal mau buka kado") is no question about the MPP.
 */
import type { IntentName } from '../core/nlu.js';
import type { Analysis } from './pipeline.js';

/** Stems that ask whether someone serves that day on their own ("ada petugas piket", "ada yang jaga", "ada pelayanan"). */
const ON_DUTY = new Set(['layan', 'piket', 'jaga', 'petugas', 'tugas', 'operasional', 'open', 'closed']);
/** Stems of opening and closing, a question only with a question word ("buka nggak", "tutup kah"). */
// "cuti bersama" asked of a holiday (session 27, dev set 133: "Apakah Hari Lahir Pancasila tahun ini ada cuti bersamanya?").
const OPEN = new Set(['buka', 'tutup', 'libur', 'masuk', 'cuti']);
const QUESTION = new Set(['tidak', 'kah', 'apa', 'apakah', 'gak', 'ga', 'nggak', 'enggak', 'is', 'are', 'do']);
/**
 * How many days the closure lasts ("idul adha libur berapa hari", session 30: the models' hours and duration were level, and
 * which won turned on an unrelated example). Not "berapa hari proses akta … libur lebaran": the days asked are the errand's.
 */
const CLOSURE_LENGTH = /\b(?:libur|tutup|cuti)(?:nya)?\s+(?:berapa|brp)\s+hari\b/;
/** Stems of an act on a booking: then the holiday is the booking's date. */
const BOOKING_ACT = new Set(['booking', 'book', 'antre', 'reservasi', 'batal', 'cancel', 'jadwal', 'pindah', 'undur', 'geser', 'slot', 'kode']);
/** Intents that stay: the answer to the question, and what a wish or a thanks beside it says. Not human: "natal ada petugas jaga ga?" asks who is on duty, not for a person. */
const KEEP: ReadonlySet<IntentName> = new Set(['hours', 'greeting', 'thanks', 'unsubscribe', 'subscribe']);

/** A document being ready ("jadi", "selesai", "kelar"): with "sebelum" the question is a duration. */
const DONE_BY = new Set(['jadi', 'selesai', 'beres', 'kelar', 'terbit']);

/** Asking how long, or whether longer. */
const HOW_LONG = /\b(?:berapa lama|lebih lama|makin lama|tambah lama|molor)\b/;

/** An errand asked as possible that day ("selasa pas isra mikraj bisa urus ktp?", dev set 7): the same question. */
// Paying too (session 27, dev set 133: "Pas Hari Lahir Pancasila, bayar pajak bumi bangunan di MPP bisa?"). Not "daftar":
// "bisa daftar sim pas natal jam 9?" books.
// Coming in or collecting what is ready, in either language (session 30, dev set 172: "Can I come on Good Friday to renew my
// passport?", "Pas Jumat Agung saya mau ambil KTP yg udah jadi, bisa?": read as a cancel).
const ERRAND = new Set(['urus', 'proses', 'layan', 'buat', 'rekam', 'cetak', 'bayar', 'ambil', 'datang', 'come', 'visit', 'renew', 'panjang']);
/** "bisa" asks whether; so does English "can". */
const CAN = new Set(['bisa', 'can']);

/**
 * True when the message asks whether the MPP serves on the holiday it names (see above). `asked`: the text holds a
 * question mark, which normalising drops ("tahun baru islam 1 muharram buka?", dev set 7).
 */
export function holidayHours(a: Analysis, intent: IntentName, asked = false): boolean {
  // A complaint with a word of judging is about what happened, whatever day it names.
  if (!a.holiday || KEEP.has(intent) || (intent === 'complaint' && a.feeling)) return false;
  const stems = a.words.map(([, stem]) => stem);
  if (stems.some((s) => BOOKING_ACT.has(s))) return false;
  // "sebelum Waisak su jadi kah?": done before the holiday is how long it takes (session 26, dev set 130), whatever
  // "masukkan berkas" says of opening ("sebelum" stems to "belum").
  if (stems.includes('belum') && stems.some((s) => DONE_BY.has(s))) return false;
  // How long, asked with the holiday as what may delay it ("Berapa lama proses akta kelahiran? Apakah libur Hari Lahir Pancasila
  // membuat lebih lama?", session 29, dev set 160).
  if (intent === 'duration' && HOW_LONG.test(a.normalized)) return false;
  if (stems.some((s) => ON_DUTY.has(s)) || CLOSURE_LENGTH.test(a.normalized)) return true;
  const question = asked || stems.some((s) => QUESTION.has(s));
  return question && (stems.some((s) => OPEN.has(s)) || (stems.some((s) => CAN.has(s)) && stems.some((s) => ERRAND.has(s))));
}
