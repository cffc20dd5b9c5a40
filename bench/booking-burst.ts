/**
 * The synchronous cost of one `book()` attempt in the store-scale bench's burst (issue 13 item 4):
 * the bench starts 1,000 `book()` calls in one loop, so their synchronous parts (until each
 * call's first `await`) add up to one event-loop stall. Wall-clock stalls are noisy on a shared
 * machine; this times the loop itself, many times, and reports the minimum and median per
 * attempt (other processes only ever add time, so the minimum is the code's own cost).
 *
 * Same set-up as bench/booking-scale.ts (100k upcoming through the real engine, archive small:
 * it is not read while booking), then `bursts` rounds of the bench's mix: 1,000 attempts for 40
 * slots × 8 seats (320 accepted, 680 refused `SLOT_TAKEN`), each round on fresh slots. Per round:
 * - `loop`: the synchronous loop that starts the 1,000 calls;
 * - `tick`: until a `setImmediate` queued before the loop runs (the loop + the microtasks that
 *   settle the refusals): what `monitorEventLoopDelay` sees as one stall;
 * - `cpu`: the main thread's CPU over the loop (bench/thread-cpu.ts; process CPU where the OS does not tell).
 * Then the same for 1,000 accepted attempts only (125 slots × 8) and 1,000 refused only.
 *
 * Run: npx tsx bench/booking-burst.ts [--upcoming=100000] [--bursts=12]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { Bookings } from '../core/booking/bookings.js';
import { openEngine, scaleData, seedArchive, seedUpcoming, slotsBetween } from './booking-scale.js';
import { round, summarize } from './stats.js';
import { threadCpuUs } from './thread-cpu.js';

interface Slot {
  readonly service: string;
  readonly date: string;
  readonly time: string;
}

interface Round {
  readonly loopUs: number;
  readonly tickUs: number;
  readonly cpuUs: number;
}

/** One burst: `attempts` calls over `slots`, started in one loop; per-attempt figures in µs. */
async function burst(bookings: Bookings, slots: readonly Slot[], attempts: number, tag: string): Promise<Round> {
  let tickAt = 0;
  const tick = new Promise<void>((resolve) =>
    setImmediate(() => {
      tickAt = performance.now();
      resolve();
    }),
  );
  const cpu = threadCpuUs();
  const start = performance.now();
  const calls: Promise<unknown>[] = [];
  for (let i = 0; i < attempts; i++) calls.push(bookings.book({ ...slots[i % slots.length]!, user: `tg:${tag}${i}`, name: 'Budi', variant: 'baru' }));
  const loopEnd = performance.now();
  const used = threadCpuUs() - cpu;
  const settled = Promise.allSettled(calls); // as the bench does: every refusal is handled
  await tick;
  await settled;
  return { loopUs: ((loopEnd - start) * 1000) / attempts, tickUs: ((tickAt - start) * 1000) / attempts, cpuUs: used / attempts };
}

function report(label: string, rounds: readonly Round[]): string {
  const part = (pick: (r: Round) => number) => {
    const values = rounds.map(pick);
    return `${round(Math.min(...values), 1)} / ${round(summarize(values).p50, 1)}`;
  };
  return `${label.padEnd(28)} loop ${part((r) => r.loopUs)}   tick ${part((r) => r.tickUs)}   cpu ${part((r) => r.cpuUs)}   µs per attempt (min / median of ${rounds.length})`;
}

const arg = (name: string, fallback: number): number => {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`));
  return value === undefined ? fallback : Number(value.split('=')[1]);
};

const upcoming = arg('upcoming', 100_000);
const bursts = arg('bursts', 12);
const { data, settings, services, nlu } = await scaleData();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-burst-'));
try {
  const dir = path.join(root, 'ours');
  seedArchive(dir, 1_000, settings, services);
  await seedUpcoming(dir, upcoming, settings, slotsBetween(settings, services, 2, 60));
  const { store, engine } = await openEngine(dir, settings, data, nlu);
  const bookings = engine.app.bookings;
  const fresh = slotsBetween(settings, services, 61, 89);
  let next = 0;
  const take = (n: number) => fresh.slice(next, (next += n));
  // Warm-up, as the bench's sequential run does before its burst.
  for (let i = 0; i < 2_000; i++) await bookings.book({ ...take(1)[0]!, user: `tg:w${i}`, name: 'Sari', variant: 'baru' });
  await store.settled();
  const mixed: Round[] = [];
  const accepted: Round[] = [];
  const refused: Round[] = [];
  for (let b = 0; b < bursts; b++) {
    mixed.push(await burst(bookings, take(40), 1_000, `m${b}-`));
    accepted.push(await burst(bookings, take(125), 1_000, `a${b}-`));
    const full = take(40);
    await burst(bookings, full, 320, `f${b}-`); // fills them: the next burst is all refusals
    refused.push(await burst(bookings, full, 1_000, `r${b}-`));
    await store.settled();
  }
  console.log(`${upcoming.toLocaleString('en-US')} upcoming; load ${os.loadavg()[0]!.toFixed(2)}`);
  console.log(report('bench mix (320 ok, 680 full)', mixed));
  console.log(report('all accepted', accepted));
  console.log(report('all refused (full)', refused));
  if (process.argv.includes('--rounds')) for (const [label, rounds] of [['mix', mixed], ['ok', accepted], ['full', refused]] as const) console.log(label, rounds.map((r) => `${round(r.loopUs, 1)}/${round(r.cpuUs, 1)}`).join(' '));
  await store.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
