/**
 * Runs `compactFromFiles` in a worker thread: the event loop of the bot only posts the job and
 * waits for the answer (issue 13 item 4). One worker per compaction; compactions are rare (the
 * WAL must outgrow the snapshot), so starting one (~50 ms, more under tsx) is not worth keeping.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import { compactFromFiles, type CompactJob, type CompactResult, type WorkerStep } from './compact-from-files.js';

const WORKER_TAG = 'layani-compact';
/**
 * The worker's nice value. On Linux nice is per thread, so this lowers only the compaction's:
 * when the cores are busy, the event loop (bookings waiting for their acknowledgement) runs
 * first and the compaction takes what is left (issue 13 item 4: the slow books of the bench
 * were mostly the ones that overlapped it). 10, not 19: under a saturated CPU it still finishes.
 * Elsewhere `setpriority` would lower the whole process: left alone.
 */
const WORKER_NICE = 10;

type Answer = { readonly ok: CompactResult } | { readonly error: string } | { readonly step: WorkerStep };

/** The job, and when a crash test watches the steps, the flag the worker waits on at each. */
interface Request {
  readonly job: CompactJob;
  readonly gate?: SharedArrayBuffer;
}

/**
 * The worker's entry. From source (tsx, vitest) this file is TypeScript: the worker first registers
 * tsx's loader itself, since on Node 20 a worker gets no loader hooks from its parent or from
 * `execArgv`. Compiled (dist/), it is plain JavaScript and is started directly.
 */
function startWorker(url: URL): Worker {
  const options = { workerData: WORKER_TAG };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  // require.resolve finds the CommonJS build; the ESM one sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(path.join(path.dirname(cjs), 'index.mjs')).href;
  // Nice first, so the loader thread tsx starts inherits it (new threads take their creator's).
  const nice = process.platform === 'linux' ? `require('node:os').setPriority(${WORKER_NICE}); ` : '';
  const entry = `${nice}import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(entry, { ...options, eval: true });
}

/**
 * `onStep` (crash tests only) is called on this thread at each `WorkerStep` while the worker
 * waits, so a kill there lands exactly at that step of the worker (a kill takes every thread).
 */
export function compactInWorker(job: CompactJob, onStep?: (step: WorkerStep) => void): Promise<CompactResult> {
  const worker = startWorker(new URL(import.meta.url));
  const gate = onStep ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  return new Promise<CompactResult>((resolve, reject) => {
    worker.on('message', (answer: Answer) => {
      if ('step' in answer) {
        onStep?.(answer.step);
        Atomics.store(gate!, 0, 1);
        Atomics.notify(gate!, 0);
      } else if ('ok' in answer) resolve(answer.ok);
      else reject(new Error(answer.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compaction worker exited (code ${code}) without an answer`)));
    worker.postMessage({ job, ...(gate ? { gate: gate.buffer } : {}) } satisfies Request);
  });
}

// Only in the worker started above (not in some other worker that imports the store, e.g. a test runner's).
if (!isMainThread && parentPort && workerData === WORKER_TAG) {
  const port = parentPort;
  if (process.platform === 'linux') os.setPriority(WORKER_NICE);
  port.once('message', ({ job, gate }: Request) => {
    const flag = gate ? new Int32Array(gate) : undefined;
    const pause = (step: WorkerStep) => {
      if (flag === undefined) return;
      port.postMessage({ step } satisfies Answer);
      Atomics.wait(flag, 0, 0); // until the main thread has run its probe
      Atomics.store(flag, 0, 0);
    };
    compactFromFiles(job, pause).then(
      (ok) => port.postMessage({ ok } satisfies Answer),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Answer),
    ).finally(() => port.close());
  });
}
