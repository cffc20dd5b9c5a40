/**
 * Retraining for the learning loop (core/learning): the built-in examples plus what one MPP learned, checked
 * against the built-in test set (test/fixtures/nlu-testset.jsonl, shipped with the code). A retrain that
 * costs more than one point of intent accuracy is refused: a bad example filed by mistake must not make
 * the bot worse for everyone.
 *
 * Training takes about a second of CPU (more on a busy machine). On start that is fine, nothing is being
 * answered yet, so `retrainBlocking` trains here. `/belajar latih` comes while citizens are chatting, so
 * `retrain` trains in a worker thread (intents/retrain-worker.ts) and only restores the finished model
 * here (~0.1 s, bench "Retrain"); if the worker cannot run, it says so in the log and trains in this thread instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { LearnedData, NluTrainer, RetrainOutcome } from '../core/nlu.js';
import type { Logger } from '../core/ports.js';
import type { Catalog } from '../core/schema.js';
import { createNlu, type NluOptions, type NluSnapshot, type TrainedNlu } from './index.js';
import type { RetrainJob, RetrainResult } from './retrain-worker.js';
import { runInWorker } from './worker-thread.js';

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

/** Makes a model from what was learned (undefined: the built-in examples only); with a snapshot it trains nothing. */
export type ModelBuilder = (learned?: LearnedData, snapshot?: NluSnapshot) => TrainedNlu;

export interface TrainerOptions {
  readonly testSetPath?: string;
  /** main.ts passes the cached factory (intents/model-cache.ts), so a restart with saved examples trains nothing. */
  readonly build?: ModelBuilder;
  /**
   * Where the worker keeps its model cache (the data folder: the model it trains is then on disk for the
   * next start) and where its log lines go. Without `thread`, `retrain` trains in this thread, as tests and
   * the worker itself do.
   */
  readonly thread?: { readonly dir?: string; readonly logger: Logger };
  /** The built-in model's accuracy, when the caller already measured it (the worker gets it from the main thread). */
  readonly baseline?: number;
}

/** A retrain whose model is the concrete `TrainedNlu`, so the worker can snapshot it. */
export type CheckedRetrain = { readonly ok: true; readonly nlu: TrainedNlu; readonly accuracy: number; readonly baseline: number } | { readonly ok: false; readonly accuracy: number; readonly baseline: number };

export interface Trainer extends NluTrainer {
  retrainBlocking(learned: LearnedData): CheckedRetrain;
}

export function createTrainer(catalog: Catalog, options: NluOptions, trainer: TrainerOptions = {}): Trainer {
  const testSetPath = trainer.testSetPath ?? TEST_SET_PATH;
  const build: ModelBuilder = trainer.build ?? ((learned, snapshot) => createNlu(catalog, { ...options, learned }, snapshot));
  let set: ReturnType<typeof readTestSet> | undefined;
  let baseline = trainer.baseline;
  let latest: TrainedNlu | undefined;
  // One retrain at a time: two `/belajar latih` in a row train twice, in order, never two workers at once.
  let queue: Promise<unknown> = Promise.resolve();

  const retrainBlocking = (learned: LearnedData): CheckedRetrain => {
    set ??= readTestSet(testSetPath);
    baseline ??= accuracy(build(undefined), set);
    const nlu = build(learned);
    const score = accuracy(nlu, set);
    if (score < baseline - MAX_DROP) return { ok: false, accuracy: score, baseline };
    latest = nlu;
    return { ok: true, nlu, accuracy: score, baseline };
  };

  const inWorker = async (learned: LearnedData, thread: NonNullable<TrainerOptions['thread']>): Promise<RetrainOutcome> => {
    let result: RetrainResult;
    try {
      const job: RetrainJob = { catalog, options, learned, testSetPath, ...(thread.dir ? { dir: thread.dir } : {}), ...(baseline === undefined ? {} : { baseline }) };
      result = await runInWorker<RetrainResult>('retrain-worker', job);
    } catch (error) {
      thread.logger.warn('nlu.retrain_thread_failed', { error: String(error), remedy: 'training in the main thread; the bot pauses for about a second' });
      return retrainBlocking(learned);
    }
    for (const line of result.logs) thread.logger[line.level](line.event, line.fields);
    baseline = result.baseline;
    if (!result.ok) return { ok: false, accuracy: result.accuracy, baseline: result.baseline };
    const nlu = build(learned, result.snapshot);
    latest = nlu;
    return { ok: true, nlu, accuracy: result.accuracy, baseline: result.baseline };
  };

  return {
    retrainBlocking,
    retrain(learned: LearnedData): Promise<RetrainOutcome> {
      const { thread } = trainer;
      const next = queue.then(() => (thread ? inWorker(learned, thread) : retrainBlocking(learned)));
      queue = next.catch(() => undefined);
      return next;
    },
    unknownWords(text: string): string[] {
      latest ??= build(undefined);
      return latest.unknownWords(text);
    },
  };
}
