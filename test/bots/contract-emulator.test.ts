/**
 * The channel contract a second time, with Telegram played by `telegram-test-api` (issue 14): the
 * same script must reach the conversation as the same messages and the citizen as the same texts
 * and choices as through our own fake Bot API and through WhatsApp.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { CONTRACT_SCRIPT, type ContractRun, telegramDriver, whatsappDriver } from './contract-drivers.js';
import { emulatorDriver } from './emulator-driver.js';
import { scriptedConversation } from './helpers.js';

const essence = (run: ContractRun) => run.incoming.map(({ text, media }) => ({ text, media }));

describe('channel contract: telegram-test-api', () => {
  let emulator: ContractRun;
  let fake: ContractRun;
  let whatsapp: ContractRun;

  beforeAll(async () => {
    emulator = await emulatorDriver.run(CONTRACT_SCRIPT, scriptedConversation().conversation);
    fake = await telegramDriver.run(CONTRACT_SCRIPT, scriptedConversation().conversation);
    whatsapp = await whatsappDriver.run(CONTRACT_SCRIPT, scriptedConversation().conversation);
  });

  it('hands the conversation the same messages as our fake and as WhatsApp', () => {
    expect(essence(emulator)).toEqual(essence(fake));
    expect(essence(emulator)).toEqual(essence(whatsapp));
    expect(emulator.incoming.every((m) => m.from === 'tg:42')).toBe(true);
  });

  it('sends the same texts with the same buttons, in the same order', () => {
    expect(emulator.outgoing.length).toBeGreaterThan(0);
    expect(emulator.outgoing).toEqual(fake.outgoing);
    expect(emulator.outgoing).toEqual(whatsapp.outgoing);
  });
});
