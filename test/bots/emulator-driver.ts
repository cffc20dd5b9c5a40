/**
 * The Telegram contract driver against `telegram-test-api`, an independent emulator of the Bot API
 * written by someone else, so our adapter is not only checked against our own fake's reading of
 * the protocol. The emulator answers getUpdates at once (no long poll), ignores offsets (it marks
 * updates read instead) and does not know setMyCommands (we log that and go on); user messages go
 * in through its client API, and what the bot sent is read from its history.
 */
import { createServer } from 'node:net';

import testApi from 'telegram-test-api';

import { createTelegramChannel } from '../../bots/telegram.js';
import type { IncomingMessage } from '../../core/types.js';
import { FAKE_TOKEN } from '../fakes/fake-bot-api.js';
import type { AdapterDriver, Rendered } from './contract-drivers.js';
import { changed, recordingLogger, until, virtualTime } from './helpers.js';

/** The emulator takes a fixed port (0 means its default, 9000): ask the OS for a free one. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface BotMessage {
  readonly message: { readonly chat_id?: unknown; readonly text?: string; readonly reply_markup?: { inline_keyboard?: { text: string }[][] } };
}

// CommonJS with `module.exports = TelegramServer`: Node hands the class over as the default export,
// while the .d.ts describes an ES module whose `default` is the class.
const TelegramServer = testApi as unknown as typeof testApi.default;

const STICKER = { file_id: 'stk', file_unique_id: 'stk-u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };

export const emulatorDriver: AdapterDriver = {
  name: 'telegram-test-api',
  async run(script, conversation) {
    const server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 600 });
    await server.start();
    const client = server.getClient(FAKE_TOKEN, { chatId: 42, userId: 42, firstName: 'Siti', type: 'private' });
    const incoming: IncomingMessage[] = [];
    const time = virtualTime();
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: server.config.apiURL,
      conversation: {
        handle(message) {
          incoming.push(message);
          changed();
          return conversation.handle(message);
        },
      },
      logger: recordingLogger(),
      clock: time.clock,
      sleep: time.sleep,
    });
    let history: BotMessage[] = [];
    try {
      await channel.start();
      // One at a time, each after the previous arrived: the emulator's update ids follow its message ids.
      for (const [index, step] of script.entries()) {
        if ('text' in step) await client.sendMessage(client.makeMessage(step.text));
        else {
          // A sticker message has no text field at all.
          const message: Record<string, unknown> = { ...(client.makeMessage('') as unknown as Record<string, unknown>), sticker: STICKER };
          delete message['text'];
          await client.sendMessage(message);
        }
        await until(() => incoming.length === index + 1);
      }
      // stop() drains the reply queues; the emulator forgets everything when it stops, so read first.
      await channel.stop('contract');
      history = server.getUpdatesHistory(FAKE_TOKEN) as unknown as BotMessage[];
    } finally {
      await channel.stop('contract');
      await server.stop().catch(() => undefined);
    }
    const outgoing: Rendered[] = history
      .filter((item) => 'chat_id' in item.message)
      .map((item) => ({
        text: String(item.message.text),
        options: item.message.reply_markup?.inline_keyboard?.flat().map((button) => button.text) ?? [],
      }));
    return { incoming, outgoing };
  },
};
