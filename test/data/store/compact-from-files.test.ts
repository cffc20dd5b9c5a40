/**
 * The compaction a large store runs in a worker, called here in-process so a mutation of it is
 * seen (issue 16 item 7; in a worker thread Stryker cannot switch mutants on). The next snapshot is
 * the old one plus the WAL up to the offset: no change lost, none applied twice, none from after it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { compactFromFiles } from '../../../data/store/compact-from-files.js';
import { writeSnapshot } from '../../../data/store/snapshot-file.js';
import { parseSnapshot } from '../../../data/store/snapshot-lines.js';
import { arcLine, delLine, putLine } from '../../../data/store/wal.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-compact-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const row = (id: string, n = 0) => ({ id, n });
const snapshotOf = (dir: string) => parseSnapshot(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json');

describe('compactFromFiles', () => {
  it('applies the WAL lines after the snapshot up to the offset, and only those', async () => {
    const dir = tempDir();
    await writeSnapshot(path.join(dir, 'snapshot.json'), { generation: 3, walSeq: 2, pendingArchives: [] }, [['bookings', [row('b1'), row('b2')]]]);
    const upTo = [
      putLine(1, 'bookings', JSON.stringify(row('b1'))), // already in the snapshot (a WAL cut lost in a crash)
      putLine(2, 'bookings', JSON.stringify(row('b2'))),
      putLine(3, 'bookings', JSON.stringify(row('b3'))),
      delLine(4, 'bookings', 'b1'),
      arcLine(5, 'bookings', '2026-11', JSON.stringify(row('b2'))),
      putLine(6, 'counters', JSON.stringify({ id: 'seq', value: 6 })),
    ].join('');
    const after = putLine(7, 'bookings', JSON.stringify(row('b4'))); // a commit during the compaction
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), upTo + after);
    const pendingArchives = [
      { seq: 5, table: 'bookings', bucket: '2026-11', row: row('b2') },
      { seq: 8, table: 'bookings', bucket: '2026-11', row: row('b3') }, // after the offset: its row is still in the tables
    ];
    const result = await compactFromFiles({ dir, walOffset: Buffer.byteLength(upTo), generation: 4, pendingArchives });
    expect(result).toEqual({ bytes: fs.statSync(path.join(dir, 'snapshot.json')).size, walSeq: 6, rows: 2 });
    expect(snapshotOf(dir)).toEqual({
      format: 3,
      generation: 4,
      walSeq: 6,
      pendingArchives: [pendingArchives[0]],
      tables: { bookings: [row('b3')], counters: [{ id: 'seq', value: 6 }] },
    });
  });

  it('starts from nothing when there is no snapshot yet', async () => {
    const dir = tempDir();
    const wal = putLine(1, 'bookings', JSON.stringify(row('b1', 1)));
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), wal);
    expect(await compactFromFiles({ dir, walOffset: wal.length, generation: 1, pendingArchives: [] })).toMatchObject({ walSeq: 1, rows: 1 });
    expect(snapshotOf(dir)).toMatchObject({ walSeq: 1, tables: { bookings: [row('b1', 1)] } });
  });

  it('refuses a WAL with a gap, or shorter than the store wrote, and leaves the snapshot alone', async () => {
    const dir = tempDir();
    await writeSnapshot(path.join(dir, 'snapshot.json'), { generation: 1, walSeq: 2, pendingArchives: [] }, [['bookings', [row('b1')]]]);
    const before = fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8');
    const wal = path.join(dir, 'wal.jsonl');
    const gap = putLine(3, 'bookings', JSON.stringify(row('b2'))) + putLine(5, 'bookings', JSON.stringify(row('b3')));
    fs.writeFileSync(wal, gap);
    await expect(compactFromFiles({ dir, walOffset: gap.length, generation: 2, pendingArchives: [] })).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringContaining(`${wal} is damaged: line 2 holds change 5 after change 3.`) as string,
    });
    const short = putLine(3, 'bookings', JSON.stringify(row('b2')));
    fs.writeFileSync(wal, short);
    await expect(compactFromFiles({ dir, walOffset: short.length + 10, generation: 2, pendingArchives: [] })).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringContaining(`${wal} is damaged: it is shorter (${short.length} bytes) than the ${short.length + 10} bytes the store wrote.`) as string,
    });
    expect(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8')).toBe(before);
  });
});
