/**
 * The snapshot written a slice at a time (issue 16 item 7: snapshot-file.ts mutants): whatever the
 * slicing, the file is one JSON object holding every row of every table, and the size it reports
 * is the file's (the store compacts again when the WAL outgrows it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Row } from '../../../core/ports.js';
import { readSnapshotText, writeSnapshot } from '../../../data/store/snapshot-file.js';
import { checkSnapshot } from '../../../data/store/wal.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-snapshot-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('snapshot file', () => {
  it('holds every row of every table, across many slices, and reports its size in bytes', async () => {
    const file = path.join(tempDir(), 'snapshot.json');
    // ~200 KiB of bookings (several 64 KiB slices), an empty table, one small table; names with é (2 bytes).
    const bookings: Row[] = Array.from({ length: 2_000 }, (_, i) => ({ id: `b${i}`, name: `Warga Désa ${i}`, note: 'y'.repeat(80) }));
    const tables = [
      ['bookings', bookings],
      ['complaints', []],
      ['counters', [{ id: 'queue|ktp|2026-11-30', value: 3 }]],
    ] as const;
    const pendingArchives = [{ seq: 7, table: 'bookings', bucket: '2026-11', row: { id: 'old' } }];
    const bytes = await writeSnapshot(file, { generation: 4, walSeq: 2_010, pendingArchives }, tables);
    expect(bytes).toBe(fs.statSync(file).size);
    const read = await readSnapshotText(file);
    expect(read?.bytes).toBe(bytes);
    expect(read?.text.length, 'the é make bytes and characters differ').toBeLessThan(bytes);
    const snapshot = checkSnapshot(JSON.parse(read?.text ?? ''), file);
    expect(snapshot).toEqual({
      format: 2,
      generation: 4,
      walSeq: 2_010,
      pendingArchives,
      tables: { bookings, complaints: [], counters: [{ id: 'queue|ktp|2026-11-30', value: 3 }] },
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['snapshot.json']); // the temp file was renamed in
  });

  it('an empty store is a valid snapshot too; a missing one reads as none', async () => {
    const file = path.join(tempDir(), 'snapshot.json');
    expect(await readSnapshotText(file)).toBeUndefined();
    await writeSnapshot(file, { generation: 1, walSeq: 0, pendingArchives: [] }, []);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ format: 2, generation: 1, walSeq: 0, pendingArchives: [], tables: {} });
  });
});
