/** `npm run staff` against a running bot, through the inbox folder, with the real engine. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { type InboxAnswer, type OperatorInbox, startOperatorInbox } from '../../bots/operator-inbox.js';
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Outgoing } from '../../core/types.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../../data/load.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { createNlu } from '../../intents/index.js';
import { operatorName, runStaffCli, StaffCliError } from '../../scripts/staff-cli.js';
import { FakeClock } from '../fakes/clock.js';

const data = loadDataSync(DEFAULT_DATA_DIR);
/** Only bounds a hang: the answer comes within one 20 ms poll, but a loaded machine can be slow. */
const STAFF_CLI_TIMEOUT_MS = 30_000;
const nlu = createNlu(data.catalog, { timeZone: data.settings.timeZone });
let inbox: OperatorInbox | undefined;

afterEach(async () => {
  await inbox?.stop();
  inbox = undefined;
});

async function runningBot(prepare?: (inboxDir: string) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'layani-op-'));
  writeFileSync(join(dataDir, 'layani.lock'), String(process.pid));
  prepare?.(join(dataDir, 'inbox'));
  const sent: Outgoing[] = [];
  const store = createMemoryStore<LayaniTables>();
  const engine = createEngine({
    ...data,
    nlu,
    store,
    clock: new FakeClock('2026-11-23T02:00:00Z'),
    random: seededRandom(3),
    push: { send: (m) => (sent.push(m), Promise.resolve()) },
    logger: silentLogger,
  });
  inbox = await startOperatorInbox({ dir: join(dataDir, 'inbox'), conversation: engine.conversation, logger: silentLogger, pollMs: 20 });
  const cli = async (args: string[], answer = '', operator = 'ops') => {
    const input = new PassThrough();
    input.end(answer);
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await runStaffCli(args, { dataDir, input, output, timeoutMs: STAFF_CLI_TIMEOUT_MS, operator });
    return text;
  };
  /** A CLI that stops at the preview until `answer` is called. */
  const pausedCli = (args: string[], operator: string) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    let showPreview: () => void = () => undefined;
    const preview = new Promise<void>((resolve) => (showPreview = resolve));
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Kirim?')) showPreview();
    });
    const done = runStaffCli(args, { dataDir, input, output, timeoutMs: STAFF_CLI_TIMEOUT_MS, operator }).then(() => text);
    return { preview, done, answer: (line: string) => input.end(`${line}\n`) };
  };
  const inboxDir = join(dataDir, 'inbox');
  /** Drops a raw file into the inbox and waits for the bot's answer file. */
  const drop = async (name: string, make: (path: string) => void): Promise<InboxAnswer> => {
    make(join(inboxDir, `${name}.in.json`));
    await inbox!.poll();
    return JSON.parse(readFileSync(join(inboxDir, `${name}.out.json`), 'utf8')) as InboxAnswer;
  };
  return { engine, sent, store, cli, pausedCli, drop, inboxDir, dataDir };
}

describe('npm run staff', () => {
  it('announces with the same preview and confirmation as the chat', async () => {
    const { engine, sent, cli } = await runningBot();
    for (const user of ['tg:1', 'tg:2'] as const) await engine.conversation.handle({ from: user, text: 'mau dapat info pengumuman', receivedAt: new Date() });
    const declined = await cli(['announce', 'Besok', 'buka', 'jam', '07.30'], 'n\n');
    expect(declined).toContain('2 penerima');
    expect(declined).toContain('dibatalkan');
    await engine.settle();
    expect(sent.filter((m) => m.kind === 'announcement')).toHaveLength(0);
    const accepted = await cli(['announce', 'Besok', 'buka', 'jam', '07.30'], 'y\n');
    expect(accepted).toContain('dikirim ke 2 penerima');
    await engine.settle();
    expect(sent.filter((m) => m.kind === 'announcement').map((m) => m.to).sort()).toEqual(['tg:1', 'tg:2']);
  });

  it('runs other staff commands and explains usage', async () => {
    const { cli } = await runningBot();
    expect(await cli(['today'])).toContain('Belum ada antrean');
    expect(await cli(['announce'])).toContain('Cara memakai /announce');
  });

  it('says clearly when the bot is not running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'layani-op-'));
    await expect(runStaffCli(['today'], { dataDir, input: new PassThrough(), output: new PassThrough(), operator: 'ops' })).rejects.toThrow(StaffCliError);
  });
});

