/**
 * Writes `snapshot.json` (a line per row, snapshot-lines.ts) a slice at a time, so a compaction
 * never blocks the event loop for long (issue 13 item 4: one `JSON.stringify` of 100k rows
 * stalled it 307 ms). Rows are stringified `SLICE_BYTES` of JSON at a time and each slice is
 * awaited onto disk, which lets bookings and chat messages in between. Then: fsync the temp file, rename it in, fsync the directory (the same
 * steps as `FsyncJsonFile`, docs/notes/store.md §4).
 *
 * The rows passed in are a copy of the hot set taken synchronously at `walSeq`. Rows are never
 * mutated in place (every change `put`s a new object), so the copy stays the state at `walSeq`
 * while new changes keep flowing into the WAL.
 */
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

import type { Row } from '../../core/ports.js';
import { syncDir, writeAll } from './jsonl.js';
import { headLine, rowText, type SnapshotHead, tableLine } from './snapshot-lines.js';
import type { Snapshot } from './wal.js';

/** Bytes of JSON per write: ~0.3 ms of stringify, so a commit waits at most that long per step. */
const SLICE_BYTES = 64 * 1024;

/** A table's rows for the snapshot: how many, and each row's JSON, id first (made as the writer asks). */
export type TableOfLines = readonly [table: string, rows: number, lines: Iterable<string>];

/** Rows in memory as the snapshot holds them, stringified one at a time as the writer asks. */
function* rowTexts(rows: readonly Row[]): Generator<string> {
  for (const row of rows) yield rowText(row);
}

/**
 * Where a crash test may stop a snapshot write (`pause`): the temp file begun but incomplete, or
 * complete and synced but not renamed in. Both must leave the previous snapshot in charge.
 */
export type SnapshotStep = 'temp-started' | 'temp-synced';

/** Writes the rows in memory as the snapshot, durably; returns its size in bytes. */
export function writeSnapshot(
  file: string,
  head: SnapshotHead,
  tables: readonly (readonly [string, readonly Row[]])[],
  pause: (step: SnapshotStep) => void = () => undefined,
): Promise<number> {
  return writeSnapshotLines(file, head, tables.map(([name, rows]): TableOfLines => [name, rows.length, rowTexts(rows)]), pause);
}

/**
 * Writes a snapshot of rows given as JSON text (snapshot-lines.ts) durably, `SLICE_BYTES` at a time; returns its
 * size in bytes. Temp file, fsync, rename, fsync the directory. Empty tables are left out.
 */
export async function writeSnapshotLines(
  file: string,
  head: SnapshotHead,
  tables: readonly TableOfLines[],
  pause: (step: SnapshotStep) => void = () => undefined,
): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  const handle = await open(temp, 'w');
  let bytes = 0;
  try {
    const write = async (text: string) => {
      const buffer = Buffer.from(text);
      await writeAll(handle, buffer);
      bytes += buffer.length;
    };
    await write(headLine(head, tables.reduce((sum, [, rows]) => sum + rows, 0)));
    pause('temp-started');
    let text = '';
    for (const [name, rows, lines] of tables) {
      if (rows === 0) continue;
      text += `${tableLine(name, rows)}[\n`;
      let first = true;
      for (const row of lines) {
        text += first ? row : `,\n${row}`;
        first = false;
        if (text.length >= SLICE_BYTES) {
          await write(text);
          text = '';
        }
      }
      text += '\n]\n';
    }
    await write(text);
    // fsync before rename: otherwise power loss can keep the rename but not the data.
    await handle.sync();
  } finally {
    await handle.close();
  }
  pause('temp-synced');
  await rename(temp, file);
  await syncDir(path.dirname(file));
  return bytes;
}

/** The snapshot text and its size, or undefined when there is no snapshot. */
export async function readSnapshotText(file: string): Promise<{ text: string; bytes: number } | undefined> {
  try {
    // Read as bytes: the size comes free, without a second pass over ~50 MB to count it.
    const buffer = await readFile(file);
    return { text: buffer.toString('utf8'), bytes: buffer.length };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export type { Snapshot, SnapshotHead };
