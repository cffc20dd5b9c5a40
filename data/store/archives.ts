/**
 * Archive files: `archive/<table>-<bucket>.jsonl`, one `{"seq":…,"row":…}` line per archived row,
 * in `seq` order. The store keeps each file's last `seq` (its high-water mark) for the manifest.
 */
import path from 'node:path';

import type { JsonlFile } from './jsonl.js';
import type { ArchiveOp } from './wal.js';
import { archiveHighWater, archiveLine } from './wal.js';

export const ARCHIVE_DIR = 'archive';

export const archiveName = (table: string, bucket: string): string => `${table}-${bucket}.jsonl`;

/** Archive file name → the `seq` of its last line. */
export type HighWater = Map<string, number>;

/**
 * Appends archive lines, at most once each: a file's lines are in `seq` order, so anything not
 * newer than its last line is there already (written before a crash, now replayed). Records
 * each file's new last `seq` in `high`.
 */
export async function appendArchives(
  dir: string,
  ops: readonly ArchiveOp[],
  openFile: (file: string) => Promise<JsonlFile>,
  high: HighWater,
): Promise<void> {
  const byName = new Map<string, ArchiveOp[]>();
  for (const op of ops) {
    const name = archiveName(op.table, op.bucket);
    const list = byName.get(name);
    if (list) list.push(op);
    else byName.set(name, [op]);
  }
  const appendOne = async ([name, list]: [string, ArchiveOp[]]) => {
    const file = path.join(dir, ARCHIVE_DIR, name);
    const archive = await openFile(file);
    const highWater = archiveHighWater(await archive.lastLine(), file);
    const fresh = list.filter((op) => op.seq > highWater);
    if (fresh.length === 0) return;
    await archive.append(fresh.map((op) => archiveLine(op.seq, JSON.stringify(op.row))).join(''));
    high.set(name, fresh.at(-1)!.seq);
  };
  await Promise.all([...byName].map(appendOne));
}
