/**
 * The channel contract (`channelContract`) and its drivers. A driver pushes one scripted
 * conversation through a channel adapter and reads back what the citizen would see, normalised
 * so both platforms compare: `{ text, options }` per message, where `options` are the button
 * labels on Telegram and the numbered list on WhatsApp.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { NUMBERED_HEADER } from '../../bots/render.js';
import { createTelegramChannel } from '../../bots/telegram.js';
import { createWhatsAppChannel } from '../../bots/whatsapp.js';
import type { Conversation } from '../../core/ports.js';
import type { IncomingMessage } from '../../core/types.js';
import { FAKE_TOKEN, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';
import { FakeWaClient } from '../fakes/fake-wa-client.js';
import { changed, recordingLogger, until, virtualTime } from './helpers.js';

/** What a citizen does: type text or send a sticker. */
export type ScriptStep = { readonly text: string } | { readonly sticker: true };

/** One message as the citizen sees it. */
export interface Rendered {
  readonly text: string;
  readonly options: readonly string[];
}

/** One message as it went to the platform: the text sent and, on Telegram, its `parse_mode`. */
export interface OnTheWire {
  readonly text: string;
  readonly parseMode?: unknown;
}

export interface ContractRun {
  readonly incoming: readonly IncomingMessage[];
  readonly outgoing: readonly Rendered[];
  /** Drivers that can see the raw requests say what went out (the emulator cannot). */
  readonly wire?: readonly OnTheWire[];
}

export interface AdapterDriver {
  readonly name: string;
  run(script: readonly ScriptStep[], conversation: Conversation): Promise<ContractRun>;
}

/** Wraps the conversation to record what the adapter handed it. */
function recorded(conversation: Conversation) {
  const incoming: IncomingMessage[] = [];
  const wrapped: Conversation = {
    handle(message) {
      incoming.push(message);
      changed();
      return conversation.handle(message);
    },
  };
  return { incoming, wrapped };
}

export const telegramDriver: AdapterDriver = {
  name: 'telegram',
  async run(script, conversation) {
    const api = await startFakeBotApi();
    const { incoming, wrapped } = recorded(conversation);
    const time = virtualTime();
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: api.apiRoot,
      conversation: wrapped,
      logger: recordingLogger(),
      clock: time.clock,
      sleep: time.sleep,
    });
    try {
      await channel.start();
      for (const step of script) api.push('text' in step ? updates.text(42, step.text) : updates.sticker(42));
      await until(() => incoming.length === script.length);
    } finally {
      // stop() drains the reply queues, so every reply has been sent when it resolves.
      await channel.stop('contract');
      await api.close();
    }
    const outgoing = api.sent.map((message) => ({
      text: message.text,
      options: message.replyMarkup?.inline_keyboard.flat().map((button) => button.text) ?? [],
    }));
    const wire = api.calls.filter((c) => c.method === 'sendMessage' && !c.faulted).map((c) => ({ text: String(c.body['text']), parseMode: c.body['parse_mode'] }));
    return { incoming, outgoing, wire };
  },
};

export const whatsappDriver: AdapterDriver = {
  name: 'whatsapp',
  async run(script, conversation) {
    const client = new FakeWaClient();
    const { incoming, wrapped } = recorded(conversation);
    const time = virtualTime();
    const channel = createWhatsAppChannel({
      client,
      conversation: wrapped,
      logger: recordingLogger(),
      clock: time.clock,
      sleep: time.sleep,
    });
    try {
      await channel.start();
      client.becomeReady();
      for (const step of script) {
        client.receive('text' in step ? { body: step.text } : { type: 'sticker', hasMedia: true });
      }
      await until(() => incoming.length === script.length);
    } finally {
      await channel.stop('contract');
    }
    const wire = client.sent.map((sent) => ({ text: sent.content }));
    return { incoming, outgoing: foldMenus(client.sent.map((sent) => parseNumbered(plainFromWhatsApp(sent.content)))), wire };
  },
};

/**
 * The words a WhatsApp text shows: its bold markers dropped (every literal `*` went out as a
 * look-alike, so each `*` left is formatting) and the look-alikes read as what they stand for.
 */
