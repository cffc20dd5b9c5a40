/**
 * What our examples say a topic is, and the first word of a message outside it. Three readers ask the same question
 * of a message, each with its own exceptions: a service question whose object is none of ours (foreign-object.ts), a
 * complaint about someone else's business (complaint-topic.ts), a letter whose every question asks elsewhere
 * (asked-outside.ts). The question they share lives here so that "unseen" means one thing.
 */
import type { Analysis } from './pipeline.js';

export interface TopicWords {
  /** True for a stem some in-scope example has. */
  readonly seen: (stem: string) => boolean;
  /** Stems that are no topic: function words (function-words.ts), generic words like "kartu", "surat", "uang", variant words. */
  readonly neutral: ReadonlySet<string>;
  /** Stems that make a topic ours: agencies, offices and MPP words (service-aliases.ts AGENCY_WORDS). */
  readonly ours: ReadonlySet<string>;
  /** One-word service names of the catalog (entities.ts): a word one edit from one is a misspelt service, not a topic. */
  readonly serviceNames: ReadonlySet<string>;
  /** Agencies MPPs host that this catalog does not serve (elsewhere.ts OTHER_TENANTS): their errands are not ours. */
  readonly otherTenants: ReadonlySet<string>;
}

/** Letters only (built once per length: a literal in the callback would be a new RegExp per word). */
const LETTERS: Readonly<Record<2 | 3, RegExp>> = { 2: /^[a-z]{2,}$/, 3: /^[a-z]{3,}$/ };

export interface UnseenOptions {
  /** The shortest word that counts: 2 lets "hp" name a topic; 3 keeps a letter's "ya"/"sy" out. */
  readonly minLength: 2 | 3;
  /** A reader's own exceptions (interjections, feelings, agency stems) by word and stem. */
  readonly skip?: (word: string, stem: string) => boolean;
}

/**
 * The first word of the message that no in-scope example has and that names something: letters only, not a neutral
 * stem, still one of the message's features (a word the pipeline dropped as a name or a date is no topic), and not one
 * the reader skips. Null when every word is one our examples know.
 */
export function unseenWord(a: Analysis, topic: TopicWords, options: UnseenOptions): string | null {
  const letters = LETTERS[options.minLength];
  const found = a.words.find(
    ([w, stem]) => letters.test(w) && !topic.seen(stem) && !topic.neutral.has(stem) && options.skip?.(w, stem) !== true && a.features.includes(stem),
  );
  return found?.[0] ?? null;
}
