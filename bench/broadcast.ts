/**
 * Broadcast benchmark, in virtual time so 100k recipients at Telegram speed take seconds.
 *
 * 1. Throughput: 100,000 subscribers on the memory store. The channel is a fake Bot API that
 *    enforces Telegram's limits (30 msg/s per bot, 1 msg/s per chat, token buckets) and answers
 *    429 when exceeded, behind the pacing the Telegram channel uses (bots/rate-limiter.ts at
 *    25/s global, 1/s + burst 3 per chat) and a fixed network latency.
 * 2. Kill and resume on the real JSON store (20,000 subscribers: one fsync per flush): the sender
 *    hangs for good after ~40% of sends (the process is "gone"), the folder is copied as it is on
 *    disk at that moment, reopened, and a new `Broadcasts` finishes the job. Counts duplicates,
 *    misses and 'unknown' rows.
 *
 * Run: npx tsx bench/broadcast.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { createRateLimiter } from '../bots/rate-limiter.js';
import { DEFAULT_LIMITS } from '../bots/telegram.js';
import { Broadcasts } from '../core/announce/broadcast.js';
import { DeliveryError } from '../core/errors.js';
import { type Clock, type Sender, silentLogger, type Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import type { UserKey } from '../core/types.js';
import { openJsonStore } from '../data/store/json-store.js';
import { createMemoryStore } from '../data/store/memory-store.js';
import { round } from './stats.js';

export interface BroadcastBenchOptions {
  /** Subscribers in the throughput run. Default 100,000. */
  readonly recipients?: number;
  /**
   * Subscribers in the kill-and-resume run. Default 20,000: on real disk every flush is an fsync,
   * and 100k there took 9–15 s of wall time on the 2-core VM (vs ~2 s for 20k).
   */
  readonly resumeRecipients?: number;
  /** Client-side global pacing, messages per second. Default 25 (bots/telegram.ts default). */
  readonly perSecond?: number;
  /** Virtual round trip of one sendMessage call. Default 60 ms. */
  readonly latencyMs?: number;
}

export interface ResumeResult {
  readonly recipients: number;
  /** Messages the platform accepted from the process that "died". */
  readonly sentBeforeKill: number;
  readonly unknown: number;
  /** Recipients who received the announcement more than once (must be 0). */
  readonly duplicates: number;
  /** Recipients never reached whose row is not 'unknown' (must be 0). */
  readonly missed: number;
  /** Rows 'sent' + 'unknown' (must equal recipients). */
  readonly settled: number;
  readonly rateLimited: number;
  readonly wallMs: number;
  readonly flushes: number;
}

export interface BroadcastBenchResult {
  readonly recipients: number;
  readonly perSecond: number;
  readonly latencyMs: number;
  readonly virtualSeconds: number;
  /** recipients / 30: Telegram's bulk limit, the best any sender can do. */
  readonly idealSeconds: number;
  readonly ratio: number;
  /** 429s the fake Bot API returned (must be 0). */
  readonly rateLimited: number;
  readonly duplicates: number;
  readonly wallMs: number;
  readonly flushes: number;
  readonly resume: ResumeResult;
}

const TELEGRAM_BULK_PER_SECOND = 30;
const START = Date.parse('2026-12-01T01:00:00Z');
const TEXT = 'Pengumuman: MPP tutup Jumat 4 Desember untuk pemeliharaan listrik. Layanan daring tetap buka.';

// ---------------------------------------------------------------------------------------------
// Virtual time: sleepers wake in time order, each batch once everything runnable has run.

class VirtualTime {
  #now = START;
  /** Wake-up instant → resolvers; `#times` holds the keys, sorted. */
  readonly #sleepers = new Map<number, (() => void)[]>();
  readonly #times: number[] = [];
  #scheduled = false;

