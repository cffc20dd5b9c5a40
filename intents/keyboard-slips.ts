/**
 * A service's acronym with one letter hit on the key beside it (issue 11, session 19, dev set 64): "perpanjang aim besok"
 * and "pembuatan sum baru" for SIM, "bikin kto" for KTP, "nowp bisa jg?" for NPWP, "skxk" for SKCK. Phones' autocorrect
 * then often makes the slip a word ("aim", "sum", "sin"), so a slip that is a word counts only where a service is
 * expected: right after a verb of getting a paper made ("perpanjang", "bikin", "urus", "syarat"…). A slip that is no
 * word is read by acronym-slips.ts wherever it stands, like a swap of the ear.
 *
 * Only one letter replaced by a neighbour on the QWERTY keyboard Indonesian phones use, in a word of the acronym's
 * length: "sin" is one key from "sim", "son" two.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/** Each key's neighbours: left and right on its row, and the two touching it on the rows above and below. */
const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  ROWS.forEach((row, r) => {
    [...row].forEach((key, i) => {
      const near = new Set<string>([row[i - 1] ?? '', row[i + 1] ?? '']);
      // The staggered rows: key i touches i and i+1 of the row above (shifted right), i-1 and i of the row below.
      for (const j of [i, i + 1]) near.add(ROWS[r - 1]?.[j] ?? '');
      for (const j of [i - 1, i]) near.add(ROWS[r + 1]?.[j] ?? '');
      near.delete('');
      map.set(key, near);
    });
  });
  // The touch is mutual: a key is its neighbour's neighbour.
  for (const [key, near] of map) for (const other of near) map.get(other)?.add(key);
  return map;
})();

/** Two letters on touching keys. */
export function keysTouch(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** `token` is `word` with exactly one letter replaced by a neighbouring key. */
export function oneKeyOff(token: string, word: string): boolean {
  if (token.length !== word.length || token === word) return false;
  let diff = -1;
  for (let i = 0; i < token.length; i++) {
    if (token[i] === word[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return keysTouch(token[diff] ?? '', word[diff] ?? '');
}

/** Acronyms of our services that a verb of getting a paper made is followed by. */
const SERVICE_ACRONYMS: readonly string[] = ['ktp', 'kia', 'sim', 'nib', 'pbg', 'pbb', 'skck', 'npwp', 'bpjs', 'stnk'];

/** Acronyms of ours that are never a slip, though one key from another ("pbg" and "pbb", "kua" and "kia"). */
const OUR_ACRONYMS: ReadonlySet<string> = new Set([...SERVICE_ACRONYMS, 'kk', 'kua', 'mpp', 'nik', 'imb', 'oss', 'bpkb', 'skpwni']);

/** "perpanjang", "bikin", "syarat"…: a service's name is expected next. */
const SERVICE_VERBS: ReadonlySet<string> = new Set([
  'bikin', 'bikinin', 'buat', 'buatin', 'membuat', 'pembuatan', 'urus', 'ngurus', 'ngurusin', 'mengurus', 'pengurusan', 'perpanjang',
  'perpanjangan', 'memperpanjang', 'panjangin', 'syarat', 'syaratnya', 'persyaratan', 'cetak', 'ganti', 'bikinnya', 'renew', 'apply',
]);

/** The tokens with a one-key slip of an acronym right after a service verb put back ("perpanjang aim" → "perpanjang sim"). */
export function framedKeySlips(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // "pbg" is one key from "pbb" and names its own service: only a word that is no acronym of ours is a slip.
    if (token.length < 3 || token.length > 4 || !SERVICE_VERBS.has(tokens[i - 1] ?? '') || OUR_ACRONYMS.has(token)) continue;
    const meant = SERVICE_ACRONYMS.filter((a) => oneKeyOff(token, a));
    if (meant.length !== 1) continue;
    out ??= [...tokens];
    out[i] = meant[0] ?? token;
  }
  return out ?? tokens;
}
