import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Low } from 'lowdb';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Row, Store } from '../../../core/ports.js';
import { FsyncJsonFile } from '../../../data/store/fsync-adapter.js';
import { type JsonStoreOptions, openJsonStore } from '../../../data/store/json-store.js';
import { JsonlFile } from '../../../data/store/jsonl.js';
import { createMemoryStore, type MemoryStore } from '../../../data/store/memory-store.js';
import { parseSnapshot } from '../../../data/store/snapshot-lines.js';

interface Booking extends Row {
  readonly slot: string;
  readonly n: number;
}
interface Tables extends Record<string, Row> {
  bookings: Booking;
  users: Row & { readonly name: string };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The error a promise rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (reason: unknown) => reason as Error & { code?: string },
  );
}

const booking = (id: string, slot = 'A', n = 0): Booking => ({ id, slot, n });
const readLines = (file: string): unknown[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as unknown)
    : [];

// ---------------------------------------------------------------------------------------------
// One behavioural suite, run for the JSON store and for its in-memory twin.

interface Harness {
  open(): Promise<Store<Tables>>;
  /** Rows archived to `bucket` (after the store was flushed). */
  archived(store: Store<Tables>, table: string, bucket: string): Row[];
  logEntries(store: Store<Tables>, log: string): unknown[];
}

const memoryHarness = (): Harness => ({
  open: () => Promise.resolve(createMemoryStore<Tables>()),
  archived: (store, table, bucket) => (store as MemoryStore<Tables>).archived(table, bucket),
  logEntries: (store, log) => (store as MemoryStore<Tables>).logEntries(log),
});

const jsonHarness = (): Harness => {
  const folders = new Map<Store<Tables>, string>();
  const folder = (store: Store<Tables>) => folders.get(store) ?? '';
  return {
    async open() {
      const dir = tempDir();
      const store = await openJsonStore<Tables>(dir);
      folders.set(store, dir);
      return store;
    },
    archived: (store, table, bucket) =>
      readLines(path.join(folder(store), 'archive', `${table}-${bucket}.jsonl`)).map((line) => (line as { row: Row }).row),
    logEntries: (store, log) => readLines(path.join(folder(store), 'logs', `${log}.jsonl`)),
  };
};

