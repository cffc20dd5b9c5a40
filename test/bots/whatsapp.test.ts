/**
 * The WhatsApp channel against a stub client (no Chromium, no WhatsApp). Pacing and
 * reconnect backoff run on virtual time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createWhatsAppChannel, createWhatsAppClient, type WhatsAppChannelOptions } from '../../bots/whatsapp.js';
import type { UserKey } from '../../core/types.js';
import { fakeClientFactory, FakeWaClient } from '../fakes/fake-wa-client.js';
import { LONG_TEXT, MENU_OPTIONS, recordingLogger, scriptedConversation, until, virtualTime } from './helpers.js';

const USER = '6281234567890@c.us';
const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function harness(overrides: Partial<WhatsAppChannelOptions> = {}) {
  const clients = fakeClientFactory();
  const scripted = scriptedConversation();
  const logger = recordingLogger();
  const time = virtualTime();
  const unreachable: UserKey[] = [];
  const qrs: string[] = [];
  const channel = createWhatsAppChannel({
    clientFactory: clients.factory,
    conversation: scripted.conversation,
    logger,
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0.5,
    onUnreachable: (user) => unreachable.push(user),
    showQr: (qr) => qrs.push(qr),
    ...overrides,
  });
  stops.push(() => channel.stop('test'));
  const client = (): FakeWaClient => {
    const latest = clients.latest();
    if (!latest) throw new Error('no client built yet');
    return latest;
  };
  return { channel, clients, client, received: scripted.received, logger, time, unreachable, qrs };
}

/** Started and ready, like a restored session. */
async function ready(overrides: Partial<WhatsAppChannelOptions> = {}) {
  const h = harness(overrides);
  await h.channel.start();
  h.client().becomeReady();
  return h;
}

const contents = (client: FakeWaClient): string[] => client.sent.map((s) => s.content);

