/**
 * The worker thread of a retrain (intents/trainer.ts `retrain`): trains on what the MPP learned, checks
 * it against the built-in test set, and posts back the verdict and, when it passed, the model's snapshot,
 * which the main thread restores without training. With a data folder it trains through the model cache,
 * so the learned model is on disk for the next start. Its log lines go back with the answer: a worker has
 * no logger of its own.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { LearnedData } from '../core/nlu.js';
import type { Logger } from '../core/ports.js';
import type { Catalog } from '../core/schema.js';
import { createNlu, type NluOptions, type NluSnapshot } from './index.js';
import { cachedNlu } from './model-cache.js';
import { createTrainer, type ModelBuilder } from './trainer.js';
import { lowerWorkerPriority } from './worker-thread.js';

export interface RetrainJob {
  readonly catalog: Catalog;
  readonly options: NluOptions;
  readonly learned: LearnedData;
  readonly testSetPath: string;
  readonly dir?: string;
  readonly baseline?: number;
}

export interface LogLine {
  readonly level: keyof Logger;
  readonly event: string;
  readonly fields?: Record<string, unknown>;
}

export type RetrainResult = { readonly logs: readonly LogLine[]; readonly accuracy: number; readonly baseline: number } & (
  | { readonly ok: true; readonly snapshot: NluSnapshot }
  | { readonly ok: false }
);

function run(job: RetrainJob): RetrainResult {
  const logs: LogLine[] = [];
  const logger: Logger = {
    info: (event, fields) => logs.push({ level: 'info', event, ...(fields ? { fields } : {}) }),
    warn: (event, fields) => logs.push({ level: 'warn', event, ...(fields ? { fields } : {}) }),
    error: (event, fields) => logs.push({ level: 'error', event, ...(fields ? { fields } : {}) }),
  };
  const build: ModelBuilder = job.dir
    ? cachedNlu(job.catalog, job.options, { dir: job.dir, logger })
    : (learned) => createNlu(job.catalog, { ...job.options, learned });
  const trainer = createTrainer(job.catalog, job.options, { testSetPath: job.testSetPath, build, ...(job.baseline === undefined ? {} : { baseline: job.baseline }) });
  const outcome = trainer.retrainBlocking(job.learned);
  const { accuracy, baseline } = outcome;
  return outcome.ok ? { ok: true, snapshot: outcome.nlu.snapshot(), accuracy, baseline, logs } : { ok: false, accuracy, baseline, logs };
}

lowerWorkerPriority();
const { job } = workerData as { job: RetrainJob };
parentPort?.postMessage(run(job));
