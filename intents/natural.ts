/**
 * The only module that imports `natural`. Deep default imports on purpose:
 * - a named import (`import { BayesClassifier } from 'natural'`) type-checks but crashes plain Node,
 *   because natural's index builds its exports at run time and cjs-module-lexer finds none;
 * - the top-level index loads mongoose/pg/redis and makes dotenv print tips on stdout, which would
 *   corrupt `npm run classify`. The deep modules below load in ~150 ms and print nothing.
 * - one file per class, not the folder indexes: those load every classifier and every language's
 *   stemmer (~1 s of each start-up on a busy 2-core VM, issue 14). Types come from the indexes.
 * See docs/notes/nlu.md §3.
 */
import { createRequire } from 'node:module';

import type classifiers from 'natural/lib/natural/classifiers/index.js';
import type distance from 'natural/lib/natural/distance/index.js';
import type stemmers from 'natural/lib/natural/stemmers/index.js';

const require = createRequire(import.meta.url);
const deep = <T>(path: string): T => require(`natural/lib/natural/${path}`) as T;

/**
 * natural's Bayes classifier, which training no longer uses (bayes.ts learns the same model in linear time): kept as
 * the reference test/intents/bayes.test.ts checks bayes.ts against, so a natural upgrade that changes the model shows.
 * Loaded on first use only: nothing at run time calls it, so its dense-matrix dependencies are never loaded (issue 14).
 */
export function naturalBayesReference(): {
  readonly BayesClassifier: typeof classifiers.BayesClassifier;
  readonly StemmerId: typeof stemmers.StemmerId;
} {
  return {
    BayesClassifier: deep<typeof classifiers.BayesClassifier>('classifiers/bayes_classifier.js'),
    StemmerId,
  };
}
export const { DamerauLevenshteinDistance } = deep<Pick<typeof distance, 'DamerauLevenshteinDistance'>>('distance/levenshtein_distance.js');
export const JaroWinklerDistance = deep<typeof distance.JaroWinklerDistance>('distance/jaro-winkler_distance.js');
/** Sastrawi dictionary stemmer. Never call its `tokenizeAndStem`: it drops intent words (see notes). */
export const StemmerId = deep<typeof stemmers.StemmerId>('stemmers/indonesian/stemmer_id.js');

function loadRootWords(): ReadonlySet<string> {
  // A JSON import attribute would need the file path typed twice; require keeps it one line.
  const data: unknown = require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json');
  if (!Array.isArray(data)) throw new Error('natural: kata-dasar.json is not a word list (natural upgraded?)');
  return new Set(data.filter((w): w is string => typeof w === 'string'));
}

/** The ~30k Indonesian root words of the Sastrawi dictionary that `StemmerId` reduces to. */
export const rootWords: ReadonlySet<string> = loadRootWords();
