import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { type AnnouncementRow, type BroadcastDeps, Broadcasts } from '../../../core/announce/broadcast.js';
import { AppError, DeliveryError } from '../../../core/errors.js';
import type { Logger, Row, Sender, Store, Table } from '../../../core/ports.js';
import { silentLogger } from '../../../core/ports.js';
import type { Booking, LayaniTables, UserProfile } from '../../../core/records.js';
import type { Outgoing, UserKey } from '../../../core/types.js';
import { openJsonStore } from '../../../data/store/json-store.js';
import { createMemoryStore } from '../../../data/store/memory-store.js';

const START = Date.parse('2026-12-01T01:00:00Z');
const ISO = new Date(START).toISOString();
const TEXT = 'MPP tutup Jumat 4 Desember karena pemeliharaan listrik.';
const STAFF: UserKey = 'tg:900';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-broadcast-'));
  dirs.push(dir);
  return dir;
};

const user = (n: number): UserKey => `tg:${n}`;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function addUser(store: Store<LayaniTables>, n: number, extra: Partial<UserProfile> = {}): void {
  store.table('users').put({ id: user(n), createdAt: ISO, subscribedAt: ISO, ...extra });
}

function addBooking(store: Store<LayaniTables>, id: string, n: number, status: Booking['status'], at: Partial<Booking> = {}): void {
  store.table('bookings').put({
    id, code: `LY-${id}`, user: user(n), name: 'Warga', service: 'ktp', variant: 'baru', date: '2026-12-04', time: '09:00',
    queueNumber: 1, seq: 1, status, walkIn: false, createdAt: ISO, updatedAt: ISO, reminders: [], turnSoonSent: false, ...at,
  });
}

/** Runs `outcome` for each send (throw = the channel failed); `call` counts sends per user from 1. */
type Outcome = (message: Outgoing, call: number) => void | Promise<void>;

interface HarnessOptions extends Partial<Pick<BroadcastDeps, 'batchSize' | 'maxAttempts' | 'logger'>> {
  readonly store?: Store<LayaniTables>;
  readonly outcome?: Outcome;
}

/** Memory store, virtual clock (sleep moves it), a sender that records calls and deliveries. */
function harness(options: HarnessOptions = {}) {
  const store = options.store ?? createMemoryStore<LayaniTables>();
  let now = START;
  const sleeps: number[] = [];
  const calls: { to: UserKey; at: number }[] = [];
  const delivered: Outgoing[] = [];
  const finished: AnnouncementRow[] = [];
  const unreachable: UserKey[] = [];
  const perUser = new Map<UserKey, number>();
  const push: Sender = {
    async send(message) {
      const call = (perUser.get(message.to) ?? 0) + 1;
      perUser.set(message.to, call);
      calls.push({ to: message.to, at: now });
      await options.outcome?.(message, call);
      delivered.push(message);
    },
  };
  const broadcasts = new Broadcasts({
    store,
    push,
    clock: { now: () => new Date(now) },
    logger: options.logger ?? silentLogger,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    onUnreachable: (key) => {
      unreachable.push(key);
      const profile = store.table('users').get(key);
      if (profile) store.table('users').put({ ...profile, unreachableAt: new Date(now).toISOString() });
    },
  });
  broadcasts.onFinished((row) => finished.push(row));
  const start = async (count: number, extra: { options?: AnnouncementRow['options'] } = {}) => {
    for (const n of range(1, count)) addUser(store, n);
    const draft = await broadcasts.draft({ createdBy: STAFF, text: TEXT, audience: { kind: 'subscribers' }, ...extra });
    return broadcasts.confirm(draft.id);
  };
  return { store, broadcasts, sleeps, calls, delivered, finished, unreachable, start, now: () => now };
}

const deliveryOf = (store: Store<LayaniTables>, id: string, n: number) => store.table('deliveries').get(`${id}|${user(n)}`);
const fail = (code: DeliveryError['code'], retryAfterMs?: number) => new DeliveryError(code, `channel said no to a chat`, retryAfterMs);

/**
 * A memory store that knows whether changes are waiting for a flush, and can run a hook inside
 * flush(): enough to check claim-before-send and to cancel while a claim is being written.
 */
function trackingStore(onFlush?: () => void) {
  const inner = createMemoryStore<LayaniTables>();
  const state = { dirty: false, flushes: 0 };
  const wrap = <T extends Row>(table: Table<T>): Table<T> => ({
    get: (id) => table.get(id),
    values: () => table.values(),
    get size() {
      return table.size;
    },
    put: (row) => ((state.dirty = true), table.put(row)),
    delete: (id) => ((state.dirty = true), table.delete(id)),
    archive: (id, bucket) => ((state.dirty = true), table.archive(id, bucket)),
  });
  const store: Store<LayaniTables> = {
    table: (name) => wrap(inner.table(name)),
    appendLog: (log, entry) => inner.appendLog(log, entry),
    flush: async () => {
      onFlush?.();
      state.dirty = false;
      state.flushes++;
      await inner.flush();
    },
    close: () => inner.close(),
  };
  return { store, state };
}

