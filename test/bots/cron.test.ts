/** The scheduler's own timers (issue 14: node-cron's Intl cost ~7 MiB at start): when the tick and the daily backup run. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { startCron, startDaily } from '../../bots/cron.js';
import { recordingLogger } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Instants (ISO, UTC) at which `calls` was called, as the fake clock saw them. */
function recorder() {
  const at: string[] = [];
  return { at, call: () => void at.push(new Date().toISOString()) };
}

describe('startCron', () => {
  it('ticks once at start, then on every minute boundary, until stopped', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:10:30.250+07:00'));
    const seen = recorder();
    const cron = startCron(() => (seen.call(), Promise.resolve(0)), recordingLogger());
    await vi.advanceTimersByTimeAsync(140_000); // to 08:12:50
    cron.stop();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(seen.at).toEqual(['2026-11-30T01:10:30.250Z', '2026-11-30T01:11:00.000Z', '2026-11-30T01:12:00.000Z']);
  });

  it('reports the last tick for /healthz, and logs a failed one without stopping', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:10:59.000+07:00'));
    const logger = recordingLogger();
    let fail = true;
    const cron = startCron(() => (fail ? Promise.reject(new Error('store busy')) : Promise.resolve(2)), logger);
    await vi.advanceTimersByTimeAsync(0);
    expect(cron.lastTick()).toEqual({ at: new Date('2026-11-30T01:10:59.000Z'), ok: false });
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(cron.lastTick()).toEqual({ at: new Date('2026-11-30T01:11:00.000Z'), ok: true });
    expect(logger.entries.map((e) => e.event)).toEqual(['tick_failed', 'tick']);
    cron.stop();
  });
});

describe('startDaily', () => {
  it('runs at the wall-clock time in the MPP zone, once a day', async () => {
    // 01:59 WITA on 1 December is 17:59 UTC on 30 November.
    vi.setSystemTime(new Date('2026-11-30T17:59:00.000Z'));
    const seen = recorder();
    const daily = startDaily('store.backup', '02:00', () => Promise.resolve(seen.call()), 'Asia/Makassar', recordingLogger());
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    daily.stop();
    expect(seen.at).toEqual(['2026-11-30T18:00:00.000Z', '2026-12-01T18:00:00.000Z']);
  });

  it('waits for tomorrow when today’s time has passed, and logs a failed run', async () => {
    vi.setSystemTime(new Date('2026-11-30T02:00:00.000+07:00'));
    const logger = recordingLogger();
    const seen = recorder();
    const failing = (): Promise<void> => (seen.call(), Promise.reject(new Error('disk full')));
    const daily = startDaily('store.backup', '02:00', failing, 'Asia/Jakarta', logger);
    await vi.advanceTimersByTimeAsync(86_400_000 - 1);
    expect(seen.at).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.at).toEqual(['2026-11-30T19:00:00.000Z']);
    expect(logger.entries).toEqual([{ level: 'error', event: 'store.backup_failed', fields: { error: 'disk full' } }]);
    daily.stop();
  });

  it('refuses a zone it cannot place, and a time that is not HH:MM, at start', () => {
    expect(() => startDaily('store.backup', '02:00', () => Promise.resolve(), 'Europe/Paris', recordingLogger())).toThrow(/Unsupported time zone/);
    expect(() => startDaily('store.backup', '0 2 * * *', () => Promise.resolve(), 'Asia/Jakarta', recordingLogger())).toThrow(/HH:MM/);
  });
});
