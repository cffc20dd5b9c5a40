/**
 * Issue 14 item 5: a reply that failed for a temporary reason is kept in the store and sent later
 * in its original order per chat; a permanent refusal is recorded with its reason (no text).
 * The real file store on a temp folder proves "kept" survives a restart.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createOutbox } from '../../bots/outbox.js';
import { DeliveryError } from '../../core/errors.js';
import type { Sender } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Outgoing } from '../../core/types.js';
import { openJsonStore } from '../../data/store/json-store.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { FakeClock } from '../fakes/clock.js';
import { recordingLogger } from './helpers.js';

/** A channel that is down until `up = true`; `refuse` answers a permanent error for a chat. */
function switchableChannel() {
  const delivered: Outgoing[] = [];
  const state = { up: false, refuse: new Set<string>() };
  const sender: Sender = {
    send(message) {
      if (state.refuse.has(message.to)) return Promise.reject(new DeliveryError('UNREACHABLE', 'Telegram 403: Forbidden: bot was blocked by the user'));
      if (!state.up) return Promise.reject(new DeliveryError('TRANSIENT', 'tg is not connected (restarting)'));
      delivered.push(message);
      return Promise.resolve();
    },
  };
  return { sender, delivered, state };
}

const clock = new FakeClock('2026-11-30T08:00:00+07:00');
const msg = (to: Outgoing['to'], text: string): Outgoing => ({ to, kind: 'answer', text });

describe('outbox', () => {
  it('keeps messages while the channel is down and sends them in order per chat when it is back', async () => {
    const store = createMemoryStore<LayaniTables>();
    const channel = switchableChannel();
    const outbox = createOutbox({ store, clock, logger: recordingLogger(), deliver: channel.sender });

    await outbox.sender.send(msg('tg:1', 'satu'));
    await outbox.undelivered([msg('tg:1', 'dua'), msg('tg:1', 'tiga')], new DeliveryError('RATE_LIMITED', '429', 120_000));
    await outbox.sender.send(msg('tg:2', 'lain'));
    expect(outbox.counts()).toEqual({ pending: 4, failed: 0 });

    channel.state.up = true;
    // A new message for a chat with pending ones queues behind them instead of overtaking.
    await outbox.sender.send(msg('tg:1', 'empat'));
    expect(channel.delivered).toEqual([]);
    expect(await outbox.retry()).toBe(5);
    expect(channel.delivered.filter((m) => m.to === 'tg:1').map((m) => m.text)).toEqual(['satu', 'dua', 'tiga', 'empat']);
    expect(outbox.counts()).toEqual({ pending: 0, failed: 0 });
  });

  it('records a permanent refusal with its reason and without the text, and tells the caller', async () => {
    const store = createMemoryStore<LayaniTables>();
    const channel = switchableChannel();
    channel.state.refuse.add('tg:9');
    const outbox = createOutbox({ store, clock, logger: recordingLogger(), deliver: channel.sender });

    await expect(outbox.sender.send(msg('tg:9', 'rahasia'))).rejects.toMatchObject({ code: 'UNREACHABLE' });
    await outbox.undelivered([msg('tg:9', 'terlalu panjang')], new DeliveryError('REJECTED', 'Telegram 400: Bad Request: message is too long'));
    const rows = [...store.table('outbox').values()];
    expect(rows.map((r) => [r.state, r.reason?.split(':')[0]])).toEqual([
      ['failed', 'UNREACHABLE'],
      ['failed', 'REJECTED'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('rahasia');
    expect(outbox.counts()).toEqual({ pending: 0, failed: 2 });
  });

  it('stops a chat at its first temporary failure and keeps the rest for the next pass', async () => {
    const store = createMemoryStore<LayaniTables>();
    const channel = switchableChannel();
    const outbox = createOutbox({ store, clock, logger: recordingLogger(), deliver: channel.sender });
    await outbox.sender.send(msg('tg:1', 'a'));
    await outbox.sender.send(msg('tg:1', 'b'));
    expect(await outbox.retry()).toBe(0);
    expect([...store.table('outbox').values()].map((r) => r.attempts)).toEqual([1, 0]);
  });

  it('survives a restart: kept messages are on disk and go out from the next process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layani-outbox-'));
    const first = await openJsonStore<LayaniTables>(dir);
    const down = switchableChannel();
    await createOutbox({ store: first, clock, logger: recordingLogger(), deliver: down.sender }).sender.send(msg('wa:1@c.us', 'pengingat'));
    await first.close();

    const second = await openJsonStore<LayaniTables>(dir);
    const up = switchableChannel();
    up.state.up = true;
    const outbox = createOutbox({ store: second, clock, logger: recordingLogger(), deliver: up.sender });
    expect(await outbox.retry()).toBe(1);
    expect(up.delivered.map((m) => m.text)).toEqual(['pengingat']);
    await second.close();
  });
});
