/**
 * The 9 elements (unsur) of the Survei Kepuasan Masyarakat, in the order of Permenpan RB 14/2017
 * (Lampiran, "unsur SKM"). `SurveyResponse.scores[i]` answers `SKM_ELEMENTS[i]`, so the order is
 * part of the stored data: never reorder, only reword.
 *
 * Questions follow the regulation's sample questionnaire, shortened for a chat after a visit.
 * Answers are the questionnaire's a–d, scored 1–4 (index = score − 1).
 */
import type { Localized } from '../schema.js';

export interface SkmElement {
  /** U1…U9: the names used in reports and CSV columns. */
  readonly code: string;
  readonly name: Localized;
  readonly question: Localized;
  /** Labels for scores 1, 2, 3 and 4. */
  readonly answers: readonly [Localized, Localized, Localized, Localized];
}

type Four = readonly [string, string, string, string];

/** Zips the four Indonesian and English labels of one scale. */
const scale = (id: Four, en: Four): SkmElement['answers'] => [
  { id: id[0], en: en[0] },
  { id: id[1], en: en[1] },
  { id: id[2], en: en[2] },
  { id: id[3], en: en[3] },
];

const SESUAI = scale(
  ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'],
);

export const SKM_ELEMENTS = [
  {
    code: 'U1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well did the requirements fit the service you received?',
    },
    answers: SESUAI,
  },
  {
    code: 'U2',
    name: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'Systems, mechanisms and procedures' },
    question: { id: 'Bagaimana kemudahan prosedur pelayanan di sini?', en: 'How easy was the service procedure here?' },
    answers: scale(['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'], ['Not easy', 'Not very easy', 'Easy', 'Very easy']),
  },
  {
    code: 'U3',
    name: { id: 'Waktu Penyelesaian', en: 'Completion time' },
    question: { id: 'Bagaimana kecepatan waktu pelayanannya?', en: 'How fast was the service?' },
    answers: scale(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'], ['Not fast', 'Not very fast', 'Fast', 'Very fast']),
  },
  {
    code: 'U4',
    name: { id: 'Biaya/Tarif', en: 'Cost/fees' },
    question: { id: 'Bagaimana kewajaran biaya/tarif pelayanannya?', en: 'How fair was the cost of the service?' },
    answers: scale(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'], ['Very expensive', 'Fairly expensive', 'Cheap', 'Free']),
  },
  {
    code: 'U5',
    name: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Service product specification' },
    question: {
      id: 'Bagaimana kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?',
      en: 'How well did the result match what the service standard promises?',
    },
    answers: SESUAI,
  },
  {
    code: 'U6',
    name: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
    question: { id: 'Bagaimana kompetensi/kemampuan petugas dalam melayani?', en: 'How competent were the staff who served you?' },
    answers: scale(
      ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      ['Not competent', 'Less competent', 'Competent', 'Very competent'],
    ),
  },
  {
    code: 'U7',
    name: { id: 'Perilaku Pelaksana', en: 'Staff conduct' },
    question: { id: 'Bagaimana kesopanan dan keramahan petugas?', en: 'How polite and friendly were the staff?' },
    answers: scale(
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Not polite and friendly', 'Not very polite and friendly', 'Polite and friendly', 'Very polite and friendly'],
    ),
  },
  {
    code: 'U8',
    name: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and feedback' },
    question: {
      id: 'Bagaimana penanganan pengaduan, saran dan masukan di sini?',
      en: 'How are complaints, suggestions and feedback handled here?',
    },
    answers: scale(
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      ['There is none', 'Exists but does not work', 'Works, but not fully', 'Well managed'],
    ),
  },
  {
    code: 'U9',
    name: { id: 'Sarana dan Prasarana', en: 'Facilities and infrastructure' },
    question: { id: 'Bagaimana kualitas sarana dan prasarananya?', en: 'How good were the facilities?' },
    answers: scale(['Buruk', 'Cukup', 'Baik', 'Sangat baik'], ['Poor', 'Fair', 'Good', 'Very good']),
  },
] as const satisfies readonly SkmElement[];
