// Source mode only (npm start, tsx scripts, vitest): Node 20 does not pass the parent's loader hooks to a
// worker thread, so a worker whose entry is TypeScript registers tsx's loader first and then imports it.
// Compiled (`node dist/main.js`), workers start from their .js entry and this file is never loaded.
import os from 'node:os';
import process from 'node:process';
import { workerData } from 'node:worker_threads';

import { register } from 'tsx/esm/api';

// Before the loader starts its own thread, which inherits the nice value (intents/worker-thread.ts).
if (workerData.nice !== undefined && process.platform === 'linux') os.setPriority(workerData.nice);
register();
await import(workerData.entry);
