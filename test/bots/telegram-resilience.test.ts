/**
 * Issue 14 items 3, 5, 6 and 8 against the real telegraf and the fake Bot API on 127.0.0.1:
 * polling never goes deaf (409 retried, 401 fatal, outages logged once), every request has a
 * timeout, updates are on disk before they are confirmed and answered at most once after a crash,
 * the global limiter keeps under 30/s, and the polish users notice (command menus, no link cards,
 * a webhook that listens locally with a body limit).
 */
import { request } from 'node:http';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createInboundLog } from '../../bots/inbound-log.js';
import { createRateLimiter, realSleep } from '../../bots/rate-limiter.js';
import { type ChannelEvents, FatalChannelError } from '../../bots/supervisor.js';
import { createTelegramChannel, DEFAULT_LIMITS, type TelegramChannelOptions } from '../../bots/telegram.js';
import { CITIZEN_COMMANDS, STAFF_COMMANDS } from '../../bots/telegram-api.js';
import type { LayaniTables } from '../../core/records.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { FAKE_TOKEN, type FakeBotApi, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';
import { changed, recordingLogger, scriptedConversation, until, virtualTime } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function recordingEvents() {
  const failures: unknown[] = [];
  const events: ChannelEvents = {
    status: () => undefined,
    failed: (error) => {
      failures.push(error);
      changed();
    },
  };
  return { events, failures };
}

async function started(overrides: Partial<TelegramChannelOptions> = {}, api?: FakeBotApi) {
  const fake = api ?? (await startFakeBotApi());
  if (!api) cleanups.push(() => fake.close());
  const logger = recordingLogger();
  const time = virtualTime();
  const scripted = scriptedConversation();
  const { events, failures } = recordingEvents();
  const channel = createTelegramChannel({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    conversation: scripted.conversation,
    logger,
    clock: time.clock,
    sleep: time.sleep,
    events,
    ...overrides,
  });
  await channel.start();
  cleanups.push(() => channel.stop('test'));
  return { api: fake, channel, logger, failures, received: scripted.received };
}

const events = (logger: ReturnType<typeof recordingLogger>) => logger.entries.map((e) => e.event);

describe('telegram never goes deaf (item 3)', () => {
  it('reports a 409 conflict with a hint, so the supervisor restarts polling with backoff', async () => {
    const h = await started();
    h.api.failNext('getUpdates', { kind: 'conflict' });
    h.api.push(updates.text(42, 'halo'));
    await until(() => h.failures.length === 1);

    expect(h.failures[0]).not.toBeInstanceOf(FatalChannelError);
    const failed = h.logger.entries.find((e) => e.event === 'telegram.polling_failed');
    expect(failed?.fields['hint']).toMatch(/another process polls with this token, or a webhook is set/);
  });

  it('treats a 401 in the middle of polling as fatal (the service manager shows it)', async () => {
    const h = await started();
    h.api.failNext('getUpdates', { kind: 'unauthorized' });
    h.api.push(updates.text(42, 'halo'));
    await until(() => h.failures.length === 1);
    expect(h.failures[0]).toBeInstanceOf(FatalChannelError);
    expect((h.failures[0] as Error).message).toContain('@BotFather');
  });

  it('logs a polling outage once and its recovery once', async () => {
    const h = await started();
    for (let i = 0; i < 3; i++) h.api.failNext('getUpdates', { kind: 'rate-limit', retryAfter: 0 });
    h.api.push(updates.text(42, 'halo'));
    await until(() => events(h.logger).includes('telegram.polling_down'));
    h.api.push(updates.text(42, 'lagi'));
    await until(() => events(h.logger).includes('telegram.polling_recovered'));
    await until(() => h.received.length === 2);
    expect(events(h.logger).filter((e) => e === 'telegram.polling_down')).toHaveLength(1);
    expect(events(h.logger).filter((e) => e === 'telegram.polling_recovered')).toHaveLength(1);
  });

  it('gives every Bot API request a timeout: a hung sendMessage fails as TRANSIENT', async () => {
    const h = await started({ requestTimeoutMs: 300, limits: { maxRetries: 0 } });
    h.api.failNext('sendMessage', { kind: 'hang' });
    await expect(h.channel.sender.send({ to: 'tg:42', kind: 'answer', text: 'halo' })).rejects.toMatchObject({
      code: 'TRANSIENT',
      message: expect.stringContaining('timed out') as unknown,
    });
  });
});

