/**
 * A consistent copy of a store folder taken while the store runs: what a crash at one instant
 * would have left (and recovery handles crashes). The store holds compactions off meanwhile, so
 * `manifest.json` and `snapshot.json` stay put; the append-only files are copied up to sizes
 * taken in a safe order: archive and log files first, the WAL last. An archive line is written
 * only after its WAL line is durable, so each archive line in the copy has its WAL line too;
 * a WAL line whose archive line is missing is repaired on open.
 */
import { copyFile, mkdir, readdir, stat, truncate } from 'node:fs/promises';
import path from 'node:path';

import { ARCHIVE_DIR } from './archives.js';
import { MANIFEST } from './manifest.js';
import { FILES, LOG_DIR } from './recover.js';

export interface CutSizes {
  /** Whole-line sizes of the append-only files the store has open, by path. */
  openSizes(): Promise<Map<string, number>>;
  /** Whole-line size of the WAL, read after every earlier append finished. */
  walSize(): Promise<number>;
}

async function jsonlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).map((name) => path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const ignoreGone = (error: NodeJS.ErrnoException): undefined => {
  // A dated log deleted by retention (bots/retention.ts) between listing and copying.
  if (error.code === 'ENOENT') return undefined;
  throw error;
};

async function copyPrefix(from: string, to: string, bytes: number): Promise<void> {
  if ((await copyFile(from, to).then(() => true, ignoreGone)) === undefined) return;
  // The file may have grown since the cut: keep only the lines that belong to it.
  if ((await stat(to)).size > bytes) await truncate(to, bytes);
}

/** Copies the data files of `dir` into `target` (which must exist and be empty). */
export async function copyCut(dir: string, target: string, sizes: CutSizes): Promise<void> {
  const appendOnly = [...(await jsonlFiles(path.join(dir, ARCHIVE_DIR))), ...(await jsonlFiles(path.join(dir, LOG_DIR)))];
  const cut = new Map<string, number>();
  for (const file of appendOnly) {
    const info = await stat(file).catch(ignoreGone);
    if (info) cut.set(file, info.size);
  }
  for (const [file, size] of await sizes.openSizes()) cut.set(file, size);
  cut.set(path.join(dir, FILES.wal), await sizes.walSize());
  for (const sub of [ARCHIVE_DIR, LOG_DIR]) await mkdir(path.join(target, sub), { recursive: true });
  for (const name of [MANIFEST, FILES.snapshot]) await copyFile(path.join(dir, name), path.join(target, name));
  for (const [file, size] of cut) await copyPrefix(file, path.join(target, path.relative(dir, file)), size);
}
