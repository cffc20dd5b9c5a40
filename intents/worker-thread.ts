/**
 * Runs one job in a worker thread and resolves with the single message it posts back (used by the
 * retrain, intents/retrain-worker.ts: about a second of CPU that must not stop the bot answering).
 * Compiled, the worker starts from the sibling .js; from source (tsx, vitest) through tsx-worker.mjs,
 * which registers tsx's loader inside the worker.
 */
import os from 'node:os';
import { Worker, workerData } from 'node:worker_threads';

/** The worker could not run its job: it threw, exited without answering, or could not start. */
export class WorkerJobError extends Error {
  override readonly name = 'WorkerJobError';
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
/**
 * The worker's nice value, as the store's compaction worker has (data/store/compact-worker.ts): on Linux nice
 * is per thread, so when both cores are busy the event loop (citizens waiting for a reply) runs first and the
 * worker takes what is left. 10, not 19: on a saturated machine it still finishes.
 */
const WORKER_NICE = 10;

/** Called first by a worker's entry module: lowers this thread's priority (see WORKER_NICE). */
export function lowerWorkerPriority(): void {
  const { nice } = (workerData ?? {}) as { nice?: number };
  if (nice !== undefined && process.platform === 'linux') os.setPriority(nice);
}

/** `entry` is a module name next to this file without extension ("retrain-worker"); `job` is structured-cloned. */
export function runInWorker<Result>(entry: string, job: unknown): Promise<Result> {
  const url = new URL(`./${entry}${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);
  return new Promise<Result>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = FROM_SOURCE
        ? new Worker(new URL('./tsx-worker.mjs', import.meta.url), { workerData: { entry: url.href, job, nice: WORKER_NICE } })
        : new Worker(url, { workerData: { job, nice: WORKER_NICE } });
    } catch (error) {
      reject(new WorkerJobError(`${entry}: could not start: ${String(error)}`, { cause: error }));
      return;
    }
    let answered = false;
    worker.once('message', (result: Result) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new WorkerJobError(`${entry}: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => {
      if (!answered) reject(new WorkerJobError(`${entry}: exited with code ${code} without an answer`));
    });
  });
}