describe.each([
  ['memory store', memoryHarness],
  ['JSON store', jsonHarness],
])('%s: Store contract', (_name, makeHarness) => {
  const harness = makeHarness();
  const stores: Store<Tables>[] = [];
  const open = async () => {
    const store = await harness.open();
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('puts, gets, replaces, deletes and lists rows', async () => {
    const store = await open();
    const bookings = store.table('bookings');
    expect(bookings.size).toBe(0);
    bookings.put(booking('b1'));
    bookings.put(booking('b2'));
    bookings.put({ ...booking('b1'), n: 7 });
    bookings.delete('b2');
    bookings.delete('missing');
    expect(bookings.get('b1')).toEqual({ id: 'b1', slot: 'A', n: 7 });
    expect(bookings.get('b2')).toBeUndefined();
    expect([...bookings.values()].map((b) => b.id)).toEqual(['b1']);
    expect(bookings.size).toBe(1);
    expect(store.table('users').size).toBe(0);
    expect(store.table('bookings')).toBe(bookings);
    await store.flush();
  });

  it('archive moves a row out of the hot set into its bucket', async () => {
    const store = await open();
    const bookings = store.table('bookings');
    bookings.put(booking('old', 'A', 1));
    bookings.put(booking('new', 'A', 2));
    bookings.archive('old', '2026-11');
    bookings.archive('missing', '2026-11');
    expect(bookings.get('old')).toBeUndefined();
    expect(bookings.size).toBe(1);
    await store.flush();
    expect(harness.archived(store, 'bookings', '2026-11')).toEqual([booking('old', 'A', 1)]);
  });

  it('appendLog keeps entries in order, as they were when appended', async () => {
    const store = await open();
    const entry = { event: 'booked', id: 'b1' };
    store.appendLog('audit', entry);
    entry.id = 'changed later';
    store.appendLog('audit', { event: 'cancelled', id: 'b1' });
    await store.flush();
    expect(harness.logEntries(store, 'audit')).toEqual([
      { event: 'booked', id: 'b1' },
      { event: 'cancelled', id: 'b1' },
    ]);
  });

  it('200 concurrent put + flush all resolve, and every row is kept as it was put', async () => {
    const store = await open();
    const bookings = store.table('bookings');
    const row = (i: number) => booking(`b${i}`, `S${i % 7}`, i);
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        bookings.put(row(i));
        await store.flush();
        // Others kept writing while this flush waited: their puts must not have replaced this row.
        expect(bookings.get(`b${i}`)).toEqual(row(i));
      }),
    );
    expect([...bookings.values()]).toEqual(Array.from({ length: 200 }, (_, i) => row(i)));
  });

  it('synchronous check-then-put never over-books a slot', async () => {
    const store = await open();
    const bookings = store.table('bookings');
    const book = async (id: string): Promise<boolean> => {
      const taken = [...bookings.values()].filter((b) => b.slot === 'S').length;
      if (taken >= 3) return false;
      bookings.put(booking(id, 'S'));
      await store.flush();
      return true;
    };
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => book(`b${i}`)));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(bookings.size).toBe(3);
  });

  it('rejects bad names and rows that cannot be stored, without keeping them', async () => {
    const store = await open();
    const bookings = store.table('bookings');
    expect(() => store.table('../etc' as 'bookings')).toThrow(RangeError);
    expect(() => store.appendLog('a/b', {})).toThrow(RangeError);
    bookings.put(booking('b1'));
    expect(() => bookings.archive('b1', '../x')).toThrow(RangeError);
    expect(() => bookings.put({ id: '', slot: 'A', n: 0 })).toThrow(RangeError);
    expect(() => bookings.put({ id: 'big', slot: 'A', n: 1n as unknown as number })).toThrow(TypeError);
    expect(bookings.get('big')).toBeUndefined();
    expect(bookings.get('b1')).toBeDefined();
    await store.flush();
  });

  it('refuses changes after close; flush has nothing left to wait for', async () => {
    const store = await open();
    store.table('bookings').put(booking('b1'));
    await store.close();
    expect(() => store.table('bookings').put(booking('b2'))).toThrow(/after close/);
    expect(() => store.appendLog('audit', {})).toThrow(/after close/);
    await expect(store.flush()).resolves.toBeUndefined();
    expect(store.table('bookings').get('b1')).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// JSON store only: what is on disk, recovery and locking.

describe('JSON store on disk', () => {
  const open = (dir: string, options?: JsonStoreOptions) => openJsonStore<Tables>(dir, options);

  /** What a crash right now would leave: a copy of the folder, opened by a new store. */
  const openCrashCopy = (dir: string, options?: JsonStoreOptions) => {
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });
    return open(copy, options);
  };

  const ids = (store: Store<Tables>) => [...store.table('bookings').values()].map((b) => b.id).sort();

  it('creates its folder, and changes survive close and reopen', async () => {
    const dir = path.join(tempDir(), 'nested', 'db');
    const store = await open(dir);
    const bookings = store.table('bookings');
    for (let i = 0; i < 5; i++) bookings.put(booking(`b${i}`, 'A', i));
    bookings.put({ ...booking('b0'), n: 42 });
    bookings.delete('b1');
    bookings.archive('b2', '2026-11');
    store.table('users').put({ id: 'tg:1', name: 'Sari' });
    store.appendLog('audit', { event: 'x' });
    await store.close();

    const again = await open(dir);
    expect(ids(again)).toEqual(['b0', 'b3', 'b4']);
    expect(again.table('bookings').get('b0')?.n).toBe(42);
    expect(again.table('users').get('tg:1')).toEqual({ id: 'tg:1', name: 'Sari' });
    expect(readLines(path.join(dir, 'archive', 'bookings-2026-11.jsonl'))).toEqual([{ seq: 8, row: booking('b2', 'A', 2) }]);
    expect(readLines(path.join(dir, 'logs', 'audit.jsonl'))).toEqual([{ event: 'x' }]);
    await again.close();
  });

  it('flush() resolves only once the change is on disk, without close', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.table('bookings').put(booking('flushed'));
    await store.flush();
    store.table('bookings').put(booking('pending'));
    const crashed = await openCrashCopy(dir);
    expect(ids(crashed)).toEqual(['flushed']);
    await crashed.close();
    await store.close();
  });

  it('group-commits: 200 concurrent bookings share a few physical writes, all durable', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const bookings = store.table('bookings');
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        bookings.put(booking(`b${String(i).padStart(3, '0')}`));
        return store.flush();
      }),
    );
    expect(store.stats().commits).toBeLessThanOrEqual(3);
    const crashed = await openCrashCopy(dir);
    expect(crashed.table('bookings').size).toBe(200);
    await crashed.close();
    await store.close();
  });

  // A large store compacts in a worker thread from the files (issue 13 item 4): same result.
  it.each([
    ['on the event loop, from the rows in memory', {}],
    ['in a worker thread, from the snapshot and the WAL', { workerAboveBytes: 0 }],
  ])('compacts when the WAL outgrows the snapshot (%s), and the round trip keeps every change', async (_how, options: JsonStoreOptions) => {
    const dir = tempDir();
    const store = await open(dir, { compactMinBytes: 2048, compactOnClose: false, ...options });
    const bookings = store.table('bookings');
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 20; i++) bookings.put(booking(`b${i}`, 'A', round));
      bookings.delete(`b${round % 20}`);
      if (round % 5 === 0) bookings.archive(`b${(round + 1) % 20}`, `r${round}`);
      await store.flush();
    }
    // Compactions run beside commits, started by the WAL's size: wait for the one running now.
    await store.settled();
    const stats = store.stats();
    expect(stats.compactions).toBeGreaterThan(0);
    expect(stats.generation).toBe(stats.compactions); // generation 1 was written by the compaction at open
    const walSeq = parseSnapshot(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json').walSeq;
    const walLines = readLines(path.join(dir, 'wal.jsonl')) as { s: number }[];
    expect(walLines.length, 'the lines the snapshot holds were dropped').toBeLessThan(stats.seq - walSeq + 30);
    const expected = [...bookings.values()].sort((a, b) => a.id.localeCompare(b.id));
    const crashed = await openCrashCopy(dir);
    expect([...crashed.table('bookings').values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
    await crashed.close();
    await store.close();
    const archived = readLines(path.join(dir, 'archive', 'bookings-r5.jsonl')) as { row: Row }[];
    expect(archived.map((line) => line.row)).toEqual([booking('b6', 'A', 5)]);
  });

  it('close() compacts, so the next open has no WAL to replay', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.table('bookings').put(booking('b1'));
    await store.close();
    expect(fs.statSync(path.join(dir, 'wal.jsonl')).size).toBe(0);
    const again = await open(dir);
    expect(ids(again)).toEqual(['b1']);
    await again.close();
  });

  it('cuts a torn last line off the WAL, logs and archives, and carries on', async () => {
    const dir = tempDir();
    const store = await open(dir, { compactOnClose: false });
    store.table('bookings').put(booking('b1'));
    store.table('bookings').put(booking('b2'));
    store.table('bookings').archive('b2', 'old');
    store.appendLog('audit', { event: 'one' });
    await store.close();
    fs.appendFileSync(path.join(dir, 'wal.jsonl'), '{"s":4,"op":"put","t":"bookings","row":{"id":"to');
    fs.appendFileSync(path.join(dir, 'logs', 'audit.jsonl'), '{"event":"tw');
    fs.appendFileSync(path.join(dir, 'archive', 'bookings-old.jsonl'), '{"seq":9,"row');
    const warnings: unknown[] = [];
    const logger = { info() {}, error() {}, warn: (_event: string, fields?: unknown) => warnings.push(fields) };

    const again = await open(dir, { logger });
    expect(ids(again)).toEqual(['b1']);
    expect(warnings).toHaveLength(3);
    again.table('bookings').put(booking('b3'));
    again.appendLog('audit', { event: 'two' });
    await again.close();
    expect(readLines(path.join(dir, 'logs', 'audit.jsonl'))).toEqual([{ event: 'one' }, { event: 'two' }]);
    expect(readLines(path.join(dir, 'archive', 'bookings-old.jsonl'))).toHaveLength(1);
    const third = await open(dir);
    expect(ids(third)).toEqual(['b1', 'b3']);
    await third.close();
  });

  it('re-writes an archive line lost in a crash, exactly once', async () => {
    const dir = tempDir();
    const store = await open(dir, { compactOnClose: false });
    store.table('bookings').put(booking('b1'));
    store.table('bookings').archive('b1', '2026-10');
    await store.close();
    const archive = path.join(dir, 'archive', 'bookings-2026-10.jsonl');
    fs.truncateSync(archive, 0); // as if the crash came between the WAL and the archive write
    for (let i = 0; i < 2; i++) {
      const again = await open(dir, { compactOnClose: false });
      expect(again.table('bookings').size).toBe(0);
      await again.close();
    }
    expect(readLines(archive)).toEqual([{ seq: 2, row: booking('b1') }]);
  });

  it('replays nothing twice when a crash left the WAL behind a newer snapshot', async () => {
    const dir = tempDir();
    const first = await open(dir, { compactOnClose: false });
    const bookings = first.table('bookings');
    bookings.put(booking('b1'));
    bookings.put(booking('b2'));
    bookings.archive('b2', 'x');
    bookings.delete('b1');
    bookings.put(booking('b3'));
    await first.close();
    const wal = path.join(dir, 'wal.jsonl');
    const oldWal = fs.readFileSync(wal);
    const second = await open(dir); // close() compacts: snapshot covers it all, WAL emptied
    await second.close();
    fs.writeFileSync(wal, oldWal); // the crash came between snapshot rename and WAL truncate
    const third = await open(dir);
    expect(ids(third)).toEqual(['b3']);
    third.table('bookings').put(booking('b4'));
    await third.close();
    const fourth = await open(dir);
    expect(ids(fourth)).toEqual(['b3', 'b4']);
    await fourth.close();
    expect(readLines(path.join(dir, 'archive', 'bookings-x.jsonl'))).toHaveLength(1);
  });

  it('a snapshot carries archive moves whose archive line is not written yet', async () => {
    const dir = tempDir();
    const store = await open(dir, { compactMinBytes: 1, compactOnClose: false });
    const bookings = store.table('bookings');
    bookings.put(booking('keep'));
    bookings.put(booking('old'));
    // Crash copy taken inside the compaction: snapshot renamed in, WAL lines not yet dropped.
    let crashCopy: string | undefined;
    let copied!: () => void;
    const copiedNow = new Promise<void>((resolve) => (copied = resolve));
    const dropPrefix = Object.getOwnPropertyDescriptor(JsonlFile.prototype, 'dropPrefix')?.value as (this: JsonlFile, offset: number) => Promise<void>;
    const spy = vi.spyOn(JsonlFile.prototype, 'dropPrefix').mockImplementation(async function (this: JsonlFile, offset: number) {
      if (crashCopy === undefined) {
        crashCopy = tempDir();
        fs.cpSync(dir, crashCopy, { recursive: true });
        copied();
      }
      await dropPrefix.call(this, offset);
    });
    const committed = store.flush(); // commits the two puts, then compacts (WAL > 1 byte)
    bookings.archive('old', 'z'); // buffered during that commit, so the snapshot takes it along
    await committed;
    await copiedNow; // the archive line is written by the next flush, after the crash copy
    await store.flush();
    spy.mockRestore();
    await store.close();
    expect(readLines(path.join(dir, 'archive', 'bookings-z.jsonl'))).toEqual([{ seq: 3, row: booking('old') }]);

    const copy = crashCopy ?? '';
    const snapshot = parseSnapshot(fs.readFileSync(path.join(copy, 'snapshot.json'), 'utf8'), 'snapshot.json');
    expect(snapshot.pendingArchives).toEqual([{ seq: 3, table: 'bookings', bucket: 'z', row: booking('old') }]);
    expect(fs.existsSync(path.join(copy, 'archive'))).toBe(false);
    const crashed = await open(copy);
    expect(ids(crashed)).toEqual(['keep']);
    await crashed.close();
    expect(readLines(path.join(copy, 'archive', 'bookings-z.jsonl'))).toEqual([{ seq: 3, row: booking('old') }]);
  });

  it('ignores a leftover snapshot temp file', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.table('bookings').put(booking('b1'));
    await store.close();
    fs.writeFileSync(path.join(dir, '.snapshot.json.tmp'), '{"half');
    const again = await open(dir);
    expect(ids(again)).toEqual(['b1']);
    await again.close();
  });

  describe('fails loudly on damage, naming the file', () => {
    const damaged = async (damage: (dir: string) => void, file: string) => {
      const dir = tempDir();
      const store = await open(dir);
      for (const id of ['b1', 'b2', 'b3', 'b4']) store.table('bookings').put(booking(id));
      await store.close(); // leaves a snapshot at change 4 and an empty WAL
      damage(dir);
      const error = await failure(open(dir));
      expect(error.code).toBe('STORE_CORRUPT');
      expect(error.message).toContain(path.join(dir, file));
      expect(error.message).toMatch(/restore/i);
      // Refusing to start must not hold the lock.
      expect(fs.existsSync(path.join(dir, 'layani.lock'))).toBe(false);
    };

    it('a snapshot that is not JSON', () =>
      damaged((dir) => fs.writeFileSync(path.join(dir, 'snapshot.json'), '{"format":1,"walSeq":'), 'snapshot.json'));
    it('an empty snapshot', () => damaged((dir) => fs.writeFileSync(path.join(dir, 'snapshot.json'), ''), 'snapshot.json'));
    it('a snapshot of the wrong shape', () =>
      damaged((dir) => fs.writeFileSync(path.join(dir, 'snapshot.json'), '{"format":1,"tables":[]}'), 'snapshot.json'));
    it('a damaged WAL line that is not the last', () =>
      damaged((dir) => {
        const wal = path.join(dir, 'wal.jsonl');
        fs.writeFileSync(wal, `{"s":5,"op":"put","t":"bookings","row":{"id":"z"}}\n{garbage}\n{"s":6,"op":"del","t":"bookings","id":"z"}\n`);
      }, 'wal.jsonl'));
    it('a missing snapshot behind a WAL that does not start at change 1', () =>
      damaged((dir) => {
        fs.writeFileSync(path.join(dir, 'wal.jsonl'), '{"s":9,"op":"put","t":"bookings","row":{"id":"z"}}\n');
        fs.rmSync(path.join(dir, 'snapshot.json'));
      }, 'snapshot.json'));
  });

  describe('single owner', () => {
    it('a second open in the same process gets STORE_LOCKED', async () => {
      const dir = tempDir();
      const store = await open(dir);
      const error = await failure(open(dir));
      expect(error.code).toBe('STORE_LOCKED');
      expect(error.message).toContain(path.join(dir, 'layani.lock'));
      await store.close();
      expect(fs.existsSync(path.join(dir, 'layani.lock'))).toBe(false);
      const again = await open(dir);
      await again.close();
    });

    it('a lock held by another live process gets STORE_LOCKED', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'layani.lock'), `${process.ppid}\n`);
      const error = await failure(open(dir));
      expect(error.code).toBe('STORE_LOCKED');
      expect(error.message).toContain(`process ${process.ppid}`);
    });

    it('a lock left by a dead process is taken over', async () => {
      const dir = tempDir();
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      fs.writeFileSync(path.join(dir, 'layani.lock'), `${dead}\n`);
      const store = await open(dir);
      expect(fs.readFileSync(path.join(dir, 'layani.lock'), 'utf8')).toBe(`${process.pid}\n`);
      await store.close();
    });
  });
});

describe('FsyncJsonFile (lowdb adapter)', () => {
  it('returns null for a missing file', async () => {
    const adapter = new FsyncJsonFile<{ n: number }>(path.join(tempDir(), 'db.json'));
    expect(await adapter.read()).toBeNull();
  });

  it('coalesces concurrent writes: one stringify per physical write, newest data wins', async () => {
    const file = path.join(tempDir(), 'db.json');
    let stringifies = 0;
    const data = {
      n: 0,
      toJSON() {
        stringifies++;
        return { n: this.n };
      },
    };
    const db = new Low(new FsyncJsonFile<typeof data>(file), data);
    await Promise.all(
      Array.from({ length: 100 }, () => {
        data.n++;
        return db.write();
      }),
    );
    expect(stringifies).toBeLessThanOrEqual(2);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ n: 100 });
    expect(fs.existsSync(path.join(path.dirname(file), '.db.json.tmp'))).toBe(false);
  });
});