describe('broadcast audience', () => {
  it('takes subscribers who are reachable and follow the topic or everything', () => {
    const { store, broadcasts } = harness();
    addUser(store, 1);
    addUser(store, 2, { topics: [] });
    addUser(store, 3, { topics: ['ktp'] });
    addUser(store, 4, { topics: ['paspor'] });
    store.table('users').put({ id: user(5), createdAt: ISO }); // never opted in
    addUser(store, 6, { unreachableAt: ISO });
    expect(broadcasts.audience({ kind: 'subscribers' })).toEqual([user(1), user(2), user(3), user(4)]);
    expect(broadcasts.audience({ kind: 'subscribers', topic: 'ktp' })).toEqual([user(1), user(2), user(3)]);
  });

  it('takes holders of active bookings for that service and day, once each', () => {
    const { store, broadcasts } = harness();
    addBooking(store, 'b1', 1, 'booked');
    addBooking(store, 'b2', 1, 'called', { time: '10:00' }); // same citizen twice
    addBooking(store, 'b3', 2, 'skipped');
    addBooking(store, 'b4', 3, 'cancelled');
    addBooking(store, 'b5', 4, 'done');
    addBooking(store, 'b6', 5, 'booked', { date: '2026-12-05' });
    addBooking(store, 'b7', 6, 'booked', { service: 'paspor' });
    addBooking(store, 'b8', 7, 'booked');
    store.table('users').put({ id: user(7), createdAt: ISO, unreachableAt: ISO });
    expect(broadcasts.audience({ kind: 'booked', service: 'ktp', date: '2026-12-04' })).toEqual([user(1), user(2)]);
  });
});

