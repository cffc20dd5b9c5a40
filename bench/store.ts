/**
 * Store benchmark: Layani's JSON store (WAL + snapshot + archives) against stock lowdb
 * (`new Low(new JSONFile(file))`, every record in one file, `db.update()` per booking).
 *
 * A booking is "acknowledged" when `flush()` (ours) or `db.update()` (stock) resolved. Both
 * sides use the same synchronous check-then-put against a per-slot count, so the difference
 * measured is persistence alone. Stock is capped (10k records; a few single bookings at 105k)
 * because 1,000 concurrent bookings at 100k take ~2 minutes (docs/notes/store.md §4).
 *
 * Run: npx tsx bench/store.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

import type { Row, Table } from '../core/ports.js';
import { openJsonStore } from '../data/store/json-store.js';

export interface StoreBenchOptions {
  /** Archived past bookings (ours) / extra records in the big stock file. Default 100,000. */
  readonly history?: number;
  /** Upcoming bookings in the hot set. Default 5,000. */
  readonly upcoming?: number;
  /** Bookings one after another, for latency (enough to pass one compaction). Default 5,000. */
  readonly sequential?: number;
  /** Simultaneous booking attempts. Default 1,000. */
  readonly concurrent?: number;
  /** Records in the stock file for its latency and concurrency runs. Default 10,000. */
  readonly stockRecords?: number;
  readonly stockSequential?: number;
  /** Single bookings against the stock file holding history + upcoming. Default 10. */
  readonly stockLargeSamples?: number;
}

export interface StoreBenchResult {
  readonly rowBytes: number;
  readonly oursSetupMs: number;
  readonly oursColdOpenMs: number;
  readonly oursP50Ms: number;
  readonly oursP99Ms: number;
  readonly oursMaxMs: number;
  readonly oursConcurrentMs: number;
  readonly oursConcurrentBooked: number;
  readonly oursOverbooked: number;
  readonly oursMaxStallMs: number;
  readonly oursCommits: number;
  readonly oursCompactions: number;
  readonly stockRecords: number;
  readonly stockColdOpenMs: number;
  readonly stockP50Ms: number;
  readonly stockP99Ms: number;
  readonly stockConcurrent: number;
  readonly stockConcurrentMs: number;
  readonly stockOverbooked: number;
  readonly stockMaxStallMs: number;
  readonly stockLargeRecords: number;
  readonly stockLargeColdOpenMs: number;
  readonly stockLargeP50Ms: number;
  readonly stockLargeMaxMs: number;
}

interface BenchBooking extends Row {
  readonly code: string;
  readonly userKey: string;
  readonly service: string;
  readonly date: string;
  readonly time: string;
  readonly queueNumber: number;
  readonly status: 'booked';
  readonly createdAt: string;
  readonly remindAt: string;
}

