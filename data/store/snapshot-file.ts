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

/** Writes the temp file through `fill`, fsyncs it, renames it over `file`, fsyncs the directory. */
async function writeDurably(
  file: string,
  fill: (write: (data: string | Buffer) => Promise<void>) => Promise<void>,
  pause: (step: SnapshotStep) => void,
): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  const handle = await open(temp, 'w');
  let bytes = 0;
  try {
    await fill(async (data) => {
      const buffer = typeof data === 'string' ? Buffer.from(data) : data;
      await writeAll(handle, buffer);
      bytes += buffer.length;
    });
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

/**
 * Writes a snapshot of rows given as JSON text (snapshot-lines.ts) durably, `SLICE_BYTES` at a time; returns its
 * size in bytes. Temp file, fsync, rename, fsync the directory. Empty tables are left out.
 */
export function writeSnapshotLines(
  file: string,
  head: SnapshotHead,
  tables: readonly TableOfLines[],
  pause: (step: SnapshotStep) => void = () => undefined,
): Promise<number> {
  return writeDurably(
    file,
    async (write) => {
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
    },
    pause,
  );
}

/** Largest single write of a patched snapshot: a slice of the old file can be the whole 48 MB. */
const PIECE_BYTES = 1024 * 1024;

/**
 * Writes a snapshot given as pieces (snapshot-patch.ts: the head line, then slices of the old
 * snapshot's buffer and new text) durably; returns its size in bytes. Short pieces are joined
 * (bytes copied, never decoded) into one write, long ones split, so a write is 64 KiB–1 MiB.
 */
export function writeSnapshotPieces(file: string, pieces: readonly (string | Buffer)[], pause: (step: SnapshotStep) => void = () => undefined): Promise<number> {
  return writeDurably(
    file,
    async (write) => {
      await write(pieces[0]!);
      pause('temp-started');
      let batch: Buffer[] = [];
      let batched = 0;
      const flush = async () => {
        if (batched > 0) await write(Buffer.concat(batch, batched));
        batch = [];
        batched = 0;
      };
      for (const piece of pieces.slice(1)) {
        const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
        if (buffer.length < SLICE_BYTES) {
          batch.push(buffer);
          batched += buffer.length;
          if (batched >= SLICE_BYTES) await flush();
          continue;
        }
        await flush();
        for (let at = 0; at < buffer.length; at += PIECE_BYTES) await write(buffer.subarray(at, at + PIECE_BYTES));
      }
      await flush();
    },
    pause,
  );
}

/** The snapshot's bytes, or undefined when there is no snapshot. */
export async function readSnapshotBuffer(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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
