/**
 * A service's acronym written with a slip (issue 11, session 10, services named unusually): "npwb" for NPWP, "sckk" for
 * SKCK, "stkn" for STNK. Acronyms are said letter by letter and typed by ear, so the slips are of two kinds: two adjacent
 * letters swapped, and a consonant replaced by its voiced or voiceless twin (b/p, d/t, g/k, f/v/p: "pe-we-be"). The
 * typo corrector never touches words under five letters (too many short words are one edit apart), and a vowel-less
 * token is first read as a skeleton (abbreviations.ts); this rule sees only what both left unknown.
 *
 * Only a vowel-less token of four or five letters, only against the catalog's vowel-less acronyms of the same length,
 * with the same first letter, and only a single match: "bpks" is one swap from no acronym, "tnkb" and "stnk" stay apart.
 * Session 19 added a third kind, a key hit beside the right one (keyboard-slips.ts): "skxk" for SKCK, "npwo" for NPWP, in
 * a vowel-less token of four or five letters, still with the acronym's first letter and a single match.
 */

import { keyRun, oneKeyOff } from './keyboard-slips.js';

/** Consonants people hear as the same in a spelled acronym. */
const TWINS: ReadonlyMap<string, string> = new Map([['b', 'p'], ['p', 'b'], ['d', 't'], ['t', 'd'], ['g', 'k'], ['k', 'g'], ['f', 'v'], ['v', 'f']]);
const SHAPE = /^[b-df-hj-np-tv-z]{4,5}$/;
/**
 * Vowel-less, three to five letters: the acronyms a slip of the finger may be read as (ktp and pbg too: a slip of the
 * finger needs no length to be heard), and the tokens read as one wherever they stand ("skxk", "ktl", "pvg"). A slip to a
 * vowel ("sick", "spot" are one key from SKCK and SPPT) is read only where a service is expected (keyboard-slips.ts
 * framedKeySlips), and keys in a row are a mash, not a slip ("jkl" is one key from JKK).
 */
const KEYED = /^[b-df-hj-np-tv-z]{3,5}$/;

export class AcronymSlips {
  readonly #acronyms: readonly string[];

  /** @param words the gazetteer's words; the vowel-less ones of four or five letters are the acronyms. */
  constructor(words: Iterable<string>, refuse: (token: string) => boolean) {
    this.#acronyms = [...words].filter((w) => KEYED.test(w));
    this.#refuse = refuse;
  }

  readonly #refuse: (token: string) => boolean;

  /** The one acronym `token` is a slip of, or null. */
  read(token: string): string | null {
    if (!KEYED.test(token) || this.#refuse(token) || keyRun(token)) return null;
    const heard = SHAPE.test(token);
    let found: string | null = null;
    for (const acronym of this.#acronyms) {
      if (acronym.length !== token.length || acronym[0] !== token[0] || acronym === token) continue;
      // Slips of the ear only where the token has no vowel and four letters or five, as before; of the finger anywhere.
      if (!(heard && slip(token, acronym)) && !oneKeyOff(token, acronym)) continue;
      if (found !== null) return null;
      found = acronym;
    }
    return found;
  }
}

/** One adjacent swap, or one letter replaced by its twin. */
function slip(token: string, acronym: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < token.length; i++) if (token[i] !== acronym[i]) diff.push(i);
  const [i, j] = diff;
  if (i === undefined) return false;
  if (diff.length === 1) return TWINS.get(token[i] ?? '') === acronym[i];
  return diff.length === 2 && j === i + 1 && token[i] === acronym[j] && token[j] === acronym[i];
}
