/**
 * Failures the store rides out without losing an acknowledged booking, and the log lines an
 * operator gets for them (issue 16 item 7: json-store.ts mutants in the failure paths). Real store
 * on a temp dir; failures come from the file system: a full disk through the file-handle seam, a
 * compaction that cannot write its snapshot because a folder sits where its temp file goes.
 */
import fs from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Logger, Row } from '../../../core/ports.js';
import { openJsonStore } from '../../../data/store/json-store.js';
import type { OpenAppend } from '../../../data/store/jsonl.js';

type Tables = Record<string, Row> & { bookings: Row & { readonly n: number } };

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-failures-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Line {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields: Record<string, unknown> | undefined;
}

/** A logger that records every line, and can wait for an event (a signal, not a sleep). */
function recorder() {
  const lines: Line[] = [];
  const waiting: { event: string; resolve: () => void }[] = [];
  const log = (level: Line['level']) => (event: string, fields?: Record<string, unknown>) => {
    lines.push({ level, event, fields });
    for (const w of waiting.filter((w) => w.event === event)) w.resolve();
  };
  const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const next = (event: string) => new Promise<void>((resolve) => waiting.push({ event, resolve }));
  const events = () => lines.map((line) => line.event);
  return { logger, lines, next, events };
}

const ids = (store: { table(name: 'bookings'): { values(): Iterable<Row> } }) => [...store.table('bookings').values()].map((r) => r.id).sort();

