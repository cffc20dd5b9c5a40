/**
 * The learning loop's retrain (`/belajar latih`, issue 11) as citizens feel it: how long the event loop
 * stops answering. Trained in this thread, the whole retrain (training + the test-set check) is one stall;
 * in the worker thread (what main.ts uses) the loop only restores the finished model. Both on the real
 * catalog with 20 learned examples, each measured `RUNS` times (median), with the model cache off so
 * every run trains.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

import type { LearnedData, NluTrainer } from '../core/nlu.js';
import { silentLogger } from '../core/ports.js';
import { loadDataSync } from '../data/load.js';
import { createTrainer } from '../intents/trainer.js';

const RUNS = 3;

export interface RetrainBenchResult {
  /** In this thread: ms the event loop is blocked (median), which is also the retrain's wall time. */
  readonly inThreadStallMs: number;
  /** In the worker thread: longest event-loop stall during the retrain (median of runs), ms. */
  readonly workerStallMs: number;
  /** In the worker thread: wall time from `/belajar latih` to the new model in use (median), ms. */
  readonly workerWallMs: number;
  readonly runs: number;
}

const LEARNED: LearnedData = {
  examples: Array.from({ length: 20 }, (_, i) => ({ text: `kapan loket ${i + 1} tutup istirahat siang`, intent: 'hours' as const })),
  synonyms: [{ word: 'kartu kuning', service: 'ktp' }],
};

async function watched(trainer: NluTrainer): Promise<{ ms: number; stallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, 10));
  const start = performance.now();
  const outcome = await trainer.retrain(LEARNED);
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 10));
  histogram.disable();
  if (!outcome.ok) throw new Error('bench retrain refused');
  return { ms, stallMs: histogram.max / 1e6 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number): number => Math.round(x);

export async function runRetrainBench(): Promise<RetrainBenchResult> {
  const { catalog, settings } = loadDataSync();
  const options = { timeZone: settings.timeZone, closures: settings.closures };
  const inThread: number[] = [];
  const stalls: number[] = [];
  const walls: number[] = [];
  // A new trainer each run: nothing kept from the last one (as after a restart); the first run warms the modules.
  await createTrainer(catalog, options).retrain(LEARNED);
  for (let run = 0; run < RUNS; run++) {
    inThread.push((await watched(createTrainer(catalog, options))).stallMs);
    const worker = await watched(createTrainer(catalog, options, { thread: { logger: silentLogger } }));
    stalls.push(worker.stallMs);
    walls.push(worker.ms);
  }
  return { inThreadStallMs: round(median(inThread)), workerStallMs: round(median(stalls)), workerWallMs: round(median(walls)), runs: RUNS };
}

export function formatRetrainBench(r: RetrainBenchResult): string {
  const ratio = r.workerStallMs > 0 ? (r.inThreadStallMs / r.workerStallMs).toFixed(1) : '∞';
  return [
    `Retrain (/belajar latih, 20 learned examples, median of ${r.runs}):`,
    `  event loop blocked: in this thread ${r.inThreadStallMs} ms, with the worker thread ${r.workerStallMs} ms (${ratio}× shorter)`,
    `  wall time with the worker thread: ${r.workerWallMs} ms (the bot answers meanwhile)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatRetrainBench(await runRetrainBench()));
