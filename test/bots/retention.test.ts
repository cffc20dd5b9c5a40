/** Logs with personal data are kept for the days mpp.json sets, then deleted (issue 13 item 7). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { operatorLog } from '../../bots/operator-inbox.js';
import { startRetention } from '../../bots/retention.js';
import { terminalSender, termSender } from '../../bots/terminal.js';
import { silentLogger } from '../../core/ports.js';
import { settingsSchema } from '../../core/schema.js';
import { testSettings } from '../fakes/mpp.js';

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'layani-retention-'));
  mkdirSync(join(dir, 'inbox'));
  mkdirSync(join(dir, 'logs'));
  return dir;
}

describe('retention', () => {
  it('defaults when mpp.json says nothing, so older settings files still load', () => {
    expect(testSettings().retention).toEqual({ operatorLogDays: 30, auditDays: 365 });
    const { retention: _omitted, ...old } = testSettings();
    expect(settingsSchema.parse({ ...old, retention: { operatorLogDays: 7 } }).retention).toEqual({ operatorLogDays: 7, auditDays: 365 });
  });

  it('writes the operator log one file per day, masked, and deletes days past the retention', async () => {
    const dir = dataDir();
    const inbox = join(dir, 'inbox');
    let now = new Date('2026-10-01T05:00:00Z');
    const log = operatorLog(inbox, () => now);
    await log.send({ to: 'term:operator:sari', kind: 'handoff', text: 'NIK 3273010101900009' });
    now = new Date('2026-10-31T05:00:00Z');
    await log.send({ to: 'term:operator:sari', kind: 'staff', text: 'laporan' });
    expect(readdirSync(inbox).sort()).toEqual(['operator-2026-10-01.jsonl', 'operator-2026-10-31.jsonl']);
    expect(readFileSync(join(inbox, 'operator-2026-10-01.jsonl'), 'utf8')).toContain('3273••••••••0009');

    const retention = startRetention({ dataDir: dir, inboxDir: inbox, retention: { operatorLogDays: 30, auditDays: 365 }, logger: silentLogger, now: () => now });
    retention.stop();
    await retention.run(); // 1 Oct ended 29 days and 19 hours ago: kept
    expect(readdirSync(inbox)).toHaveLength(2);
    now = new Date('2026-11-01T00:00:00Z');
    await retention.run();
    expect(readdirSync(inbox)).toEqual(['operator-2026-10-31.jsonl']);
  });

  it('deletes a month of audit log once the month ended more than auditDays ago, and nothing else', async () => {
    const dir = dataDir();
    for (const name of ['audit-2025-10.jsonl', 'audit-2025-11.jsonl', 'audit-2026-11.jsonl', 'wal-other.jsonl', 'audit.jsonl']) writeFileSync(join(dir, 'logs', name), '{}\n');
    const retention = startRetention({ dataDir: dir, inboxDir: join(dir, 'inbox'), retention: { operatorLogDays: 30, auditDays: 365 }, logger: silentLogger, now: () => new Date('2026-11-30T12:00:00Z') });
    retention.stop();
    await retention.run();
    // October 2025 ended 1 Nov 2025, more than 365 days ago; November 2025 ended 1 Dec 2025.
    expect(readdirSync(join(dir, 'logs')).sort()).toEqual(['audit-2025-11.jsonl', 'audit-2026-11.jsonl', 'audit.jsonl', 'wal-other.jsonl']);
  });
});

describe('messages for term: ids', () => {
  it('are printed in the terminal demo, but only logged in service mode', async () => {
    const printed: string[] = [];
    const logged: string[] = [];
    // _write runs synchronously inside write(), so `printed` is complete when send() resolves.
    const stdout = new Writable({ write: (chunk: Buffer, _encoding, done) => (printed.push(chunk.toString()), done()) });
    const terminal = terminalSender(stdout);
    const operator = { send: (m: { text: string }) => (logged.push(m.text), Promise.resolve()) };
    const isOperator = (u: string) => u.startsWith('term:operator');
    const message = { to: 'term:admin' as const, kind: 'staff' as const, text: 'Pengaduan dari Siti' };
    await termSender({ service: false, operatorLog: operator, terminal, isOperator }).send(message);
    expect(printed.join('')).toContain('Siti');
    printed.length = 0;
    await termSender({ service: true, operatorLog: operator, terminal, isOperator }).send(message);
    await termSender({ service: false, operatorLog: operator, terminal, isOperator }).send({ ...message, to: 'term:operator:sari' });
    expect(printed).toEqual([]);
    expect(logged).toEqual(['Pengaduan dari Siti', 'Pengaduan dari Siti']);
  });
});
