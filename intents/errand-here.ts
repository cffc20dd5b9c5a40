/**
 * Whether an office's errand can be done here (issue 11, session 35; 33 field messages of dev sets 8–222 read out of scope):
 * "uji KIR angkot bisa di MPP?", "Disnaker buka layanan kartu kuning di MPP?", "kantor BPN bisa urus sertifikat tanah di
 * sini?", "bayar tilang ke kejaksaan bisa di mpp ini?", "is there a Bank Jatim counter inside the MPP?". The office and its
 * errand are words no example holds, so the models said out of scope, and the name frame refused two names (the office and
 * the errand). Writers label such a question list_services: whether we have it is what the list of our services answers,
 * and the reply names the office as not here. The 29 out-of-scope dev messages of the same shape (a job at the MPP, a hotel
 * or a futsal pitch booked "here", food nearby) name no office and no office's errand, and a job is refused outright.
 */
import { type Decision, decision } from './decision.js';
import { AGENCY_NAMES, NOT_AN_OFFICE } from './elsewhere.js';
import type { NamedDecision } from './name-frame.js';
import type { Analysis } from './pipeline.js';

/** Where the errand would be done: our hall, as normalised ("di mal pelayanan ini" reads "di sini"). */
const HERE = /\b(?:di|ke) (?:mpp|sini|situ|mari|kene|gedung mpp|mal (?:pelayanan|ini))\b|\b(?:inside|in|at) (?:the|this|your) (?:mpp|place|building)\b|\bhere\b/;
/** Whether it can be done or is present: "bisa", "ada", "buka layanan", "melayani"; "can I", "is there", "do you handle". */
const POSSIBLE = /\b(?:bisa|iso|ada|tersedia|buka (?:layanan|pendaftaran|loket)|melayani|layani|can|is there|are there|do you (?:handle|have|do)|does (?:\S+ ){1,3}have|(?:is|are) \S+ present)\b/;
/** Errands of offices MPPs host that our catalog lacks, as normalised: their names say an office's business is meant. */
const ERRANDS = /\b(?:legalisir|legalisasi|uji kir|kir|kartu kuning|ak ?1|sertifika(?:t|si) (?:tanah|halal)|tagihan (?:listrik|air|pdam|pln)|pasang baru|sambungan baru|tilang|apostille|retribusi|santunan|pensiun|balik nama)\b/;
/** Office words before a name ("kantor bea cukai", "dinas pendidikan"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['kantor', 'dinas', 'badan', 'balai', 'kanwil', 'pengadilan', 'kejaksaan', 'office', 'counter', 'loket']);
/** English puts the office's kind after its name ("the manpower office"). */
const ENGLISH_OFFICE: ReadonlySet<string> = new Set(['office', 'counter']);
/** A job or a study at the office, not an errand there. */
const JOB = /\b(?:lowongan|loker|kerja|lamar|melamar|magang|satpam|pegawai|karyawan|rekrutmen|vacancy|vacancies|job|kuliah|sekolah)\b/;
/** A question about whether it is served here is short; a longer message is a story or a letter, which keeps its reading. */
const MAX_WORDS = 16;
/** As sure as the name frame's "is X here" (name-frame.ts): the question is clear, the office is not ours. */
const CONFIDENCE = 0.5;

/** list_services when `a` (read out of scope) asks whether an office's errand is done here; the office comes back named. */
export function errandHere(a: Analysis): NamedDecision | null {
  if (a.service !== null || a.feelings > 0) return null;
  const words = a.normalized.split(' ');
  if (words.length > MAX_WORDS || !HERE.test(a.normalized) || !POSSIBLE.test(a.normalized) || JOB.test(a.normalized)) return null;
  if (words.some((w) => NOT_AN_OFFICE.has(w))) return null;
  const agency = words.findIndex((w) => AGENCY_NAMES.has(w));
  const office = words.findIndex((w, i) => OFFICE_WORDS.has(w) && i + 1 < words.length && !HERE.test(`di ${words[i + 1] ?? ''}`));
  if (agency < 0 && office < 0 && !ERRANDS.test(a.normalized)) return null;
  const asked: Decision = decision('list_services', CONFIDENCE);
  // The office as named: an agency with the office word before it and its other names after it ("kantor bea cukai", "bank
  // jatim"), else the office word and the word after it ("dinas pendidikan", in English the word before: "manpower office");
  // none when only the errand is named.
  let end = agency + 1;
  while (agency >= 0 && end < words.length && AGENCY_NAMES.has(words[end] ?? '')) end++;
  const name = agency >= 0 ? words.slice(OFFICE_WORDS.has(words[agency - 1] ?? '') || words[agency - 1] === 'bank' ? agency - 1 : agency, end).join(' ')
    : office >= 0 ? (ENGLISH_OFFICE.has(words[office] ?? '') ? words.slice(Math.max(0, office - 1), office + 1) : words.slice(office, office + 2)).join(' ')
    : null;
  return { ...asked, place: null, agency: name };
}
