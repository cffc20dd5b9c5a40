/**
 * A variant read from the citizen's own verb when the NLU found none (issue 10, class 4):
 * "bikin / buat / baru" → baru, "perpanjang" → perpanjang, "hilang" → hilang. Asking
 * "KK yang mana?" after "mau bikin kk" is a question the citizen already answered.
 */
import type { Service } from '../schema.js';

/**
 * "buat" is also "for": "bisa booking buat lusa?" after asking about a SIM renewal booked a new SIM (session 40, `npm run
 * simulate`). Before a day, an hour, a person or a purpose it is the preposition, not the verb.
 */
const FOR = String.raw`(?!\s+(?:lusa|besok|besoknya|hari|tanggal|tgl|jam|pukul|minggu|pekan|bulan|senin|selasa|rabu|kamis|jumat|sabtu|pagi|siang|sore|nanti|anak|ibu|bapak|ayah|suami|istri|adik|kakak|keluarga|orang|saya|sy|aku|kami|dia|keperluan|syarat|melamar|kerja|sekolah)\b)`;

/**
 * A company's paper ("npwp badan", "npwp untuk PT saya", "company NPWP"): NPWP's variant `korporasi`. Read here and not as catalog
 * synonyms (nor as its id): as variant words the NLU counts "badan" and "perusahaan" as ours in every message ("Badan Pertanahan
 * Nasional", "perusahaan asuransi"), which cost a blind set an out-of-scope message (session 48).
 */
const COMPANY = /\b(badan|perusahaan|pt|cv|firma|yayasan|koperasi|company|corporate|business)\b/;

const WORDING: readonly [RegExp, readonly string[]][] = [
  [new RegExp(String.raw`\b(bikin|(?:buat|buatin)${FOR}|membuat|bikinin|baru|new|pertama)\b`), ['baru', 'daftar']],
  // "daftar" is how one asks for a queue slot ("mau daftar paspor kamis"): a new passport or SKCK only for a service whose
  // variant is registering itself (NPWP's "daftar"). Renewals were booked as new, with the new one's papers (session 46).
  [/\bdaftar\b/, ['daftar']],
  [/\b(perpanjang|perpanjangan|memperpanjang|panjangin|renew|renewal|extend)\b/, ['perpanjang']],
  [/\b(hilang|ilang|kehilangan|lost)\b/, ['hilang']],
  [COMPANY, ['korporasi']],
];

export function variantFromWording(service: Service, text: string): string | undefined {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const ids = new Set(service.variants.map((v) => v.id));
  const hits = WORDING.filter(([words]) => words.test(t)).flatMap(([, variants]) => variants.filter((v) => ids.has(v)));
  const distinct = [...new Set(hits)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** The company variant of a service that has one, when the message names a company (COMPANY); else undefined. */
export function companyVariant(service: Service, text: string): string | undefined {
  return service.variants.some((v) => v.id === 'korporasi') && COMPANY.test(` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `) ? 'korporasi' : undefined;
}
