/**
 * The vocabulary of a decision (issue 11, split out of index.ts): what a rule returns (intent, confidence,
 * alternatives), how a score is rounded and a best one picked. Every rule file builds its answer with these,
 * so they sit apart from the rules and import nothing of them.
 */
import type { IntentName, ScoredIntent, Understanding } from '../core/nlu.js';
import { INTENT_NAMES } from '../core/nlu.js';
import type { ModelScores } from './classifier.js';

/** Below the engine's usual comfort (0.5) on purpose: an entity alone is no request. */
export const ENTITY_ONLY_CONFIDENCE = 0.3;

export const OUT_OF_SCOPE = 'fallback';

export function isIntent(label: string): label is IntentName {
  return (INTENT_NAMES as readonly string[]).includes(label);
}

export type Decision = Pick<Understanding, 'intent' | 'confidence' | 'alternatives'>;

export function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

export function decision(intent: IntentName, confidence: number, alternatives: readonly ScoredIntent[] = []): Decision {
  return { intent, confidence: round(confidence), alternatives };
}

/** Bayes and centroid averaged per label: both lie in 0..1, and neither is right often enough alone. */
export function combine(s: ModelScores): number[] {
  const combined: number[] = [];
  for (let c = 0; c < s.bayes.length; c++) combined.push(((s.bayes[c] ?? 0) + (s.centroid[c] ?? 0)) / 2);
  return combined;
}

/** Index of the largest score, leaving out the `skip` indices. */
export function argmax(scores: ArrayLike<number>, ...skip: number[]): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (!skip.includes(c) && (best < 0 || (scores[c] ?? 0) > (scores[best] ?? 0))) best = c;
  return best;
}

/** The alternatives with `intent` first: a clarifying question offers what a rule chose before what the models ranked. */
export function promoted(alternatives: readonly ScoredIntent[], intent: IntentName): readonly ScoredIntent[] {
  if (alternatives.length === 0) return alternatives;
  const own = alternatives.find((x) => x.intent === intent) ?? { intent, score: 0 };
  return [own, ...alternatives.filter((x) => x.intent !== intent)].slice(0, 2);
}
