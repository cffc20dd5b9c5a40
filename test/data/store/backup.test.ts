/**
 * Backups (issue 13 item 2): a backup taken while bookings keep coming restores into a folder
 * that holds every booking acknowledged before it began, hot and archived; restore refuses over
 * a running bot; rotation keeps 7 daily + 4 weekly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { seededRandom } from '../../../core/booking/booking-code.js';
import { Bookings } from '../../../core/booking/bookings.js';
import { type Logger, silentLogger } from '../../../core/ports.js';
import type { LayaniTables } from '../../../core/records.js';
import { backupName, backupStore, expiredBackups, newestBackup, restoreStore } from '../../../data/store/backup.js';
import { openJsonStore } from '../../../data/store/json-store.js';
import { testSettings } from '../../fakes/mpp.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-backup-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const SLOTS = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30'];

describe('backup and restore', () => {
  it('restores every booking acknowledged before the backup, though bookings went on during it', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'var');
    const backupDir = path.join(root, 'backups');
    let now = new Date('2026-11-20T02:00:00Z'); // Friday
    const store = await openJsonStore<LayaniTables>(dataDir, { compactMinBytes: 4096 });
    const bookings = new Bookings({ store, settings: testSettings(), clock: { now: () => now }, random: seededRandom(5) });
    const book = (i: number, date: string) =>
      bookings.book({ user: `tg:${i}`, name: `Warga ${i}`, service: 'ktp', variant: 'baru', date, time: SLOTS[Math.floor(i / 2) % SLOTS.length]! });
    // Served that Monday: a day's unserved bookings stay hot for the week they may still be moved (bookings.ts unservedFor).
    const early = (await Promise.all(Array.from({ length: 20 }, (_, i) => book(i, '2026-11-23')))).map((b) => bookings.patch(b, { status: 'done' }));
    now = new Date('2026-11-24T02:00:00Z');
    expect(bookings.archiveBefore('2026-11-24')).toBe(20); // into archive/bookings-2026-11.jsonl
    const hot = await Promise.all(Array.from({ length: 24 }, (_, i) => book(100 + i, '2026-11-25')));

    // Bookings keep coming while the backup runs: a consistent cut, whatever lands in it.
    const backup = backupStore(store, backupDir, '2026-11-24', silentLogger);
    const during = Promise.all(Array.from({ length: 24 }, (_, i) => book(200 + i, '2026-11-26')));
    const file = await backup;
    await during;
    await store.close();

    fs.rmSync(dataDir, { recursive: true }); // the disk is lost
    const rows = await restoreStore(file, dataDir, now);
    expect(rows['bookings']).toBeGreaterThanOrEqual(24);

    const restored = await openJsonStore<LayaniTables>(dataDir);
    const table = restored.table('bookings');
    expect(hot.filter((b) => table.get(b.id)?.code !== b.code)).toEqual([]);
    const archived = fs
      .readFileSync(path.join(dataDir, 'archive', 'bookings-2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { row: { code: string } }).row.code);
    expect(archived.sort()).toEqual(early.map((b) => b.code).sort());
    // Queue numbers go on from where the backup left them, never back to 1 for a day it holds.
    expect(restored.table('counters').get('queue|ktp|2026-11-25')?.value).toBe(24);
    await restored.close();
  });

  it('refuses to restore over a running bot, and leaves its folder alone', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'var');
    const store = await openJsonStore<LayaniTables>(dataDir);
    store.table('counters').put({ id: 'seq', value: 7 });
    const file = await backupStore(store, path.join(root, 'backups'), '2026-11-24', silentLogger);
    await store.close();
    const running = await openJsonStore<LayaniTables>(dataDir);
    fs.writeFileSync(path.join(dataDir, 'layani.lock'), `${process.ppid}\n`); // another live process owns it
    await expect(restoreStore(file, dataDir, new Date())).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('replaced-'))).toEqual([]);
    fs.writeFileSync(path.join(dataDir, 'layani.lock'), `${process.pid}\n`);
    await running.close();
  });

  it('rotation keeps the newest 7 daily backups and one for each of the 4 weeks before', () => {
    const names = Array.from({ length: 40 }, (_, i) => `layani-${new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString().slice(0, 10)}.tar.gz`);
    const expired = new Set(expiredBackups([...names, 'notes.txt', 'copy-layani-2026-10-01.tar.gz']));
    expect(expired.has('copy-layani-2026-10-01.tar.gz'), "an operator's copy is not a backup").toBe(false);
    const kept = names.filter((name) => !expired.has(name));
    expect(kept).toEqual([
      ...names.slice(0, 7), // 30 Nov back to 24 Nov (the week of Mon 23 Nov is covered)
      'layani-2026-11-22.tar.gz', // newest of the week of 16 Nov
      'layani-2026-11-15.tar.gz',
      'layani-2026-11-08.tar.gz',
      'layani-2026-11-01.tar.gz',
    ]);
    expect(expired.has('notes.txt')).toBe(false);
  });

  it('a nightly backup deletes the expired ones on disk, keeps other files, and logs what it did', async () => {
    const root = tempDir();
    const backupDir = path.join(root, 'backups');
    fs.mkdirSync(backupDir);
    // Eight older nightly backups (17–24 Nov) and an operator's file.
    const older = Array.from({ length: 8 }, (_, i) => backupName(`2026-11-${String(17 + i)}`));
    for (const name of [...older, 'notes.txt']) fs.writeFileSync(path.join(backupDir, name), 'x');
    const store = await openJsonStore<LayaniTables>(path.join(root, 'var'));
    store.table('counters').put({ id: 'seq', value: 7 });
    const lines: { event: string; fields: unknown }[] = [];
    const logger: Logger = { info: (event, fields) => lines.push({ event, fields }), warn() {}, error() {} };
    const file = await backupStore(store, backupDir, '2026-11-25', logger);
    await store.close();
    expect(file).toBe(path.join(backupDir, 'layani-2026-11-25.tar.gz'));
    // Newest 7 are 19–25 Nov; 17 and 18 Nov are in the week of Mon 16 Nov, which 19–22 Nov cover already.
    expect(fs.readdirSync(backupDir).sort()).toEqual([...older.slice(2), 'layani-2026-11-25.tar.gz', 'notes.txt'].sort());
    expect(lines).toEqual([{ event: 'store.backup', fields: { file, bytes: fs.statSync(file).size, removed: 2 } }]);
    expect(await newestBackup(backupDir)).toBe('2026-11-25');
  });

  it('the newest backup is found by date among other files; none when the folder is missing', async () => {
    const dir = tempDir();
    for (const name of ['layani-2026-11-03.tar.gz', 'layani-2026-11-21.tar.gz', 'layani-2026-11-09.tar.gz', 'layani-2026-12-01.tar.gz.tmp', 'zz.txt']) {
      fs.writeFileSync(path.join(dir, name), 'x');
    }
    expect(await newestBackup(dir)).toBe('2026-11-21');
    expect(await newestBackup(path.join(dir, 'missing'))).toBeUndefined();
  });

  it('restore sets the replaced data files aside, restores every data file, and leaves other files alone', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'var');
    const store = await openJsonStore<LayaniTables>(dataDir);
    store.table('counters').put({ id: 'seq', value: 7 });
    store.table('counters').put({ id: 'gone', value: 1 });
    store.table('counters').archive('gone', '2026-11');
    store.appendLog('audit', { event: 'before' });
    await store.flush();
    const file = await backupStore(store, path.join(root, 'backups'), '2026-11-24', silentLogger);
    store.table('counters').put({ id: 'seq', value: 9 }); // after the backup: replaced by the restore
    store.appendLog('audit', { event: 'after' });
    await store.close();
    fs.writeFileSync(path.join(dataDir, 'inbox.txt'), 'not store data');
    const before = Object.fromEntries(
      ['manifest.json', 'snapshot.json', 'wal.jsonl', 'logs/audit.jsonl', 'archive/counters-2026-11.jsonl'].map((name) => [
        name,
        fs.readFileSync(path.join(dataDir, name), 'utf8'),
      ]),
    );

    const rows = await restoreStore(file, dataDir, new Date('2026-11-25T03:04:05.678Z'));
    expect(rows).toEqual({ bookings: 0, complaints: 0, counters: 1 });
    const aside = path.join(dataDir, 'replaced-2026-11-25T03-04-05-678Z');
    for (const [name, text] of Object.entries(before)) expect(fs.readFileSync(path.join(aside, name), 'utf8'), name).toBe(text);
    expect(fs.readFileSync(path.join(dataDir, 'inbox.txt'), 'utf8')).toBe('not store data');
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'layani.lock')), 'the restore gives the folder back').toBe(false);

    const restored = await openJsonStore<LayaniTables>(dataDir);
    expect(restored.table('counters').get('seq')?.value).toBe(7);
    await restored.close();
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'audit.jsonl'), 'utf8')).toBe('{"event":"before"}\n');
    expect(fs.readFileSync(path.join(dataDir, 'archive', 'counters-2026-11.jsonl'), 'utf8')).toContain('"id":"gone"');
  });

  it('a file that is not a backup is refused by name, before anything is touched', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'var');
    const store = await openJsonStore<LayaniTables>(dataDir);
    store.table('counters').put({ id: 'seq', value: 7 });
    await store.close();
    const bogus = path.join(root, 'layani-2026-11-24.tar.gz');
    fs.writeFileSync(bogus, 'this is not a tar file');
    await expect(restoreStore(bogus, dataDir, new Date())).rejects.toMatchObject({
      code: 'DATA_FILE',
      message: expect.stringContaining(`${bogus} is not a readable Layani backup (`) as string,
    });
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('replaced-') || name.startsWith('.restore-'))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'layani.lock'))).toBe(false);
    const again = await openJsonStore<LayaniTables>(dataDir);
    expect(again.table('counters').get('seq')?.value).toBe(7);
    await again.close();
  });

  it('rotation keeps everything while there are 7 or fewer, and one per week after that', () => {
    const few = ['layani-2026-11-30.tar.gz', 'layani-2026-11-01.tar.gz', 'layani-2026-10-01.tar.gz'];
    expect(expiredBackups(few)).toEqual([]);
    // Two in the same week after the daily ones: only the newer one stays.
    const names = Array.from({ length: 7 }, (_, i) => `layani-2026-11-${String(24 + i)}.tar.gz`);
    expect(expiredBackups([...names, 'layani-2026-11-20.tar.gz', 'layani-2026-11-19.tar.gz'])).toEqual(['layani-2026-11-19.tar.gz']);
    expect(expiredBackups([...names, 'layani-2026-11-20.tar.gz'], 7, 0)).toEqual(['layani-2026-11-20.tar.gz']);
  });
});
