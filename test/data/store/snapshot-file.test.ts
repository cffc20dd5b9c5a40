/**
 * The snapshot written a slice at a time (issue 16 item 7: snapshot-file.ts mutants): whatever the
 * slicing, the file holds every row of every table (a line each, issue 13 item 4), and the size it
 * reports is the file's (the store compacts again when the WAL outgrows it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Row } from '../../../core/ports.js';
import { readSnapshotText, writeSnapshot } from '../../../data/store/snapshot-file.js';
import { parseSnapshot, snapshotLines } from '../../../data/store/snapshot-lines.js';

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
    const snapshot = parseSnapshot(read?.text ?? '', file);
    // An empty table writes no line: it reads as absent, which the store treats as empty.
    expect(snapshot).toEqual({
      format: 3,
      generation: 4,
      walSeq: 2_010,
      pendingArchives,
      tables: { bookings, counters: [{ id: 'queue|ktp|2026-11-30', value: 3 }] },
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['snapshot.json']); // the temp file was renamed in
  });

  it('an empty store is a valid snapshot too; a missing one reads as none', async () => {
    const file = path.join(tempDir(), 'snapshot.json');
    expect(await readSnapshotText(file)).toBeUndefined();
    await writeSnapshot(file, { generation: 1, walSeq: 0, pendingArchives: [] }, []);
    expect(parseSnapshot(fs.readFileSync(file, 'utf8'), file)).toEqual({ format: 3, generation: 1, walSeq: 0, pendingArchives: [], tables: {} });
  });

  it('keys each row line by table and id without parsing the row, whatever the id holds', async () => {
    const file = path.join(tempDir(), 'snapshot.json');
    const odd = ['plain', 'with "quotes"', 'back\\slash', 'ends with \\', 'é ✓', '","', ''];
    // The last row is built with its id last: the line puts it first, where the key is read.
    const rows: Row[] = odd.map((id, n) => (n === odd.length - 1 ? ({ n, text: `"${id}"}` , id } as Row) : ({ id, n, text: `"${id}"}` } as Row)));
    const counters: Row[] = [{ id: 'plain', value: 1 } as Row];
    await writeSnapshot(file, { generation: 1, walSeq: 0, pendingArchives: [] }, [['bookings', rows], ['counters', counters]]);
    const text = fs.readFileSync(file, 'utf8');
    const { tables } = snapshotLines(text, file);
    // The key is exactly what a WAL change for that row computes (`JSON.stringify(id)`), so the compaction finds it.
    expect([...(tables.get('bookings')?.keys() ?? [])]).toEqual(odd.map((id) => JSON.stringify(id)));
    expect([...(tables.get('counters')?.keys() ?? [])]).toEqual(['"plain"']);
    expect([...(tables.get('bookings')?.values() ?? [])].map((line) => JSON.parse(line) as unknown)).toEqual(rows);
    expect(parseSnapshot(text, file).tables).toEqual({ bookings: rows, counters });
  });

  it('reads a format-2 snapshot (one JSON object) as before, rows and lines alike', () => {
    const file = path.join(tempDir(), 'snapshot.json');
    const old = { format: 2, generation: 3, walSeq: 9, pendingArchives: [], tables: { bookings: [{ id: 'b1', n: 1 }, { id: 'b2', n: 2 }] } };
    const text = JSON.stringify(old);
    expect(parseSnapshot(text, file)).toEqual(old);
    const { head, tables } = snapshotLines(text, file);
    expect(head).toEqual({ generation: 3, walSeq: 9, pendingArchives: [] });
    expect([...(tables.get('bookings') ?? [])]).toEqual([
      ['"b1"', '{"id":"b1","n":1}'],
      ['"b2"', '{"id":"b2","n":2}'],
    ]);
  });
});
