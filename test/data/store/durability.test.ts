/**
 * Durability seen through the file-handle seam (issue 16 item 2; issue 13 item 3): the real store
 * on a temp dir, real files, with the WAL's handle wrapped so a test can hold or fail `datasync`
 * and `write`. SIGKILL tests keep the page cache, so only this can see a missing fsync.
 */
import fs from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { seededRandom } from '../../../core/booking/booking-code.js';
import { Bookings } from '../../../core/booking/bookings.js';
import type { Logger } from '../../../core/ports.js';
import type { LayaniTables } from '../../../core/records.js';
import { type JsonStoreOptions, openJsonStore } from '../../../data/store/json-store.js';
import type { OpenAppend } from '../../../data/store/jsonl.js';
import { testSettings } from '../../fakes/mpp.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-durability-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Step = 'write' | 'datasync';
/** Decides what one call of `write` or `datasync` on the WAL does: run it, or stand in for it. */
type Hook = (step: Step, real: () => Promise<unknown>) => Promise<unknown>;

/** Set once the store is open: the hooks act on booking traffic, not on the open itself. */
let armed = false;
afterEach(() => {
  armed = false;
});

/** Opens files for real; calls on `wal.jsonl` go through `hook` once `armed`. */
function seam(hook: Hook): OpenAppend {
  return async (file) => {
    const handle = await openFile(file, 'a+');
    if (path.basename(file) !== 'wal.jsonl') return handle;
    return new Proxy(handle, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        const real = (...args: unknown[]) => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'write' || prop === 'datasync') return (...args: unknown[]) => (armed ? hook(prop, () => real(...args)) : real(...args));
        return real;
      },
    });
  };
}

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

// Monday 23 Nov 2026, 09:00 WIB; the slot is the next day.
const now = new Date('2026-11-23T02:00:00Z');
const request = (user: string) => ({ user: `tg:${user}` as const, name: 'Sari', service: 'ktp', variant: 'baru', date: '2026-11-24', time: '09:00' });

async function bookingsOn(dir: string, options: JsonStoreOptions) {
  const store = await openJsonStore<LayaniTables>(dir, options);
  const bookings = new Bookings({ store, settings: testSettings(), clock: { now: () => now }, random: seededRandom(7) });
  armed = true;
  return { store, bookings };
}

/** Has the promise settled by the time every other pending callback has run? */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('no acknowledgement before datasync', () => {
  it('book() resolves only after the WAL datasync resolves', async () => {
    let release!: () => void;
    let reached!: () => void;
    const datasyncCalled = new Promise<string>((resolve) => (reached = () => resolve('datasync')));
    let held = false;
    const hook: Hook = (step, real) => {
      if (step !== 'datasync' || held) return real();
      held = true; // the first one only (the booking's), not the compaction's on close
      reached();
      return new Promise((resolve, reject) => (release = () => void real().then(resolve, reject)));
    };
    const { store, bookings } = await bookingsOn(tempDir(), { openFile: seam(hook) });
    const booking = bookings.book(request('1'));
    // Whichever comes first: without the datasync the booking is acknowledged straight away.
    expect(await Promise.race([datasyncCalled, booking.then(() => 'acknowledged')])).toBe('datasync');
    expect(await settled(booking), 'acknowledged while datasync is still running').toBe(false);
    release();
    await expect(booking).resolves.toMatchObject({ status: 'booked' });
    await store.close();
  });

  it('a failing datasync fails the booking, and the store refuses more changes', async () => {
    const hook: Hook = (step, real) => (step === 'datasync' ? Promise.reject(errno('EIO')) : real());
    const dir = tempDir();
    const { store, bookings } = await bookingsOn(dir, { openFile: seam(hook) });
    await expect(bookings.book(request('1'))).rejects.toMatchObject({ code: 'DATA_FILE' });
    await expect(bookings.book(request('2'))).rejects.toMatchObject({ code: 'DATA_FILE' });
    await store.close().catch(() => undefined);
  });
});

describe('a full disk', () => {
  it('fails the booking with DISK_FULL, then writes resume by themselves once there is room', async () => {
    let full = true;
    const hook: Hook = (step, real) => (full && step === 'write' ? Promise.reject(errno('ENOSPC')) : real());
    const events: string[] = [];
    const logger: Logger = { info: (e) => events.push(e), warn: (e) => events.push(e), error: (e) => events.push(e) };
    const dir = tempDir();
    const { store, bookings } = await bookingsOn(dir, { openFile: seam(hook), logger, retryMs: 60_000 });
    await expect(bookings.book(request('1'))).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(bookings.get('b1'), 'a failed booking does not hold a seat').toBeUndefined();
    expect(events).toContain('store.disk_full');
    full = false; // space freed: no restart
    const booked = await bookings.book(request('2'));
    expect(events).toContain('store.write_resumed');
    await store.close();

    armed = false;
    const again = await openJsonStore<LayaniTables>(dir);
    const ids = [...again.table('bookings').values()].map((b) => `${b.user} ${b.status}`);
    expect(ids).toEqual([`${booked.user} booked`]);
    await again.close();
  });
});

describe('repairs and failures are logged', () => {
  it('a compaction, a torn WAL tail and a stale lock each give a log line', async () => {
    const events: string[] = [];
    const logger: Logger = { info: (e) => events.push(e), warn: (e) => events.push(e), error: (e) => events.push(e) };
    const dir = tempDir();
    const store = await openJsonStore<LayaniTables>(dir, { logger, compactOnClose: false });
    store.table('counters').put({ id: 'seq', value: 1 });
    await store.close();
    fs.appendFileSync(path.join(dir, 'wal.jsonl'), '{"s":99,"op":"pu');
    fs.writeFileSync(path.join(dir, 'layani.lock'), '999999999\n'); // no such process
    const again = await openJsonStore<LayaniTables>(dir, { logger });
    await again.close();
    expect(events).toEqual(expect.arrayContaining(['store.new', 'store.compacted', 'store.torn_tail_removed', 'store.stale_lock']));
  });

  it('a data folder that cannot be written gives one line with the fix', async () => {
    const hook: Hook = (_step, real) => real();
    const refuse: OpenAppend = async (file) => {
      if (path.basename(file) === 'wal.jsonl') throw errno('EROFS');
      return seam(hook)(file);
    };
    const dir = tempDir();
    const error = await openJsonStore<LayaniTables>(dir, { openFile: refuse }).then(
      () => expect.unreachable('opened'),
      (reason: unknown) => reason as Error & { code: string },
    );
    expect(error.code).toBe('DATA_FILE');
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(`${dir} is on a read-only file system (EROFS)`);
    expect(error.message).toMatch(/LAYANI_DATA_DIR/);
  });
});
