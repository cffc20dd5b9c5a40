/**
 * Issue 14 item 7 through the real telegraf and the fake Bot API: a citizen floods a handoff with
 * 100 messages while a staff member asks for `/today`. The staff reply goes out ahead of the relays,
 * the relays arrive coalesced (one message per burst per staff chat), and one citizen's share of a
 * message is capped. Rate limits run on virtual time.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { coalesce } from '../../bots/push-lane.js';
import { createTelegramChannel } from '../../bots/telegram.js';
import { FAKE_TOKEN, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';
import { recordingLogger, scriptedConversation, virtualTime } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const STAFF = 7001;

describe('relays to staff during a handoff', () => {
  it('a flooding citizen cannot hold up a staff reply: relays coalesce behind it', async () => {
    const api = await startFakeBotApi();
    cleanups.push(() => api.close());
    const time = virtualTime();
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      conversation: scriptedConversation().conversation,
      logger: recordingLogger(),
      clock: time.clock,
      sleep: time.sleep,
    });
    await channel.start();
    cleanups.push(() => channel.stop('test'));

    const relays = Array.from({ length: 100 }, (_, i) => channel.sender.send({ to: `tg:${STAFF}`, kind: 'handoff', text: `💬 H-0001: pesan ${i + 1} ${'tolong dibantu segera ya pak '.repeat(2)}` }));
    api.push(updates.text(STAFF, '/today'));
    await api.waitFor(() => api.sent.some((m) => m.text === 'Anda menulis: /today'));
    await Promise.all(relays);

    const toStaff = api.sent.filter((m) => m.chatId === STAFF).map((m) => m.text);
    // The first relay was already on its way; everything after it waited behind the staff reply as one message.
    expect(toStaff.length).toBeLessThanOrEqual(3);
    expect(toStaff.indexOf('Anda menulis: /today')).toBeLessThanOrEqual(1);
    const relayed = toStaff.filter((t) => t.startsWith('💬')).join('\n');
    expect(relayed).toContain('pesan 1');
    expect(relayed).toMatch(/\+\d+ pesan lagi dari H-0001/);
  });
});

describe('coalesce', () => {
  it('groups by handoff and caps each citizen, saying how many were left out', () => {
    const text = coalesce(['💬 H-1: halo', '💬 H-2: permisi', '💬 H-1: x'.repeat(1), '💬 H-1: ' + 'y'.repeat(50)], 20);
    expect(text).toBe('💬 H-1 (3 pesan):\n• halo\n• x\n… +1 pesan lagi dari H-1 (terlalu banyak; balas: /balas H-1 TEKS)\n\n💬 H-2 (1 pesan):\n• permisi');
    expect(coalesce(['💬 H-1: satu saja'], 20)).toBe('💬 H-1: satu saja');
  });
});