  readonly now = (): number => this.#now;
  readonly clock: Clock = { now: () => new Date(this.#now) };

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const at = this.#now + Math.max(0, ms);
      const list = this.#sleepers.get(at);
      if (list) list.push(resolve);
      else {
        this.#sleepers.set(at, [resolve]);
        this.#times.splice(this.#insertAt(at), 0, at);
      }
      this.#schedule();
    });

  #insertAt(at: number): number {
    let lo = 0;
    let hi = this.#times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#times[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate runs after the microtasks of everything woken before: the clock only moves
    // once no code could still act at the current instant.
    setImmediate(this.#tick);
  }

  readonly #tick = (): void => {
    this.#scheduled = false;
    const at = this.#times.shift();
    if (at === undefined) return;
    this.#now = Math.max(this.#now, at);
    const wake = this.#sleepers.get(at) ?? [];
    this.#sleepers.delete(at);
    for (const resolve of wake) resolve();
    if (this.#times.length > 0) this.#schedule();
  };
}

// ---------------------------------------------------------------------------------------------
// The fake Bot API and the client-side pacing in front of it.

class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.#tokens = burst;
    this.#at = now;
  }

  has(now: number): boolean {
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
    this.#at = now;
    return this.#tokens >= 1;
  }

  take(): void {
    this.#tokens -= 1;
  }
}

/** Telegram as a bulk sender sees it: 30 msg/s per bot, 1 msg/s per chat, 429 beyond. */
class FakeBotApi {
  readonly received = new Map<UserKey, number>();
  rateLimited = 0;
  readonly #global: TokenBucket;
  readonly #chats = new Map<UserKey, TokenBucket>();

  constructor(private readonly time: VirtualTime) {
    this.#global = new TokenBucket(TELEGRAM_BULK_PER_SECOND, TELEGRAM_BULK_PER_SECOND, time.now());
  }

  sendMessage(to: UserKey): void {
    const now = this.time.now();
    let chat = this.#chats.get(to);
    if (!chat) this.#chats.set(to, (chat = new TokenBucket(1, 1, now)));
    const globalOk = this.#global.has(now);
    if (!globalOk || !chat.has(now)) {
      this.rateLimited++;
      throw new DeliveryError('RATE_LIMITED', 'Too Many Requests: retry after 1', 1_000);
    }
    this.#global.take();
    chat.take();
    this.received.set(to, (this.received.get(to) ?? 0) + 1);
  }
}

