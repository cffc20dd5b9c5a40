/**
 * Runs `compactFromFiles` in a worker thread: the event loop of the bot only posts the job and
 * waits for the answer (issue 13 item 4). One worker per compaction; compactions are rare (the
 * WAL must outgrow the snapshot), so starting one (~50 ms, more under tsx) is not worth keeping.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import { compactFromFiles, type CompactJob, type CompactResult } from './compact-from-files.js';

const WORKER_TAG = 'layani-compact';

type Answer = { readonly ok: CompactResult } | { readonly error: string };

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
  const entry = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(entry, { ...options, eval: true });
}

export function compactInWorker(job: CompactJob): Promise<CompactResult> {
  const worker = startWorker(new URL(import.meta.url));
  return new Promise<CompactResult>((resolve, reject) => {
    worker.once('message', (answer: Answer) => {
      if ('ok' in answer) resolve(answer.ok);
      else reject(new Error(answer.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compaction worker exited (code ${code}) without an answer`)));
    worker.postMessage(job);
  });
}

// Only in the worker started above (not in some other worker that imports the store, e.g. a test runner's).
if (!isMainThread && parentPort && workerData === WORKER_TAG) {
  const port = parentPort;
  port.once('message', (job: CompactJob) => {
    compactFromFiles(job).then(
      (ok) => port.postMessage({ ok } satisfies Answer),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Answer),
    ).finally(() => port.close());
  });
}
