/**
 * "Will I still be served at that time?" taken for a booking (issue 11, session 13, dev sets 36 and 38): "rabu jam 3
 * sore masih bisa urus kk?", "jam 7 pagi udh bisa ambil nomor belum ya", "selasa jam 10an ada petugas samsat?", "kalo
 * dateng jam 3 sore masih dilayanin?". A day and a clock time are how the book examples say a slot, but these ask
 * whether the office serves then: an hours question. The message names a clock time, asks whether it is still
 * (masih) or already (sudah … belum) possible, served or staffed, and has no word of making a booking, or of wanting.
 */
import type { IntentName } from '../core/nlu.js';
import type { Analysis } from './pipeline.js';

/** "masih bisa", "masih dilayani", "masih keburu"; "sudah bisa … belum" is read below. */
const STILL = new Set(['masih']);
const SERVED = new Set(['bisa', 'dilayan', 'dilayani', 'buka', 'diterima', 'keburu', 'sempat', 'terima']);
/** Words of making a booking, or of wanting one: then the message books (or may), and is left to the models. */
const MAKES = new Set(['booking', 'book', 'pesan', 'reservasi', 'daftarkan', 'ambilkan', 'ambilin', 'tolong', 'mau', 'ingin', 'pengen', 'minta', 'jadwalkan']);

export function servedAt(a: Analysis, intent: IntentName): boolean {
  // A clock time: with a day alone, "antrian tanggal 15 masih bisa?" asks for a free slot, a booking (dev set 29).
  if (intent !== 'book' || a.time === null) return false;
  const tokens = a.normalized.split(' ');
  if (tokens.some((t) => MAKES.has(t))) return false;
  const still = tokens.some((t, i) => STILL.has(t) && SERVED.has(tokens[i + 1] ?? ''));
  const already = tokens.some((t, i) => t === 'sudah' && SERVED.has(tokens[i + 1] ?? '')) && tokens.includes('belum');
  // "ada petugas samsat?": whether someone serves then.
  const staffed = tokens.some((t, i) => t === 'ada' && tokens[i + 1] === 'petugas');
  return still || already || staffed;
}