describe('whatsapp channel', () => {
  it('routes a private text and replies to the same chat', async () => {
    const h = await ready();
    h.client().receive({ body: 'halo' });
    await until(() => h.client().sent.length === 1);

    expect(h.client().sent).toEqual([{ chatId: USER, content: 'Anda menulis: halo' }]);
    expect(h.received).toEqual([{ from: `wa:${USER}`, text: 'halo', receivedAt: h.time.clock.now() }]);
  });

  it('ignores groups, status broadcasts, newsletters, its own messages and protocol noise', async () => {
    const h = await ready();
    h.client().receive({ from: '120363025@g.us', body: 'halo grup' });
    h.client().receive({ from: 'status@broadcast', body: 'status' });
    h.client().receive({ from: '120363111@newsletter', body: 'berita' });
    h.client().receive({ fromMe: true, body: 'dari kami' });
    h.client().receive({ type: 'revoked', body: '' });
    h.client().receive({ type: 'e2e_notification', body: '' });
    h.client().receive({ body: 'pribadi' });
    await until(() => h.client().sent.length === 1);

    expect(h.received.map((m) => m.text)).toEqual(['pribadi']);
  });

  it('passes media without text as media, and captions as text', async () => {
    const h = await ready();
    h.client().receive({ type: 'sticker', hasMedia: true });
    h.client().receive({ type: 'ptt', hasMedia: true });
    h.client().receive({ type: 'location', body: '/9j/4AAQSkZJRgABAQ…thumbnail' });
    h.client().receive({ type: 'image', hasMedia: true, body: 'ini KTP saya' });
    await until(() => h.client().sent.length === 4);

    expect(h.received.map(({ text, media }) => ({ text, media }))).toEqual([
      { text: '', media: 'sticker' },
      { text: '', media: 'audio' },
      { text: '', media: 'location' },
      { text: 'ini KTP saya', media: undefined },
    ]);
    expect(h.client().sent[0]?.content).toBe('Maaf, saya hanya bisa membaca pesan teks.');
  });

  it('renders options as a numbered list appended to the text', async () => {
    const h = await ready();
    h.client().receive({ body: '/start' });
    await until(() => h.client().sent.length === 2);

    expect(contents(h.client())[1]).toBe(
      [
        'Apa yang bisa kami bantu?',
        '',
        'Balas dengan angka:',
        ...MENU_OPTIONS.map((option, i) => `${i + 1}. ${option.label}`),
      ].join('\n'),
    );
  });

  it('works with @lid ids verbatim', async () => {
    const h = await ready();
    h.client().receive({ from: '123456789012345@lid', body: 'halo' });
    await until(() => h.client().sent.length === 1);

    expect(h.received[0]?.from).toBe('wa:123456789012345@lid');
    expect(h.client().sent[0]?.chatId).toBe('123456789012345@lid');
    await h.channel.sender.send({ to: 'wa:123456789012345@lid', kind: 'reminder', text: 'Besok jam 09.00' });
    expect(h.client().sent[1]).toEqual({ chatId: '123456789012345@lid', content: 'Besok jam 09.00' });
  });

  it('splits a long answer into ≤4096-character messages, in order', async () => {
    const h = await ready();
    h.client().receive({ body: 'panjang' });
    await until(() => h.client().sent.length === 2);

    expect(contents(h.client()).every((c) => c.length <= 4096)).toBe(true);
    expect(contents(h.client()).join('\n\n')).toBe(LONG_TEXT);
  });

  it('spaces sends by the interval plus jitter, across chats, in order per chat', async () => {
    const h = await ready({ sendIntervalMs: 1000, sendJitterMs: 500 });
    const sends = ['a', 'b', 'c'].map((text, i) =>
      h.channel.sender.send({ to: i === 1 ? 'wa:6289999999999@c.us' : `wa:${USER}`, kind: 'announcement', text }),
    );
    await Promise.all(sends);

    expect(contents(h.client())).toEqual(['a', 'b', 'c']);
    // random() = 0.5 → 250 ms of jitter on top of the 1000 ms gap; the first send goes at once.
    expect(h.time.sleeps).toEqual([1250, 1250]);
  });

  it('builds a new client after a disconnect, with backoff, and ignores the old one', async () => {
    const h = await ready();
    const first = h.client();
    first.emit('disconnected', 'CONFLICT');
    await until(() => h.clients.clients.length === 2);
    const second = h.client();
    await until(() => second.initializeCalls === 1);

    expect(first.destroyCalls).toBe(1);
    expect(h.time.sleeps).toEqual([2000]);
    first.receive({ body: 'dari klien lama' });
    second.becomeReady();
    second.receive({ body: 'halo lagi' });
    await until(() => second.sent.length === 1);

    expect(h.received.map((m) => m.text)).toEqual(['halo lagi']);
    expect(first.sent).toEqual([]);
    expect(h.logger.entries.map((e) => e.event)).toEqual(
      expect.arrayContaining(['whatsapp.disconnected', 'whatsapp.reconnected']),
    );
  });

  it('keeps retrying a failed reconnect with growing delays', async () => {
    const clients: FakeWaClient[] = [];
    const factory = (): FakeWaClient => {
      const client = new FakeWaClient();
      // The first replacement fails to launch; the next one works.
      if (clients.length === 1) client.initializeError = new Error('Target closed');
      clients.push(client);
      return client;
    };
    const h = harness({ clientFactory: factory });
    await h.channel.start();
    clients[0]?.becomeReady();
    clients[0]?.emit('disconnected', 'LOGOUT');
    await until(() => clients[2]?.initializeCalls === 1);

    expect(h.time.sleeps).toEqual([2000, 4000]);
    expect(clients[1]?.destroyCalls).toBe(1);
    const disconnected = h.logger.entries.find((e) => e.event === 'whatsapp.disconnected');
    expect(disconnected?.fields['reason']).toBe('LOGOUT');
  });

  it('cannot reconnect without a factory, and says so', async () => {
    const client = new FakeWaClient();
    const h = harness({ clientFactory: undefined, client });
    await h.channel.start();
    client.becomeReady();
    client.emit('disconnected', 'UNPAIRED');
    await until(() => h.logger.entries.some((e) => e.event === 'whatsapp.reconnect_unavailable'));
    expect(client.destroyCalls).toBe(1);
  });

  it('keeps running after the conversation throws: the user is told, the next message is answered', async () => {
    const h = await ready();
    h.client().receive({ body: 'error' });
    h.client().receive({ body: 'halo' });
    await until(() => h.client().sent.length === 2);

    expect(contents(h.client())).toEqual([expect.stringMatching(/^Maaf, terjadi gangguan/), 'Anda menulis: halo']);
  });

  it('retries a transient send failure, then delivers', async () => {
    const h = await ready();
    h.client().sendFailures.push(new Error('Attempted to use detached Frame'));
    await h.channel.sender.send({ to: `wa:${USER}`, kind: 'reminder', text: 'Besok jam 09.00' });

    expect(contents(h.client())).toEqual(['Besok jam 09.00']);
    // 1000 ms of backoff, then 250 ms more to complete the 1250 ms gap since the failed attempt.
    expect(h.time.sleeps).toEqual([1000, 250]);
  });

  it('reports an unknown recipient as UNREACHABLE', async () => {
    const h = await ready();
    h.client().sendFailures.push(new Error('invalid wid'));
    const sending = h.channel.sender.send({ to: `wa:${USER}`, kind: 'reminder', text: 'x' });

    await expect(sending).rejects.toMatchObject({ code: 'UNREACHABLE' });
    expect(h.unreachable).toEqual([`wa:${USER}`]);
  });

  it('fails sends as TRANSIENT while not connected (before the QR is scanned)', async () => {
    const h = harness();
    await h.channel.start();
    const sending = h.channel.sender.send({ to: `wa:${USER}`, kind: 'reminder', text: 'x' });

    await expect(sending).rejects.toMatchObject({ code: 'TRANSIENT' });
    await expect(sending).rejects.toThrow(/not connected/);
    expect(h.time.sleeps).toEqual([1000, 2000]);
  });

  it('shows the login QR and logs the login steps', async () => {
    const h = harness();
    await h.channel.start();
    h.client().emit('qr', '2@abc');
    h.client().becomeReady();

    expect(h.qrs).toEqual(['2@abc']);
    expect(h.logger.entries.map((e) => e.event)).toEqual([
      'whatsapp.started',
      'whatsapp.qr',
      'whatsapp.authenticated',
      'whatsapp.ready',
    ]);
  });

  it('raises an alarm when ready does not follow authenticated', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const h = harness({ readyTimeoutMs: 180_000 });
      await h.channel.start();
      h.client().emit('authenticated');
      await vi.advanceTimersByTimeAsync(179_000);
      expect(h.logger.entries.some((e) => e.event === 'whatsapp.not_ready')).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(h.logger.entries.some((e) => e.event === 'whatsapp.not_ready')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns a missing browser at start into a fix-it error', async () => {
    const client = new FakeWaClient();
    client.initializeError = new Error('Could not find Chrome (ver. 146.0.7680.153).');
    const h = harness({ clientFactory: undefined, client });

    await expect(h.channel.start()).rejects.toThrow(/apt-get install chromium or set CHROMIUM_PATH/);
    expect(client.destroyCalls).toBe(1);
  });

  it('stops: destroys the client and ignores later messages', async () => {
    const h = await ready();
    await h.channel.stop('test');
    h.client().receive({ body: 'terlambat' });
    // A second stop drains the queues again: anything dispatched would have been handled by now.
    await h.channel.stop('again');

    expect(h.client().destroyCalls).toBe(1);
    expect(h.received).toEqual([]);
  });
});

describe('createWhatsAppClient', () => {
  it('says how to fix a missing Chromium', () => {
    expect(() => createWhatsAppClient({ dataDir: '/tmp/layani-wa', chromiumPath: '/usr/bin/chromium-missing' })).toThrow(
      'Chromium not found at /usr/bin/chromium-missing: apt-get install chromium or set CHROMIUM_PATH',
    );
  });

  it('builds the real client (no browser yet) with LocalAuth, a local web cache and container flags', () => {
    // Any existing file passes the path check; constructing the Client launches nothing.
    const client = createWhatsAppClient({ dataDir: '/tmp/layani-wa', chromiumPath: process.execPath });
    const options = (client as unknown as { options: Record<string, unknown> }).options;

    expect(options['webVersionCache']).toEqual({ type: 'local', path: '/tmp/layani-wa/wwebjs_cache' });
    expect(options['puppeteer']).toMatchObject({ executablePath: process.execPath, headless: true });
    expect((options['puppeteer'] as { args: string[] }).args).toContain('--disable-dev-shm-usage');
    expect((options['authStrategy'] as { dataPath: string }).dataPath).toMatch(/\/tmp\/layani-wa\/wwebjs_auth$/);
  });
});