export function plainFromWhatsApp(content: string): string {
  return content.replaceAll('*', '').replace(/[\u2217\u02CD\u223C\u02CB]/g, (c) => ({ '\u2217': '*', '\u02CD': '_', '\u223C': '~', '\u02CB': '`' })[c] ?? c);
}

/**
 * A menu sent as its own bubble (the answer and menu together would not fit a phone screen) belongs
 * to the answer before it: the citizen reads them as one reply.
 */
function foldMenus(messages: readonly Rendered[]): Rendered[] {
  const folded: Rendered[] = [];
  for (const message of messages) {
    const previous = folded.at(-1);
    if (message.text === '' && message.options.length > 0 && previous !== undefined && previous.options.length === 0) {
      folded[folded.length - 1] = { text: previous.text, options: message.options };
    } else folded.push(message);
  }
  return folded;
}

/** Splits `text\n\nBalas dengan angka:\n1. A\n2. B` back into text and labels. */
function parseNumbered(content: string): Rendered {
  if (content.startsWith(`${NUMBERED_HEADER}\n`)) return { text: '', options: labels(content.slice(NUMBERED_HEADER.length + 1)) };
  const at = content.lastIndexOf(`\n\n${NUMBERED_HEADER}\n`);
  if (at < 0) return { text: content, options: [] };
  return { text: content.slice(0, at), options: labels(content.slice(at + NUMBERED_HEADER.length + 3)) };
}

function labels(list: string): string[] {
  return list.split('\n').map((line) => line.replace(/^\d+\. /, ''));
}

export const CONTRACT_SCRIPT: readonly ScriptStep[] = [
  { text: '/start' },
  { text: 'halo' },
  { text: 'panjang' },
  { sticker: true },
  { text: 'error' },
  { text: '2' },
];

/** What the engine may rely on: the platform-specific id, time and name aside. */
const essence = (messages: readonly IncomingMessage[]) => messages.map(({ text, media }) => ({ text, media }));

export interface ContractOptions {
  readonly script?: readonly ScriptStep[];
  /**
   * What the citizen must see, given the messages the channel handed the conversation: the
   * conversation's own replies. Without it the test could only say the two channels agree,
   * even when both drop or garble the same reply.
   */
  readonly expected: (incoming: readonly IncomingMessage[]) => Promise<readonly Rendered[]>;
}

export function channelContract(name: string, makeConversation: () => Conversation, options: ContractOptions): void {
  const script = options.script ?? CONTRACT_SCRIPT;
  describe(`channel contract: ${name}`, () => {
    let telegram: ContractRun;
    let whatsapp: ContractRun;

    beforeAll(async () => {
      telegram = await telegramDriver.run(script, makeConversation());
      whatsapp = await whatsappDriver.run(script, makeConversation());
    });

    it('hands the conversation the same messages from both platforms', () => {
      expect(essence(telegram.incoming)).toEqual(essence(whatsapp.incoming));
      expect(telegram.incoming.every((m) => m.from === 'tg:42')).toBe(true);
      expect(whatsapp.incoming.every((m) => m.from.startsWith('wa:'))).toBe(true);
    });

    it("sends the conversation's replies, the same texts with the same choices in the same order on both", async () => {
      expect(telegram.outgoing).toEqual(await options.expected(telegram.incoming));
      expect(whatsapp.outgoing).toEqual(telegram.outgoing);
    });

    it('keeps every message within 4096 characters', () => {
      for (const run of [telegram, whatsapp]) expect(run.outgoing.every((m) => m.text.length <= 4096)).toBe(true);
    });
  });
}

/** Replies as a citizen sees them, when the channel neither splits nor fails (the real engine's answers are short). */
export async function directReplies(conversation: Conversation, incoming: readonly IncomingMessage[]): Promise<Rendered[]> {
  const rendered: Rendered[] = [];
  for (const message of incoming) {
    for (const reply of await conversation.handle(message)) rendered.push({ text: reply.text, options: reply.options?.map((o) => o.label) ?? [] });
  }
  return rendered;
}
