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
// "ga kebagian nomor" (stem bagi): the queue's share denied (session 6).
const SERVICE_DONE = new Set(['panggil', 'layan', 'atur', 'balas', 'angkat', 'tanggap', 'respon', 'benar', 'jelas', 'becus', 'bagi']);
const WAITING = new Set(['tunggu', 'antre', 'sudah', 'dari', 'nunggu']);
const FACILITY = new Set([
  'lift', 'ac', 'toilet', 'wc', 'mesin', 'kursi', 'tangga', 'eskalator', 'kipas', 'lampu', 'komputer', 'sistem', 'printer',
  'jaringan', 'server', 'parkir', 'parkiran', 'air', 'wastafel', 'ruang', 'laktasi', 'mushola', 'musala',
  // signs: "ga ada petunjuk, saya muter2 nyari loket" (session 6)
  'petunjuk', 'papan',
]);
// A room locked when it should be open ("ruang laktasi dikunci", session 6) is out of order to the citizen.
const OUT_OF_ORDER = new Set(['rusak', 'mati', 'mogok', 'bocor', 'error', 'eror', 'down', 'macet', 'offline', 'kunci']);
const AGAIN = new Set(['berkali', 'kali2', 'berulang', 'ulang2']);
/** "N kali" is a grievance only when it was already so, or the citizen was made to ("bisa datang 2 kali?" asks). */
const MADE_TO = new Set(['sudah', 'harus', 'suruh', 'disuruh', 'bolak']);
/** "2x", "3x": so many times. */
const TIMES = /^\d+x$/;
/** "masa" as a noun: a period ("masa berlaku", "masa aktif", "masa tenggang"). */
const PERIOD = new Set(['berlaku', 'laku', 'aktif', 'tenggang', 'kerja', 'jabat', 'depan', 'lalu', 'transisi', 'pandemi']);

// One lookup per word (as written and stemmed) finds every role it plays: most words play none.
/**
 * Words that put a broken facility in the MPP ("lift mpp rusak", "ac di ruang tunggu mati"): then it counts twice, a
 * complaint whatever the models say (session 6). Elsewhere ("lift apartemen rusak", "lampu jalan depan rumah mati") it
 * counts once, and complaint-topic.ts may still find it is not ours.
 */
const OUR_BUILDING = new Set(['mpp', 'mal', 'loket', 'ruang', 'tunggu', 'gedung', 'kantor', 'pelayanan', 'layan', 'lantai', 'sini', 'disini']);

const NEG = 1, JAM = 2, LONG_WAIT = 4, WAIT = 8, FAC = 16, BROKE = 32, AGAIN_WORD = 64, KALI = 128, MADE = 256, ADA = 512, MASA = 1024, OURS = 2048;
const ROLES = new Map<string, number>();
const give = (words: Iterable<string>, role: number): void => {
  for (const word of words) ROLES.set(word, (ROLES.get(word) ?? 0) | role);
};
give(NEGATION, NEG);
// "waiting for 2 hours" ("waiting" is read as "tunggu", english.ts ENGLISH_GLOSS; session 7, english)
give(['jam', 'hours', 'hour'], JAM);
give(['seharian', 'berjam', 'berjam-jam'], LONG_WAIT);
give(WAITING, WAIT);
give(FACILITY, FAC);
give(OUT_OF_ORDER, BROKE);
give(AGAIN, AGAIN_WORD);
give(['kali'], KALI);
give(MADE_TO, MADE);
give(['ada'], ADA);
give(['masa'], MASA);
give(OUR_BUILDING, OURS);

/** How many grievance shapes the message has (0 for almost every message). */
export function grievances(a: Analysis): number {
  const w = a.words;
  let seen = 0;
  let denied = false, again = false, incredulous = false, hours = false, times = false, missing = false;
  for (let i = 0; i < w.length; i++) {
    const [word, stem] = w[i] ?? ['', ''];
    const role = (ROLES.get(word) ?? 0) | (word === stem ? 0 : (ROLES.get(stem) ?? 0));
    if (role === 0) {
      if (word.endsWith('x') && TIMES.test(word)) again = true;
      continue;
    }
    seen |= role;
    if (role & NEG && (SERVICE_DONE.has(w[i + 1]?.[1] ?? '') || SERVICE_DONE.has(w[i + 2]?.[1] ?? ''))) denied = true;
    if (role & JAM && /^\d+$/.test(w[i - 1]?.[0] ?? '')) hours = true;
    if (role & KALI && Number(w[i - 1]?.[0]) >= 2) times = true;
    if (role & ADA && NEGATION.has(w[i - 1]?.[0] ?? '')) missing = true;
    if (role & MASA && word === 'masa' && !PERIOD.has(w[i + 1]?.[1] ?? '')) incredulous = true;
  }
  const waited = (seen & LONG_WAIT) !== 0 || (hours && (seen & WAIT) !== 0);
  const broken = (seen & FAC) !== 0 && ((seen & BROKE) !== 0 || missing);
  again ||= (seen & AGAIN_WORD) !== 0 || (times && (seen & MADE) !== 0);
  return Number(denied) + Number(waited) + (broken ? ((seen & OURS) !== 0 ? 2 : 1) : 0) + Number(again) + Number(incredulous);
}

/** The analysis with its grievance shapes counted as words of judging (the same object when there are none). */
export function withGrievances(a: Analysis): Analysis {
  const n = grievances(a);
  return n === 0 ? a : { ...a, feeling: true, feelings: a.feelings + n };
}
