/**
 * One contract for every channel adapter: the same scripted conversation, pushed through the
 * real telegraf (fake Bot API) and the WhatsApp adapter (stub client), must reach the engine as
 * the same messages and reach the citizen as the same texts and choices; only the rendering of
 * options differs (buttons vs a numbered list), and the drivers normalise that away.
 * To run it against the real engine: `channelContract('engine', () => buildEngine(...))` in a new test file.
 */
import { describe, expect, it } from 'vitest';

import { ERROR_REPLY } from '../../bots/channel.js';
import { splitText } from '../../core/split-text.js';
import { channelContract, CONTRACT_SCRIPT, whatsappDriver } from './contract-drivers.js';
import { LONG_TEXT, MENU_OPTIONS, scriptedConversation } from './helpers.js';

const text = (t: string) => ({ text: t, options: [] });

// CONTRACT_SCRIPT: /start, halo, panjang, a sticker, error, 2.
channelContract('scripted conversation', () => scriptedConversation().conversation, {
  expected: () =>
    Promise.resolve([
      text('Selamat datang di Layani, asisten Mal Pelayanan Publik.'),
      { text: 'Apa yang bisa kami bantu?', options: MENU_OPTIONS.map((o) => o.label) },
      text('Anda menulis: halo'),
      // Too long for one message: split at paragraph breaks, nothing lost.
      ...splitText(LONG_TEXT, 4096).map(text),
      text('Maaf, saya hanya bisa membaca pesan teks.'),
      // The conversation threw: the channel apologises instead of leaving the citizen waiting.
      text(ERROR_REPLY.text),
      text('Anda menulis: 2'),
    ]),
});

describe('the scripted conversation covers the interesting cases', () => {
  it('exercises options, a split answer, media and an engine failure', async () => {
    const run = await whatsappDriver.run(CONTRACT_SCRIPT, scriptedConversation().conversation);
    expect(run.outgoing.some((m) => m.options.join() === MENU_OPTIONS.map((o) => o.label).join())).toBe(true);
    expect(run.outgoing.filter((m) => m.text.startsWith('Paragraf')).length).toBe(2);
    expect(run.incoming.some((m) => m.media === 'sticker')).toBe(true);
    expect(run.outgoing.some((m) => m.text.startsWith('Maaf, terjadi gangguan'))).toBe(true);
  });
});
