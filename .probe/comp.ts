import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compactFromFiles } from '../data/store/compact-from-files.js';
import { compactInWorker } from '../data/store/compact-worker.js';
const dir = '/tmp/storebench/comp';
for (const src of ['/tmp/storebench/seed-v2', '/tmp/storebench/seed']) {
  for (let i = 0; i < 2; i++) {
    fs.rmSync(dir, { recursive: true, force: true }); fs.cpSync(src, dir, { recursive: true });
    const m = JSON.parse(fs.readFileSync(dir + '/manifest.json', 'utf8'));
    let t = performance.now();
    await compactFromFiles({ dir, walOffset: 0, generation: m.generation + 1, pendingArchives: [] });
    const a = performance.now() - t;
    t = performance.now();
    await compactInWorker({ dir, walOffset: 0, generation: m.generation + 2, pendingArchives: [] });
    console.log(src, `in-thread ${a.toFixed(0)} worker ${(performance.now() - t).toFixed(0)}`);
  }
}
