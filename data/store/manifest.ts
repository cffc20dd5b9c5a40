/**
 * `manifest.json`: what the store folder must hold, so a missing file is never mistaken for an
 * empty database (issue 13 item 1). Deleting `snapshot.json` used to start Layani empty with
 * exit 0; deleting `wal.jsonl` or an archive lost data just as silently.
 *
 * Written after every compaction, once the new snapshot is durable: the snapshot's generation
 * (a counter that only grows), the change it ends at, and each archive file with the sequence
 * number of a line it is known to hold. On open every listed file must be there and be at least
 * that far along; otherwise the store refuses to start and says which file and how to fix it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { AppError } from '../../core/errors.js';
import { FsyncJsonFile } from './fsync-adapter.js';

export interface Manifest {
  readonly format: 1;
  /** Generation of the snapshot written with this manifest: 1, 2, 3… */
  readonly generation: number;
  /** The snapshot holds every change up to here; the WAL holds the rest. */
  readonly walSeq: number;
  /** Archive file name (in `archive/`) → the `seq` of a line it holds (its last, when written). */
  readonly archives: Readonly<Record<string, number>>;
}

export const MANIFEST = 'manifest.json';

const isSeq = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function manifestProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return 'not a JSON object';
  const m = data as Record<string, unknown>;
  if (m['format'] !== 1) return `unknown format ${JSON.stringify(m['format'])}`;
  if (!isSeq(m['generation']) || !isSeq(m['walSeq'])) return 'generation or walSeq is missing';
  const archives = m['archives'];
  if (typeof archives !== 'object' || archives === null) return 'archives is missing';
  return Object.values(archives).every(isSeq) ? undefined : 'archives is malformed';
}

/** The manifest in `dir`, or null when there is none. Throws `STORE_CORRUPT` on a damaged one. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const file = path.join(dir, MANIFEST);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw missingOrDamaged(dir, `${file} is not valid JSON`, { cause: error });
  }
  const problem = manifestProblem(data);
  if (problem !== undefined) throw missingOrDamaged(dir, `${file} is damaged: ${problem}`);
  return data as Manifest;
}

/** Writes the manifest durably (temp, fsync, rename, fsync dir). */
export function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  return new FsyncJsonFile<Manifest>(path.join(dir, MANIFEST)).write(manifest);
}

/** The fix, in every message: a restore, never "start empty". */
export function restoreHint(dir: string): string {
  return (
    `Stop Layani and restore the data folder from the newest backup (npm run restore -- <backup file>; ` +
    `backups are in ${path.join(dir, 'backups')} unless LAYANI_BACKUP_DIR says otherwise). ` +
    'Do not delete the other files: Layani refuses to start rather than silently lose data.'
  );
}

export function missingOrDamaged(dir: string, detail: string, options: { cause?: unknown } = {}): AppError {
  return new AppError('STORE_CORRUPT', `${detail}. ${restoreHint(dir)}`, options);
}
