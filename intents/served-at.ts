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

/**
 * Still in time, asked for its own sake (session 26, dev sets 122, 123 and 124, messages sent on the way): "masih sempat ga
 * kalo sy jalan skrg", "dtg jm 11 msh smpt?", "MPP Jeneponto msh sempat ga kalo sy ke sana skrg". "masih sempat/keburu" is
 * what is asked, so nothing follows it but a "ga", a "kalau" and the trip, or "sekarang": "masih sempat ga daftar cpns?"
 * asks about something else. Read out of scope (no example says it), as a booking (a clock time) or as the way there.
 */
const IN_TIME = new Set(['sempat', 'keburu']);
const AFTER_IN_TIME = new Set(['tidak', 'ya', 'kah', 'sih', 'kan', 'nih', 'dong', 'belum', 'nggak', 'gak', 'ga']);
const THEN_TRIP = new Set(['kalau', 'sekarang', 'jika', 'bila']);
const ASKED_IN_TIME_FROM: ReadonlySet<IntentName> = new Set(['fallback', 'book', 'location']);
function stillInTime(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    if (t !== 'masih' || !IN_TIME.has(tokens[i + 1] ?? '')) return false;
    let j = i + 2;
    while (AFTER_IN_TIME.has(tokens[j] ?? '')) j++;
    return j >= tokens.length || THEN_TRIP.has(tokens[j] ?? '');
  });
}

export function servedAt(a: Analysis, intent: IntentName): boolean {
  // servedAt runs on every message (index.ts corrected): no split unless "masih" is there to be read.
  if (ASKED_IN_TIME_FROM.has(intent) && a.normalized.includes('masih') && stillInTime(a.normalized.split(' '))) return true;
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
