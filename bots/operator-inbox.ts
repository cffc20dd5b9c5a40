/**
 * The operator's channel: `npm run staff -- …` drops a message file into the data folder's
 * `inbox/`, the running bot answers it like any chat message from `term:operator` (same rules:
 * staff ids, preview before sending), and writes the replies next to it. Files, because the
 * store allows one process per folder and the bot is that process.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

import type { Conversation, Logger, Sender } from '../core/ports.js';
import type { UserKey } from '../core/types.js';

export const OPERATOR: UserKey = 'term:operator';
/** Pushed messages for the operator (announcement reports) are appended here. */
export const OPERATOR_LOG = 'operator.jsonl';

export interface OperatorInbox {
  stop(): Promise<void>;
  readonly sender: Sender;
  /** Handles what is waiting now; the timer calls it every `pollMs`. */
  poll(): Promise<void>;
}

export async function startOperatorInbox(options: { dir: string; conversation: Conversation; logger: Logger; pollMs?: number }): Promise<OperatorInbox> {
  const { dir, conversation, logger } = options;
  await fs.mkdir(dir, { recursive: true });
  let busy: Promise<void> = Promise.resolve();

  const handle = async (name: string): Promise<void> => {
    const base = name.slice(0, -'.in.json'.length);
    const taken = join(dir, `${base}.taken`);
    // Rename first: a file is handled once even if two polls overlap.
    await fs.rename(join(dir, name), taken);
    const request = JSON.parse(await fs.readFile(taken, 'utf8')) as { text?: unknown };
    const text = typeof request.text === 'string' ? request.text : '';
    const replies = await conversation.handle({ from: OPERATOR, text, receivedAt: new Date() });
    await writeAtomic(join(dir, `${base}.out.json`), JSON.stringify(replies));
    await fs.rm(taken, { force: true });
  };

  const poll = (): Promise<void> => {
    busy = busy.then(async () => {
      const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.in.json')).sort();
      for (const name of names) {
        await handle(name).catch((error: unknown) => logger.error('operator_inbox_failed', { file: name, error: String(error) }));
      }
    });
    return busy;
  };

  const timer = setInterval(() => void poll(), options.pollMs ?? 500);
  timer.unref();
  return {
    poll,
    async stop() {
      clearInterval(timer);
      await busy;
    },
    sender: {
      send: (message) => fs.appendFile(join(dir, OPERATOR_LOG), `${JSON.stringify({ at: new Date().toISOString(), ...message })}\n`),
    },
  };
}

async function writeAtomic(file: string, text: string): Promise<void> {
  await fs.writeFile(`${file}.tmp`, text);
  await fs.rename(`${file}.tmp`, file);
}