const SERVICES = ['ktp_elektronik', 'kartu_keluarga', 'akta_kelahiran', 'paspor_baru', 'sim_perpanjang'];
const TIMES = Array.from({ length: 16 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const DAY_MS = 86_400_000;
/** The concurrent run competes for every service × time of one day: 80 slots of 5 seats. */
const SLOTS = SERVICES.length * TIMES.length;
const CAPACITY = 5;

const dayOf = (base: string, offset: number): string =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);

function makeBooking(n: number, date: string, slot: number): BenchBooking {
  const service = SERVICES[slot % SERVICES.length] ?? 'ktp_elektronik';
  const time = TIMES[Math.floor(slot / SERVICES.length) % TIMES.length] ?? '08:00';
  const hex = (n * 2654435761).toString(16).padStart(12, '0').slice(-12);
  return {
    id: `bk-${hex.slice(0, 8)}-${hex.slice(8)}-${String(n).padStart(8, '0')}`,
    code: `LY-${(n * 7919).toString(36).toUpperCase().padStart(5, '0').slice(-5)}`,
    userKey: `wa:628${String(1_000_000_000 + n).slice(-10)}@c.us`,
    service,
    date,
    time,
    queueNumber: (n % 200) + 1,
    status: 'booked',
    createdAt: new Date(Date.parse(`${date}T00:00:00Z`) - 3 * DAY_MS + (n % 1000) * 1000).toISOString(),
    remindAt: `${dayOf(date, -1)}T${time}:00.000Z`,
  };
}

const slotKey = (b: BenchBooking): string => `${b.service}|${b.date}|${b.time}`;

/** Same check-then-put for both stores: a per-slot count, no await between check and put. */
class SlotBook {
  readonly #counts = new Map<string, number>();
  constructor(rows: Iterable<BenchBooking>) {
    for (const row of rows) this.#counts.set(slotKey(row), (this.#counts.get(slotKey(row)) ?? 0) + 1);
  }
  tryTake(row: BenchBooking, capacity: number): boolean {
    const taken = this.#counts.get(slotKey(row)) ?? 0;
    if (taken >= capacity) return false;
    this.#counts.set(slotKey(row), taken + 1);
    return true;
  }
}

function overbooked(rows: Iterable<BenchBooking>, date: string): number {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.date === date) counts.set(slotKey(row), (counts.get(slotKey(row)) ?? 0) + 1);
  return [...counts.values()].reduce((sum, count) => sum + Math.max(0, count - CAPACITY), 0);
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` while watching the event loop; returns its result, time and longest stall. */
async function watched<R>(fn: () => Promise<R>): Promise<{ result: R; ms: number; stallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The histogram misses a block that starts before its timer first fired, or one it has not
  // sampled yet when disabled: let it tick before and after.
  await pause(10);
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  await pause(10);
  histogram.disable();
  return { result, ms, stallMs: histogram.max / 1e6 };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function median3(fn: () => Promise<unknown>): Promise<number> {
  const runs = [await timed(fn), await timed(fn), await timed(fn)];
  return percentile(runs, 50);
}

// ---------------------------------------------------------------------------------------------
// Ours

type BenchTables = { bookings: BenchBooking };

async function seedOurs(dir: string, history: number, upcoming: number): Promise<void> {
  const store = await openJsonStore<BenchTables>(dir);
  const bookings = store.table('bookings');
  for (let n = 0; n < history; n++) {
    const row = makeBooking(n, dayOf('2025-12-01', n % 365), n % SLOTS);
    bookings.put(row);
    bookings.archive(row.id, row.date.slice(0, 7));
    if (n % 2000 === 1999) await store.flush();
  }
  for (let n = 0; n < upcoming; n++) bookings.put(makeBooking(history + n, dayOf('2026-12-01', n % 30), n % SLOTS));
  await store.close();
}

async function bookSequential(
  table: Table<BenchBooking>,
  flush: () => Promise<void>,
  slots: SlotBook,
  count: number,
  firstN: number,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const row = makeBooking(firstN + i, dayOf('2027-01-01', i % 60), i);
    if (slots.tryTake(row, Number.POSITIVE_INFINITY)) table.put(row);
    await flush();
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** `count` simultaneous attempts for SLOTS slots of CAPACITY seats; resolves with the number booked. */
async function bookConcurrent(
  attempt: (row: BenchBooking) => Promise<boolean>,
  count: number,
  firstN: number,
): Promise<number> {
  const rows = Array.from({ length: count }, (_, i) => makeBooking(firstN + i, '2027-06-01', i % SLOTS));
  const results = await Promise.all(rows.map(attempt));
  return results.filter(Boolean).length;
}

async function benchOurs(dir: string, o: Required<StoreBenchOptions>) {
  const setupMs = await timed(() => seedOurs(dir, o.history, o.upcoming));
  const coldOpenMs = await median3(async () => (await openJsonStore<BenchTables>(dir)).close());
  const store = await openJsonStore<BenchTables>(dir);
  const table = store.table('bookings');
  const slots = new SlotBook(table.values());
  const flush = () => store.flush();
  const attempt = async (row: BenchBooking) => {
    if (!slots.tryTake(row, CAPACITY)) return false;
    table.put(row);
    await store.flush();
    return true;
  };
  const before = store.stats();
  const sequential = await watched(() => bookSequential(table, flush, slots, o.sequential, 1e7));
  const concurrent = await watched(() => bookConcurrent(attempt, o.concurrent, 2e7));
  const after = store.stats();
  const result = {
    setupMs,
    coldOpenMs,
    latencies: sequential.result,
    concurrentMs: concurrent.ms,
    booked: concurrent.result,
    overbooked: overbooked(table.values(), '2027-06-01'),
    maxStallMs: Math.max(sequential.stallMs, concurrent.stallMs),
    commits: after.commits - before.commits,
    compactions: after.compactions - before.compactions,
  };
  await store.close();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Stock lowdb, as the README shows it

interface StockData {
  bookings: BenchBooking[];
}

async function seedStock(file: string, records: number): Promise<void> {
  const db = new Low<StockData>(new JSONFile(file), { bookings: [] });
  db.data.bookings = Array.from({ length: records }, (_, n) => makeBooking(n, dayOf('2025-12-01', n % 395), n % SLOTS));
  await db.write();
}

async function openStock(file: string): Promise<Low<StockData>> {
  const db = new Low<StockData>(new JSONFile(file), { bookings: [] });
  await db.read();
  return db;
}

function stockAttempt(db: Low<StockData>, slots: SlotBook, capacity: number) {
  return async (row: BenchBooking): Promise<boolean> => {
    let booked = false;
    await db.update((data) => {
      booked = slots.tryTake(row, capacity);
      if (booked) data.bookings.push(row);
    });
    return booked;
  };
}

async function benchStock(dir: string, o: Required<StoreBenchOptions>) {
  const file = path.join(dir, 'stock.json');
  await seedStock(file, o.stockRecords);
  const coldOpenMs = await median3(() => openStock(file));
  const db = await openStock(file);
  const slots = new SlotBook(db.data.bookings);
  const latencies: number[] = [];
  const once = stockAttempt(db, slots, Number.POSITIVE_INFINITY);
  const sequential = await watched(async () => {
    for (let i = 0; i < o.stockSequential; i++) {
      const start = performance.now();
      await once(makeBooking(1e7 + i, dayOf('2027-01-01', i % 60), i));
      latencies.push(performance.now() - start);
    }
  });
  const concurrent = await watched(() => bookConcurrent(stockAttempt(db, slots, CAPACITY), o.concurrent, 2e7));

  const largeFile = path.join(dir, 'stock-large.json');
  const largeRecords = o.history + o.upcoming;
  await seedStock(largeFile, largeRecords);
  const largeColdOpenMs = await median3(() => openStock(largeFile));
  const large = await openStock(largeFile);
  const largeOnce = stockAttempt(large, new SlotBook(large.data.bookings), Number.POSITIVE_INFINITY);
  const largeLatencies: number[] = [];
  for (let i = 0; i < o.stockLargeSamples; i++) {
    const start = performance.now();
    await largeOnce(makeBooking(3e7 + i, dayOf('2027-01-01', i % 60), i));
    largeLatencies.push(performance.now() - start);
  }
  return {
    coldOpenMs,
    latencies,
    concurrentMs: concurrent.ms,
    overbooked: overbooked(db.data.bookings, '2027-06-01'),
    maxStallMs: Math.max(sequential.stallMs, concurrent.stallMs),
    largeRecords,
    largeColdOpenMs,
    largeLatencies,
  };
}

// ---------------------------------------------------------------------------------------------

const DEFAULTS: Required<StoreBenchOptions> = {
  history: 100_000,
  upcoming: 5_000,
  sequential: 5_000,
  concurrent: 1_000,
  stockRecords: 10_000,
  stockSequential: 100,
  stockLargeSamples: 10,
};

export async function runStoreBench(options: StoreBenchOptions = {}): Promise<StoreBenchResult> {
  const o = { ...DEFAULTS, ...options };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-bench-'));
  try {
    const ours = await benchOurs(path.join(dir, 'ours'), o);
    const stock = await benchStock(dir, o);
    return {
      rowBytes: Buffer.byteLength(JSON.stringify(makeBooking(123_456, '2026-12-01', 7))),
      oursSetupMs: ours.setupMs,
      oursColdOpenMs: ours.coldOpenMs,
      oursP50Ms: percentile(ours.latencies, 50),
      oursP99Ms: percentile(ours.latencies, 99),
      oursMaxMs: Math.max(...ours.latencies),
      oursConcurrentMs: ours.concurrentMs,
      oursConcurrentBooked: ours.booked,
      oursOverbooked: ours.overbooked,
      oursMaxStallMs: ours.maxStallMs,
      oursCommits: ours.commits,
      oursCompactions: ours.compactions,
      stockRecords: o.stockRecords,
      stockColdOpenMs: stock.coldOpenMs,
      stockP50Ms: percentile(stock.latencies, 50),
      stockP99Ms: percentile(stock.latencies, 99),
      stockConcurrent: o.concurrent,
      stockConcurrentMs: stock.concurrentMs,
      stockOverbooked: stock.overbooked,
      stockMaxStallMs: stock.maxStallMs,
      stockLargeRecords: stock.largeRecords,
      stockLargeColdOpenMs: stock.largeColdOpenMs,
      stockLargeP50Ms: percentile(stock.largeLatencies, 50),
      stockLargeMaxMs: Math.max(...stock.largeLatencies),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const count = (value: number): string => value.toLocaleString('en-US');

export const STORE_TARGETS = { p99Ms: 10, concurrentMs: 1000, stallMs: 50 } as const;

export function formatStoreBench(r: StoreBenchResult, o: StoreBenchOptions = {}): string {
  const { history, upcoming, sequential, concurrent, stockSequential, stockLargeSamples } = { ...DEFAULTS, ...o };
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const rows: [string, string, string, string][] = [
    ['', `ours (${count(history)} archived + ${count(upcoming)} hot)`, `stock @${count(r.stockRecords)}`, `stock @${count(r.stockLargeRecords)}`],
    [
      'single booking p50 / p99 ms',
      `${ms(r.oursP50Ms)} / ${ms(r.oursP99Ms)} (max ${ms(r.oursMaxMs)}, n=${count(sequential)})`,
      `${ms(r.stockP50Ms)} / ${ms(r.stockP99Ms)} (n=${stockSequential})`,
      `${ms(r.stockLargeP50Ms)} (max ${ms(r.stockLargeMaxMs)}, n=${stockLargeSamples})`,
    ],
    [
      `${count(concurrent)} concurrent attempts, total ms`,
      `${ms(r.oursConcurrentMs)} (${count(r.oursConcurrentBooked)} booked of ${SLOTS * CAPACITY} seats)`,
      ms(r.stockConcurrentMs),
      'not run (~2 min: docs/notes/store.md §4)',
    ],
    ['over-bookings', String(r.oursOverbooked), String(r.stockOverbooked), ''],
    ['longest event-loop stall ms', ms(r.oursMaxStallMs), ms(r.stockMaxStallMs), ''],
    ['cold open ms (median of 3)', ms(r.oursColdOpenMs), ms(r.stockColdOpenMs), ms(r.stockLargeColdOpenMs)],
    ['physical commits / compactions', `${count(r.oursCommits)} / ${r.oursCompactions}`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
  return [
    `Store bench: booking rows of ${r.rowBytes} B; ours seeded in ${ms(r.oursSetupMs)} ms. Acknowledged = flush() / db.update() resolved.`,
    'Stock = new Low(new JSONFile(file)), all records in one file, db.update() per booking; capped as shown.',
    '',
    ...lines,
    '',
    `Targets (ours): p99 <= ${STORE_TARGETS.p99Ms} ms ${pass(r.oursP99Ms <= STORE_TARGETS.p99Ms)}; ` +
      `${count(concurrent)} concurrent <= ${STORE_TARGETS.concurrentMs} ms ${pass(r.oursConcurrentMs <= STORE_TARGETS.concurrentMs)}; ` +
      `no stall > ${STORE_TARGETS.stallMs} ms ${pass(r.oursMaxStallMs <= STORE_TARGETS.stallMs)}; ` +
      `0 over-bookings ${pass(r.oursOverbooked === 0)}`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatStoreBench(await runStoreBench()));
}
