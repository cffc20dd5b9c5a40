/**
 * Issue 14 item 5, order per chat after a reconnect, against the real telegraf and the fake Bot API:
 * while the outbox is still sending a chat's older messages (the first retry after the channel came
 * back), a reply to that chat's new message waits behind them instead of overtaking. Another chat,
 * with nothing pending, is answered at once.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createOutbox } from '../../bots/outbox.js';
import { routerSender } from '../../bots/router-sender.js';
import { createTelegramChannel } from '../../bots/telegram.js';
import { DeliveryError } from '../../core/errors.js';
import type { Sender } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Channel, Outgoing } from '../../core/types.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { FAKE_TOKEN, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';
import { recordingLogger, scriptedConversation, until, virtualTime } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const kept = (text: string): Outgoing => ({ to: 'tg:42', kind: 'answer', text });

describe('reply order after a reconnect', () => {
  it('sends a new reply after the chat’s older outbox messages, even while their retry is in flight', async () => {
    const api = await startFakeBotApi();
    cleanups.push(() => api.close());
    const store = createMemoryStore<LayaniTables>();
    const time = virtualTime();
    const logger = recordingLogger();
    const senders: Partial<Record<Channel, Sender>> = {};
    const outbox = createOutbox({ store, clock: time.clock, logger, deliver: routerSender(senders) });
    // Kept while Telegram was unreachable.
    await outbox.undelivered([kept('lama 1'), kept('lama 2'), kept('lama 3')], new DeliveryError('TRANSIENT', 'tg is not connected (restarting)'));

    const scripted = scriptedConversation();
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      conversation: scripted.conversation,
      logger,
      clock: time.clock,
      sleep: time.sleep,
      undelivered: (messages, error) => outbox.undelivered(messages, error),
      behind: (messages) => outbox.behind(messages),
    });
    senders.tg = channel.sender;
    let open = (): void => undefined;
    api.failNext('sendMessage', { kind: 'hold', until: new Promise<void>((resolve) => (open = resolve)) });
    await channel.start();
    cleanups.push(() => channel.stop('test'));

    // The channel is back: the supervisor's onRunning starts the retry; "lama 1" is now in flight.
    const retried = outbox.retry();
    await until(() => api.calls.some((c) => c.method === 'sendMessage'));
    api.push(updates.text(42, 'halo'));
    api.push(updates.text(7, 'halo juga'));
    // Chat 7 has nothing pending: answered while chat 42's retry is still held.
    await api.waitFor(() => api.sent.some((m) => m.chatId === 7));
    expect(scripted.received.map((m) => m.text)).toEqual(['halo', 'halo juga']);

    open();
    await retried;
    await api.waitFor(() => api.sent.filter((m) => m.chatId === 42).length === 4);
    expect(api.sent.filter((m) => m.chatId === 42).map((m) => m.text)).toEqual(['lama 1', 'lama 2', 'lama 3', 'Anda menulis: halo']);
    expect(outbox.counts()).toEqual({ pending: 0, failed: 0 });
  });
});
