/**
 * The formulas of a formal letter (issue 11, long polite sentences; split out of pipeline.ts): dropped from a long
 * message's features so they do not dilute its request.
 */

/**
 * A long message keeps its request and loses its formulas once at least this many features remain. The same number as
 * decide.ts's LONG_MESSAGE, kept apart as it was before the split: one counts features before the drop, the other after.
 */
export const LONG_MESSAGE = 10;
/**
 * Greeting, thanks and apology formulas of a formal letter (stems). Around a long question they dilute it
 * towards `greeting` / `thanks` (issue 11, long polite sentences); a short "terima kasih" keeps them.
 */
const POLITENESS = new Set([
  'assalamualaikum', 'warahmatullahi', 'wabarakatuh', 'selamat', 'pagi', 'siang', 'sore', 'malam', 'salam', 'sejahtera', 'hormat',
  'kenal', 'maaf', 'mohon', 'ganggu', 'terima', 'kasih', 'banyak', 'atas', 'perhati', 'bantu', 'jawab', 'sebelum', 'semoga', 'sehat',
  'kenan', 'kira', 'permisi', 'bapak', 'ibu', 'seorang', 'tanya', 'nanya', 'ingin', 'mau', 'ucap', 'yth', 'kepada', 'demikian',
  'wassalamualaikum', 'wassalam', 'izin', 'hendak', 'perihal', 'kait',
]);

export function dropPoliteness(features: string[]): void {
  const kept = features.filter((f) => !POLITENESS.has(f));
  if (kept.length >= 3) features.splice(0, features.length, ...kept);
}
