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
import { silentLogger } from '../../../core/ports.js';
import type { LayaniTables } from '../../../core/records.js';
import { backupStore, expiredBackups, restoreStore } from '../../../data/store/backup.js';
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
    const early = await Promise.all(Array.from({ length: 20 }, (_, i) => book(i, '2026-11-23')));
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
    const expired = new Set(expiredBackups([...names, 'notes.txt']));
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
});
