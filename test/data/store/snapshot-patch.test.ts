/**
 * The compaction that carries unchanged rows over as slices of the old snapshot's bytes (issue 13
 * item 4, session 6; data/store/snapshot-patch.ts) must write the same file as the plain way:
 * every row line in a Map by id, the WAL applied with `set`/`delete`, the Map written out. Drawn
 * at random: puts of new and existing rows, deletes, archive moves, a row deleted and put again
 * (it moves to its table's end), tables the snapshot lacks, ids with quotes, backslashes and
 * non-ASCII letters, rows long enough to cross the writer's 64 KiB slices.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { seededRandom } from '../../../core/booking/booking-code.js';
import type { Row } from '../../../core/ports.js';
import { compactFromFiles } from '../../../data/store/compact-from-files.js';
import { type TableOfLines, writeSnapshot, writeSnapshotLines } from '../../../data/store/snapshot-file.js';
import { rowText, snapshotLines } from '../../../data/store/snapshot-lines.js';
import { arcLine, delLine, parseWalLine, putLine } from '../../../data/store/wal.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-patch-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const IDS = ['b1', 'b2', 'b3', 'a"b', 'x\\y', 'ü-1', 'Désa', 'b10', 'b11', 'b12', 'q', 'r'];
const TABLES = ['bookings', 'counters', 'complaints'];

/** What the compaction wrote before session 6: the old snapshot's lines by id, the WAL applied to them, written out. */
async function plainCompaction(dir: string, walText: string, generation: number, target: string): Promise<void> {
  const { head, tables } = snapshotLines(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json');
  const lines = (table: string) => tables.get(table) ?? tables.set(table, new Map()).get(table)!;
  let walSeq = head.walSeq;
  walText.split('\n').slice(0, -1).forEach((line, index) => {
    const entry = parseWalLine(line, 'wal.jsonl', index + 1);
    if (entry.s <= walSeq) return;
    if (entry.op === 'put') lines(entry.t).set(JSON.stringify(entry.row.id), rowText(entry.row));
    else lines(entry.t).delete(JSON.stringify(entry.op === 'del' ? entry.id : entry.row.id));
    walSeq = entry.s;
  });
  const list = [...tables].map(([name, rows]): TableOfLines => [name, rows.size, rows.values()]);
  await writeSnapshotLines(target, { generation, walSeq, pendingArchives: [] }, list);
}

/** A snapshot of random rows in 1–2 tables, and a WAL of `changes` random changes after it. */
function draw(random: () => number, changes: number): { tables: [string, Row[]][]; wal: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const row = (id: string): Row & { n: number; pad: string } => ({ id, n: Math.floor(random() * 1000), pad: 'p'.repeat(random() < 0.1 ? 40_000 : 20) });
  const tables: [string, Row[]][] = TABLES.slice(0, 1 + Math.floor(random() * 2)).map((table) => [
    table,
    IDS.filter(() => random() < 0.6).map(row),
  ]);
  let wal = '';
  for (let s = 11; s < 11 + changes; s++) {
    const table = pick(TABLES);
    const id = pick(IDS);
    const roll = random();
    if (roll < 0.55) wal += putLine(s, table, JSON.stringify(row(id)));
    else if (roll < 0.85) wal += delLine(s, table, id);
    else wal += arcLine(s, table, '2026-11', JSON.stringify(row(id)));
  }
  return { tables, wal };
}

describe('compaction from the old snapshot bytes', () => {
  it('writes the same file, byte for byte, as applying the WAL to a Map of row lines (300 random histories)', async () => {
    const random = seededRandom(13);
    for (let round = 0; round < 300; round++) {
      const dir = tempDir();
      const { tables, wal } = draw(random, Math.floor(random() * 25));
      // A line already in the snapshot (a WAL cut lost in a crash) is skipped by both.
      const walText = putLine(10, 'bookings', JSON.stringify({ id: 'b1', n: -1 })) + wal;
      await writeSnapshot(path.join(dir, 'snapshot.json'), { generation: 3, walSeq: 10, pendingArchives: [] }, tables);
      fs.writeFileSync(path.join(dir, 'wal.jsonl'), walText);
      const expected = path.join(dir, 'expected.json');
      await plainCompaction(dir, walText, 4, expected);
      const result = await compactFromFiles({ dir, walOffset: Buffer.byteLength(walText), generation: 4, pendingArchives: [] });
      const written = fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8');
      expect(written, `round ${round}`).toBe(fs.readFileSync(expected, 'utf8'));
      expect(result.bytes).toBe(Buffer.byteLength(written));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries every row over unchanged when the WAL holds nothing new; only the head line differs', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'snapshot.json');
    const rows = Array.from({ length: 3_000 }, (_, i) => ({ id: `b${i}`, name: `Warga Désa ${i}` }));
    await writeSnapshot(file, { generation: 7, walSeq: 40, pendingArchives: [] }, [['bookings', rows], ['counters', [{ id: 'seq', value: 40 } as Row]]]);
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), '');
    expect(await compactFromFiles({ dir, walOffset: 0, generation: 8, pendingArchives: [] })).toMatchObject({ walSeq: 40, rows: 3_001 });
    const after = fs.readFileSync(file, 'utf8');
    expect(after.split('\n')[0]).toBe('{"format":3,"generation":8,"walSeq":40,"rows":3001,"pendingArchives":[]}');
    expect(after.slice(after.indexOf('\n'))).toBe(before.slice(before.indexOf('\n')));
  });

  const damaged: readonly [string, (text: string) => string, string][] = [
    ['a row line without its id first', (t) => t.replace('{"id":"b2","n":2}', '{"n":2,"id":"b2"}'), 'a row of table bookings does not start with its id'],
    ['a table with fewer rows than its line says', (t) => t.replace('{"table":"bookings","rows":3}', '{"table":"bookings","rows":4}'), 'table bookings should hold 4 rows but holds 3'],
    ['a table with more rows than its line says', (t) => t.replace('{"table":"bookings","rows":3}', '{"table":"bookings","rows":2}'), 'table bookings should hold 2 rows but holds more'],
    ['a head that counts other rows', (t) => t.replace('"rows":4,', '"rows":5,'), 'it holds 4 rows where its first line says 5'],
    ['a last line cut off', (t) => t.slice(0, -1), 'its last line is cut off'],
    ['a file cut after a table line', (t) => t.slice(0, t.indexOf('\n[\n') + 1), 'the list of table bookings is not a list'],
    ['a file cut inside a table, at a line end', (t) => t.slice(0, t.indexOf('{"id":"b3"')), 'table bookings should hold 3 rows but the file ends first'],
  ];
  for (const [what, damage, message] of damaged) {
    it(`refuses ${what} (STORE_CORRUPT) and leaves the snapshot as it was`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'snapshot.json');
      const rows = [1, 2, 3].map((n) => ({ id: `b${n}`, n }));
      await writeSnapshot(file, { generation: 2, walSeq: 5, pendingArchives: [] }, [['bookings', rows], ['counters', [{ id: 'seq', value: 5 } as Row]]]);
      fs.writeFileSync(file, damage(fs.readFileSync(file, 'utf8')));
      const before = fs.readFileSync(file, 'utf8');
      const wal = putLine(6, 'bookings', JSON.stringify({ id: 'b2', n: 1 }));
      fs.writeFileSync(path.join(dir, 'wal.jsonl'), wal);
      await expect(compactFromFiles({ dir, walOffset: wal.length, generation: 3, pendingArchives: [] })).rejects.toMatchObject({
        code: 'STORE_CORRUPT',
        message: expect.stringContaining(message) as string,
      });
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
    });
  }
});