/** What bots/telegram.ts does around each sendMessage: acquire the limiter, pause on 429. */
function pacedSender(api: FakeBotApi, time: VirtualTime, perSecond: number, latencyMs: number): Sender {
  const limiter = createRateLimiter({
    global: { perSecond, burst: DEFAULT_LIMITS.global.burst },
    perChat: { perSecond: 1, burst: 3 },
    now: time.now,
    sleep: time.sleep,
  });
  return {
    async send(message) {
      await limiter.acquire(message.to);
      await time.sleep(latencyMs / 2);
      try {
        api.sendMessage(message.to);
      } catch (error) {
        if (error instanceof DeliveryError && error.retryAfterMs !== undefined) limiter.pauseFor(error.retryAfterMs);
        throw error;
      }
      await time.sleep(latencyMs / 2);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Counts flushes; every other call goes straight through. */
function countingStore(store: Store<LayaniTables>): { store: Store<LayaniTables>; flushes: () => number } {
  let flushes = 0;
  return {
    store: {
      table: (name) => store.table(name),
      appendLog: (log, entry) => store.appendLog(log, entry),
      flush: () => (flushes++, store.flush()),
      close: () => store.close(),
    },
    flushes: () => flushes,
  };
}

const userKey = (n: number): UserKey => `tg:${1_000_000 + n}`;

function seedSubscribers(store: Store<LayaniTables>, count: number): void {
  const at = new Date(START - 86_400_000).toISOString();
  const users = store.table('users');
  for (let n = 0; n < count; n++) users.put({ id: userKey(n), createdAt: at, subscribedAt: at });
}

async function confirmAnnouncement(broadcasts: Broadcasts): Promise<string> {
  const draft = await broadcasts.draft({ createdBy: 'tg:1', text: TEXT, audience: { kind: 'subscribers' } });
  return (await broadcasts.confirm(draft.id)).id;
}

const duplicatesOf = (api: FakeBotApi): number => [...api.received.values()].filter((n) => n > 1).length;

async function throughputRun(recipients: number, perSecond: number, latencyMs: number) {
  const time = new VirtualTime();
  const api = new FakeBotApi(time);
  const counted = countingStore(createMemoryStore<LayaniTables>());
  seedSubscribers(counted.store, recipients);
  const push = pacedSender(api, time, perSecond, latencyMs);
  const broadcasts = new Broadcasts({ store: counted.store, push, clock: time.clock, logger: silentLogger, sleep: time.sleep });
  const id = await confirmAnnouncement(broadcasts);
  const started = time.now();
  const wallStart = performance.now();
  await broadcasts.run();
  const wallMs = performance.now() - wallStart;
  const progress = broadcasts.progress(id);
  if (progress.sent !== recipients) throw new Error(`throughput run sent ${progress.sent} of ${recipients}`);
  const virtualSeconds = (time.now() - started) / 1000;
  const idealSeconds = recipients / TELEGRAM_BULK_PER_SECOND;
  return {
    virtualSeconds: round(virtualSeconds, 1),
    idealSeconds: round(idealSeconds, 1),
    ratio: round(virtualSeconds / idealSeconds, 3),
    rateLimited: api.rateLimited,
    duplicates: duplicatesOf(api),
    wallMs: Math.round(wallMs),
    flushes: counted.flushes(),
  };
}

/**
 * Passes the first `limit` sends to `inner`; from the next one on, nothing returns: the crash.
 * Sends already under way still reach the API (they had left the process).
 */
function dyingSender(inner: Sender, limit: number): { push: Sender; dead: Promise<void>; delivered: () => number } {
  let started = 0;
  let delivered = 0;
  let die: () => void = () => undefined;
  const dead = new Promise<void>((resolve) => (die = resolve));
  const push: Sender = {
    async send(message) {
      if (++started > limit) {
        die();
        return new Promise<void>(() => undefined);
      }
      await inner.send(message);
      delivered++;
    },
  };
  return { push, dead, delivered: () => delivered };
}

async function resumeRun(recipients: number, perSecond: number, latencyMs: number): Promise<ResumeResult> {
  const wallStart = performance.now();
  const time = new VirtualTime();
  const api = new FakeBotApi(time);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-bench-broadcast-'));
  const image = `${dir}-after-crash`;
  try {
    // No compaction in the dying process, so the folder copied while it hangs is a true crash image.
    const first = countingStore(await openJsonStore<LayaniTables>(dir, { compactMinBytes: Number.POSITIVE_INFINITY }));
    seedSubscribers(first.store, recipients);
    // ~40%, and mid-batch: part of the batch in flight reaches users, the rest never leaves.
    const dying = dyingSender(pacedSender(api, time, perSecond, latencyMs), Math.round(recipients * 0.4) + 7);
    const doomed = new Broadcasts({ store: first.store, push: dying.push, clock: time.clock, logger: silentLogger, sleep: time.sleep });
    const id = await confirmAnnouncement(doomed);
    void doomed.run(); // never resolves: its last batch hangs
    await dying.dead;
    fs.cpSync(dir, image, { recursive: true, filter: (file) => path.basename(file) !== 'layani.lock' });
    await first.store.close(); // frees the dead instance's files; its folder is not used again

    const second = countingStore(await openJsonStore<LayaniTables>(image));
    const push = pacedSender(api, time, perSecond, latencyMs); // a new process: a fresh limiter
    const resumed = new Broadcasts({ store: second.store, push, clock: time.clock, logger: silentLogger, sleep: time.sleep });
    await resumed.run();
    const progress = resumed.progress(id);
    const deliveries = second.store.table('deliveries');
    let missed = 0;
    for (let n = 0; n < recipients; n++) {
      const user = userKey(n);
      if (!api.received.has(user) && deliveries.get(`${id}|${user}`)?.status !== 'unknown') missed++;
    }
    await second.store.close();
    return {
      recipients,
      sentBeforeKill: dying.delivered(),
      unknown: progress.unknown,
      duplicates: duplicatesOf(api),
      missed,
      settled: progress.sent + progress.unknown,
      rateLimited: api.rateLimited,
      wallMs: Math.round(performance.now() - wallStart),
      flushes: first.flushes() + second.flushes(),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(image, { recursive: true, force: true });
  }
}

export async function runBroadcastBench(options: BroadcastBenchOptions = {}): Promise<BroadcastBenchResult> {
  const recipients = options.recipients ?? 100_000;
  const perSecond = options.perSecond ?? 25;
  const latencyMs = options.latencyMs ?? 60;
  const throughput = await throughputRun(recipients, perSecond, latencyMs);
  const resume = await resumeRun(options.resumeRecipients ?? Math.min(recipients, 20_000), perSecond, latencyMs);
  return { recipients, perSecond, latencyMs, ...throughput, resume };
}

// ---------------------------------------------------------------------------------------------
// Report

const count = (n: number): string => n.toLocaleString('en-US');
const pass = (ok: boolean): string => (ok ? 'ok' : 'FAIL');

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

export function formatBroadcastBench(r: BroadcastBenchResult): string {
  const s = r.resume;
  return [
    `Broadcast bench (virtual time). Fake Bot API: ${TELEGRAM_BULK_PER_SECOND} msg/s per bot, 1 msg/s per chat, 429 beyond.`,
    `Client pacing as bots/telegram.ts: ${r.perSecond}/s global, 1/s (burst 3) per chat; ${r.latencyMs} ms per call; batches of 25.`,
    '',
    `Throughput, ${count(r.recipients)} subscribers, memory store:`,
    ...table([
      ['virtual seconds to finish', `${r.virtualSeconds} (${round(r.virtualSeconds / 60, 1)} min)`],
      [`ideal seconds (n / ${TELEGRAM_BULK_PER_SECOND} per s)`, String(r.idealSeconds)],
      ['ratio', `${r.ratio} (pacing alone: ${round(TELEGRAM_BULK_PER_SECOND / r.perSecond, 3)})`],
      ['429s from the Bot API', `${r.rateLimited} ${pass(r.rateLimited === 0)}`],
      ['recipients with 2+ copies', `${r.duplicates} ${pass(r.duplicates === 0)}`],
      ['store flushes', count(r.flushes)],
      ['wall-clock ms', count(r.wallMs)],
    ]),
    '',
    `Kill and resume, ${count(s.recipients)} subscribers, JSON store on disk (fsync per flush), killed after ~40%` +
      (s.recipients < r.recipients ? ' (fewer than above to keep the fsyncs short):' : ':'),
    ...table([
      ['sent by the killed process', count(s.sentBeforeKill)],
      ['unknown (claimed, in doubt)', `${s.unknown} ${pass(s.unknown <= 25)}`],
      ['duplicates', `${s.duplicates} ${pass(s.duplicates === 0)}`],
      ['missed (not reached, not unknown)', `${s.missed} ${pass(s.missed === 0)}`],
      ['sent + unknown', `${count(s.settled)} ${pass(s.settled === s.recipients)}`],
      ['429s from the Bot API', `${s.rateLimited} ${pass(s.rateLimited === 0)}`],
      ['store flushes (both runs)', count(s.flushes)],
      ['wall-clock ms (seed, both runs)', count(s.wallMs)],
    ]),
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBroadcastBench(await runBroadcastBench()));
}
