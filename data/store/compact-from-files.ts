/**
 * A compaction that reads the files instead of the hot rows in memory: the current snapshot plus
 * the WAL's first `walOffset` bytes make the next snapshot. It runs in a worker thread
 * (compact-worker.ts), so writing a large hot set costs the event loop nothing (issue 13 item 4:
 * stringifying 100k rows on the main thread, even a slice at a time, held every commit behind it
 * and put book() p99 at 11 ms).
 *
 * Rows the WAL did not change since the last snapshot are carried over as the text they were
 * (snapshot-lines.ts): only the WAL is parsed, so at 100k upcoming bookings a compaction costs
 * the worker a fraction of parsing and stringifying the whole book again.
 *
 * Same result as writing the rows in memory at that point of the WAL: the WAL holds every change,
 * in order, and replaying it is how a restart rebuilds them anyway (recover.ts).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';

import { FILES } from './recover.js';
import { readSnapshotText, type SnapshotStep, type TableOfLines, writeSnapshotLines } from './snapshot-file.js';
import { rowText, type SnapshotHead, snapshotLines, type TableLines } from './snapshot-lines.js';
import type { ArchiveOp } from './wal.js';
import { corrupt, parseWalLine } from './wal.js';

export interface CompactJob {
  readonly dir: string;
  /** The WAL's size when the compaction started: whole lines, all of them durable. */
  readonly walOffset: number;
  readonly generation: number;
  /** Archive moves whose archive line may not be durable yet (the store's backlog). */
  readonly pendingArchives: readonly ArchiveOp[];
}

export interface CompactResult {
  readonly bytes: number;
  /** The last change the new snapshot holds. */
  readonly walSeq: number;
  readonly rows: number;
}

async function readPrefix(file: string, length: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(buffer, done, length - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    if (done < length) throw corrupt(file, `it is shorter (${done} bytes) than the ${length} bytes the store wrote`);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The current snapshot's head and row lines by table and id; an empty one when there is none yet. */
async function readLines(file: string): Promise<{ head: SnapshotHead; tables: TableLines }> {
  const read = await readSnapshotText(file);
  return read === undefined ? { head: { generation: 0, walSeq: 0, pendingArchives: [] }, tables: new Map() } : snapshotLines(read.text, file);
}

/** Steps a crash test can stop the worker at: the files read, nothing written yet; then the snapshot's. */
export type WorkerStep = 'read' | SnapshotStep;

export async function compactFromFiles(job: CompactJob, pause: (step: WorkerStep) => void = () => undefined): Promise<CompactResult> {
  const walFile = path.join(job.dir, FILES.wal);
  const { head, tables } = await readLines(path.join(job.dir, FILES.snapshot));
  const lines = (table: string) => tables.get(table) ?? tables.set(table, new Map()).get(table)!;
  let walSeq = head.walSeq;
  const wal = (await readPrefix(walFile, job.walOffset)).split('\n');
  wal.pop(); // the prefix ends with a newline
  wal.forEach((line, index) => {
    const entry = parseWalLine(line, walFile, index + 1);
    if (entry.s <= walSeq) return; // already in the snapshot
    if (entry.s !== walSeq + 1) throw corrupt(walFile, `line ${index + 1} holds change ${entry.s} after change ${walSeq}`);
    // Unchanged rows stay the text they were; a changed one is written from its WAL line.
    if (entry.op === 'put') lines(entry.t).set(JSON.stringify(entry.row.id), rowText(entry.row));
    else lines(entry.t).delete(JSON.stringify(entry.op === 'del' ? entry.id : entry.row.id));
    walSeq = entry.s;
  });
  pause('read');
  // Moves after walSeq are not applied here: their rows are still in the tables written.
  const pendingArchives = job.pendingArchives.filter((op) => op.seq <= walSeq);
  const list = [...tables].map(([name, rows]): TableOfLines => [name, rows.size, rows.values()]);
  const bytes = await writeSnapshotLines(path.join(job.dir, FILES.snapshot), { generation: job.generation, walSeq, pendingArchives }, list, pause);
  return { bytes, walSeq, rows: list.reduce((sum, [, rows]) => sum + rows, 0) };
}
