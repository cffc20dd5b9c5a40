/**
 * Complaints said as a story (issue 11, session 5): no single word of judging (feelings.ts), but a shape every
 * reader takes for a grievance. Each shape counts as one more word of judging, so the complaint gate of
 * index.ts applies (a complaint may hold more unknown words; two of them make complaint win when it is among
 * the three best guesses). Found in the dev sets' complaint-feeling misses, written as shapes, not messages:
 * - a service verb denied: "kagak dipanggil", "ga teratur", "belum dilayani", "ga dibales", "ga bener" (not "urus":
 *   "lama gak ngurus X" asks how long X takes);
 * - hours of waiting: a number before "jam" ("udah 2 jam", "4 jam nunggu": "jam 2" is a time, "2 jam" a
 *   duration) with a word of waiting or of having already, or "seharian", "berjam-jam";
 * - a facility out of order or missing: "liftnya rusak", "mesin antrian rusak", "ac mati", "sistem error", "ga ada kursi";
 * - a thing done again and again: "salah nama 2x", "udah 3x revisi", "harus … 4 kali", "berkali-kali";
 * - incredulous "masa …" ("masa ngurus npwp aja seharian"), unless it is the noun ("masa berlaku", "masa aktif").
 * Reads the analysis' content words (already normalised and stemmed): a few set lookups per word.
 */
import type { Analysis } from './pipeline.js';

const NEGATION = new Set(['tidak', 'belum', 'gak', 'ga', 'nggak', 'kagak', 'ndak']);
/** Stems of what a service should do: denied, they judge it. */
const SERVICE_DONE = new Set(['panggil', 'layan', 'atur', 'balas', 'angkat', 'tanggap', 'respon', 'benar', 'jelas', 'becus']);
const WAITING = new Set(['tunggu', 'antre', 'sudah', 'dari', 'nunggu']);
const FACILITY = new Set([
  'lift', 'ac', 'toilet', 'wc', 'mesin', 'kursi', 'tangga', 'eskalator', 'kipas', 'lampu', 'komputer', 'sistem', 'printer',
  'jaringan', 'server', 'parkir', 'parkiran', 'air', 'wastafel',
]);
const OUT_OF_ORDER = new Set(['rusak', 'mati', 'mogok', 'bocor', 'error', 'eror', 'down', 'macet', 'offline']);
const AGAIN = new Set(['berkali', 'kali2', 'berulang', 'ulang2']);
/** "N kali" is a grievance only when it was already so, or the citizen was made to ("bisa datang 2 kali?" asks). */
const MADE_TO = new Set(['sudah', 'harus', 'suruh', 'disuruh', 'bolak']);
/** "2x", "3x": so many times. */
const TIMES = /^\d+x$/;
/** "masa" as a noun: a period ("masa berlaku", "masa aktif", "masa tenggang"). */
const PERIOD = new Set(['berlaku', 'laku', 'aktif', 'tenggang', 'kerja', 'jabat', 'depan', 'lalu', 'transisi', 'pandemi']);

/** How many grievance shapes the message has (0 for almost every message). */
export function grievances(a: Analysis): number {
  const w = a.words;
  let denied = false, waited = false, broken = false, again = false, incredulous = false;
  let facility = false, outOfOrder = false, missing = false, waiting = false, hours = false, times = false, madeTo = false;
  for (let i = 0; i < w.length; i++) {
    const [word, stem] = w[i] ?? ['', ''];
    if (NEGATION.has(word) && (SERVICE_DONE.has(w[i + 1]?.[1] ?? '') || SERVICE_DONE.has(w[i + 2]?.[1] ?? ''))) denied = true;
    if (word === 'jam' && /^\d+$/.test(w[i - 1]?.[0] ?? '')) hours = true;
    if (word === 'seharian' || word === 'berjam' || word === 'berjam-jam') waited = true;
    if (WAITING.has(stem) || WAITING.has(word)) waiting = true;
    if (FACILITY.has(word) || FACILITY.has(stem)) facility = true;
    if (OUT_OF_ORDER.has(word)) outOfOrder = true;
    if (AGAIN.has(word) || (word.endsWith('x') && TIMES.test(word))) again = true;
    if (word === 'kali' && Number(w[i - 1]?.[0]) >= 2) times = true;
    if (MADE_TO.has(word) || MADE_TO.has(stem)) madeTo = true;
    if (word === 'ada' && NEGATION.has(w[i - 1]?.[0] ?? '')) missing = true;
    if (word === 'masa' && !PERIOD.has(w[i + 1]?.[1] ?? '')) incredulous = true;
  }
  waited ||= hours && waiting;
  broken = facility && (outOfOrder || missing);
  again ||= times && madeTo;
  return Number(denied) + Number(waited) + Number(broken) + Number(again) + Number(incredulous);
}

/** The analysis with its grievance shapes counted as words of judging (the same object when there are none). */
export function withGrievances(a: Analysis): Analysis {
  const n = grievances(a);
  return n === 0 ? a : { ...a, feeling: true, feelings: a.feelings + n };
}
