/**
 * The real telegraf against the fake Bot API on 127.0.0.1: no test talks to Telegram.
 * Rate limits, retry_after and backoff run on virtual time (see helpers.virtualTime).
 */
import { createServer } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createTelegramChannel, mapTelegramError, type TelegramChannelOptions } from '../../bots/telegram.js';
import { DeliveryError } from '../../core/errors.js';
import type { Conversation } from '../../core/ports.js';
import type { UserKey } from '../../core/types.js';
import { FAKE_TOKEN, type FakeBotApi, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';
import { LONG_TEXT, MENU_OPTIONS, recordingLogger, scriptedConversation, virtualTime } from './helpers.js';

interface Harness {
  readonly api: FakeBotApi;
  readonly received: ReturnType<typeof scriptedConversation>['received'];
  readonly logger: ReturnType<typeof recordingLogger>;
  readonly time: ReturnType<typeof virtualTime>;
  readonly unreachable: UserKey[];
  readonly channel: ReturnType<typeof createTelegramChannel>;
}

const cleanups: (() => Promise<void>)[] = [];
const loggers: ReturnType<typeof recordingLogger>[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  // Whatever happened in the test, the token never reached a log line.
  for (const logger of loggers.splice(0)) expect(logger.text()).not.toContain(FAKE_TOKEN);
});

async function harness(
  overrides: Partial<TelegramChannelOptions> & { conversation?: Conversation; hold?: (text: string) => Promise<void> | undefined } = {},
): Promise<Harness> {
  const api = await startFakeBotApi();
  cleanups.push(() => api.close());
  const scripted = scriptedConversation({ hold: (message) => overrides.hold?.(message.text) });
  const logger = recordingLogger();
  loggers.push(logger);
  const time = virtualTime();
  const unreachable: UserKey[] = [];
  const channel = createTelegramChannel({
    token: FAKE_TOKEN,
    apiRoot: api.apiRoot,
    conversation: scripted.conversation,
    logger,
    clock: time.clock,
    sleep: time.sleep,
    onUnreachable: (user) => unreachable.push(user),
    ...overrides,
  });
  return { api, received: scripted.received, logger, time, unreachable, channel };
}

async function started(overrides: Parameters<typeof harness>[0] = {}): Promise<Harness> {
  const h = await harness(overrides);
  await h.channel.start();
  cleanups.push(() => h.channel.stop('test'));
  return h;
}

const textsTo = (api: FakeBotApi, chatId: number): string[] => api.sent.filter((m) => m.chatId === chatId).map((m) => m.text);

