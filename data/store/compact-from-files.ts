/**
 * A compaction that reads the files instead of the hot rows in memory: the current snapshot plus
 * the WAL's first `walOffset` bytes make the next snapshot. It runs in a worker thread
 * (compact-worker.ts), so writing a large hot set costs the event loop nothing (issue 13 item 4:
 * stringifying 100k rows on the main thread, even a slice at a time, held every commit behind it
 * and put book() p99 at 11 ms).
 *
 * Rows the WAL did not change since the last snapshot are carried over as the bytes they were
 * (snapshot-patch.ts, on the line-per-row layout of snapshot-lines.ts): only the WAL is parsed, and
 * unchanged rows are never decoded, so at 100k upcoming bookings a compaction costs the worker a
 * small fraction of parsing and stringifying the whole book again (docs/notes/store.md §13).
 *
 * Same result as writing the rows in memory at that point of the WAL: the WAL holds every change,
 * in order, and replaying it is how a restart rebuilds them anyway (recover.ts).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';

import type { Row } from '../../core/ports.js';
import { FILES } from './recover.js';
import { readSnapshotBuffer, type SnapshotStep, writeSnapshotPieces } from './snapshot-file.js';
import { headLine, ID_PREFIX, isLineFormat, rowText, snapshotLines, tableLine } from './snapshot-lines.js';
import { patchSnapshot, snapshotHead, type WalChanges } from './snapshot-patch.js';
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

/** Steps a crash test can stop the worker at: the files read, nothing written yet; then the snapshot's. */
export type WorkerStep = 'read' | SnapshotStep;

const ROW_KEY = ',"row":';

/**
 * A put line's row as the snapshot holds it. The WAL line (wal.ts `putLine`) ends with the row's
 * `JSON.stringify` text, which is what `rowText` would give again when it starts with the id: cut
 * out rather than stringified anew (at 100k changes, a second `JSON.stringify` per row).
 */
function putRowText(line: string, row: Row): string {
  const at = line.indexOf(ROW_KEY);
  const text = at < 0 ? '' : line.slice(at + ROW_KEY.length, -1);
  return text.startsWith(`${ID_PREFIX}"`) && line.endsWith('}') ? text : rowText(row);
}

/** The WAL's changes after `walSeq`, by table and row; the last change applied. Checks there is no gap. */
function walChanges(walFile: string, text: string, walSeq: number): { changes: WalChanges; walSeq: number } {
  const changes: WalChanges = new Map();
  const lines = text.split('\n');
  lines.pop(); // the prefix ends with a newline
  let last = walSeq;
  lines.forEach((line, index) => {
    const entry = parseWalLine(line, walFile, index + 1);
    if (entry.s <= walSeq) return; // already in the snapshot
    if (entry.s !== last + 1) throw corrupt(walFile, `line ${index + 1} holds change ${entry.s} after change ${last}`);
    const table = changes.get(entry.t) ?? changes.set(entry.t, new Map()).get(entry.t)!;
    const id = JSON.stringify(entry.op === 'del' ? entry.id : entry.row.id);
    const op = { seq: entry.s, text: entry.op === 'put' ? putRowText(line, entry.row) : undefined };
    const ops = table.get(id);
    if (ops) ops.push(op);
    else table.set(id, [op]);
    last = entry.s;
  });
  return { changes, walSeq: last };
}

/** A snapshot of format 1 or 2 (read only after an upgrade) rewritten as format 3 in memory; none yet is an empty one. */
function asLineFormat(read: Buffer | undefined, file: string): Buffer {
  if (read === undefined) return Buffer.from(headLine({ generation: 0, walSeq: 0, pendingArchives: [] }, 0));
  if (isLineFormat(read)) return read;
  const { head, tables } = snapshotLines(read.toString('utf8'), file);
  let text = '';
  let rows = 0;
  for (const [name, lines] of tables) {
    if (lines.size === 0) continue;
    text += `${tableLine(name, lines.size)}[\n${[...lines.values()].join(',\n')}\n]\n`;
    rows += lines.size;
  }
  return Buffer.from(headLine(head, rows) + text);
}

export async function compactFromFiles(job: CompactJob, pause: (step: WorkerStep) => void = () => undefined): Promise<CompactResult> {
  const file = path.join(job.dir, FILES.snapshot);
  const snapshot = asLineFormat(await readSnapshotBuffer(file), file);
  const walFile = path.join(job.dir, FILES.wal);
  const { changes, walSeq } = walChanges(walFile, await readPrefix(walFile, job.walOffset), snapshotHead(snapshot, file).walSeq);
  // Moves after walSeq are not applied here: their rows are still in the tables written.
  const head = { generation: job.generation, walSeq, pendingArchives: job.pendingArchives.filter((op) => op.seq <= walSeq) };
  const { pieces, rows } = patchSnapshot(snapshot, file, changes, head);
  pause('read');
  const bytes = await writeSnapshotPieces(file, pieces, pause);
  return { bytes, walSeq, rows };
}
