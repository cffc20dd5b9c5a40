/** `npm run staff` against a running bot, through the inbox folder, with the real engine. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { type OperatorInbox, startOperatorInbox } from '../../bots/operator-inbox.js';
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Outgoing } from '../../core/types.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../../data/load.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { createNlu } from '../../intents/index.js';
import { runStaffCli, StaffCliError } from '../../scripts/staff-cli.js';
import { FakeClock } from '../fakes/clock.js';

const data = loadDataSync(DEFAULT_DATA_DIR);
let inbox: OperatorInbox | undefined;

afterEach(async () => {
  await inbox?.stop();
  inbox = undefined;
});

async function runningBot() {
  const dataDir = mkdtempSync(join(tmpdir(), 'layani-op-'));
  writeFileSync(join(dataDir, 'layani.lock'), String(process.pid));
  const sent: Outgoing[] = [];
  const engine = createEngine({
    ...data,
    nlu: createNlu(data.catalog, { timeZone: data.settings.timeZone }),
    store: createMemoryStore<LayaniTables>(),
    clock: new FakeClock('2026-11-23T02:00:00Z'),
    random: seededRandom(3),
    push: { send: (m) => (sent.push(m), Promise.resolve()) },
    logger: silentLogger,
  });
  inbox = await startOperatorInbox({ dir: join(dataDir, 'inbox'), conversation: engine.conversation, logger: silentLogger, pollMs: 20 });
  const cli = async (args: string[], answer = '') => {
    const input = new PassThrough();
    input.end(answer);
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await runStaffCli(args, { dataDir, input, output, timeoutMs: 5_000 });
    return text;
  };
  return { engine, sent, cli };
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
    await expect(runStaffCli(['today'], { dataDir, input: new PassThrough(), output: new PassThrough() })).rejects.toThrow(StaffCliError);
  });
});
