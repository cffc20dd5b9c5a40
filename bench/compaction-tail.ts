/**
 * The bookings beside a compaction, per book (issue 13 item 4, docs/notes/store.md §13): seeds 100k
 * upcoming bookings as the scale bench does, opens the store with a probe on the compaction's steps,
 * starts `store.compact()` and 2,000 sequential `Bookings.book()` beside it, and prints one JSON line:
 * the compaction's time and steps, the books' p50 / p99 / max overall and while it ran, how many took
 * over 5 ms, and this process's CPU and I/O (`/proc/self/io`) over the run. For A/B runs back to back
 * on a busy machine: the window and its slow books say more than the p99, which the load sets.
 *
 * Run: npx tsx bench/compaction-tail.ts [--archived=N]   (default 1,000: archives are not read)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { seededRandom } from '../core/booking/booking-code.js';
import { createEngine } from '../core/create-engine.js';
import { type Clock, silentLogger } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import { openJsonStore } from '../data/store/json-store.js';
import { scaleData, seedArchive, seedUpcoming, slotsBetween } from './booking-scale.js';
import { summarize } from './stats.js';

const arg = process.argv.find((a) => a.startsWith('--archived='));
const archived = arg === undefined ? 1_000 : Number(arg.split('=')[1]);

/** This process's I/O counters in MB (Linux); empty elsewhere. */
function io(): Record<string, number> {
  if (!fs.existsSync('/proc/self/io')) return {};
  const lines = fs.readFileSync('/proc/self/io', 'utf8').trim().split('\n');
  return Object.fromEntries(lines.map((line) => [line.split(':')[0]!, Number(line.split(':')[1]) / 1e6]));
}

const { data, settings, services, nlu } = await scaleData();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-tail-'));
try {
  const dir = path.join(root, 'ours');
  seedArchive(dir, archived, settings, services);
  await seedUpcoming(dir, 100_000, settings, slotsBetween(settings, services, 2, 60));
  const steps: string[] = [];
  let start = 0;
  const store = await openJsonStore<LayaniTables>(dir, { probe: (step) => steps.push(`${step}@${Math.round(performance.now() - start)}`) });
  const clock: Clock = { now: () => new Date('2026-11-23T01:00:00Z') };
  const engine = createEngine({ ...data, settings, nlu, store, clock, random: seededRandom(3), push: { send: () => Promise.resolve() }, logger: silentLogger });
  const fresh = slotsBetween(settings, services, 61, 89);
  const books: { at: number; ms: number }[] = [];
  let end = 0;
  const [io0, cpu0] = [io(), process.cpuUsage()];
  start = performance.now();
  const compaction = store.compact().then(() => (end = performance.now()));
  for (let i = 0; i < 2_000; i++) {
    const at = performance.now();
    await engine.app.bookings.book({ ...fresh[i]!, user: `tg:${i}`, name: 'Sari', variant: 'baru' });
    books.push({ at, ms: performance.now() - at });
  }
  await compaction;
  const [io1, cpu] = [io(), process.cpuUsage(cpu0)];
  const during = books.filter((b) => b.at >= start && b.at <= end);
  const all = summarize(books.map((b) => b.ms));
  const beside = summarize(during.map((b) => b.ms));
  const mb = (key: string) => Math.round(((io1[key] ?? 0) - (io0[key] ?? 0)) * 10) / 10;
  const ms = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      load: ms(os.loadavg()[0]!),
      snapshotBytes: store.stats().snapshotBytes,
      compactionMs: Math.round(end - start),
      steps: steps.join(' '),
      p50: ms(all.p50),
      p99: ms(all.p99),
      max: ms(all.max),
      over5: books.filter((b) => b.ms > 5).length,
      during: during.length,
      duringP50: ms(beside.p50),
      duringP99: ms(beside.p99),
      duringMax: ms(beside.max),
      over5During: during.filter((b) => b.ms > 5).length,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      wcharMB: mb('wchar'),
      writeBytesMB: mb('write_bytes'),
    }),
  );
  await store.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
