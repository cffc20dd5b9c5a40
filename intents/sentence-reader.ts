/**
 * A long letter's sentences, each analysed once per message (issue 11, throughput, session 11). by-sentence.ts analyses
 * every sentence to let them vote, then asked-sentence.ts analyses the asking ones again (and, for a complaint, the
 * others): the same text at the same `now`, through the same analyser, so the same analysis (analyse reads nothing
 * else that changes, and neither reader changes what it is given: withGrievances copies). The second reading takes
 * the first's; a letter's dates went through chrono twice per sentence.
 *
 * Made for one message and dropped after it: nothing carries from one message to the next (the bench repeats its
 * messages, and a cache across them would only flatter the figure).
 */
import type { WindowMemo } from './dates.js';
import type { Analysis, Analyzer } from './pipeline.js';

/** What the sentence readers ask of the analyser. */
export type SentenceAnalyser = Pick<Analyzer, 'analyse'>;

/**
 * `analyzer` for the sentences of one message read at `now`: a sentence already analysed is not analysed again, and a
 * date window the message already parsed is not parsed again (`windows`, dates.ts WindowMemo).
 */
export function sentenceReader(analyzer: Analyzer, now: Date, windows: WindowMemo): SentenceAnalyser {
  const read = new Map<string, Analysis>();
  return {
    analyse(text: unknown, at: Date): Analysis {
      // Another time or a non-text input is not what this reader was made for: analysed afresh.
      if (at !== now || typeof text !== 'string') return analyzer.analyse(text, at);
      let a = read.get(text);
      if (a === undefined) {
        a = analyzer.analyse(text, at, windows);
        read.set(text, a);
      }
      return a;
    },
  };
}