describe('telegram channel', () => {
  it('routes a private text message to the conversation and sends the reply', async () => {
    const h = await started();
    h.api.push(updates.text(42, 'halo'));
    await h.api.waitFor(() => h.api.sent.length === 1);

    expect(h.api.sent[0]).toMatchObject({ chatId: 42, text: 'Anda menulis: halo' });
    expect(h.received).toEqual([
      { from: 'tg:42', text: 'halo', receivedAt: h.time.clock.now(), displayName: 'Siti Aminah' },
    ]);
    expect(h.api.calls.map((c) => c.method).slice(0, 4)).toEqual(['getMe', 'setMyCommands', 'deleteWebhook', 'getUpdates']);
  });

  it('passes /start through as text and renders options as an inline keyboard', async () => {
    const h = await started();
    h.api.push(updates.text(42, '/start'));
    await h.api.waitFor(() => h.api.sent.length === 2);

    expect(h.received[0]?.text).toBe('/start');
    const [greeting, menu] = h.api.sent;
    expect(greeting?.replyMarkup).toBeUndefined();
    expect(menu?.text).toBe('Apa yang bisa kami bantu?');
    const buttons = menu?.replyMarkup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(MENU_OPTIONS.map((o) => o.label));
    const data = buttons.map((b) => ('callback_data' in b ? b.callback_data : ''));
    expect(data.slice(0, 2)).toEqual(['menu:sim', 'menu:book']);
    // The third value is 80+ bytes: it travels as a short id.
    expect(Buffer.byteLength(data[2] ?? '')).toBeLessThanOrEqual(64);
    expect(data[2]).not.toBe(MENU_OPTIONS[2].value);
  });

  it('answers a callback query, removes the keyboard and routes the option value (short id too)', async () => {
    const h = await started();
    h.api.push(updates.text(42, '/start'));
    await h.api.waitFor(() => h.api.sent.length === 2);
    const buttons = h.api.sent[1]?.replyMarkup?.inline_keyboard.flat() ?? [];
    const longData = buttons[2] && 'callback_data' in buttons[2] ? buttons[2].callback_data : '';

    h.api.push(updates.callback(42, 'menu:sim', h.api.sent[1]?.messageId));
    await h.api.waitFor(() => h.api.sent.length === 3);
    h.api.push(updates.callback(42, longData, h.api.sent[1]?.messageId));
    await h.api.waitFor(() => h.api.sent.length === 4);

    expect(h.received.slice(1).map((m) => m.text)).toEqual(['menu:sim', MENU_OPTIONS[2].value]);
    expect(textsTo(h.api, 42).slice(2)).toEqual(['Anda menulis: menu:sim', `Anda menulis: ${MENU_OPTIONS[2].value}`]);
    const answers = h.api.calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(answers).toHaveLength(2);
    expect(answers[0]?.body['text']).toBeUndefined();
    await h.api.waitFor(() => h.api.calls.filter((c) => c.method === 'editMessageReplyMarkup').length === 2);
  });

  it('answers a callback whose short id was never issued (restart) without routing it', async () => {
    const h = await started();
    h.api.push(updates.callback(42, '~#zz'));
    await h.api.waitFor(() => h.api.calls.some((c) => c.method === 'answerCallbackQuery'));
    h.api.push(updates.text(42, 'halo'));
    await h.api.waitFor(() => h.api.sent.length === 1);

    const answer = h.api.calls.find((c) => c.method === 'answerCallbackQuery');
    expect(answer?.body['text']).toMatch(/kedaluwarsa/);
    expect(h.received.map((m) => m.text)).toEqual(['halo']);
  });

  it('splits a long answer into ≤4096-character messages, in order', async () => {
    const h = await started();
    h.api.push(updates.text(42, 'panjang'));
    await h.api.waitFor(() => h.api.sent.length === 2);

    const texts = textsTo(h.api, 42);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(texts.join('\n\n')).toBe(LONG_TEXT);
    // The chunks went out within the per-chat burst: no waiting.
    expect(h.time.sleeps).toEqual([]);
  });

  it('honours 429 retry_after: pauses, then retries the same message', async () => {
    const h = await started();
    h.api.failNext('sendMessage', { kind: 'rate-limit', retryAfter: 7 });
    h.api.push(updates.text(42, 'halo'));
    await h.api.waitFor(() => h.api.sent.length === 1);

    const attempts = h.api.calls.filter((c) => c.method === 'sendMessage');
    expect(attempts.map((c) => [c.faulted, c.body['text']])).toEqual([
      [true, 'Anda menulis: halo'],
      [false, 'Anda menulis: halo'],
    ]);
    expect(h.time.sleeps).toEqual([7000]);
    expect(h.logger.entries).toContainEqual(expect.objectContaining({ event: 'telegram.send_retry' }));
  });

  it('gives up on a retry_after longer than maxRetryAfterMs (flagged bot)', async () => {
    const h = await started({ limits: { maxRetryAfterMs: 5000 } });
    h.api.failNext('sendMessage', { kind: 'rate-limit', retryAfter: 3600 });
    const sending = h.channel.sender.send({ to: 'tg:42', kind: 'reminder', text: 'Besok jam 09.00' });

    await expect(sending).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 3_600_000 });
    expect(h.time.sleeps).toEqual([]);
  });

  it('retries 5xx and dropped connections with bounded backoff', async () => {
    const h = await started();
    h.api.failNext('sendMessage', { kind: 'server-error' });
    h.api.failNext('sendMessage', { kind: 'drop-connection' });
    await h.channel.sender.send({ to: 'tg:42', kind: 'reminder', text: 'Besok jam 09.00' });

    expect(textsTo(h.api, 42)).toEqual(['Besok jam 09.00']);
    expect(h.time.sleeps).toEqual([500, 1000]);
  });

  it('stops retrying after maxRetries and reports TRANSIENT', async () => {
    const h = await started({ limits: { maxRetries: 1 } });
    h.api.failNext('sendMessage', { kind: 'server-error' });
    h.api.failNext('sendMessage', { kind: 'server-error' });

    await expect(h.channel.sender.send({ to: 'tg:42', kind: 'reminder', text: 'x' })).rejects.toMatchObject({
      code: 'TRANSIENT',
    });
    expect(h.api.sent).toEqual([]);
  });

  it('marks a user who blocked the bot unreachable (403), from replies and from sender.send', async () => {
    const h = await started();
    h.api.failNext('sendMessage', { kind: 'blocked' });
    h.api.push(updates.text(42, 'halo'));
    await h.api.waitFor(() => h.unreachable.length === 1);

    h.api.failNext('sendMessage', { kind: 'blocked' });
    const sending = h.channel.sender.send({ to: 'tg:77', kind: 'reminder', text: 'Besok jam 09.00' });
    await expect(sending).rejects.toBeInstanceOf(DeliveryError);
    await expect(sending).rejects.toMatchObject({ code: 'UNREACHABLE' });
    expect(h.unreachable).toEqual(['tg:42', 'tg:77']);
  });

  it('keeps running after the conversation throws: the user is told, the next update is answered', async () => {
    const h = await started();
    h.api.push(updates.text(42, 'error'));
    await h.api.waitFor(() => h.api.sent.length === 1);
    h.api.push(updates.text(42, 'halo'));
    await h.api.waitFor(() => h.api.sent.length === 2);

    expect(textsTo(h.api, 42)).toEqual([expect.stringMatching(/^Maaf, terjadi gangguan/), 'Anda menulis: halo']);
    expect(h.logger.entries).toContainEqual(expect.objectContaining({ level: 'error', event: 'telegram.handler_failed' }));
  });

  it('keeps per-chat order while a slow turn runs, without holding up other chats', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = await started({ hold: (text) => (text === 'pelan' ? gate : undefined) });
    h.api.push(updates.text(42, 'pelan'));
    h.api.push(updates.text(42, 'cepat'));
    h.api.push(updates.text(77, 'lain'));
    // The other chat is answered while the slow turn is still held.
    await h.api.waitFor(() => h.api.sent.length === 1);
    release();
    await h.api.waitFor(() => h.api.sent.length === 3);

    expect(h.api.sent[0]).toMatchObject({ chatId: 77, text: 'Anda menulis: lain' });
    expect(textsTo(h.api, 42)).toEqual(['Anda menulis: pelan', 'Anda menulis: cepat']);
  });

  it('paces sends to one chat at 1/s after a burst of 3', async () => {
    const h = await started();
    for (let i = 1; i <= 5; i++) void h.channel.sender.send({ to: 'tg:42', kind: 'announcement', text: `pesan ${i}` });
    await h.api.waitFor(() => h.api.sent.length === 5);

    expect(textsTo(h.api, 42)).toEqual(['pesan 1', 'pesan 2', 'pesan 3', 'pesan 4', 'pesan 5']);
    expect(h.time.sleeps).toEqual([1000, 1000]);
  });

  it('ignores group chats, maps stickers to media and reads photo captions as text', async () => {
    const h = await started();
    h.api.push(updates.text(-100, 'halo grup', 'group'));
    h.api.push(updates.sticker(42));
    h.api.push(updates.photo(42, 'ini KTP saya'));
    await h.api.waitFor(() => h.api.sent.length === 2);

    expect(h.received.map(({ text, media }) => ({ text, media }))).toEqual([
      { text: '', media: 'sticker' },
      { text: 'ini KTP saya', media: undefined },
    ]);
    expect(h.api.sent.every((m) => m.chatId === 42)).toBe(true);
  });

  it('rejects a wrong token at start with a clear message that does not contain the token', async () => {
    const h = await harness({ token: '987654321:WrongTokenWrongTokenWrongToken_xyz' });
    await expect(h.channel.start()).rejects.toThrow(
      'TELEGRAM_BOT_TOKEN was rejected by Telegram (401): check the token from @BotFather',
    );
    expect(h.api.calls).toEqual([]);
  });

  it('fails start with a redacted message when the API cannot be reached', async () => {
    const port = await closedPort();
    const h = await harness({ apiRoot: `http://127.0.0.1:${port}` });
    const error = await h.channel.start().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/Cannot reach the Telegram Bot API/);
    expect(error?.message).not.toContain(FAKE_TOKEN);
  });

  it('serves a webhook: checks the secret, routes updates, replies through the API', async () => {
    const port = await closedPort();
    const webhook = { url: 'https://layani.example.go.id/tg/hook', secret: 'rahasia_123', port };
    const h = await started({ webhook });
    expect(h.api.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({
      url: webhook.url,
      secret_token: webhook.secret,
    });

    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${port}/tg/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify({ update_id: 1, ...updates.text(42, 'halo') }),
      });
    expect((await post('wrong')).status).toBe(403);
    expect((await post(webhook.secret)).status).toBe(200);
    await h.api.waitFor(() => h.api.sent.length === 1);
    expect(h.api.sent[0]?.text).toBe('Anda menulis: halo');
    expect(h.api.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('refuses a webhook secret Telegram would reject', () => {
    const logger = recordingLogger();
    const make = () =>
      createTelegramChannel({
        token: FAKE_TOKEN,
        webhook: { url: 'https://x.example/hook', secret: 'has spaces' },
        conversation: scriptedConversation().conversation,
        logger,
      });
    expect(make).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it('can be stopped while still starting', async () => {
    const h = await harness();
    const starting = h.channel.start();
    await h.channel.stop('test');
    await starting;
    expect(h.logger.entries).toContainEqual(expect.objectContaining({ event: 'telegram.polling_stopped' }));
  });

  it('stops cleanly: polling ends and stop() resolves', async () => {
    const h = await harness();
    await h.channel.start();
    await h.channel.stop('test');
    expect(h.logger.entries).toContainEqual(expect.objectContaining({ event: 'telegram.polling_stopped' }));
  });
});

describe('mapTelegramError', () => {
  it('redacts a token from unexpected errors', () => {
    const error = mapTelegramError(new Error(`request to /bot${FAKE_TOKEN}/sendMessage failed`), FAKE_TOKEN);
    expect(error.message).not.toContain(FAKE_TOKEN);
    expect(error.code).toBe('REJECTED');
  });
});

/** A port nothing listens on (listen on 0, read it, close). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
