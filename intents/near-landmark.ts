/**
 * Whether an office is where the citizen thinks it is (issue 11, session 35; 19 field messages of dev sets 23–216 read out of
 * scope): "MPP Solo msh di Pasar Legi? atau udah pindah", "mpp kota malang yg deket alun2 itu ya?", "MPP Kab. Bandung Barat
 * itu di Ngamprah ya? patokannya apa", "Dinas Pertanian Kab. Soppeng deket masjid raya ya?", "gedungnya di belakang Pasar
 * Besar itu ya?". An office, then a word of nearness and a landmark, then a tag that asks to be confirmed. Every word of the
 * landmark is a name no example holds, so the models and the name frame (two unknown names) said out of scope. The question is
 * where the office is: location, with the other town's MPP or the office named as the entities the reply says it has no
 * information for.
 */
import { type Decision, decision } from './decision.js';
import { NOT_AN_OFFICE } from './elsewhere.js';
import type { NamedDecision } from './name-frame.js';
import type { Analysis } from './pipeline.js';

/** What the question is about, first in the message: our hall or another office ("kantornya", "gedung DPRD"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'mpp', 'kantor', 'kantornya', 'gedung', 'gedungnya', 'dinas', 'dinkes', 'disdik', 'dishub', 'pengadilan', 'balai', 'kejaksaan', 'lokasi',
  'lokasinya', 'tempatnya', 'letaknya',
]);
/**
 * A word of nearness before the landmark ("dekat", "di", "sebelah"; Sundanese "caket" reads "dekat"). Not "sekitar" (around):
 * "gedung resepsi … di sekitar sini apa ya" looks for a venue nearby (dev set 25).
 */
const NEAR: ReadonlySet<string> = new Set(['di', 'dekat', 'sebelah', 'disebelah', 'seberang', 'belakang', 'depan', 'samping']);
/** Words that say another question than where: then the message is read as always. */
const OTHER_QUESTION: ReadonlySet<string> = new Set([
  'jam', 'buka', 'tutup', 'berapa', 'syarat', 'biaya', 'bayar', 'kapan', 'antre', 'antrean', 'antrian', 'daftar', 'booking', 'urus', 'bikin', 'buat',
  'layanan', 'loket', 'ada', 'libur', 'komplain', 'lapor', 'sekitar',
]);
/** Heads that name the place of what follows ("lokasi pameran UMKM", dev set 29): ours only said alone ("lokasinya di …"). */
const PLACE_HEADS: ReadonlySet<string> = new Set(['lokasi', 'lokasinya', 'tempatnya', 'letaknya']);
/** An office's name, its town included ("gedung balai latihan kerja waena"); longer, the words before are a sentence. */
const MAX_SUBJECT_WORDS = 5;
/** Tags that ask to be confirmed ("… ya?", "… kan?", "… bukan?", "… atau …"). */
const CONFIRM: ReadonlySet<string> = new Set(['ya', 'kan', 'bukan', 'tidak', 'kah', 'nya', 'sih', 'atau', 'gitu', 'toh']);
/** Words between the office and the nearness that name nothing ("itu yang", "masih"). */
const GLUE: ReadonlySet<string> = new Set(['itu', 'yang', 'masih', 'teh', 'mah', 'tuh', 'sekarang', 'memang', 'emang']);
/** A landmark that is our own hall: the office is asked to be here, not placed. */
const OURS: ReadonlySet<string> = new Set(['sini', 'mpp']);
/** As sure as the name frame's reading of an unknown name (name-frame.ts): the frame is clear, the name is not ours. */
const LANDMARK_CONFIDENCE = 0.5;
/** The longest such question: a few words of office, of landmark, and the tag. */
const MAX_WORDS = 14;

/**
 * Location when `a` (read out of scope) asks whether an office is near or at a landmark; the MPP's town or the office comes
 * back as the name the reply needs. Null otherwise. A question mark in the message as written may stand for the tag.
 */
export function landmarkAsked(a: Analysis): NamedDecision | null {
  if (a.service !== null || a.feelings > 0 || a.date !== null || a.time !== null) return null;
  const words = a.normalized.split(' ');
  if (words.length > MAX_WORDS || !OFFICE_HEADS.has(words[0] ?? '') || words.some((w) => OTHER_QUESTION.has(w))) return null;
  const near = words.findIndex((w, i) => i > 0 && NEAR.has(w));
  // A landmark after the nearness, and a tag or a question mark after the landmark.
  if (near < 0 || near + 1 >= words.length || GLUE.has(words[near + 1] ?? '')) return null;
  if (!(a.raw.includes('?') || words.slice(near + 2).some((w) => CONFIRM.has(w)))) return null;
  const subject = words.slice(0, near).filter((w) => !GLUE.has(w));
  // "Kejaksaan lagi usut kasus korupsi apa sekarang di NTT?" (dev set 49) tells of the office; it does not place it.
  if (subject.length > MAX_SUBJECT_WORDS || subject.includes('apa') || (PLACE_HEADS.has(subject[0] ?? '') && subject.length > 1)) return null;
  // A shop's or a company's office ("kantor Shopee di mana ya?", dev set 52) is theirs; one "di sini", "di mpp" asks whether it
  // is here (list_services), not where.
  if (subject.some((w) => NOT_AN_OFFICE.has(w)) || OURS.has(words[near + 1] ?? '')) return null;
  const asked: Decision = decision('location', LANDMARK_CONFIDENCE);
  if (subject[0] === 'mpp') {
    // "mpp kota malang": the town, with its kind, is the place; "mpp" alone, or "mpp teh", is ours.
    const town = subject.slice(1);
    return { ...asked, place: town.length === 0 ? null : town.join(' '), agency: null };
  }
  // "dinas pertanian kab soppeng": the office as named, its town included; "gedungnya", "lokasinya" alone name ours.
  const named = subject.length > 1 || !/nya$|^lokasi$/.test(subject[0] ?? '');
  return { ...asked, place: null, agency: named ? subject.join(' ') : null };
}