describe('broadcasts', () => {
  it('drafts a preview, snapshots recipients at confirm, sends each once and finishes', async () => {
    const h = harness({ batchSize: 10 });
    for (const n of range(1, 30)) addUser(h.store, n);
    const options = [{ label: 'Ganti jadwal', value: 'ganti jadwal' }];
    const draft = await h.broadcasts.draft({ createdBy: STAFF, text: TEXT, audience: { kind: 'subscribers' }, options });
    expect(draft).toMatchObject({ status: 'draft', total: 30, createdBy: STAFF, options });
    expect(h.store.table('deliveries').size).toBe(0);
    addUser(h.store, 31); // subscribes between preview and confirmation: included
    const confirmed = await h.broadcasts.confirm(draft.id);
    expect(confirmed).toMatchObject({ status: 'sending', total: 31, confirmedAt: ISO });
    addUser(h.store, 32); // after confirmation: not included
    expect(h.broadcasts.progress(draft.id)).toEqual({ total: 31, status: 'sending', pending: 31, sending: 0, sent: 0, failed: 0, unreachable: 0, unknown: 0 });

    await h.broadcasts.run();
    expect(h.delivered.map((m) => m.to).sort()).toEqual(range(1, 31).map(user).sort());
    expect(h.delivered[0]).toEqual({ to: user(1), kind: 'announcement', text: TEXT, options });
    expect(h.broadcasts.progress(draft.id)).toEqual({ total: 31, status: 'done', pending: 0, sending: 0, sent: 31, failed: 0, unreachable: 0, unknown: 0 });
    expect(h.finished).toHaveLength(1);
    expect(h.finished[0]).toMatchObject({ id: draft.id, status: 'done', finishedAt: ISO });
    expect(deliveryOf(h.store, draft.id, 7)).toMatchObject({ status: 'sent', attempts: 1 });

    await h.broadcasts.run();
    expect(await h.broadcasts.confirm(draft.id)).toMatchObject({ status: 'done' }); // a second tap sends nothing
    await h.broadcasts.run();
    expect(h.calls).toHaveLength(31);
    expect(h.finished).toHaveLength(1);
  });

  it('claims each batch on disk before sending any of it, one flush per batch', async () => {
    const { store, state } = trackingStore();
    const violations: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let id = '';
    const h = harness({
      store,
      batchSize: 10,
      outcome: async (message) => {
        if (deliveryOf(store, id, Number(message.to.slice(3)))?.status !== 'sending') violations.push(`${message.to} not claimed`);
        if (state.dirty) violations.push(`${message.to} sent before the claim was flushed`);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
      },
    });
    id = (await h.start(35)).id;
    const before = state.flushes;
    await h.broadcasts.run();
    expect(violations).toEqual([]);
    expect(maxInFlight).toBe(10); // the batch goes out concurrently; the channel paces it
    expect(h.delivered).toHaveLength(35);
    expect(state.flushes - before).toBe(1 + 4 * 2); // recovery, then claim + outcomes for 4 batches
  });

  it('marks a blocked user unreachable, reports them once, and sends to the rest', async () => {
    const h = harness({ outcome: (m) => { if (m.to === user(3)) throw fail('UNREACHABLE'); } });
    const { id } = await h.start(5);
    await h.broadcasts.run();
    expect(h.broadcasts.progress(id)).toMatchObject({ sent: 4, unreachable: 1, status: 'done' });
    expect(deliveryOf(h.store, id, 3)).toMatchObject({ status: 'unreachable', attempts: 1, lastError: 'UNREACHABLE' });
    expect(h.unreachable).toEqual([user(3)]);
    expect(h.calls.filter((c) => c.to === user(3))).toHaveLength(1);
    expect(h.broadcasts.audience({ kind: 'subscribers' })).not.toContain(user(3)); // the callback's change stuck
  });

  it('waits out a 429 for retryAfterMs, then resends without spending an attempt', async () => {
    const h = harness({ maxAttempts: 1, outcome: (m, call) => { if (m.to === user(2) && call === 1) throw fail('RATE_LIMITED', 7_000); } });
    const { id } = await h.start(5);
    await h.broadcasts.run();
    expect(h.sleeps).toEqual([7_000]);
    const retries = h.calls.filter((c) => c.to === user(2));
    expect(retries.map((c) => c.at - START)).toEqual([0, 7_000]);
    expect(h.delivered.filter((m) => m.to === user(2))).toHaveLength(1);
    expect(deliveryOf(h.store, id, 2)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(h.broadcasts.progress(id)).toMatchObject({ sent: 5, status: 'done' });
  });

  it('holds every claim during a 429 pause, not only the rate-limited row', async () => {
    const h = harness({ batchSize: 2, outcome: (m, call) => { if (m.to === user(1) && call === 1) throw fail('RATE_LIMITED', 3_000); } });
    await h.start(6);
    await h.broadcasts.run();
    const afterFirstBatch = h.calls.slice(2);
    expect(afterFirstBatch.every((c) => c.at >= START + 3_000)).toBe(true);
    expect(h.delivered).toHaveLength(6);
  });

  it('retries TRANSIENT failures with backoff and fails them after maxAttempts', async () => {
    const h = harness({
      maxAttempts: 3,
      outcome: (m, call) => {
        if (m.to === user(1) && call < 3) throw fail('TRANSIENT');
        if (m.to === user(2)) throw fail('TRANSIENT');
      },
    });
    const { id } = await h.start(3);
    await h.broadcasts.run();
    expect(h.sleeps).toEqual([5_000, 10_000]);
    expect(deliveryOf(h.store, id, 1)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(deliveryOf(h.store, id, 2)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'TRANSIENT' });
    expect(h.broadcasts.progress(id)).toMatchObject({ sent: 2, failed: 1, pending: 0, status: 'done' });
  });

  it('fails REJECTED and unexpected errors at once, keeping only a code', async () => {
    const error = vi.fn();
    const warn = vi.fn();
    const logger: Logger = { info: vi.fn(), warn, error };
    const h = harness({
      logger,
      outcome: (m) => {
        if (m.to === user(1)) throw fail('REJECTED');
        if (m.to === user(2)) throw new TypeError(`cannot render for ${m.to}`);
      },
    });
    const { id } = await h.start(3);
    await h.broadcasts.run();
    expect(deliveryOf(h.store, id, 1)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'REJECTED' });
    expect(deliveryOf(h.store, id, 2)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'TypeError' });
    expect(h.sleeps).toEqual([]);
    expect(error).toHaveBeenCalledWith('broadcast.delivery_failed', { announcement: id, error: 'TypeError' });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('tg:1');
  });

  it('cancel stops further sends: the batch in flight settles, the rest stays pending', async () => {
    let id = '';
    let cancelling: Promise<AnnouncementRow> | undefined;
    const h = harness({
      batchSize: 5,
      outcome: (_m, call) => {
        if (call === 1 && cancelling === undefined) cancelling = h.broadcasts.cancel(id);
      },
    });
    id = (await h.start(20)).id;
    await h.broadcasts.run();
    expect(await cancelling).toMatchObject({ status: 'cancelled' });
    expect(h.broadcasts.progress(id)).toMatchObject({ sent: 5, pending: 15, sending: 0, status: 'cancelled' });
    await h.broadcasts.run();
    expect(h.calls).toHaveLength(5);
    expect(h.finished).toEqual([]);
  });

  it('cancel while a claim is being flushed sends nothing of that batch', async () => {
    let cancel = (): void => undefined;
    const { store } = trackingStore(() => cancel());
    const h = harness({ store, batchSize: 5 });
    const { id } = await h.start(8);
    cancel = () => {
      if (deliveryOf(store, id, 1)?.status === 'sending') void h.broadcasts.cancel(id);
    };
    await h.broadcasts.run();
    expect(h.calls).toEqual([]);
    expect(h.broadcasts.progress(id)).toMatchObject({ pending: 8, sending: 0, status: 'cancelled' });
    expect(deliveryOf(store, id, 1)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('cancels a draft, which confirm then leaves alone', async () => {
    const h = harness();
    addUser(h.store, 1);
    const draft = await h.broadcasts.draft({ createdBy: STAFF, text: TEXT, audience: { kind: 'subscribers' } });
    expect(await h.broadcasts.cancel(draft.id)).toMatchObject({ status: 'cancelled' });
    expect(await h.broadcasts.confirm(draft.id)).toMatchObject({ status: 'cancelled' });
    await h.broadcasts.run();
    expect(h.calls).toEqual([]);
    expect(h.store.table('deliveries').size).toBe(0);
  });

  it('finishes an announcement with nobody to reach at confirmation', async () => {
    const h = harness();
    const { id, status } = await h.start(0);
    expect(status).toBe('done');
    expect(h.finished.map((a) => a.id)).toEqual([id]);
    await h.broadcasts.run();
    expect(h.calls).toEqual([]);
  });

  it('runs single-flight: a second call gets the running promise', async () => {
    const h = harness({ batchSize: 2 });
    await h.start(5);
    const first = h.broadcasts.run();
    expect(h.broadcasts.run()).toBe(first);
    await first;
    expect(h.calls).toHaveLength(5);
  });

  it('rejects unknown ids and empty text', async () => {
    const h = harness();
    expect(() => h.broadcasts.progress('A404')).toThrow(AppError);
    await expect(h.broadcasts.confirm('A404')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.broadcasts.draft({ createdBy: STAFF, text: '  ', audience: { kind: 'subscribers' } })).rejects.toThrow(RangeError);
  });

  it('after a crash mid-batch resumes on the JSON store: no second copies, only that batch unknown', async () => {
    const dir = tempDir();
    // No compaction, so copying the folder while the dead instance is idle gives a true crash image.
    const store = await openJsonStore<LayaniTables>(dir, { compactMinBytes: Number.POSITIVE_INFINITY });
    const received = new Map<UserKey, number>();
    const receive = (m: Outgoing): void => void received.set(m.to, (received.get(m.to) ?? 0) + 1);
    let crash: () => void = () => undefined;
    const crashed = new Promise<void>((resolve) => (crash = resolve));
    let sends = 0;
    const dying = harness({
      store,
      batchSize: 10,
      outcome: (m) => {
        if (++sends <= 25) return receive(m);
        crash();
        return new Promise<void>(() => undefined); // the process is gone: this send never returns
      },
    });
    const { id } = await dying.start(60);
    void dying.broadcasts.run();
    await crashed;
    const image = tempDir();
    fs.cpSync(dir, image, { recursive: true, filter: (file) => path.basename(file) !== 'layani.lock' });
    await store.close(); // frees the dead instance's files; its folder is not used again

    const reopened = await openJsonStore<LayaniTables>(image);
    const resumed = harness({ store: reopened, batchSize: 10, outcome: receive });
    expect(resumed.broadcasts.progress(id)).toMatchObject({ sent: 20, sending: 10, pending: 30 });
    await resumed.broadcasts.run();
    const progress = resumed.broadcasts.progress(id);
    expect(progress).toMatchObject({ sent: 50, unknown: 10, pending: 0, sending: 0, status: 'done' });
    expect(progress.sent + progress.unknown).toBe(60);
    expect(Math.max(...received.values())).toBe(1);
    const missed = range(1, 60).filter((n) => !received.has(user(n)) && deliveryOf(reopened, id, n)?.status !== 'unknown');
    expect(missed).toEqual([]);
    expect(received.size).toBe(55); // 5 of the in-doubt batch did arrive before the crash
    expect(resumed.finished.map((a) => a.id)).toEqual([id]);
    await reopened.close();

    const again = await openJsonStore<LayaniTables>(image);
    expect(again.table('announcements').get(id)?.status).toBe('done');
    await again.close();
  });
});
