/**
 * A service described instead of named (session 33): citizens who do not know the official name say what the document
 * is for, what it looks like or who it is for: "buku hijau buat ke luar negeri" (paspor), "kertas yang isinya nama satu
 * rumah" (kk), "surat dari polisi buat ngelamar kerja" (skck), "kartu identitas buat anak" (kia). The gazetteer's
 * phrases are contiguous; a description spreads its words over a few others, so each one here is a pattern over the
 * normalised tokens with a short gap allowed between its key words.
 *
 * Read only when the gazetteer found no service at all (and, for the child's card, when the one it found is the KTP the
 * description compares it to): a service the citizen named always wins. Measured on dev sets 195–206, where 90 of 1,800
 * in-scope messages named no service the writer meant, most of them this way; none of the earlier 45,000 dev and test
 * messages changed its service for the worse.
 */
import type { ServiceSpan } from './entities.js';

/** Up to `n` words between two key words: "kartu (yang buat anak) kecil". */
const gap = (n: number): string => `(?: \\S+){0,${n}}`;

interface Description {
  readonly service: string;
  readonly pattern: RegExp;
  /** Not this service when the words after the description match (a child's age of 17 or more). */
  readonly unlessAfter?: RegExp;
}

/** A child's age of 17 or more, or "dewasa", within six words: of age for a KTP (UU 24/2013 art. 63). */
const ADULT_CHILD = /^(?: \S+){0,6}? (?:1[7-9]|[2-9]\d|dewasa|tujuh belas)\b/;

/** Words for a child that a child's card is for (Indonesian, Javanese cilik, Sundanese budak alit, Betawi bocah). */
const CHILD = '(?:anak|anak anak|bocah|bocil|balita|budak|child|children|kid|kids)';
/** "for": the purpose link of a description (Javanese kanggo/kangge, Banjar gasan). */
const FOR = '(?:untuk|buat|bagi|kanggo|kangge|gasan|for)';
/** The words a child's card may be told with before its purpose: "kartu (identitas yang kayak ktp tapi) buat anak". */
const CARD_LINKS = '(?: (?:identitas|yang|kayak|seperti|mirip|tanda|pengenal|ktp|itu|lho|khusus|tapi))*';
/** What a family card lists: everyone in one house (Javanese griya, Banjar urang rumah after the normaliser). */
const HOUSEHOLD =
  '(?:satu rumah|serumah|se rumah|anggota keluarga|nama keluarga|daftar keluarga|sekeluarga|(?:orang|warga) (?:rumah|griya)|household|family members)';

