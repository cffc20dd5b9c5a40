/**
 * One contract for every channel adapter: the same scripted conversation, pushed through the
 * real telegraf (fake Bot API) and the WhatsApp adapter (stub client), must reach the engine as
 * the same messages and reach the citizen as the same texts and choices; only the rendering of
 * options differs (buttons vs a numbered list), and the drivers normalise that away.
 * To run it against the real engine: `channelContract('engine', () => buildEngine(...))` in a new test file.
 */
import { describe, expect, it } from 'vitest';

import { channelContract, CONTRACT_SCRIPT, whatsappDriver } from './contract-drivers.js';
import { MENU_OPTIONS, scriptedConversation } from './helpers.js';

channelContract('scripted conversation', () => scriptedConversation().conversation);

describe('the scripted conversation covers the interesting cases', () => {
  it('exercises options, a split answer, media and an engine failure', async () => {
    const run = await whatsappDriver.run(CONTRACT_SCRIPT, scriptedConversation().conversation);
    expect(run.outgoing.some((m) => m.options.join() === MENU_OPTIONS.map((o) => o.label).join())).toBe(true);
    expect(run.outgoing.filter((m) => m.text.startsWith('Paragraf')).length).toBe(2);
    expect(run.incoming.some((m) => m.media === 'sticker')).toBe(true);
    expect(run.outgoing.some((m) => m.text.startsWith('Maaf, terjadi gangguan'))).toBe(true);
  });
});