describe('a compaction that fails', () => {
  it('loses nothing, is logged with its reason, and is tried again only once the WAL has grown as much again', async () => {
    const dir = tempDir();
    const log = recorder();
    const store = await openJsonStore<Tables>(dir, { compactMinBytes: 1_000, compactOnClose: false, logger: log.logger });
    const blocker = path.join(dir, '.snapshot.json.tmp');
    fs.mkdirSync(blocker); // the snapshot's temp file cannot be opened: EISDIR
    const bookings = store.table('bookings');
    let n = 0;
    const book = async (count: number) => {
      for (let i = 0; i < count; i++) bookings.put({ id: `b${++n}`, n });
      await store.flush();
      await store.settled();
    };
    await book(30); // ~1.4 KB of WAL: past the 1,000 bytes
    const failed = log.lines.filter((line) => line.event === 'store.compaction_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 'warn', fields: { dir, reason: expect.stringContaining('EISDIR') as string } });
    expect(store.stats()).toMatchObject({ compactions: 1, generation: 1 }); // only the one at open
    const walAfterFailure = store.stats().walBytes;

    await book(1); // a little more: no new attempt yet
    expect(log.events().filter((e) => e === 'store.compaction_failed')).toHaveLength(1);

    fs.rmdirSync(blocker);
    let before = 0;
    while (store.stats().compactions === 1) {
      before = store.stats().walBytes;
      await book(1); // one ~45-byte line per commit
    }
    // The retry came with the first commit that took the WAL past its size at the failure + 1,000.
    expect(before).toBeLessThanOrEqual(walAfterFailure + 1_000);
    expect(before).toBeGreaterThan(walAfterFailure + 1_000 - 100);
    expect(store.stats()).toMatchObject({ compactions: 2, generation: 2 });
    expect(log.events()).toContain('store.compacted');
    await store.close();

    const again = await openJsonStore<Tables>(dir);
    expect(again.table('bookings').size).toBe(n);
    await again.close();
  });
});

describe('a full disk', () => {
  const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });
  /** Opens for real; while `state.full`, writes to wal.jsonl fail with ENOSPC. */
  const fullDisk = (state: { full: boolean }): OpenAppend => async (file) => {
    const handle = await openFile(file, 'a+');
    if (path.basename(file) !== 'wal.jsonl') return handle;
    const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
    return Object.assign(handle, {
      write: (...args: unknown[]) => (state.full ? Promise.reject(errno('ENOSPC')) : write(...args)),
    });
  };

  it('rejects with DISK_FULL and the fix, logs once, then the retry timer writes the change without another flush', async () => {
    const dir = tempDir();
    const log = recorder();
    const state = { full: false };
    const store = await openJsonStore<Tables>(dir, { openFile: fullDisk(state), logger: log.logger, retryMs: 1, compactOnClose: false });
    state.full = true;
    store.table('bookings').put({ id: 'b1', n: 1 });
    const error = await store.flush().then(
      () => expect.unreachable('acknowledged on a full disk'),
      (reason: unknown) => reason as Error & { code?: string },
    );
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toBe(`the disk holding ${dir} is full: the change is not saved. Free some space; Layani retries by itself.`);
    expect(error.cause).toMatchObject({ code: 'ENOSPC' });
    // The timer retries while the disk stays full: one error line, not one per retry.
    for (let i = 0; i < 3; i++) {
      store.table('bookings').put({ id: `x${i}`, n: i }); // more changes wait behind the unwritten ones
      await store.flush().catch(() => undefined);
    }
    expect(log.lines.filter((line) => line.event === 'store.disk_full')).toEqual([
      { level: 'error', event: 'store.disk_full', fields: { dir, reason: 'ENOSPC: simulated' } },
    ]);

    const resumed = log.next('store.write_resumed');
    state.full = false; // space freed: nobody calls flush, the timer does
    await resumed;
    expect(log.lines.at(-1)).toEqual({ level: 'info', event: 'store.write_resumed', fields: { dir } });
    store.table('bookings').put({ id: 'b2', n: 2 });
    await store.flush();
    expect(log.events().filter((e) => e === 'store.write_resumed'), 'resumed once, not at every commit').toHaveLength(1);
    await store.close();
    const again = await openJsonStore<Tables>(dir);
    expect(ids(again)).toEqual(['b1', 'b2', 'x0', 'x1', 'x2']);
    await again.close();
  });

  it('a log file that could not be created on a full disk is created on the next flush, with every entry', async () => {
    const dir = tempDir();
    let refuse = true;
    const openHandle: OpenAppend = (file) => {
      if (refuse && path.basename(file) === 'audit.jsonl') return Promise.reject(errno('ENOSPC'));
      return openFile(file, 'a+');
    };
    const store = await openJsonStore<Tables>(dir, { openFile: openHandle, retryMs: 60_000 });
    store.appendLog('audit', { event: 'booked', id: 'b1' });
    await expect(store.flush()).rejects.toMatchObject({ code: 'DISK_FULL' });
    refuse = false;
    store.appendLog('audit', { event: 'cancelled', id: 'b1' });
    await store.flush();
    expect(fs.readFileSync(path.join(dir, 'logs', 'audit.jsonl'), 'utf8')).toBe(
      '{"event":"booked","id":"b1"}\n{"event":"cancelled","id":"b1"}\n',
    );
    await store.close();
  });

  it('a log write that fails while the WAL write succeeds retries the log only: no WAL line twice', async () => {
    const dir = tempDir();
    let refuse = true;
    const openHandle: OpenAppend = async (file) => {
      const handle = await openFile(file, 'a+');
      if (path.basename(file) !== 'audit.jsonl') return handle;
      const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
      return Object.assign(handle, {
        write: (...args: unknown[]) => (refuse ? Promise.reject(errno('ENOSPC')) : write(...args)),
      });
    };
    const store = await openJsonStore<Tables>(dir, { openFile: openHandle, retryMs: 60_000, compactOnClose: false });
    store.table('bookings').put({ id: 'b1', n: 1 });
    store.appendLog('audit', { event: 'booked', id: 'b1' });
    await expect(store.flush()).rejects.toMatchObject({ code: 'DISK_FULL' });
    refuse = false;
    store.table('bookings').put({ id: 'b2', n: 2 });
    await store.flush();
    await store.close();
    const seqs = fs
      .readFileSync(path.join(dir, 'wal.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { s: number }).s);
    expect(seqs).toEqual([1, 2]);
    expect(fs.readFileSync(path.join(dir, 'logs', 'audit.jsonl'), 'utf8')).toBe('{"event":"booked","id":"b1"}\n');
    const again = await openJsonStore<Tables>(dir);
    expect(ids(again)).toEqual(['b1', 'b2']);
    await again.close();
  });
});

describe('a write that fails for good (fsyncgate: the file can no longer be trusted)', () => {
  const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

  it('fails the change with the fix, logs it, refuses more changes, and never saves the failed change later', async () => {
    const dir = tempDir();
    const log = recorder();
    let fail = false;
    const openHandle: OpenAppend = async (file) => {
      const handle = await openFile(file, 'a+');
      if (path.basename(file) !== 'wal.jsonl') return handle;
      const datasync = handle.datasync.bind(handle);
      return Object.assign(handle, { datasync: () => (fail ? Promise.reject(errno('EIO')) : datasync()) });
    };
    const store = await openJsonStore<Tables>(dir, { openFile: openHandle, logger: log.logger });
    store.table('bookings').put({ id: 'ok', n: 0 });
    await store.flush();
    fail = true;
    store.table('bookings').put({ id: 'lost', n: 1 });
    const error = await store.flush().then(
      () => expect.unreachable('acknowledged a change whose datasync failed'),
      (reason: unknown) => reason as Error & { code?: string },
    );
    expect(error.code).toBe('DATA_FILE');
    expect(error.message).toBe(
      `store write failed in ${dir}: EIO: simulated. Changes since the last successful flush may not be on disk ` +
        'and the store accepts no more. Fix the cause (disk full? permissions?) and restart Layani: it recovers from the files.',
    );
    expect(error.cause).toMatchObject({ code: 'EIO' });
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([
      { level: 'error', event: 'store.write_failed', fields: { dir, reason: 'EIO: simulated' } },
    ]);
    expect(() => store.table('bookings').put({ id: 'after', n: 2 })).toThrow(error);
    expect(store.table('bookings').get('after')).toBeUndefined();
    await expect(store.flush()).rejects.toBe(error);
    await store.close().catch(() => undefined);

    fail = false;
    const again = await openJsonStore<Tables>(dir);
    expect(ids(again), 'the change the caller was told had failed is not saved by the close').toEqual(['ok']);
    await again.close();
  });

  it('a WAL cut that fails after the new snapshot stops the store; a restart has every change', async () => {
    const dir = tempDir();
    const log = recorder();
    let during: Promise<void> | undefined;
    let armed = false;
    // A booking committed while the snapshot is written: its WAL line comes after the cut point.
    const probe = (step: string) => {
      if (!armed || step !== 'snapshot-written') return;
      armed = false;
      store.table('bookings').put({ id: 'b4', n: 4 });
      during = store.flush();
    };
    const store = await openJsonStore<Tables>(dir, { logger: log.logger, compactOnClose: false, probe });
    for (let n = 1; n <= 3; n++) store.table('bookings').put({ id: `b${n}`, n });
    await store.flush();
    const blocker = path.join(dir, '.wal.jsonl.tmp');
    fs.mkdirSync(blocker); // the WAL's rest cannot be written: EISDIR
    armed = true;
    await expect(store.compact()).rejects.toMatchObject({ code: 'DATA_FILE', message: expect.stringContaining('EISDIR') as string });
    await during; // acknowledged: it must survive
    expect(log.events()).toContain('store.write_failed');
    expect(() => store.table('bookings').put({ id: 'b5', n: 5 })).toThrow(/store write failed/);
    await store.close().catch(() => undefined);
    fs.rmdirSync(blocker);
    const again = await openJsonStore<Tables>(dir);
    expect(ids(again)).toEqual(['b1', 'b2', 'b3', 'b4']);
    await again.close();
  });
});
