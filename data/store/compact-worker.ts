/**
 * Runs `compactFromFiles` in a worker thread: the event loop of the bot only posts the job and
 * waits for the answer (issue 13 item 4). One worker per compaction; compactions are rare (the
 * WAL must outgrow the snapshot), so starting one (~50–80 ms, compiled or bundled) is not worth keeping.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
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
 * This file, bundled into one CommonJS script (from source: tsx, vitest, the bench). Starting the
 * worker on the `.ts` file needs tsx's loader registered inside it, and on Node 20 that starts a
 * loader thread of its own: 0.2–0.7 s of CPU per compaction (docs/notes/store.md §13), more than
 * the compaction itself, and paid beside the bookings. esbuild (tsx's own compiler, so present
 * wherever tsx is) bundles the store's few modules once per process in ~30 ms, in its own
 * process; the worker then starts as plain JavaScript in ~80 ms, as the compiled one does.
 */
let bundle: Promise<string> | undefined;

function bundled(url: URL): Promise<string> {
  bundle ??= import('esbuild')
    .then((esbuild) =>
      esbuild.build({
        entryPoints: [fileURLToPath(url)],
        bundle: true,
        // Not esbuild itself (imported above, never in the worker): 100 KB more for the worker to parse.
        external: ['esbuild'],
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      }),
    )
    .then((built) => built.outputFiles[0]!.text);
  // A failed build is tried again at the next compaction.
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/** Compiled (dist/), this file is plain JavaScript and is started directly; from source, as a bundle. */
async function startWorker(url: URL): Promise<Worker> {
  const options = { workerData: WORKER_TAG };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  return new Worker(await bundled(url), { ...options, eval: true });
}

/**
 * `onStep` (crash tests only) is called on this thread at each `WorkerStep` while the worker
 * waits, so a kill there lands exactly at that step of the worker (a kill takes every thread).
 */
export async function compactInWorker(job: CompactJob, onStep?: (step: WorkerStep) => void): Promise<CompactResult> {
  const worker = await startWorker(new URL(import.meta.url));
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
