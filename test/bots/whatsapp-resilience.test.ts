/**
 * Issue 14 item 9 against the fake WhatsApp client: state changes and refused messages are logged
 * with what to do, an incoming call gets a polite text, a new QR is printed at most once a minute,
 * and the supervisor is told how the channel is doing (for /healthz).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { type ChannelEvents, superviseChannel } from '../../bots/supervisor.js';
import { CALL_REPLY, createWhatsAppChannel, createWhatsAppClient } from '../../bots/whatsapp.js';
import { fakeClientFactory, FakeWaClient } from '../fakes/fake-wa-client.js';
import { changed, recordingLogger, scriptedConversation, until, virtualTime } from './helpers.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function ready() {
  const clients = fakeClientFactory();
  const logger = recordingLogger();
  const time = virtualTime();
  const qrs: string[] = [];
  const statuses: string[] = [];
  const events: ChannelEvents = { status: (state, detail) => statuses.push(detail ? `${state}: ${detail}` : state), failed: () => undefined };
  const channel = createWhatsAppChannel({
    clientFactory: clients.factory,
    conversation: scriptedConversation().conversation,
    logger,
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0,
    showQr: (qr) => qrs.push(qr),
    events,
  });
  stops.push(() => channel.stop('test'));
  await channel.start();
  const client = clients.latest() as FakeWaClient;
  return { channel, client, logger, time, qrs, statuses };
}

describe('whatsapp polish (item 9)', () => {
  it('prints a new QR at most every 60 s, with how to pair, and reports "waiting for a QR scan"', async () => {
    const h = await ready();
    for (let i = 0; i < 7; i++) {
      h.client.emit('qr', `qr-${i}`);
      await h.time.sleep(20_000);
    }
    // Seven QRs 20 s apart: shown at 0, 60 and 120 s.
    expect(h.qrs).toEqual(['qr-0', 'qr-3', 'qr-6']);
    expect(h.logger.entries.find((e) => e.event === 'whatsapp.qr')?.fields['hint']).toMatch(/Linked devices/);
    expect(h.statuses[0]).toBe('degraded: waiting for a QR scan');
    h.client.becomeReady();
    expect(h.statuses.at(-1)).toBe('running');
  });

  it('says what CONFLICT and UNPAIRED mean and marks the channel degraded until CONNECTED', async () => {
    const h = await ready();
    h.client.becomeReady();
    h.client.emit('change_state', 'CONFLICT');
    h.client.emit('change_state', 'UNPAIRED');
    h.client.emit('change_state', 'CONNECTED');
    const states = h.logger.entries.filter((e) => e.event === 'whatsapp.state');
    expect(states.map((e) => [e.level, e.fields['state']])).toEqual([
      ['warn', 'CONFLICT'],
      ['warn', 'UNPAIRED'],
      ['info', 'CONNECTED'],
    ]);
    expect(states[0]?.fields['hint']).toMatch(/another computer/);
    expect(states[1]?.fields['hint']).toMatch(/scan the new QR/);
    expect(h.statuses.slice(-3)).toEqual([expect.stringMatching(/^degraded: WhatsApp Web is open/), expect.stringMatching(/^degraded: the phone unlinked/), 'running']);
  });

  it('logs a message WhatsApp refused after sending (ack -1), masked', async () => {
    const h = await ready();
    h.client.becomeReady();
    h.client.emit('message_ack', { to: '6281234567890@c.us' }, 3);
    h.client.emit('message_ack', { to: '6281234567890@c.us' }, -1);
    expect(h.logger.entries.filter((e) => e.event === 'whatsapp.message_refused')).toEqual([
      expect.objectContaining({ level: 'warn', fields: { user: 'wa:6281234567890@c.us' } }),
    ]);
  });

  it('rejects an incoming call and answers with a polite text; group calls are left alone', async () => {
    const h = await ready();
    h.client.becomeReady();
    const privateCall = h.client.call('6281234567890@c.us');
    const groupCall = h.client.call('12036302@g.us', true);
    await until(() => h.client.sent.length === 1);
    expect(h.client.sent).toEqual([{ chatId: '6281234567890@c.us', content: CALL_REPLY }]);
    expect(privateCall.rejected).toBe(1);
    expect(groupCall.rejected).toBe(0);
  });
});

describe('WhatsApp under its supervisor (item 1)', () => {
  it('a start that fails (auth timeout, no network) is retried with a fresh client until it works', async () => {
    const logger = recordingLogger();
    const clients: FakeWaClient[] = [];
    const waits: number[] = [];
    const wa = superviseChannel(
      'wa',
      (events) =>
        createWhatsAppChannel({
          clientFactory: () => {
            const client = new FakeWaClient();
            if (clients.length < 2) client.initializeError = new Error(clients.length === 0 ? 'net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/' : 'auth timeout');
            clients.push(client);
            return client;
          },
          conversation: scriptedConversation().conversation,
          logger,
          events,
          showQr: () => undefined,
        }),
      { logger, clock: virtualTime().clock, onFatal: () => undefined, onRunning: changed, wait: (ms) => Promise.resolve(void waits.push(ms)) },
    );
    await wa.start();
    await until(() => wa.status().state === 'running');
    stops.push(() => wa.stop('test'));

    expect(waits).toEqual([2000, 4000]);
    expect(clients.map((c) => c.destroyCalls)).toEqual([1, 1, 0]);
    expect(logger.entries.filter((e) => e.event === 'wa.channel_restart').map((e) => e.fields['error'])).toEqual([
      expect.stringContaining('ERR_NAME_NOT_RESOLVED'),
      expect.stringContaining('WhatsApp Web did not load in time'),
    ]);
  });
});

describe('createWhatsAppClient', () => {
  it("turns puppeteer's own signal handlers off, so Layani's shutdown closes the browser", () => {
    const client = createWhatsAppClient({ dataDir: '/tmp/layani-wa', chromiumPath: process.execPath });
    const options = (client as unknown as { options: { puppeteer: Record<string, unknown>; takeoverOnConflict?: boolean } }).options;
    expect(options.puppeteer).toMatchObject({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    expect(options.takeoverOnConflict).toBe(true);
  });
});
