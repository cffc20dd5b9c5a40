/**
 * Retraining for the learning loop (core/learning): the built-in examples plus what one MPP learned, checked
 * against the built-in test set (test/fixtures/nlu-testset.jsonl, shipped with the code). A retrain that
 * costs more than one point of intent accuracy is refused: a bad example filed by mistake must not make
 * the bot worse for everyone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { LearnedData, NluTrainer, RetrainOutcome } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { createNlu, type NluOptions, type TrainedNlu } from './index.js';

/** Next to intents/ under tsx; compiled, intents/ is dist/intents/ and the fixture stays in the project's test/. */
export const TEST_SET_PATH = [
  fileURLToPath(new URL('../test/fixtures/nlu-testset.jsonl', import.meta.url)),
  fileURLToPath(new URL('../../test/fixtures/nlu-testset.jsonl', import.meta.url)),
].find((path) => existsSync(path)) ?? fileURLToPath(new URL('../test/fixtures/nlu-testset.jsonl', import.meta.url));
/** Largest drop in test-set intent accuracy a retrain may cause (one point). */
export const MAX_DROP = 0.01;

interface Labelled {
  readonly text: string;
  readonly intent: string;
}

/** The test set's items and its reference time; empty when the file is not there (accuracy is then 1). */
export function readTestSet(path = TEST_SET_PATH): { now: Date; items: Labelled[] } {
  let now = new Date('2026-11-23T10:00:00+07:00');
  const items: Labelled[] = [];
  if (!existsSync(path)) return { now, items };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Partial<Labelled> & { now?: string };
    if (row.text !== undefined && row.intent !== undefined) items.push({ text: row.text, intent: row.intent });
    else if (row.now !== undefined) now = new Date(row.now);
  }
  return { now, items };
}

function accuracy(nlu: TrainedNlu, set: { now: Date; items: Labelled[] }): number {
  if (set.items.length === 0) return 1;
  return set.items.filter((i) => nlu.understand(i.text, set.now).intent === i.intent).length / set.items.length;
}

/**
 * `build` makes a model from what was learned (undefined: the built-in examples only); main.ts passes the
 * cached factory (intents/model-cache.ts) so a restart with saved examples trains nothing.
 */
export function createTrainer(
  catalog: Catalog,
  options: NluOptions,
  testSetPath = TEST_SET_PATH,
  build: (learned?: LearnedData) => TrainedNlu = (learned) => createNlu(catalog, { ...options, learned }),
): NluTrainer {
  const set = readTestSet(testSetPath);
  let baseline: number | undefined;
  let latest: TrainedNlu | undefined;
  const builtIn = (): TrainedNlu => build(undefined);
  return {
    retrain(learned: LearnedData): RetrainOutcome {
      baseline ??= accuracy(builtIn(), set);
      const nlu = build(learned);
      const score = accuracy(nlu, set);
      if (score < baseline - MAX_DROP) return { ok: false, accuracy: score, baseline };
      latest = nlu;
      return { ok: true, nlu, accuracy: score, baseline };
    },
    unknownWords(text: string): string[] {
      latest ??= builtIn();
      return latest.unknownWords(text);
    },
  };
}
