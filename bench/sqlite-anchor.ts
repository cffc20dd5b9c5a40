/**
 * The anchor for the booking bench: better-sqlite3 (a devDependency; the bench says so when it is
 * absent) doing the same insert-with-capacity-check, journal_mode=WAL and synchronous=FULL (an
 * fsync per commit, like our fdatasync per group commit). Synchronous: while it commits, the
 * event loop waits, so "concurrent" here is 1,000 transactions one after another.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { round, summarize } from './stats.js';

export interface SqliteAnchor {
  readonly version: string;
  readonly rows: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly concurrentMs: number;
  readonly booked: number;
  readonly batchedMs: number;
  readonly openMs: number;
}

interface Options {
  readonly rows: number;
  readonly sequential: number;
  readonly concurrent: number;
  readonly capacity: number;
}

/** The parts of better-sqlite3 used here (it is optional, so no static import). */
interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): Statement;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}
type DatabaseConstructor = new (file: string) => Database;

async function load(): Promise<DatabaseConstructor | string> {
  try {
    const module = (await import('better-sqlite3')) as unknown as { default: DatabaseConstructor };
    return module.default;
  } catch (error) {
    return `better-sqlite3 is not installed or did not build (${(error as Error).message.split('\n')[0]}); npm install builds it with python3, make and g++`;
  }
}

function open(Database: DatabaseConstructor, file: string): Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

function seed(db: Database, rows: number): void {
  db.exec(`CREATE TABLE bookings (id TEXT PRIMARY KEY, service TEXT NOT NULL, date TEXT NOT NULL, time TEXT NOT NULL,
    user TEXT NOT NULL, status TEXT NOT NULL, row TEXT NOT NULL);
    CREATE INDEX bookings_slot ON bookings (service, date, time) WHERE status IN ('booked','called','skipped','done');
    CREATE INDEX bookings_user ON bookings (user)`);
  const insert = db.prepare('INSERT INTO bookings VALUES (?, ?, ?, ?, ?, ?, ?)');
  const chunk = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const row = { id: `s${n}`, service: 'ktp', date: `2025-${String((n % 12) + 1).padStart(2, '0')}-01`, time: '09:00', user: `tg:${n}`, status: 'done', name: '' };
      insert.run(row.id, row.service, row.date, row.time, row.user, row.status, JSON.stringify(row));
    }
  });
  for (let n = 0; n < rows; n += 50_000) chunk(n, Math.min(rows, n + 50_000));
}

/** One booking: count the seats taken in the slot, insert when one is free. */
function bookStatement(db: Database, capacity: number): (id: string, time: string) => boolean {
  const taken = db.prepare(`SELECT count(*) AS n FROM bookings WHERE service = ? AND date = ? AND time = ? AND status IN ('booked','called','skipped','done')`);
  const insert = db.prepare('INSERT INTO bookings VALUES (?, ?, ?, ?, ?, ?, ?)');
  return (id, time) => {
    if ((taken.get('ktp', '2027-06-01', time)?.['n'] as number) >= capacity) return false;
    const row = { id, service: 'ktp', date: '2027-06-01', time, user: `tg:${id}`, status: 'booked', name: 'Sari' };
    insert.run(id, row.service, row.date, row.time, row.user, row.status, JSON.stringify(row));
    return true;
  };
}

export async function sqliteAnchor(dir: string, o: Options): Promise<SqliteAnchor | { absent: string }> {
  const Database = await load();
  if (typeof Database === 'string') return { absent: Database };
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'bench.db');
  const seedDb = open(Database, file);
  seed(seedDb, o.rows);
  seedDb.close();
  const openStart = performance.now();
  const db = open(Database, file);
  db.prepare(`SELECT count(*) FROM bookings WHERE status = 'booked'`).get();
  const openMs = performance.now() - openStart;
  const version = String((db.prepare('SELECT sqlite_version() AS v').get() ?? {})['v']);
  try {
    const one = db.transaction(bookStatement(db, Number.POSITIVE_INFINITY));
    const latencies: number[] = [];
    for (let i = 0; i < o.sequential; i++) {
      const start = performance.now();
      one(`q${i}`, `t${i}`);
      latencies.push(performance.now() - start);
    }
    // Same contest as ours: `concurrent` attempts for 40 slots of `capacity` seats.
    const contested = db.transaction(bookStatement(db, o.capacity));
    const start = performance.now();
    let booked = 0;
    for (let i = 0; i < o.concurrent; i++) if (contested(`c${i}`, `slot${i % 40}`)) booked++;
    const concurrentMs = performance.now() - start;
    const batch = db.transaction(() => {
      const book = bookStatement(db, o.capacity);
      for (let i = 0; i < o.concurrent; i++) book(`b${i}`, `batch${i % 40}`);
    });
    const batchStart = performance.now();
    batch();
    const batchedMs = performance.now() - batchStart;
    const l = summarize(latencies);
    return { version, rows: o.rows, p50Ms: round(l.p50), p99Ms: round(l.p99), maxMs: round(l.max), concurrentMs: round(concurrentMs, 1), booked, batchedMs: round(batchedMs, 1), openMs: round(openMs, 1) };
  } finally {
    db.close();
  }
}
