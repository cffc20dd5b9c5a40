/**
 * Vowel-dropped abbreviations (issue 11): "jdwl" → jadwal, "pndftrn" → pendaftaran, "prpnjng" → perpanjang,
 * "lkt" → loket. One generic rule instead of a list that grows forever: a token without vowels is the
 * first letter plus the consonant skeleton of a known word. Chat writers also drop the n of "ng"
 * ("pgmbln" → pengambilan), so a skeleton that loses one letter still matches, ranked after exact ones,
 * and after those a skeleton whose every "ng" is written "g" ("lgsg" → langsung).
 * Only a clear best match counts: the only candidate, or one our examples use at least DOMINANCE times as
 * often as the next ("btl": batal, not betul). Otherwise a guess is worse than nothing (the token then stays
 * unknown, which the out-of-scope gate understands).
 */

/**
 * Indonesian acronyms that are words of their own, never a vowel-dropped word: "pns" is pegawai negeri
 * sipil, not "panas" (issue 11: "kapan gajian pns" became a complaint about the heat). Institutions and
 * terms of everyday news and chat that no catalog service names (KBBI's list of abbreviations and the
 * agencies' own names); they stay unknown words, which the out-of-scope gate and the name frames
 * (index.ts) understand. Acronyms the catalog or the examples use are known words and never reach here.
 */
export const ACRONYMS: ReadonlySet<string> = new Set(
  `pns asn cpns pppk tni dpr dprd mpr dpd kpk kpu bpk bps bnn bkn ojk pln bpn bri bni btn bca bsm bpr umr ump umk thr ppn pph ptn
  pts sma smk smp sd mts stm pkh blt bst kjp kks kps sktm lpg bbm sdm hrd cv pt tbk`.split(/\s+/),
);

/**
 * Acronyms said as words that a vowel-less token never abbreviates: "ntrn" and "ntr" are antrean and nanti, not "nataru" (Natal
 * dan Tahun Baru), whose skeleton they are (session 38: four of four field messages; once the closures reached Natal 2027, "cek
 * ntrn sy no brp" was dated Christmas).
 */
export const NEVER_ABBREVIATED: ReadonlySet<string> = new Set(['nataru']);

const VOWELS = /[aiueo]/g;
const SUFFIX = /(?:in|nya|ny)$/;
const DOMINANCE = 3;
/** A word cut short ("resch" for reschedule) keeps four letters of its skeleton and loses at most two. */
const MIN_TRUNCATED = 4;
const MAX_CUT = 2;
/** The skeletons of -kan and -an ("mndrkn", "bkngn"), longest first. */
const SKELETON_SUFFIXES = ['kn', 'n'];
const HAS_VOWEL = /[aiueo]/;
/** Shortest word read with only some of its vowels dropped: shorter ones are typos of too many words. */
const MIN_PARTLY = 5;

/** First letter kept (vowel or not), later vowels dropped: "antrian" → "antrn", "jadwal" → "jdwl". */
export function skeleton(word: string): string {
  return word[0] + word.slice(1).replace(VOWELS, '');
}

