/**
 * The same conversation with the real engine through the WhatsApp adapter (stub client) and the
 * Telegram adapter (real telegraf against the fake Bot API), issue #12: the same words on both,
 * bold title and fee line only on WhatsApp, no `parse_mode` on Telegram, and a name with
 * WhatsApp's markers in it never formatting there.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { createWhatsAppChannel } from '../../bots/whatsapp.js';
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { type Conversation, silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import { REQUIREMENTS_BUDGET } from '../../core/service-info.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../../data/load.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { createNlu } from '../../intents/index.js';
import { FakeClock } from '../fakes/clock.js';
import { FakeWaClient } from '../fakes/fake-wa-client.js';
import { type ContractRun, type ScriptStep, telegramDriver, whatsappDriver } from './contract-drivers.js';
import { recordingLogger, virtualTime } from './helpers.js';

const data = loadDataSync(DEFAULT_DATA_DIR);
const nlu = createNlu(data.catalog, { timeZone: data.settings.timeZone });

function realConversation(): Conversation {
  return createEngine({
    ...data,
    nlu,
    store: createMemoryStore<LayaniTables>(),
    clock: new FakeClock('2026-11-23T00:00:00Z'),
    random: seededRandom(7),
    push: { send: () => Promise.resolve() },
    logger: silentLogger,
  }).conversation;
}

const NAME = 'Budi *Ganteng* _Jr_ ~x~';
const SCRIPT: ScriptStep[] = [{ text: 'syarat ktp hilang' }, { text: 'biaya perpanjang sim c' }, { text: 'booking ktp baru besok jam 9' }, { text: NAME }];

describe('formatting per channel, with the real engine', () => {
  let telegram: ContractRun;
  let whatsapp: ContractRun;
  const wa = (): string[] => whatsapp.wire?.map((m) => m.text) ?? [];

  beforeAll(async () => {
    telegram = await telegramDriver.run(SCRIPT, realConversation());
    whatsapp = await whatsappDriver.run(SCRIPT, realConversation());
  });

  it('shows the same words and choices on both', () => {
    expect(whatsapp.outgoing).toEqual(telegram.outgoing);
    expect(telegram.outgoing.length).toBeGreaterThanOrEqual(SCRIPT.length);
  });

  it('sends plain text to Telegram: no parse_mode, no markers added', () => {
    expect(telegram.wire?.length).toBe(telegram.outgoing.length);
    for (const message of telegram.wire ?? []) expect(message.parseMode).toBeUndefined();
    const requirements = telegram.wire?.[0]?.text ?? '';
    expect(requirements).toMatch(/^📋 Syarat Ganti KTP-el hilang\n/u);
    expect(requirements).toContain('\nBiaya: GRATIS, tanpa biaya apa pun (UU 24/2013 Pasal 79A).\n');
  });

  it('bolds the title and the fee line on WhatsApp, within the first-bubble budget', () => {
    const [requirements = '', cost = ''] = wa();
    expect(requirements).toMatch(/^📋 \*Syarat Ganti KTP-el hilang\*\n/u);
    expect(requirements).toContain('\n*Biaya: GRATIS, tanpa biaya apa pun (UU 24/2013 Pasal 79A).*\n');
    expect(requirements.split('\n\nBalas dengan angka:')[0]!.length).toBeLessThanOrEqual(REQUIREMENTS_BUDGET);
    // The whole first bubble, menu included: a menu that would push it over goes as its own bubble.
    expect(requirements.length).toBeLessThanOrEqual(REQUIREMENTS_BUDGET);
    expect(cost).toMatch(/^💰 \*Biaya [^*\n]+\*\n\n\*[^*\n]+\*/u);
  });

  it('shows a typed name verbatim on Telegram and never formatted on WhatsApp', () => {
    expect(telegram.wire?.some((m) => m.text.includes(NAME))).toBe(true);
    const echoed = wa().filter((text) => text.includes('Budi'));
    expect(echoed.length).toBeGreaterThan(0);
    for (const text of echoed) {
      expect(text).toContain('Budi \u2217Ganteng\u2217 \u02CDJr\u02CD \u223Cx\u223C');
      expect(text).not.toMatch(/[_~]/);
    }
  });
});

describe('text pushed to a WhatsApp chat (relays, announcements)', () => {
  it('goes out with every marker neutralised, so a citizen’s or staff member’s text never formats', async () => {
    const client = new FakeWaClient();
    const time = virtualTime();
    const channel = createWhatsAppChannel({ client, conversation: { handle: () => Promise.resolve([]) }, logger: recordingLogger(), clock: time.clock, sleep: time.sleep });
    await channel.start();
    client.becomeReady();
    try {
      await channel.sender.send({ to: 'wa:6281100000001@c.us', kind: 'handoff', text: '💬 H-0001: *gratis* kok _bayar_ ~50rb~ ```x```' });
      await channel.sender.send({ to: 'wa:6281100000001@c.us', kind: 'announcement', text: 'PENGUMUMAN: loket *paspor* tutup, info di https://x.go.id/a_b' });
    } finally {
      await channel.stop('test');
    }
    expect(client.sent.map((m) => m.content)).toEqual([
      '💬 H-0001: \u2217gratis\u2217 kok \u02CDbayar\u02CD \u223C50rb\u223C \u02CB\u02CB\u02CBx\u02CB\u02CB\u02CB',
      'PENGUMUMAN: loket \u2217paspor\u2217 tutup, info di https://x.go.id/a_b',
    ]);
  });
});

describe('a question whose text already numbers its options', () => {
  it('lists them once on WhatsApp and still offers them as buttons on Telegram', async () => {
    const script: ScriptStep[] = [{ text: 'booking kk besok jam 9' }, { text: 'Budi' }, { text: 'ya' }];
    const wa = await whatsappDriver.run(script, realConversation());
    const tg = await telegramDriver.run(script, realConversation());
    const booked = wa.wire?.map((m) => m.text).find((text) => text.includes('KK-001')) ?? '';
    expect(booked).toContain('yang mana?');
    expect(booked.split('1. KK baru').length - 1).toBe(1);
    expect(booked).not.toContain('Balas dengan angka:');
    expect(tg.outgoing.at(-1)?.options).toEqual(['KK baru', 'Tambah anggota keluarga di KK', 'Ubah data atau kurangi anggota di KK']);
  });
});
