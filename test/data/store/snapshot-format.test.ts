/**
 * Snapshot format 3 (a line per row, issue 13 item 4) in a real store folder: a folder written by
 * the previous version (a format-2 snapshot, one JSON object) still opens with every row, and the
 * next compaction, in the worker or on the event loop, leaves a format-3 snapshot that opens the same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openJsonStore } from '../../../data/store/json-store.js';
import { parseSnapshot } from '../../../data/store/snapshot-lines.js';
import { putLine } from '../../../data/store/wal.js';

interface Tables {
  [table: string]: { id: string; n: number };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** What the previous version left after a clean run: snapshot (format 2), manifest, and one change in the WAL. */
function previousVersionFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-format-'));
  dirs.push(dir);
  const rows = [{ id: 'b1', n: 1 }, { id: 'b2', n: 2 }, { id: 'with "quote"', n: 3 }];
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ format: 2, generation: 5, walSeq: 3, pendingArchives: [], tables: { bookings: rows } }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 1, generation: 5, walSeq: 3, archives: {} }));
  fs.writeFileSync(path.join(dir, 'wal.jsonl'), putLine(4, 'bookings', JSON.stringify({ id: 'b2', n: 20 })));
  return dir;
}

const formatOf = (dir: string) => parseSnapshot(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json').format;
const expected = [{ id: 'b1', n: 1 }, { id: 'b2', n: 20 }, { id: 'with "quote"', n: 3 }, { id: 'b4', n: 4 }];

describe('snapshot format upgrade', () => {
  it.each([
    ['in a worker thread', 0],
    ['on the event loop', Number.MAX_SAFE_INTEGER],
  ])('a format-2 folder opens whole and its next compaction (%s) writes format 3', async (_how, workerAboveBytes) => {
    const dir = previousVersionFolder();
    const store = await openJsonStore<Tables>(dir, { workerAboveBytes });
    expect([...store.table('bookings').values()]).toEqual(expected.slice(0, 3));
    expect(formatOf(dir)).toBe(2); // nothing rewritten just by opening
    store.table('bookings').put({ id: 'b4', n: 4 });
    await store.flush();
    await store.compact();
    expect(formatOf(dir)).toBe(3);
    store.table('bookings').delete('b1');
    await store.flush();
    await store.close(); // compacts again, now from a format-3 snapshot
    const again = await openJsonStore<Tables>(dir, { workerAboveBytes });
    expect([...again.table('bookings').values()]).toEqual(expected.slice(1));
    expect(again.stats()).toMatchObject({ generation: 7, seq: 6, walBytes: 0 });
    await again.close();
  });
});
