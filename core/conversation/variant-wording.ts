/**
 * A variant read from the citizen's own verb when the NLU found none (issue 10, class 4):
 * "bikin / buat / baru" → baru, "perpanjang" → perpanjang, "hilang" → hilang. Asking
 * "KK yang mana?" after "mau bikin kk" is a question the citizen already answered.
 */
import type { Service } from '../schema.js';

const WORDING: readonly [RegExp, readonly string[]][] = [
  [/\b(bikin|buat|membuat|bikinin|buatin|baru|new|pertama|daftar)\b/, ['baru', 'daftar']],
  [/\b(perpanjang|perpanjangan|memperpanjang|panjangin|renew|renewal|extend)\b/, ['perpanjang']],
  [/\b(hilang|ilang|kehilangan|lost)\b/, ['hilang']],
];

export function variantFromWording(service: Service, text: string): string | undefined {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const ids = new Set(service.variants.map((v) => v.id));
  const hits = WORDING.filter(([words]) => words.test(t)).flatMap(([, variants]) => variants.filter((v) => ids.has(v)));
  return hits.length === 1 ? hits[0] : undefined;
}
