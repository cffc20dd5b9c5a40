/**
 * The channel contract with the real engine behind it: the same citizen conversation through
 * Telegram, WhatsApp and the terminal must show the same texts and choices.
 */
import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { runTerminal } from '../../bots/terminal.js';
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { type Conversation, silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../../data/load.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { createNlu } from '../../intents/index.js';
import { FakeClock } from '../fakes/clock.js';
import { channelContract, directReplies, type Rendered, type ScriptStep, telegramDriver } from './contract-drivers.js';

const data = loadDataSync(DEFAULT_DATA_DIR);
const nlu = createNlu(data.catalog, { timeZone: data.settings.timeZone });

/** A fresh engine per run, same seed and clock, so booking codes match across platforms. */
function realConversation(): Conversation {
  return createEngine({
    ...data,
    nlu,
    store: createMemoryStore<LayaniTables>(),
    clock: new FakeClock('2026-11-23T00:00:00Z'),
    random: seededRandom(99),
    push: { send: () => Promise.resolve() },
    logger: silentLogger,
  }).conversation;
}

const SCRIPT: ScriptStep[] = [
  { text: '/start' },
  { text: 'gmn syarat bikin kk?' },
  { text: '1' },
  { sticker: true },
  { text: 'booking ktp baru besok jam 9' },
  { text: 'Budi Santoso' },
  { text: 'ya' },
  { text: '/next ktp' },
  { text: 'cuaca besok gimana' },
];

channelContract('real engine', realConversation, {
  script: SCRIPT,
  // The engine's own answers to the same messages, asked directly on a fresh engine (same seed, same clock).
  expected: (incoming) => directReplies(realConversation(), incoming),
});

/** Runs the text steps through the terminal chat and reads back what it printed. */
async function terminalRun(script: readonly ScriptStep[]): Promise<Rendered[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runTerminal({ conversation: realConversation(), input, output });
  for (const step of script) if ('text' in step) input.write(`${step.text}\n`);
  input.end();
  await done;
  return printed
    .split('layani> ')
    .filter(Boolean)
    .map((block) => {
      const lines = block.replace(/\n$/, '').split('\n');
      const options = lines.filter((l) => /^ {2}\d+\. /.test(l)).map((l) => l.replace(/^ {2}\d+\. /, ''));
      const text = lines.filter((l) => !/^ {2}\d+\. /.test(l)).join('\n');
      return { text, options };
    });
}

describe('the real-engine script reaches the parts a citizen relies on', () => {
  it('books, refuses a staff command from a citizen, and admits what it does not know', async () => {
    const run = await telegramDriver.run(SCRIPT, realConversation());
    const texts = run.outgoing.map((m) => m.text);
    expect(texts.some((t) => t.includes('Booking berhasil') && /LY-[2-9A-HJKMNP-Z]{5}/.test(t))).toBe(true);
    expect(texts).toContain('Maaf, perintah itu hanya untuk petugas MPP. Ketik "menu" untuk melihat yang bisa saya bantu.');
    expect(run.outgoing.at(-1)?.options.length).toBeGreaterThan(0);
  });
});

describe('terminal chat', () => {
  it('shows the same replies as Telegram for the same conversation', async () => {
    const textOnly = SCRIPT.filter((step) => 'text' in step);
    const [terminal, telegram] = [await terminalRun(textOnly), await telegramDriver.run(textOnly, realConversation())];
    expect(terminal).toEqual(telegram.outgoing);
    expect(terminal.some((m) => m.text.includes('Booking berhasil'))).toBe(true);
  });
});
