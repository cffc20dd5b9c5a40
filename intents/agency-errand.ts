/**
 * A service question about an errand of an agency MPPs host but our catalog lacks (issue 11, session 8, dev set 9
 * unknown-name): "syarat klaim pensiun taspen apa aja", "biaya balik nama sertifikat di bpn brp", "cara urus kartu kuning
 * di disnaker gmn". The errand's words are in no example, so the gate refuses the message for its coverage; the name frame
 * (index.ts nameFrame) only knows hours, location and "is X here". The agency says the topic is ours (as foreign-object.ts
 * reads it too) and the question word says what is asked (question-frame.ts): requirements, procedure, cost or duration,
 * with the agency as the entity the reply can name ("Taspen tidak ada di MPP …"). Asked to be put through to the agency's
 * staff ("hubungkan ke admin taspen"), it is a request for a person.
 *
 * Only a listed agency (elsewhere.ts AGENCY_NAMES), not an office word: "syarat masuk kerja di bank bca" is a job. Never
 * a job at the agency ("lowongan kerja di pln", "syarat jadi pegawai bpn"), nor a long message (a letter keeps its gate).
 *
 * Since session 16 the errand of a tenant our catalog does not serve (elsewhere.ts OTHER_TENANTS: Taspen, BPN, Disnaker …)
 * is out of scope after all (foreign-object.ts; writers label 58 of 65 so), and index.ts keeps the agency this reading
 * found for the reply. The frame stands for the listed names a catalog's services reach (Jasa Raharja, PUPR, the regional
 * bank that takes the vehicle tax), and a request for the agency's staff is still one for a person.
 */
import type { IntentName, ScoredIntent } from '../core/nlu.js';
import { AGENCY_NAMES } from './elsewhere.js';
import { programmeName, SERVICE_FRAMES } from './foreign-object.js';
import type { Analysis } from './pipeline.js';
import { questionFrame } from './question-frame.js';

/** A job at the agency or a study, not an errand there (as written or stemmed). */
const JOB = new Set(['kerja', 'lowong', 'lowongan', 'loker', 'rekrutmen', 'rekrut', 'lamar', 'interview', 'karyawan', 'gaji', 'magang', 'pegawai', 'cpns', 'honorer',
  'kuliah', 'kampus', 'jurusan', 'sekolah', 'beasiswa']);
/**
 * Listed names that are also common words or regions, an agency only beside another word ("bank mandiri", "kantor pos",
 * "jasa raharja"): "biaya kuliah di ui jalur mandiri brp" (dev set 6) is a university's fee.
 */
export const COMMON_AGENCY_WORDS: ReadonlySet<string> = new Set(['mandiri', 'pos', 'jasa', 'raharja', 'bea', 'cukai', 'koperasi', 'karantina', 'jatim', 'jateng', 'jabar', 'kalsel', 'kalteng', 'kaltim', 'sulselbar', 'sultra', 'sulteng', 'papua', 'dki', 'telkom', 'atr']);
/** A service question is short: more words are a story the gate should weigh. */
const MAX_WORDS = 10;
/** As sure as a name frame's answer (index.ts named): the engine answers without asking back. */
const CONFIDENCE = 0.5;

export interface AgencyErrand {
  readonly intent: IntentName;
  readonly confidence: number;
  readonly alternatives: readonly ScoredIntent[];
  readonly place: null;
  readonly agency: string;
}

/**
 * A question that opens with its kind and ends with the question word ("biaya balik nama sertifikat di bpn brp"): the
 * question words are apart, which question-frame.ts does not read; the opening word says what is asked.
 */
const OPENING: ReadonlyMap<string, IntentName> = new Map([
  ['biaya', 'cost'], ['harga', 'cost'], ['tarif', 'cost'], ['syarat', 'requirements'], ['persyaratan', 'requirements'], ['cara', 'procedure'], ['prosedur', 'procedure'],
]);

/** "hubungkan ke admin taspen", "sambungkan ke petugas bpn": a person of the agency asked for (dev set 9). */
const HAND_OVER = new Set(['hubung', 'sambung', 'alih', 'oper']);
const PERSON = new Set(['admin', 'petugas', 'operator', 'cs', 'staf', 'staff', 'pegawai', 'orang']);
function handedOver(a: Analysis): boolean {
  return a.words.some(([, stem]) => HAND_OVER.has(stem)) && a.words.some(([w]) => PERSON.has(w));
}

/**
 * A programme asked about by its name (dev set 9): "ada program kartu lansia sejahtera di mpp?" asks whether it is served
 * here (list_services; foreign-object.ts programmeName wants a word no dictionary has or a capital, and "kartu lansia" has
 * neither), "program Dukcapil Goes to School jadwalnya jam brp" when it is held (hours, for a name programmeName finds).
 */
const PROGRAMME = new Set(['program', 'programme']);
const HERE = new Set(['mpp', 'sini', 'disini']);
const NAME_ENDS = new Set(['di', 'ada', 'yang', 'itu', 'jam', 'buka', 'jadwal', 'bisa', 'berapa', 'apa', 'kapan', 'dimana', 'mana', 'tidak']);
const MAX_NAME = 4;
function programmeAsked(a: Analysis): AgencyErrand | null {
  const at = a.words.findIndex(([w]) => PROGRAMME.has(w));
  if (at < 0) return null;
  const name: string[] = [];
  for (let i = at + 1; i < a.words.length && name.length < MAX_NAME && !NAME_ENDS.has(a.words[i]?.[1] ?? ''); i++) name.push(a.words[i]?.[0] ?? '');
  if (name.length === 0) return null;
  const asked = (intent: IntentName): AgencyErrand => ({ intent, confidence: CONFIDENCE, alternatives: [], place: null, agency: name.join(' ') });
  if (a.words.some(([w]) => w === 'ada') && a.words.some(([w]) => HERE.has(w))) return asked('list_services');
  return programmeName(a) !== null && questionFrame(a.normalized) === 'hours' ? asked('hours') : null;
}

/** The service question about a listed agency's errand, with the agency; null when the message is not one. */
export function agencyErrand(a: Analysis): AgencyErrand | null {
  if (a.service !== null || a.words.length > MAX_WORDS) return null;
  const programme = programmeAsked(a);
  if (programme !== null) return programme;
  const agency = a.words.find(([w]) => AGENCY_NAMES.has(w) && !COMMON_AGENCY_WORDS.has(w))?.[0];
  if (agency === undefined || a.words.some(([w, stem]) => JOB.has(w) || JOB.has(stem))) return null;
  if (handedOver(a)) return { intent: 'human', confidence: CONFIDENCE, alternatives: [], place: null, agency };
  const intent = questionFrame(a.normalized) ?? OPENING.get(a.words[0]?.[0] ?? '') ?? null;
  return intent !== null && SERVICE_FRAMES.has(intent) ? { intent, confidence: CONFIDENCE, alternatives: [], place: null, agency } : null;
}
