/**
 * An office's hours or whereabouts asked with its errand around it (issue 11, session 35; dev sets 12–214): "Dinas
 * Perhubungan bukanya jam berapa? mau uji KIR pick up", "Polsek Tamalate jam berapa bisa lapor kehilangan dompet?", "Kakak
 * saya mau sidang cerai di pengadilan agama, jam berapa kantornya mulai terima orang?", "UPTD Pengujian Kendaraan Bermotor
 * Sukamaju lokasinya di mana?". The name frame (name-frame.ts) reads a short question around one unknown name; the errand's
 * words are more names no example holds, so it refused, and the models said out of scope. An office MPPs host (elsewhere.ts
 * AGENCY_NAMES) or an office word ("kantor", "dinas", "balai", "UPTD") with the question word of hours or of place says what
 * is asked; the office comes back named for the reply ("… tidak ada di MPP …"). Shops, clinics and the nearest anything stay
 * out (NOT_AN_OFFICE), as does a job at the office.
 */
import type { IntentName } from '../core/nlu.js';
import { COMMON_AGENCY_WORDS } from './agency-errand.js';
import { BANK } from './bank-branch.js';
import { decision } from './decision.js';
import { AGENCY_NAMES, NOT_AN_OFFICE } from './elsewhere.js';
import type { NamedDecision } from './name-frame.js';
import type { Analysis } from './pipeline.js';
import { questionFrame } from './question-frame.js';

/** Office words before a name ("kantor pertanian", "balai karantina", "uptd pengujian"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['kantor', 'kantornya', 'dinas', 'badan', 'balai', 'kanwil', 'uptd', 'upt', 'pengadilan', 'kejaksaan', 'polsek', 'polres', 'lapas']);
/** The question words read here: an office's hours or its place (question-frame.ts), nothing else it may be asked. */
const ASKED: ReadonlySet<IntentName> = new Set(['hours', 'location']);
/**
 * Not an errand at the office: a job or a study there; a parcel or a record looked up ("paket JNE nyangkut di mana", "jadwal
 * sidang bisa dicek di mana secara online"); a company's office ("kantor PT Freeport") or a thing bought ("konveksi seragam
 * kantor yg murah di mana"). Dev sets 12–208, each read as ours by the first draft. Nor an event held at an office's hall
 * ("besok ada kerja bakti di balai desa. jam berapa ya min", session-24.test.ts; as name-frame.ts refuses "kerja bakti").
 */
const NOT_AN_ERRAND = /\b(?:lowongan|loker|melamar|lamaran|magang|rekrutmen|vacancy|vacancies|job|kuliah|sekolah|paket|paketnya|resi|online|pt|murah|harga|kerja bakti|acara|rapat|lomba|arisan|pengajian|hajatan)\b/;
/** Where it is: the question words of place, not "ke mana" alone ("ngadunya ke mana", "DLH ke mana aja" ask whom to tell). */
const WHERE = /\b(?:di ?mana|dmn|lokasi|lokasinya|alamat|alamatnya|letak|letaknya|jalan apa|lantai berapa|where|lewat mana|arah)\b/;
/** The question, the office and its errand in a chat message; longer, it is a story or a letter, which keeps its reading. */
const MAX_WORDS = 18;
/** Words that end an office's name: the question, its particles and the errand after it. */
const NAME_ENDS: ReadonlySet<string> = new Set([
  'buka', 'bukanya', 'tutup', 'tutupnya', 'jam', 'kapan', 'di', 'dimana', 'mana', 'yang', 'itu', 'tuh', 'lokasi', 'lokasinya', 'alamat', 'alamatnya',
  'letak', 'letaknya', 'mau', 'bisa', 'ya', 'sih', 'buat', 'untuk', 'lewat', 'ke', 'dari', 'kantornya', 'sampai', 'loket', 'where', 'is', 'in',
  'besok', 'lusa', 'hari', 'nanti', 'sekarang', 'tanggal', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
]);
/** An office's name with its town ("balai pelayanan pelindungan pmi kupang"). */
const MAX_NAME_WORDS = 6;
/** As sure as the name frame's reading of an unknown name (name-frame.ts). */
const CONFIDENCE = 0.5;

/** Hours or location when `a` (read out of scope) asks them of an office named with its errand; the office comes back named. */
export function officeQuestion(a: Analysis): NamedDecision | null {
  if (a.service !== null || a.feelings > 0) return null;
  const words = a.normalized.split(' ');
  if (words.length > MAX_WORDS || NOT_AN_ERRAND.test(a.normalized) || words.some((w) => NOT_AN_OFFICE.has(w))) return null;
  const intent = questionFrame(a.normalized);
  if (intent === null || !ASKED.has(intent) || (intent === 'location' && !WHERE.test(a.normalized))) return null;
  // A bank's own branch is its business (bank-branch.ts); a name that is also a common word ("koperasi simpan pinjam …",
  // "pos") is an office only after an office word ("kantor pos").
  if (words.some((w) => BANK.has(w))) return null;
  const agency = words.findIndex((w, i) => AGENCY_NAMES.has(w) && (!COMMON_AGENCY_WORDS.has(w) || OFFICE_WORDS.has(words[i - 1] ?? '')));
  const office = words.findIndex((w) => OFFICE_WORDS.has(w));
  if (agency < 0 && office < 0) return null;
  // The office as named: from its office word (or the agency) to the question ("kantor bea cukai", "dinas perhubungan",
  // "polsek tamalate"), a few words at most.
  const start = office >= 0 && (agency < 0 || office < agency) ? office : agency;
  let end = start + 1;
  while (end < words.length && end - start < MAX_NAME_WORDS && !NAME_ENDS.has(words[end] ?? '')) end++;
  return { ...decision(intent, CONFIDENCE), place: null, agency: words.slice(start, end).join(' ') };
}
