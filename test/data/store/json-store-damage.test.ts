/**
 * What an operator sees when the data folder is damaged: the JSON store refuses to open with
 * STORE_CORRUPT naming the file and the line, never an empty or half-read database; a torn last
 * line (a crash mid-write) is cut and logged with the file it was cut from.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Row } from '../../../core/ports.js';
import { openJsonStore } from '../../../data/store/json-store.js';

type Tables = Record<string, Row> & { bookings: Row & { readonly n: number } };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-damage-'));
  dirs.push(dir);
  return dir;
}

/** A folder whose WAL holds three acknowledged bookings (the store was not closed: no compaction). */
async function threeInWal(): Promise<string> {
  const dir = tempDir();
  const store = await openJsonStore<Tables>(dir, { compactOnClose: false });
  for (let n = 1; n <= 3; n++) {
    store.table('bookings').put({ id: `b${n}`, n });
    await store.flush();
  }
  await store.close();
  return dir;
}

/** Why opening `dir` fails (fails the test when it opens). */
async function refusal(dir: string): Promise<{ code?: string; message: string }> {
  return openJsonStore<Tables>(dir).then(
    () => expect.unreachable('opened a damaged folder'),
    (error: unknown) => error as { code?: string; message: string },
  );
}

const walLines = (dir: string) => fs.readFileSync(path.join(dir, 'wal.jsonl'), 'utf8').split('\n').filter(Boolean);
const writeWal = (dir: string, lines: string[]) => fs.writeFileSync(path.join(dir, 'wal.jsonl'), `${lines.join('\n')}\n`);

describe('a damaged data folder', () => {
  it('names the damaged WAL line', async () => {
    const dir = await threeInWal();
    const lines = walLines(dir);
    writeWal(dir, [lines[0]!, '{"s":2,"op":"put","t":"bookings"}', lines[2]!]);
    const error = await refusal(dir);
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toContain('wal.jsonl is damaged: line 2: put without a row');
  });

  it('names the line where changes go missing (a WAL that does not belong to its snapshot)', async () => {
    const dir = await threeInWal();
    const lines = walLines(dir);
    writeWal(dir, [lines[0]!, lines[2]!]);
    const error = await refusal(dir);
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toContain('line 2 holds change 3 but');
  });

  it('refuses a snapshot that is not JSON, or not a snapshot', async () => {
    const dir = tempDir();
    const store = await openJsonStore<Tables>(dir);
    store.table('bookings').put({ id: 'b1', n: 1 });
    store.table('bookings').put({ id: 'b2', n: 2 });
    await store.close();
    const snapshot = path.join(dir, 'snapshot.json');
    const good = fs.readFileSync(snapshot, 'utf8');
    const damaged = async (text: string) => {
      fs.writeFileSync(snapshot, text);
      const error = await refusal(dir);
      expect(error).toMatchObject({ code: 'STORE_CORRUPT' });
      return error.message;
    };
    expect(await damaged(good.slice(0, 10))).toContain('snapshot.json is damaged: not valid JSON');
    expect(await damaged(good.slice(0, good.indexOf('\n')))).toContain('snapshot.json is damaged: its first line is cut off');
    expect(await damaged(good.slice(0, -4))).toContain('snapshot.json is damaged: its last line is cut off');
    // Cut exactly after a whole row: every line parses, so only the counts tell.
    const lastRow = good.lastIndexOf('\n', good.length - 2) + 1;
    expect(await damaged(good.slice(0, lastRow))).toContain('snapshot.json is damaged: table bookings should hold 2 rows but the file ends first');
    expect(await damaged(good.replace('"rows":2}', '"rows":1}'))).toContain('snapshot.json is damaged: the list of table bookings is not valid JSON');
    expect(await damaged(good.replace('"rows":2}', '"rows":3}'))).toContain('snapshot.json is damaged: table bookings should hold 3 rows but the file ends first');
    expect(await damaged(good.replace('"n":2}', '"n":2'))).toContain('snapshot.json is damaged: the list of table bookings is not valid JSON');
    expect(await damaged(good.replace('{"id":"b2",', '{'))).toContain('snapshot.json is damaged: a row of table bookings has no id');
    expect(await damaged(JSON.stringify({ format: 4, generation: 1, walSeq: 2, tables: {}, pendingArchives: [] }))).toContain(
      'snapshot.json is damaged: unknown format 4',
    );
    fs.writeFileSync(snapshot, good);
    const again = await openJsonStore<Tables>(dir);
    expect([...again.table('bookings').values()]).toEqual([{ id: 'b1', n: 1 }, { id: 'b2', n: 2 }]);
    await again.close();
  });

  it('cuts a torn last line and logs which file lost how many bytes', async () => {
    const dir = await threeInWal();
    fs.appendFileSync(path.join(dir, 'wal.jsonl'), '{"s":4,"op":"put","t":"boo');
    const warnings: { event: string; fields: unknown }[] = [];
    const logger = { info() {}, error() {}, warn: (event: string, fields?: unknown) => warnings.push({ event, fields }) };
    const store = await openJsonStore<Tables>(dir, { logger });
    expect([...store.table('bookings').values()].map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(warnings).toEqual([{ event: 'store.torn_tail_removed', fields: { file: path.join(dir, 'wal.jsonl'), removedBytes: 26 } }]);
    expect(store.stats()).toMatchObject({ rows: 3, seq: 3 });
    await store.close();
  });

  it('repairs only its own .jsonl files: other files in logs/ stay as they are', async () => {
    const dir = await threeInWal();
    fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'logs', 'notes.txt'), 'operator notes, no newline at the end');
    const store = await openJsonStore<Tables>(dir);
    await store.close();
    expect(fs.readFileSync(path.join(dir, 'logs', 'notes.txt'), 'utf8')).toBe('operator notes, no newline at the end');
  });

  it('counts one physical commit per flush that had something to write', async () => {
    const store = await openJsonStore<Tables>(tempDir());
    expect(store.stats().commits).toBe(0);
    store.table('bookings').put({ id: 'b1', n: 1 });
    await store.flush();
    await store.flush();
    expect(store.stats().commits).toBe(1);
    await store.close();
  });
});