describe('incoming updates are durable and answered at most once (item 5)', () => {
  it('records the update before telegraf confirms it, and marks it answered after the reply', async () => {
    const store = createMemoryStore<LayaniTables>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = await startFakeBotApi();
    cleanups.push(() => api.close());
    const logger = recordingLogger();
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      conversation: scriptedConversation({ hold: () => gate }).conversation,
      logger,
      inbound: createInboundLog(store, virtualTime().clock),
    });
    await channel.start();
    cleanups.push(() => channel.stop('test'));
    api.push(updates.text(42, 'halo'));
    // telegraf asks for offset 2 only after our handler returned: by then the update is stored.
    await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates' && c.body['offset'] === 2));
    expect(store.table('inbound').get('tg:1')).toMatchObject({ state: 'received' });
    release();
    await api.waitFor(() => api.sent.length === 1);
    await until(() => store.table('inbound').get('tg:1')?.state === 'answered');
    expect(store.table('inbound').get('tg:1')?.payload).toBeUndefined();
  });

  it('after a crash, answers what was confirmed but not answered, and never answers an update id twice', async () => {
    const store = createMemoryStore<LayaniTables>();
    const clock = virtualTime().clock;
    // What a process killed mid-answer leaves behind: update 500 confirmed, stored, unanswered.
    store.table('inbound').put({ id: 'tg:500', state: 'received', payload: { ...updates.text(42, 'sebelum crash'), update_id: 500 }, receivedAt: clock.now().toISOString() });
    store.table('inbound').put({ id: 'tg:499', state: 'answered', receivedAt: clock.now().toISOString() });

    const h = await started({ inbound: createInboundLog(store, clock) });
    await h.api.waitFor(() => h.api.sent.length === 1);
    expect(h.api.sent[0]?.text).toBe('Anda menulis: sebelum crash');

    // Telegram redelivers both (it never saw them confirmed), then a new one arrives.
    h.api.push(updates.text(42, 'sebelum crash'), 500);
    h.api.push(updates.text(42, 'sudah dijawab'), 499);
    h.api.push(updates.text(42, 'baru'), 501);
    await h.api.waitFor(() => h.api.sent.length === 2);
    await h.channel.stop('check');
    expect(h.api.sent.map((m) => m.text)).toEqual(['Anda menulis: sebelum crash', 'Anda menulis: baru']);
    expect(h.logger.entries.filter((e) => e.event === 'telegram.update_seen_before')).toHaveLength(2);
  });
});

describe('rate limits as Telegram means them (item 6)', () => {
  it('lets at most 30 messages out in the first second after idle, and 25/s after that', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const limiter = createRateLimiter({ ...DEFAULT_LIMITS, now: () => Date.now(), sleep: realSleep });
      const start = Date.now();
      const at: number[] = [];
      const all = Array.from({ length: 100 }, (_, i) => limiter.acquire(`tg:${i}`).then(() => at.push(Date.now() - start)));
      await vi.advanceTimersByTimeAsync(5000);
      await Promise.all(all);
      expect(at.filter((t) => t < 1000).length).toBeLessThanOrEqual(30);
      expect(at.filter((t) => t >= 1000 && t < 2000).length).toBeLessThanOrEqual(26);
      expect(at).toHaveLength(100);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a 429 holds the sends already queued, not only the next one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const limiter = createRateLimiter({ ...DEFAULT_LIMITS, now: () => Date.now(), sleep: realSleep });
      const start = Date.now();
      const at: number[] = [];
      const all = Array.from({ length: 20 }, (_, i) => limiter.acquire(`tg:${i}`).then(() => at.push(Date.now() - start)));
      await vi.advanceTimersByTimeAsync(0);
      const before = at.length;
      limiter.pauseFor(7000);
      await vi.advanceTimersByTimeAsync(6999);
      expect(at.length).toBe(before);
      await vi.advanceTimersByTimeAsync(2000);
      await Promise.all(all);
      expect(at.slice(before).every((t) => t >= 7000)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('telegram polish (item 8)', () => {
  it('sets the citizen command menu, and the staff menu scoped to each staff chat', async () => {
    const h = await started({ staffChats: [7001, 7002] });
    const calls = h.api.calls.filter((c) => c.method === 'setMyCommands').map((c) => c.body);
    expect(calls).toEqual([
      { commands: CITIZEN_COMMANDS },
      { commands: STAFF_COMMANDS, scope: { type: 'chat', chat_id: 7001 } },
      { commands: STAFF_COMMANDS, scope: { type: 'chat', chat_id: 7002 } },
    ]);
  });

  it('turns link previews off for answers with links, and only for those', async () => {
    const h = await started();
    await h.channel.sender.send({ to: 'tg:42', kind: 'answer', text: 'Daftar di https://antrean.example.go.id' });
    await h.channel.sender.send({ to: 'tg:42', kind: 'answer', text: 'Tanpa tautan' });
    const bodies = h.api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.body['link_preview_options']);
    expect(bodies).toEqual([{ is_disabled: true }, undefined]);
  });

  it('listens for webhooks on 127.0.0.1 by default, refuses oversized bodies and logs rejections', async () => {
    const port = 18_000 + Math.floor(Math.random() * 2000);
    const h = await started({ webhook: { url: 'https://bot.mpp.example.go.id/tg/hook', secret: 'rahasia_123', port } });
    const post = (body: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/tg/hook', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    expect(await post('x'.repeat(2 * 1024 * 1024), { 'x-telegram-bot-api-secret-token': 'rahasia_123' }).catch(() => 413)).toBe(413);
    expect(await post(JSON.stringify({ update_id: 1, ...updates.text(42, 'halo') }), { 'x-telegram-bot-api-secret-token': 'salah' })).toBe(403);
    const rejected = h.logger.entries.filter((e) => e.event === 'telegram.webhook_rejected').map((e) => e.fields['status']);
    expect(rejected).toEqual([413, 403]);
  });
});