/** Every way to drop one letter after the first, keeping the last. */
function oneDropped(s: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < s.length - 1; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

export class AbbreviationIndex {
  readonly #exact = new Map<string, string[]>();
  readonly #loose = new Map<string, string[]>();
  /** Skeletons with every "ng" written "g" ("lgsg" → langsung, "pgmbln" → pengambilan): the n of ng dropped more than once. */
  readonly #nasal = new Map<string, string[]>();
  /** Two-letter skeletons ("pagi": "pg"), only ever matched with the final vowel written ("pgi", "hlo"). */
  readonly #short = new Map<string, string[]>();
  /** Skeletons cut short by one or two final letters ("rsch": reschedule's rschdl), tried last (session 9, dev set 10). */
  readonly #truncated = new Map<string, string[]>();
  readonly #cache = new Map<string, string | null>();
  readonly #frequency: ReadonlyMap<string, number>;

  /** @param frequency known words and how often our examples use them; only words of four letters or more ("ubah": "ubh") with a vowel after the first letter have a skeleton worth guessing. */
  constructor(frequency: ReadonlyMap<string, number>) {
    this.#frequency = frequency;
    for (const word of frequency.keys()) {
      if (word.length < 4 || !/^[a-z]+$/.test(word) || !HAS_VOWEL.test(word.slice(1))) continue;
      const key = skeleton(word);
      if (key.length === 2) push(this.#short, key, word);
      if (key.length < 3) continue;
      push(this.#exact, key, word);
      if (key.length >= 5) for (const shorter of new Set(oneDropped(key))) push(this.#loose, shorter, word);
      if (key.includes('ng')) push(this.#nasal, key.replaceAll('ng', 'g'), word);
      for (let cut = 1; cut <= MAX_CUT && key.length - cut >= MIN_TRUNCATED; cut++) push(this.#truncated, key.slice(0, -cut), word);
    }
  }

  /**
   * The one known word `token` abbreviates, or null (vowels after its first letter, too short, none or several).
   * A final vowel may stay ("gnti": ganti, "jdi": jadi): then only words ending in it count.
   */
  expand(token: string): string | null {
    // A colloquial -in or the -ny(a) clitic on a skeleton ("btlin": batalin, "infny": infonya): the word itself,
    // as the normaliser reads "batalin" (session 6, dev sets).
    const suffix = SUFFIX.exec(token);
    if (suffix !== null && suffix.index >= 3) {
      const stem = token.slice(0, suffix.index);
      if (!HAS_VOWEL.test(stem.slice(1))) return this.expand(stem);
      // The passive's di- written whole on a skeleton ("dibtlin": dibatalin; session 36, dev set 236).
      if (stem.startsWith('di') && stem.length >= 5 && !HAS_VOWEL.test(stem.slice(2))) {
        const verb = this.expand(stem.slice(2));
        return verb === null ? null : `di${verb}`;
      }
    }
    // The first letter is kept as written, vowel or not: "almt" is alamat, "oprsnl" operasional.
    const final = /[aiueo]$/.test(token) && token.length >= 3 ? token[token.length - 1] : undefined;
    const body = final === undefined ? token : token.slice(0, -1);
    // Two letters and the final vowel ("pgi", "hlo"): the vowel narrows the short skeleton enough to guess.
    const short = final !== undefined && body.length === 2;
    if (token.length > 12 || !/^[a-z]+$/.test(token) || ACRONYMS.has(token)) return null;
    if (HAS_VOWEL.test(body.slice(1))) return this.#partly(token);
    if (body.length < 3 && !short) return null;
    const cached = this.#cache.get(token);
    if (cached !== undefined) return cached;
    const found =
      (final === undefined ? this.#lookup(token) : this.#clear(((short ? this.#short : this.#exact).get(body) ?? []).filter((w) => w.endsWith(final)))) ??
      (final === undefined ? (this.#affixed(token) ?? this.#clear(this.#truncated.get(token) ?? [])) : null);
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(token, found);
    return found;
  }

  /**
   * A skeleton with an affix the rule does not see (session 9, dev sets 8 and 11): the -an of a noun and the -kan of a
   * verb, read as the base as -in is ("bkngn": bookingan → booking), and the di- of a passive ("dmndrkn": dimundurkan →
   * "di" + mundur, which the stemmer reads as mundur).
   */
  #affixed(token: string, prefixed = false): string | null {
    for (const suffix of SKELETON_SUFFIXES) {
      if (token.length < suffix.length + 3 || !token.endsWith(suffix)) continue;
      const base = this.#lookup(token.slice(0, -suffix.length));
      if (base !== null) return base;
    }
    if (prefixed || token.length < 6 || !token.startsWith('d')) return null;
    const verb = this.#lookup(token.slice(1)) ?? this.#affixed(token.slice(1), true);
    return verb === null ? null : `di${verb}`;
  }

  /**
   * Some vowels dropped, not all (session 42, dev sets 342 and 344: "akta kmtian" read as the birth certificate, "jdwl lyann"
   * out of scope): a word of five letters or more whose skeleton is a known word's, with its letters in that word's order, is
   * that word ("kmtian": kematian, "lyann": layanan), on the same clear-best-match terms.
   */
  #partly(token: string): string | null {
    if (token.length < MIN_PARTLY) return null;
    const cached = this.#cache.get(token);
    if (cached !== undefined) return cached;
    const found = this.#clear((this.#exact.get(skeleton(token)) ?? []).filter((w) => w.length > token.length && inOrder(token, w)));
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(token, found);
    return found;
  }

  #lookup(token: string): string | null {
    const exact = this.#exact.get(token) ?? [];
    const loose = this.#loose.get(token) ?? [];
    return exact.length > 0 ? this.#clear(exact) : loose.length > 0 ? this.#clear(loose) : this.#clear(this.#nasal.get(token.replaceAll('ng', 'g')) ?? []);
  }

  #clear(candidates: readonly string[]): string | null {
    const ranked = [...candidates].sort((a, b) => (this.#frequency.get(b) ?? 0) - (this.#frequency.get(a) ?? 0));
    const [best, second] = ranked;
    if (best === undefined) return null;
    if (second === undefined) return best;
    return (this.#frequency.get(best) ?? 0) >= DOMINANCE * Math.max(1, this.#frequency.get(second) ?? 0) ? best : null;
  }
}

/** Whether every letter of `short` appears in `long`, in order ("kmtian" in "kematian"). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
}
