/**
 * The only module that imports `natural`. Deep default imports on purpose:
 * - a named import (`import { BayesClassifier } from 'natural'`) type-checks but crashes plain Node,
 *   because natural's index builds its exports at run time and cjs-module-lexer finds none;
 * - the top-level index loads mongoose/pg/redis and makes dotenv print tips on stdout, which would
 *   corrupt `npm run classify`. The deep modules below load in ~150 ms and print nothing.
 * See docs/notes/nlu.md §3.
 */
import { createRequire } from 'node:module';

import classifiers from 'natural/lib/natural/classifiers/index.js';
import distance from 'natural/lib/natural/distance/index.js';
import stemmers from 'natural/lib/natural/stemmers/index.js';
import tfidf from 'natural/lib/natural/tfidf/index.js';

export const { BayesClassifier } = classifiers;
export const { TfIdf } = tfidf;
export const { DamerauLevenshteinDistance, JaroWinklerDistance } = distance;
/** Sastrawi dictionary stemmer. Never call its `tokenizeAndStem`: it drops intent words (see notes). */
export const StemmerId = stemmers.StemmerId;

function loadRootWords(): ReadonlySet<string> {
  // A JSON import attribute would need the file path typed twice; require keeps it one line.
  const data: unknown = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json');
  if (!Array.isArray(data)) throw new Error('natural: kata-dasar.json is not a word list (natural upgraded?)');
  return new Set(data.filter((w): w is string => typeof w === 'string'));
}

/** The ~30k Indonesian root words of the Sastrawi dictionary that `StemmerId` reduces to. */
export const rootWords: ReadonlySet<string> = loadRootWords();