describe('operators are separate people (issue 13 item 9)', () => {
  it("never lets one operator's yes confirm another's announcement", async () => {
    const { engine, sent, cli, pausedCli } = await runningBot();
    for (const user of ['tg:1', 'tg:2'] as const) await engine.conversation.handle({ from: user, text: 'mau dapat info pengumuman', receivedAt: new Date() });
    const alice = pausedCli(['announce', 'Pengumuman', 'dari', 'Alice'], 'alice');
    await alice.preview;
    // Bob drafts his own meanwhile and leaves it unanswered for now.
    const bob = pausedCli(['announce', 'Pengumuman', 'dari', 'Bob'], 'bob');
    await bob.preview;
    alice.answer('y');
    expect(await alice.done).toContain('dikirim ke 2 penerima');
    bob.answer('n');
    expect(await bob.done).toContain('dibatalkan');
    await engine.settle();
    const texts = sent.filter((m) => m.kind === 'announcement').map((m) => m.text);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text).toContain('Alice');
    expect(await cli(['today'], '', 'carol')).toContain('Belum ada antrean');
  });

  it('audits each operator under their own id', async () => {
    const { store, cli } = await runningBot();
    await cli(['today'], '', 'alice');
    await cli(['today'], '', 'bob');
    const audit = store.logEntries('audit-2026-11') as { who: string }[]; // the bot's clock: 23 Nov 2026
    expect(audit.map((e) => e.who)).toEqual(['term:operator:alice', 'term:operator:bob']);
  });

  it('names the operator with --as, else the user behind sudo, else the OS user', () => {
    expect(operatorName('Sari', {}, 'layani')).toBe('sari');
    expect(operatorName(undefined, { SUDO_USER: 'budi' }, 'root')).toBe('budi');
    expect(operatorName(undefined, {}, 'layani')).toBe('layani');
    expect(() => operatorName('../x', {}, 'layani')).toThrow(StaffCliError);
  });
});

describe('the inbox is not a way in (issue 13 item 10)', () => {
  it('is a folder only the bot user can use, even when it existed with loose permissions', async () => {
    const { inboxDir } = await runningBot((dir) => {
      mkdirSync(dir);
      chmodSync(dir, 0o777);
    });
    expect(statSync(inboxDir).mode & 0o777).toBe(0o700);
  });

  it('refuses a symlink, reporting it instead of reading what it points to', async () => {
    const { drop, dataDir, sent } = await runningBot();
    const target = join(dataDir, 'elsewhere.json');
    writeFileSync(target, JSON.stringify({ text: '/announce Palsu', operator: 'mallory' }));
    const answer = await drop('link', (path) => symlinkSync(target, path));
    expect(answer).toEqual({ error: expect.stringContaining('symlink') as string });
    expect(existsSync(target)).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it('refuses a FIFO without blocking on it', async () => {
    const { drop } = await runningBot();
    const answer = await drop('fifo', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0));
    expect(answer).toEqual({ error: expect.stringContaining('not a regular file') as string });
  });

  it('refuses files over 64 kB and malformed requests, and says so', async () => {
    const { drop } = await runningBot();
    expect(await drop('big', (path) => writeFileSync(path, JSON.stringify({ text: 'x'.repeat(70_000), operator: 'ops' })))).toEqual({ error: expect.stringContaining('65536') as string });
    expect(await drop('bad', (path) => writeFileSync(path, '{"text": "/today"'))).toEqual({ error: expect.stringContaining('not JSON') as string });
    expect(await drop('anon', (path) => writeFileSync(path, JSON.stringify({ text: '/today' })))).toEqual({ error: expect.stringContaining('operator') as string });
    expect(await drop('ok', (path) => writeFileSync(path, JSON.stringify({ text: '/today', operator: 'ops' })))).toMatchObject({ replies: [{ kind: 'staff' }] });
  });

  it('passes a refusal back to the caller of npm run staff as an error', async () => {
    const { cli } = await runningBot();
    await expect(cli(['today'], '', 'Not A Name!')).rejects.toThrow(/refused: "operator"/);
  });

  it('never writes a reply through a file or symlink planted where the reply goes', async () => {
    const { drop, dataDir, inboxDir } = await runningBot();
    const victim = join(dataDir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    for (const planted of ['p.out.json', 'p.out.json.tmp']) symlinkSync(victim, join(inboxDir, planted));
    const answer = await drop('p', (path) => writeFileSync(path, JSON.stringify({ text: '/today', operator: 'ops' })));
    expect(answer).toMatchObject({ replies: [{ kind: 'staff' }] });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(inboxDir, 'p.out.json')).isFile()).toBe(true);
    expect(readdirSync(inboxDir).filter((n) => n.endsWith('.taken'))).toEqual([]);
  });
});
