/**
 * Issue 14 item 1: a channel that fails to start or dies is rebuilt in the background with capped
 * backoff and one log line per attempt, while the other channels keep running. Backoff waits are
 * recorded, never slept.
 */
import { describe, expect, it } from 'vitest';

import type { ChatChannel } from '../../bots/channel.js';
import { type ChannelEvents, FatalChannelError, superviseChannel } from '../../bots/supervisor.js';
import { DeliveryError } from '../../core/errors.js';
import type { Outgoing } from '../../core/types.js';
import { FakeClock } from '../fakes/clock.js';
import { changed, recordingLogger, until } from './helpers.js';

/** A channel whose start fails with the errors given, in order, then succeeds. */
function flakyChannels(startErrors: Error[]) {
  const built: { channel: ChatChannel; events: ChannelEvents; sent: Outgoing[]; stopped: boolean }[] = [];
  const factory = (events: ChannelEvents): ChatChannel => {
    const entry = { events, sent: [] as Outgoing[], stopped: false, channel: undefined as unknown as ChatChannel };
    const error = startErrors.shift();
    entry.channel = {
      start: () => (error ? Promise.reject(error) : Promise.resolve()),
      stop: () => {
        entry.stopped = true;
        changed();
        return Promise.resolve();
      },
      sender: {
        send: (message) => {
          entry.sent.push(message);
          return Promise.resolve();
        },
      },
    };
    built.push(entry);
    return entry.channel;
  };
  return { factory, built };
}

/** Records backoff waits and returns at once (or never, after `limit` waits, to end the loop). */
function recordedWaits(limit = Infinity) {
  const waits: number[] = [];
  const wait = (ms: number, signal: AbortSignal): Promise<void> => {
    waits.push(ms);
    changed();
    if (waits.length < limit) return Promise.resolve();
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
  };
  return { waits, wait };
}

const clock = new FakeClock('2026-11-30T08:00:00+07:00');
const message: Outgoing = { to: 'wa:1@c.us', kind: 'answer', text: 'halo' };

describe('superviseChannel', () => {
  it('retries a failing start with doubling, capped backoff and logs each attempt', async () => {
    const logger = recordingLogger();
    const { factory, built } = flakyChannels(Array.from({ length: 6 }, () => new Error('net::ERR_NAME_NOT_RESOLVED')));
    const { waits, wait } = recordedWaits();
    const wa = superviseChannel('wa', factory, { logger, clock: clock, onFatal: () => undefined, onRunning: changed, wait, initialDelayMs: 1000, maxDelayMs: 8000 });

    await wa.start();
    await until(() => wa.status().state === 'running');

    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(logger.entries.filter((e) => e.event === 'wa.channel_restart')).toHaveLength(6);
    expect(logger.entries[0]?.fields).toMatchObject({ attempt: 1, inMs: 1000, error: 'Error: net::ERR_NAME_NOT_RESOLVED' });
    expect(built.slice(0, 6).every((b) => b.stopped)).toBe(true);
    expect(wa.status()).toMatchObject({ state: 'running', restarts: 6 });
    await wa.stop('test');
  });

  it('rebuilds a channel that dies while running, and says so', async () => {
    const logger = recordingLogger();
    const { factory, built } = flakyChannels([]);
    const { waits, wait } = recordedWaits();
    const running: number[] = [];
    const wa = superviseChannel('wa', factory, { logger, clock: clock, onFatal: () => undefined, onRunning: () => changed(running.push(1)), wait });
    await wa.start();

    built[0]!.events.failed(new Error('Protocol error: Target closed'));
    await until(() => built.length === 2 && wa.status().state === 'running');

    expect(built[0]!.stopped).toBe(true);
    expect(waits).toEqual([2000]);
    expect(running).toHaveLength(2);
    expect(logger.entries.map((e) => e.event)).toEqual(['wa.channel_died', 'wa.channel_restart']);
    await wa.sender.send(message);
    expect(built[1]!.sent).toEqual([message]);
    await wa.stop('test');
  });

  it('answers "not connected" (TRANSIENT) while the channel is down, so the outbox keeps the message', async () => {
    const { factory } = flakyChannels([new Error('auth timeout')]);
    const { wait } = recordedWaits(1);
    const wa = superviseChannel('wa', factory, { logger: recordingLogger(), clock: clock, onFatal: () => undefined, wait });
    await wa.start();

    expect(wa.status().state).toBe('restarting');
    await expect(wa.sender.send(message)).rejects.toMatchObject({ code: 'TRANSIENT' });
    await expect(wa.sender.send(message)).rejects.toBeInstanceOf(DeliveryError);
    await wa.stop('test');
    expect(wa.status().state).toBe('stopped');
  });

  it('does not restart after a fatal error: reports it once and stays failed', async () => {
    const fatal: Error[] = [];
    const { factory, built } = flakyChannels([new FatalChannelError('TELEGRAM_BOT_TOKEN was rejected')]);
    const tg = superviseChannel('tg', factory, { logger: recordingLogger(), clock: clock, onFatal: (e) => fatal.push(e), wait: recordedWaits().wait });
    await tg.start();

    expect(fatal.map((e) => e.message)).toEqual(['TELEGRAM_BOT_TOKEN was rejected']);
    expect(built).toHaveLength(1);
    expect(tg.status()).toMatchObject({ state: 'failed', lastError: 'TELEGRAM_BOT_TOKEN was rejected' });
  });

  it('keeps one channel running while another keeps failing', async () => {
    const logger = recordingLogger();
    const failing = flakyChannels(Array.from({ length: 50 }, () => new Error('Could not find Chrome')));
    const healthy = flakyChannels([]);
    const wa = superviseChannel('wa', failing.factory, { logger, clock: clock, onFatal: () => undefined, wait: recordedWaits(3).wait });
    const tg = superviseChannel('tg', healthy.factory, { logger, clock: clock, onFatal: () => undefined, wait: recordedWaits().wait });
    await Promise.all([wa.start(), tg.start()]);

    await tg.sender.send({ ...message, to: 'tg:1' });
    expect(healthy.built[0]!.sent).toHaveLength(1);
    expect(tg.status().state).toBe('running');
    expect(wa.status().state).toBe('restarting');
    await Promise.all([wa.stop('test'), tg.stop('test')]);
  });

  it('shows what the channel says about itself (degraded: waiting for a QR scan)', async () => {
    const { factory, built } = flakyChannels([]);
    const wa = superviseChannel('wa', factory, { logger: recordingLogger(), clock: clock, onFatal: () => undefined });
    await wa.start();
    built[0]!.events.status('degraded', 'waiting for a QR scan');
    expect(wa.status()).toMatchObject({ state: 'degraded', detail: 'waiting for a QR scan' });
    built[0]!.events.status('running');
    expect(wa.status()).toMatchObject({ state: 'running' });
    expect(wa.status().detail).toBeUndefined();
    await wa.stop('test');
  });
});
