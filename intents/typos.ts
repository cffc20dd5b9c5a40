/**
 * SymSpell-style typo corrector: every known word is indexed under its deletions, so a lookup costs a
 * few map reads instead of a scan. Candidates are verified with Damerau-Levenshtein (≤ 1, ≤ 2 from
 * 8 letters) and ranked by Jaro-Winkler, then frequency. Tokens under five letters are never corrected:
 * "kk", "sim", "nib" are too close to each other to guess (docs/notes/nlu.md §7), and English four-letter words
 * ("joke", "some") landed on Indonesian ones. The first letter is never edited: a typo there is rare, and such
 * an edit mostly turned a word we do not know into one we do (issue 11: "iphone" → phone, Banjar "wayah" →
 * ayah, "salamat" → alamat), which let an out-of-scope message pass as a service question.
 */
import { DamerauLevenshteinDistance, JaroWinklerDistance } from './natural.js';

// Four-letter tokens are mostly real words we do not know ("cook", "rice", "joke"), not typos.
const MIN_LENGTH = 5;
// Deletions grow with the square of the length: a 500-letter "word" pasted in must not cost 100k lookups.
const MAX_LENGTH = 20;
// A swapped letter in a short word is more often another word than a typo: "batam" (a city) is not
// "batal" (cancel). Short tokens may still lose, gain or transpose a letter ("syrat" → "syarat").
const MIN_SUBSTITUTION_LENGTH = 6;
const CACHE_LIMIT = 20_000;

function maxDistance(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

export function deletions(word: string, depth: number, into: Set<string>): Set<string> {
  if (depth === 0 || word.length <= 1) return into;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
  return into;
}

/**
 * A deletion key as a 32-bit FNV-1a hash, a small integer V8 keeps inline in the Map. As strings, the ~30k keys
 * and their one-word arrays were ~3.3 MB kept for the process's life and, built at start, enough surviving
 * allocation to double V8's young generation: ~7 MiB of the compiled start-up's peak RSS (issue 14). A collision
 * only adds a candidate, and every candidate is checked with Damerau-Levenshtein below; any word that passes is
 * also under its own key, so the answers do not change (scripts/nlu-golden.ts check).
 */
export function keyOf(text: string, skip = -1, skipToo = -1): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) if (i !== skip && i !== skipToo) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * Calls `visit` with the key of `word` and of each string one or two (`depth`) deletions from it: the keys of what
 * `deletions` gives, hashed by skipping letters instead of building the strings (~150k short-lived strings at each
 * start). A key can come more than once (deleting either "a" of "aa" gives the same string).
 */
export function forEachDeletionKey(word: string, depth: number, visit: (key: number) => void): void {
  visit(keyOf(word));
  if (word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    visit(keyOf(word, i));
    if (depth < 2 || word.length <= 2) continue;
    for (let j = i + 1; j < word.length; j++) visit(keyOf(word, i, j));
  }
}

export class TypoCorrector {
  /** Deletion key → the index in `#words` of each word that has it (one number when one word, most keys). */
  readonly #index = new Map<number, number | number[]>();
  readonly #words: string[] = [];
  readonly #frequency: ReadonlyMap<string, number>;
  readonly #cache = new Map<string, string | null>();

  /** @param frequency known words and how often they occur in the training text (ties go to the more frequent). */
  constructor(frequency: ReadonlyMap<string, number>) {
    this.#frequency = frequency;
    for (const word of frequency.keys()) {
      if (word.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(word)) continue;
      const id = this.#words.push(word) - 1;
      forEachDeletionKey(word, maxDistance(word), (hash) => this.#add(hash, id));
    }
  }

  /** Files word `id` under `hash` once: words are filed one after another, so a repeat is the bucket's last id. */
  #add(hash: number, id: number): void {
    const bucket = this.#index.get(hash);
    if (bucket === undefined) this.#index.set(hash, id);
    else if (typeof bucket === 'number') {
      if (bucket !== id) this.#index.set(hash, [bucket, id]);
    } else if (bucket.at(-1) !== id) bucket.push(id);
  }

  /** The best known word within reach of `token`, or null. Results are cached: chat vocabularies repeat. */
  correct(token: string): string | null {
    const cached = this.#cache.get(token);
    if (cached !== undefined) return cached;
    const best = token.length < MIN_LENGTH || token.length > MAX_LENGTH || !/^[a-z]+$/.test(token) ? null : this.#lookup(token);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(token, best);
    return best;
  }

  #lookup(token: string): string | null {
    const limit = maxDistance(token);
    let best: string | null = null;
    let bestScore = -1;
    const seen = new Set<number>();
    const consider = (id: number): void => {
      const word = this.#words[id];
      if (word === undefined || seen.has(id)) return;
      seen.add(id);
      if (DamerauLevenshteinDistance(token, word) > Math.min(limit, maxDistance(word))) return;
      if (word[0] !== token[0] || (token.length < MIN_SUBSTITUTION_LENGTH && isSubstitution(token, word))) return;
      // Jaro-Winkler rewards a shared beginning: typos rarely hit the first letters.
      const score = JaroWinklerDistance(token, word) + Math.log1p(this.#frequency.get(word) ?? 0) / 100;
      if (score > bestScore) {
        best = word;
        bestScore = score;
      }
    };
    for (const key of deletions(token, limit, new Set([token]))) {
      const bucket = this.#index.get(keyOf(key));
      if (typeof bucket === 'number') consider(bucket);
      else bucket?.forEach(consider);
    }
    return best;
  }
}

/** Same length and not one adjacent swap: the edit replaced a letter. */
function isSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  const swapped = diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  return !swapped;
}
