/**
 * An acronym spelled out letter by letter, as voice-to-text writes it (session 18, dev set 63: "book me in for k t p tomorrow
 * at nine", "antrian be pe je es kesehatan buat mertua saya"): the letters, or their Indonesian or English names, one token
 * each. Joined back only when the letters make one of the acronyms below, so "a" or "de" or "ka" in an ordinary sentence
 * stay as written.
 */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => [c, c] as const),
  // Indonesian letter names
  ['be', 'b'], ['ce', 'c'], ['de', 'd'], ['ef', 'f'], ['ge', 'g'], ['ha', 'h'], ['je', 'j'], ['ka', 'k'], ['el', 'l'], ['em', 'm'],
  ['en', 'n'], ['pe', 'p'], ['ki', 'q'], ['er', 'r'], ['es', 's'], ['te', 't'], ['ve', 'v'], ['fe', 'v'], ['we', 'w'], ['eks', 'x'],
  ['ye', 'y'], ['zet', 'z'],
  // English letter names
  ['bee', 'b'], ['cee', 'c'], ['see', 'c'], ['dee', 'd'], ['gee', 'g'], ['jay', 'j'], ['kay', 'k'], ['pee', 'p'], ['ess', 's'], ['tee', 't'],
  ['vee', 'v'], ['ex', 'x'], ['zed', 'z'], ['zee', 'z'],
]);

/** The acronyms of our services, agencies and their papers that a citizen may spell. */
const ACRONYMS: ReadonlySet<string> = new Set(['ktp', 'kk', 'kia', 'sim', 'skck', 'npwp', 'nib', 'pbb', 'pbg', 'bpjs', 'stnk', 'bpkb', 'kua', 'mpp', 'nik', 'imb', 'oss', 'skpwni']);
const LONGEST = 6;

/** The tokens with each spelled acronym joined ("k t p" → "ktp"); the same array when there is none. */
export function joinSpelled(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    let found = 0;
    for (let j = i; j < tokens.length && j - i < LONGEST; j++) {
      const letter = LETTER_NAMES.get(tokens[j] ?? '');
      if (letter === undefined) break;
      joined += letter;
      if (j > i && ACRONYMS.has(joined)) found = j - i + 1;
    }
    if (found === 0) {
      out?.push(tokens[i] ?? '');
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(tokens.slice(i, i + found).map((t) => LETTER_NAMES.get(t)).join(''));
    i += found - 1;
  }
  return out ?? tokens;
}
