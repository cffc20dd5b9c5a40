/**
 * The operators' channel: `npm run staff -- …` drops a request file into the data folder's
 * `inbox/`, the running bot answers it like a chat message from `term:operator:<name>` (same
 * rules: staff ids, preview before sending), and writes the replies next to it. Files, because
 * the store allows one process per folder and the bot is that process.
 *
 * The folder is a way into the bot, so it is kept narrow (issue 13 items 9 and 10): mode 0700
 * (only the bot's user, who already owns the data, can drop requests), only regular files of at
 * most 64 kB are read (never through a symlink: O_NOFOLLOW, then fstat), replies are created
 * with O_EXCL and renamed into place, and a request that cannot be read gets an error reply
 * instead of vanishing. Each operator has their own id, so their own session and audit lines.
 */
import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';

import { inertLine } from '../core/inert.js';
import { maskText } from '../core/mask.js';
import type { Conversation, Logger, Sender } from '../core/ports.js';
import type { Reply, UserKey } from '../core/types.js';

/** Every operator's id starts with this; `term:operator` in the staff list covers them all. */
export const OPERATOR_PREFIX = 'term:operator';
/** Operator names: OS user names or `--as NAME`. */
export const OPERATOR_NAME = /^[a-z_][a-z0-9_.-]{0,31}$/;
/** Larger request or reply files are refused: a command line is short. */
export const MAX_INBOX_FILE_BYTES = 64 * 1024;
/** Pushed messages for operators (announcement reports, handoffs) go to one file per day, `operator-YYYY-MM-DD.jsonl`. */
export const OPERATOR_LOG_PREFIX = 'operator-';

export const operatorId = (name: string): UserKey => `${OPERATOR_PREFIX}:${name}`;
export const isOperator = (user: string): boolean => user === OPERATOR_PREFIX || user.startsWith(`${OPERATOR_PREFIX}:`);

/** What the bot writes back: the replies, or why the request was not handled. */
export type InboxAnswer = { readonly replies: Reply[] } | { readonly error: string };

export class InboxFileError extends Error {
  override readonly name = 'InboxFileError';
}

export interface OperatorInbox {
  stop(): Promise<void>;
  /** Appends pushed messages for operators to the day's operator log (masked). */
  readonly sender: Sender;
  /** Handles what is waiting now; the timer calls it every `pollMs`. */
  poll(): Promise<void>;
}

export interface OperatorInboxOptions {
  readonly dir: string;
  readonly conversation: Conversation;
  readonly logger: Logger;
  readonly pollMs?: number;
  readonly now?: () => Date;
}

export async function startOperatorInbox(options: OperatorInboxOptions): Promise<OperatorInbox> {
  const { dir, logger } = options;
  const now = options.now ?? (() => new Date());
  await ensurePrivateDir(dir);
  let busy: Promise<void> = Promise.resolve();
  const poll = (): Promise<void> => {
    busy = busy.then(async () => {
      const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.in.json')).sort();
      for (const name of names) {
        await handle(dir, name, options.conversation).catch((error: unknown) => logger.error('operator_inbox_failed', { file: name, error: String(error) }));
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
    sender: operatorLog(dir, now),
  };
}

/** Appends messages to the day's operator log in `dir` (`operator-YYYY-MM-DD.jsonl`, mode 0600), NIKs and phone numbers masked. */
export function operatorLog(dir: string, now: () => Date = () => new Date()): Sender {
  return {
    send: async (message) => {
      const at = now();
      const line = { at: at.toISOString(), ...message, text: maskText(message.text) };
      await fs.appendFile(join(dir, `${OPERATOR_LOG_PREFIX}${at.toISOString().slice(0, 10)}.jsonl`), `${JSON.stringify(line)}\n`, { mode: 0o600 });
    },
  };
}

/** Creates the inbox as 0700, or narrows an existing one; refuses a symlink or someone else's folder. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const stat = await fs.lstat(dir);
  if (!stat.isDirectory()) throw new InboxFileError(`${dir} is not a folder (a symlink?): remove it and start Layani again.`);
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
    throw new InboxFileError(`${dir} belongs to another user (uid ${stat.uid}): remove it, or run Layani as its owner.`);
  }
  if ((stat.mode & 0o777) !== 0o700) await fs.chmod(dir, 0o700);
}

async function handle(dir: string, name: string, conversation: Conversation): Promise<void> {
  const base = name.slice(0, -'.in.json'.length);
  const taken = join(dir, `${base}.taken`);
  // Rename first: a file is handled once even if two polls overlap (a symlink is renamed, not followed).
  await fs.rename(join(dir, name), taken);
  let answer: InboxAnswer;
  try {
    const request = parseRequest(await readInboxFile(taken));
    const replies = await conversation.handle({ from: operatorId(request.operator), text: request.text, receivedAt: new Date() });
    answer = { replies };
  } catch (error) {
    if (!(error instanceof InboxFileError)) throw error;
    answer = { error: error.message };
  } finally {
    await fs.rm(taken, { force: true, recursive: true });
  }
  await writeExclusive(dir, `${base}.out.json`, JSON.stringify(answer));
}

/**
 * Reads a file of the inbox without following a symlink, and only if it is a regular file of at
 * most 64 kB (checked on the open descriptor, so it cannot be swapped in between).
 */
export async function readInboxFile(file: string): Promise<string> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new InboxFileError('refused: the request is a symlink; write a regular file.');
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new InboxFileError('refused: the request is not a regular file.');
    if (stat.size > MAX_INBOX_FILE_BYTES) throw new InboxFileError(`refused: the request is ${stat.size} bytes; at most ${MAX_INBOX_FILE_BYTES} are read.`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function parseRequest(text: string): { text: string; operator: string } {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    throw new InboxFileError('refused: the request is not JSON; expected {"text": "...", "operator": "name"}.');
  }
  const { text: message, operator } = (typeof request === 'object' && request !== null ? request : {}) as { text?: unknown; operator?: unknown };
  if (typeof message !== 'string') throw new InboxFileError('refused: the request has no "text".');
  if (typeof operator !== 'string' || !OPERATOR_NAME.test(operator)) {
    throw new InboxFileError(`refused: "operator" must be a user name (${OPERATOR_NAME.source}), got ${JSON.stringify(inertLine(String(operator)).slice(0, 40))}.`);
  }
  return { text: message, operator };
}

/**
 * Creates `name` with O_EXCL via a temporary file, then renames it into place: nothing already in
 * the folder (a planted file or symlink) is ever written through.
 */
export async function writeExclusive(dir: string, name: string, text: string): Promise<void> {
  const tmp = join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
  await fs.writeFile(tmp, text, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode: 0o600 });
  await fs.rename(tmp, join(dir, name));
}
