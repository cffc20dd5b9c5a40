/**
 * `npm run staff -- COMMAND …` for operators: any staff command without its slash
 * (`announce ktp besok Layanan tutup`, `announce status A1`, `queue ktp`, `today`, `ikm`,
 * `console-link` for a one-time login link to the web console),
 * sent to the running bot through its inbox. Announcements show the preview and ask first.
 * Each operator (`--as NAME`, else the user behind sudo, else the OS user) is a separate
 * `term:operator:<name>` with their own session and audit lines (issue 13 item 9).
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

import { type InboxAnswer, InboxFileError, OPERATOR_NAME, operatorId, readInboxFile, writeExclusive } from '../bots/operator-inbox.js';
import type { Reply } from '../core/types.js';

export interface StaffCliOptions {
  /** The bot's data folder; the inbox is `inbox/` inside it. */
  readonly dataDir: string;
  readonly input: Readable;
  readonly output: Writable;
  /** Answer yes to a preview without asking (for scripts). */
  readonly yes?: boolean;
  readonly timeoutMs?: number;
  /** Who is asking: becomes `term:operator:<name>` (see `operatorName`). */
  readonly operator: string;
}

/** `--as NAME`, else the user who ran sudo, else the OS user; lower-cased and checked. */
export function operatorName(as: string | undefined, env: Readonly<Record<string, string | undefined>>, osUser: string): string {
  const name = (as ?? env['SUDO_USER'] ?? osUser).toLowerCase();
  if (!OPERATOR_NAME.test(name)) throw new StaffCliError(`"${name}" cannot be an operator name: use letters, digits, _ . - (e.g. --as sari).`);
  return name;
}

export class StaffCliError extends Error {
  override readonly name = 'StaffCliError';
}

export async function runStaffCli(args: readonly string[], options: StaffCliOptions): Promise<void> {
  if (args.length === 0) throw new StaffCliError('usage: npm run staff -- announce [topik:LAYANAN | LAYANAN TANGGAL] TEKS · announce status A1 · queue LAYANAN · today · ikm [LAYANAN] [PERIODE] · console-link');
  const inbox = join(options.dataDir, 'inbox');
  if (!existsSync(join(options.dataDir, 'layani.lock'))) {
    throw new StaffCliError(`Layani is not running on ${options.dataDir} (no layani.lock): start it with npm start, or set LAYANI_DATA_DIR to its data folder.`);
  }
  const ask = (text: string) => askBot(inbox, { text, operator: options.operator }, options.timeoutMs);
  const replies = await ask(`/${args.join(' ')}`);
  print(replies, options);
  const preview = replies.find((r) => r.options?.some((o) => o.value === 'ya'));
  if (!preview) return;
  const confirmed = options.yes ?? (await confirm(options));
  print(await ask(confirmed ? 'ya' : 'tidak'), options);
}

async function askBot(inbox: string, request: { text: string; operator: string }, timeoutMs = 15_000): Promise<Reply[]> {
  const id = `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await writeExclusive(inbox, `${id}.in.json`, JSON.stringify(request));
  const out = join(inbox, `${id}.out.json`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (existsSync(out)) return readAnswer(out);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await fs.rm(join(inbox, `${id}.in.json`), { force: true });
  throw new StaffCliError(`No answer from Layani within ${Math.round(timeoutMs / 1000)} s: is the bot running on this data folder?`);
}

/** The bot's answer file, read with the same care as the bot reads requests; its error becomes ours. */
async function readAnswer(file: string): Promise<Reply[]> {
  try {
    const answer = JSON.parse(await readInboxFile(file)) as InboxAnswer;
    if ('error' in answer) throw new StaffCliError(`Layani ${answer.error}`);
    return answer.replies;
  } catch (error) {
    if (error instanceof InboxFileError || error instanceof SyntaxError) throw new StaffCliError(`unreadable answer ${file}: ${error.message}`);
    throw error;
  } finally {
    await fs.rm(file, { force: true });
  }
}

function print(replies: readonly Reply[], options: StaffCliOptions): void {
  for (const reply of replies) {
    options.output.write(`${reply.text}\n`);
    if (reply.kind === 'not_allowed') options.output.write(`(add term:operator (every operator) or ${operatorId(options.operator)} to STAFF_IDS or to "staff" in mpp.json)\n`);
  }
}

async function confirm(options: StaffCliOptions): Promise<boolean> {
  const rl = createInterface({ input: options.input, output: options.output, terminal: false });
  try {
    const answer = await rl.question('Kirim? [y/N] ');
    return /^(y|ya|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
