/**
 * A word the phone's autocorrect swapped, put right by the writer in the same message (issue 11, session 19, dev set 64):
 * "kodok booking saya ABX23 kok gak muncul? *kode", "Jumar buka ga min? jumat maksudnya", "Saya mau lapar, ada petugas
 * minta uang rokok *lapor", "perpanjang sin eh sim maksudnya". Chat's own convention: the right word after an asterisk, or
 * with "maksudnya" / "eh" beside it, or alone as the message's last sentence. Read as written, the slipped word ("kodok",
 * "lapar") and the correction left dangling at the end decide the intent; read corrected, the message is what was meant.
 *
 * The slipped word is the one the correction is a small edit of (at most two edits, one for a word under four letters,
 * same first letter for two, and at most 40 % of the word; a third for a last word with no mark): the closest such word
 * before the correction. No such word, no change: "jam 9 *bukan jam 10" and "apa maksudnya?" are read as written.
 */

/** Words that follow or precede "maksudnya" as the question, not as a correction ("maksudnya apa?", "gimana maksudnya"). */
const NOT_CORRECTIONS: ReadonlySet<string> = new Set([
  'apa', 'apaan', 'gimana', 'gmn', 'bagaimana', 'itu', 'ini', 'ya', 'yg', 'yang', 'gitu', 'begitu', 'kak', 'min', 'dong', 'sih', 'aja', 'saja', 'tuh',
  'the', 'what',
]);

/** "*kode", "kode*", "*kota maksudnya", "*kk": the asterisk marks the corrected word (two letters will do: an acronym). */
const STARRED = /(?:^|\s)\*([\p{L}]{2,})(?![\p{L}\p{N}])(?:\s+(?:maksudnya|mksdnya|maksud\s+(?:saya|sy|aku|gw|gue)))?|(?<![\p{L}\p{N}*])([\p{L}]{3,})\*(?=\s|$|[.,!?])/iu;
/** "jumat maksudnya", "eh sim maksudnya", "maksudnya jumat", "maksud saya lapor". */
const MEANT_AFTER = /(?:^|[\s,.!?])(?:eh+\s+)?([\p{L}]{3,})\s+(?:maksudnya|maksudny|mksdnya|mksdny|mksudnya|maksud\s+(?:saya|sy|aku|ku|gw|gue))(?![\p{L}])/iu;
const MEANT_BEFORE = /(?:^|[\s,.!?])(?:maksudnya|mksdnya|mksudnya|maksud\s+(?:saya|sy|aku|gw|gue)|maksudku)\s+([\p{L}]{3,})(?![\p{L}])/iu;
/** "mau resedul booming ktp ke minggu depan, booking": one word alone after the message's last stop. */
const LAST_WORD = /[,.!?]\s*([\p{L}]{5,})[.!]?\s*$/u;
const WORD = /[\p{L}]+/gu;
/** The most of a word an asterisk or "maksudnya" may change ("kodok" for "kode", "bisa" for "biaya": two of five). */
const MAX_SHARE = 0.4;
/** … and a word alone at the end, with no mark ("mungu" for "minggu": two of six). */
const MAX_BARE_SHARE = 0.34;
/** "…, autocorrect" after the correction says why, and asks nothing. */
const TYPING_REMARK = /[\s,(]*(?:(?:ke|di)?\s*autocorrect|autokoreksi|autokorek|typo|tipo|salah ketik|salah tulis|salah ngetik)(?:\s+(?:nih|tuh|wkwk+|hehe+|maaf))*[)!.\s]*$/iu;

/** The message with an autocorrected word put back as its writer corrected it, and the correction itself dropped. */
export function selfCorrected(text: string): string {
  if (!text.includes('*') && !/maks|mksd|mksu/i.test(text) && !LAST_WORD.test(text)) return text;
  const marked = STARRED.exec(text) ?? MEANT_AFTER.exec(text) ?? MEANT_BEFORE.exec(text);
  const bare = marked === null ? LAST_WORD.exec(text) : null;
  const match = marked ?? bare;
  if (match === null) return text;
  const correction = (match[1] ?? match[2] ?? '').toLowerCase();
  if (NOT_CORRECTIONS.has(correction)) return text;
  const start = match.index + match[0].indexOf(match[0].trim()[0] ?? '');
  const slipped = nearestSlip(text, correction, match.index, bare !== null);
  if (slipped === null) return text;
  const before = `${text.slice(0, slipped.index)}${correction}${text.slice(slipped.index + slipped.word.length, start)}`;
  return `${before}${text.slice(match.index + match[0].length)}`.replace(TYPING_REMARK, '').replace(/\s+$/, '').replace(/[\s,]+([.!?]*)$/, '$1');
}

/**
 * The word the correction puts right: within the allowed edits, the closest for its length ("kodok" before "kok" for
 * "*kode", two edits each), the nearest to the correction among equals; else null.
 */
function nearestSlip(text: string, correction: string, from: number, bare: boolean): { index: number; word: string } | null {
  let found: { index: number; word: string; share: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    if (m.index >= from) break;
    const word = m[0].toLowerCase();
    if (word === correction || word.length < (bare ? 4 : 2)) continue;
    const limit = correction.length < 4 ? 1 : word[0] === correction[0] ? 2 : 1;
    const d = edits(word, correction, limit);
    const share = d / Math.max(word.length, correction.length);
    // Unmarked, a last word is a correction only of a word it is close to for their length: "mungu … minggu" (2 of 6),
    // not "gak tau … takut" (2 of 5), which is a last feeling.
    // A name of two or three letters ("*kk" for "kl") has only its one edit to go by.
    if (d > limit || (correction.length >= 4 && share > (bare ? MAX_BARE_SHARE : MAX_SHARE))) continue;
    if (found === null || share <= found.share) found = { index: m.index, word: m[0], share };
  }
  return found;
}

/** Optimal string alignment distance (adjacent swaps count one), stopped early once past `limit`. */
export function edits(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
