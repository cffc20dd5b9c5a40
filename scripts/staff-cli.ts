/**
 * `npm run staff -- COMMAND …` for operators: any staff command without its slash
 * (`announce ktp besok Layanan tutup`, `announce status A1`, `queue ktp`, `today`, `ikm`,
 * `console-link` for a one-time login link to the web console),
 * sent to the running bot through its inbox. Announcements show the preview and ask first.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

import type { Reply } from '../core/types.js';

export interface StaffCliOptions {
  /** The bot's data folder; the inbox is `inbox/` inside it. */
  readonly dataDir: string;
  readonly input: Readable;
  readonly output: Writable;
  /** Answer yes to a preview without asking (for scripts). */
  readonly yes?: boolean;
  readonly timeoutMs?: number;
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
  const replies = await ask(inbox, `/${args.join(' ')}`, options.timeoutMs);
  print(replies, options.output);
  const preview = replies.find((r) => r.options?.some((o) => o.value === 'ya'));
  if (!preview) return;
  const confirmed = options.yes ?? (await confirm(options));
  print(await ask(inbox, confirmed ? 'ya' : 'tidak', options.timeoutMs), options.output);
}

async function ask(inbox: string, text: string, timeoutMs = 15_000): Promise<Reply[]> {
  const id = `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await fs.writeFile(join(inbox, `${id}.in.json.tmp`), JSON.stringify({ text }));
  await fs.rename(join(inbox, `${id}.in.json.tmp`), join(inbox, `${id}.in.json`));
  const out = join(inbox, `${id}.out.json`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (existsSync(out)) {
      const replies = JSON.parse(await fs.readFile(out, 'utf8')) as Reply[];
      await fs.rm(out, { force: true });
      return replies;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await fs.rm(join(inbox, `${id}.in.json`), { force: true });
  throw new StaffCliError(`No answer from Layani within ${Math.round(timeoutMs / 1000)} s: is the bot running on this data folder?`);
}

function print(replies: readonly Reply[], output: Writable): void {
  for (const reply of replies) {
    output.write(`${reply.text}\n`);
    if (reply.kind === 'not_allowed') output.write('(add term:operator to STAFF_IDS or to "staff" in mpp.json)\n');
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
