import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseSnapshot } from '../data/store/snapshot-lines.js';
const t2 = fs.readFileSync('/tmp/storebench/seed-v2/snapshot.json', 'utf8');
const t3 = fs.readFileSync('/tmp/storebench/seed/snapshot.json', 'utf8');
const r: Record<string, number[]> = { v2: [], v3: [], rep: [] };
for (let i = 0; i < 6; i++) {
  for (const [k, t] of [['v2', t2], ['v3', t3]] as const) {
    globalThis.gc?.();
    const c = process.cpuUsage(); parseSnapshot(t, 'x'); const u = process.cpuUsage(c); r[k]!.push(Math.round((u.user + u.system) / 1000));
  }
  globalThis.gc?.();
  const c = process.cpuUsage(); const s = t3.replaceAll('\n', ','); const u = process.cpuUsage(c); r['rep']!.push(Math.round((u.user + u.system) / 1000)); void s;
}
console.log(r, t2.length, t3.length);