const DESCRIPTIONS: readonly Description[] = [
  // The child's card (KIA, Permendagri 2/2016): "kartu identitas buat anak", "kartu yang buat anak kecil", "ktp kecil".
  {
    service: 'kia',
    // Not inside "e-ktp", nor the KTP's recording ("rekam ktp buat anak"), which is for a child come of age.
    pattern: new RegExp(`(?<!(?:rekam|perekaman) )(?<![\\w-])(?:kartu|kertu|ktp|identitas)${CARD_LINKS} ${FOR}(?: \\S+)? ${CHILD}\\b`),
    // "ktp buat anak saya yang baru 17": the child is of age, and it is the KTP (its first recording) that is asked.
    unlessAfter: ADULT_CHILD,
  },
  { service: 'kia', pattern: /\b(?:ktp|kartu) (?:kecil|mini|cilik|bocah|bocil|anak kecil)\b/ },
  { service: 'kia', pattern: new RegExp(`\\b(?:card|id)${gap(3)} for (?:my |a |our )?${CHILD}\\b`) },
  // The KTP by its look: the card with the photo and fingerprints; "ka te pe" read aloud.
  { service: 'ktp', pattern: new RegExp(`\\bkartu${gap(4)} sidik jari(?:nya)?\\b`) },
  // "kate pe" is read by the normaliser as "kata pe".
  { service: 'ktp', pattern: /\b(?:ka te pe|kate pe|kata pe)\b/ },
  // The family card by what it lists: everyone in one house.
  { service: 'kk', pattern: new RegExp(`\\b(?:kertas|surat|serat|kartu|kertu|daftar|paper|card)${gap(6)} ${HOUSEHOLD}\\b`) },
  { service: 'kk', pattern: /\b(?:kertas (?:daftar )?keluarga|surat daftar keluarga)\b/ },
  // The passport as "the (green) book for abroad".
  { service: 'paspor', pattern: new RegExp(`\\bbuku${gap(4)} (?:ke |keluar |di )?(?:luar negeri|luar negri|abroad)\\b`) },
  { service: 'paspor', pattern: /\b(?:buku hijau|green (?:booklet|book)|buku perjalanan)\b/ },
  { service: 'paspor', pattern: new RegExp(`\\bbooklet${gap(4)} (?:abroad|travell?ing)\\b`) },
  // The police record (SKCK) by its old name, "kelakuan baik", in every language (Sundanese kalakuan hade reaches here as
  // "kelakuan had"), or by its purpose: a letter from the police for a job.
  { service: 'skck', pattern: /\bkelakuan (?:baik|baek|becik|cik|apik|hade|had|bagus)\b/ },
  { service: 'skck', pattern: /\bgood[ -]?(?:conduct|behaviou?r)\b/ },
  { service: 'skck', pattern: new RegExp(`\\b(?:surat|layang|serat|letter|paper)${gap(4)} (?:polisi|pulisi|police)${gap(6)} (?:kerja|lamar|melamar|job|kerjaan)\\b`) },
  // The driving licence as "the card (permit) to drive".
  { service: 'sim', pattern: /\b(?:kartu|izin|ijin) (?:setir|menyetir|nyetir|mengemudi|kemudi)\b/ },
  { service: 'sim', pattern: new RegExp(`\\b(?:card|licen[cs]e|permit)${gap(5)} (?:ride|drive) (?:a |my )?(?:motorbike|motorcycle|car|motor)\\b`) },
  // The taxpayer number by its owner: "kartu pajak", "nomor pajak pribadi".
  { service: 'npwp', pattern: /\b(?:kartu|nomor) (?:pajak|pajeg)\b/ },
  { service: 'npwp', pattern: /\bpajak (?:orang )?pribadi\b/ },
  // BPJS Kesehatan by its card for treatment, its old name Askes (PT Askes became BPJS Kesehatan by UU 24/2011).
  { service: 'bpjs_kesehatan', pattern: /\b(?:askes|asuransi berobat|jaminan kesehatan|kartu berobat(?! (?:rumah sakit|rs|klinik|hospital)))\b/ },
  // BPJS Ketenagakerjaan as the workers' insurance.
  { service: 'bpjs_ketenagakerjaan', pattern: new RegExp(`\\basuransi${gap(2)} (?:kerja|pekerja|karyawan|tenaga kerja)\\b`) },
  { service: 'bpjs_ketenagakerjaan', pattern: /\bworkers?'? (?:insurance|social security)\b/ },
  // The death record by what it records.
  { service: 'akta_kematian', pattern: new RegExp(`\\b(?:surat|akta|akte|paper|certificate|record)${gap(5)} (?:orang )?(?:meninggal|wafat|death)\\b`) },
  { service: 'akta_kematian', pattern: new RegExp(`\\b(?:daftar|lapor|catat)\\S*${gap(4)} (?:sudah |telah )?(?:meninggal|wafat)${gap(4)} (?:surat|akta|akte)\\b`) },
  { service: 'akta_kematian', pattern: new RegExp(`\\b(?:records?|register)${gap(4)} (?:death|passed away)\\b`) },
  // Vehicle tax and a vehicle's change of owner (Samsat): "pajak tahunan mobil", "balik nama motor bekas".
  { service: 'samsat', pattern: /\bpajak (?:tahunan )?(?:mobil|motor|mutur|kendaraan)\b/ },
  { service: 'samsat', pattern: new RegExp(`\\b(?:balik nama${gap(2)} (?:motor|mobil|kendaraan|mutur)|(?:motor|mobil|kendaraan)${gap(5)} balik nama)\\b`) },
  { service: 'samsat', pattern: new RegExp(`\\b(?:yearly|annual) tax${gap(3)} (?:motorbike|motorcycle|car|vehicle)\\b`) },
  // Land and building tax said by its object.
  { service: 'pbb', pattern: /\bpajak (?:tahunan )?(?:bumi|tanah|rumah)\b/ },
  // The building approval (PBG, ex-IMB) by its purpose.
  { service: 'pbg', pattern: /\bizin (?:bangun|membangun) (?:rumah|gedung|toko)\b/ },
];

/**
 * Any description at all, in one pass: most messages hold none, and one expression tested once costs a fraction of the list
 * tried pattern by pattern (as sure-phrases.ts does).
 */
const ANY_DESCRIPTION = new RegExp(DESCRIPTIONS.map((d) => `(?:${d.pattern.source})`).join('|'));

/**
 * The first service described in `tokens` (normalised, fillers dropped), as the span of its description; null when none.
 * @param only when set, only descriptions of this service count (the child's card beside a KTP).
 */
export function describedService(tokens: readonly string[], only?: string): ServiceSpan | null {
  const text = tokens.join(' ');
  if (!ANY_DESCRIPTION.test(text)) return null;
  let best: { service: string; index: number; length: number } | null = null;
  for (const { service, pattern, unlessAfter } of DESCRIPTIONS) {
    if (only !== undefined && service !== only) continue;
    const m = pattern.exec(text);
    if (m !== null && unlessAfter?.test(text.slice(m.index + m[0].length)) === true) continue;
    if (m !== null && (best === null || m.index < best.index)) best = { service, index: m.index, length: m[0].length };
  }
  if (best === null) return null;
  const start = wordIndex(text, best.index);
  return { service: best.service, start, end: wordIndex(text, best.index + best.length - 1) + 1 };
}

/** The index of the word holding character `at` of the space-joined tokens. */
function wordIndex(text: string, at: number): number {
  let words = 0;
  for (let i = 0; i < at; i++) if (text[i] === ' ') words++;
  return words;
}
