/**
 * Validation sets of issue 11: written, like the blind sets, by people who saw only the one-page brief
 * (docs/notes/writer-brief.md), each for one decision: read once on `main` and once on the candidate, never tuned on.
 * After their decision they are kept as further untuned measures (`npx tsx bench/nlu-dev.ts --val` prints their
 * aggregates, never an item).
 */
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Session 11: 500 messages in every class, "now" Thu 4 Feb 2027 13:25 in Pontianak (WIB); written to decide whether
 * training on the field's messages lands.
 */
export const VALIDATION_SET_14 = `${ROOT}test/fixtures/nlu-val-14.jsonl`;
/**
 * Session 11: 500 messages weighted to the hard classes (110 out of scope from some forty domains, unknown names,
 * English, long letters, the booking family, help and people), "now" Tue 25 May 2027 15:10 in Makassar (WITA); same
 * decision.
 */
export const VALIDATION_SET_15 = `${ROOT}test/fixtures/nlu-val-15.jsonl`;

export const VALIDATION_SETS = [
  { n: 14, path: VALIDATION_SET_14 },
  { n: 15, path: VALIDATION_SET_15 },
] as const;
