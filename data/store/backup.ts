/**
 * Backups of the store folder (issue 13 item 2): a consistent cut (copy-cut.ts) packed as
 * `layani-YYYY-MM-DD.tar.gz`, rotated to 7 daily + 4 weekly, and restored only when no Layani
 * process owns the data folder (the PID lock). A restore keeps the files it replaces in
 * `replaced-<time>/`, and checks the backup opens before it touches anything.
 */
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { AppError } from '../../core/errors.js';
import type { Logger, Row } from '../../core/ports.js';
import { ARCHIVE_DIR } from './archives.js';
import { type JsonStore, openJsonStore } from './json-store.js';
import { syncDir } from './jsonl.js';
import { acquireLock, releaseLock } from './lock.js';
import { MANIFEST } from './manifest.js';
import { FILES, LOG_DIR } from './recover.js';

const NAME = /^layani-(\d{4}-\d{2}-\d{2})\.tar\.gz$/;
/** What a backup holds and a restore replaces. Other things in the folder (inbox, WhatsApp session) stay. */
const DATA_FILES = [MANIFEST, FILES.snapshot, FILES.wal, ARCHIVE_DIR, LOG_DIR];

export const backupName = (date: string): string => `layani-${date}.tar.gz`;

/** Monday of the ISO week of `date` (YYYY-MM-DD), as YYYY-MM-DD. */
function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * Backups to delete: all but the newest `daily` ones, and the newest of each of the `weekly`
 * most recent weeks before them. Names that are not backups are never touched.
 */
export function expiredBackups(names: readonly string[], daily = 7, weekly = 4): string[] {
  const dated = names.flatMap((name) => (NAME.exec(name)?.[1] ? [{ name, date: NAME.exec(name)![1]! }] : []));
  dated.sort((a, b) => b.date.localeCompare(a.date));
  const keep = new Set(dated.slice(0, daily).map((b) => b.name));
  const weeks = new Set(dated.slice(0, daily).map((b) => weekOf(b.date)));
  let kept = 0;
  for (const backup of dated.slice(daily)) {
    if (kept >= weekly) break;
    const week = weekOf(backup.date);
    if (weeks.has(week)) continue;
    weeks.add(week);
    keep.add(backup.name);
    kept++;
  }
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/**
 * Writes `backupDir/layani-<date>.tar.gz` from the open store (a consistent cut while it runs),
 * then rotates. Returns the file written.
 */
export async function backupStore<T extends Record<string, Row>>(
  store: JsonStore<T>,
  backupDir: string,
  date: string,
  logger: Logger,
): Promise<string> {
  await mkdir(backupDir, { recursive: true });
  const staging = await mkdtemp(path.join(backupDir, '.staging-'));
  const file = path.join(backupDir, backupName(date));
  const temp = `${file}.tmp`;
  try {
    await store.copyTo(staging);
    // Imported here, not at the top: the bot's start-up does not need tar (issue 14).
    const tar = await import('tar');
    await tar.c({ gzip: true, file: temp, cwd: staging, portable: true }, await readdir(staging));
    const handle = await open(temp, 'r');
    await handle.sync().finally(() => handle.close());
    await rename(temp, file);
    await syncDir(backupDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(temp, { force: true });
  }
  const expired = expiredBackups(await readdir(backupDir));
  await Promise.all(expired.map((name) => rm(path.join(backupDir, name), { force: true })));
  logger.info('store.backup', { file, bytes: (await stat(file)).size, removed: expired.length });
  return file;
}

/** The newest backup's date (YYYY-MM-DD), or undefined when there is none. */
export async function newestBackup(backupDir: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(backupDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return names.flatMap((name) => NAME.exec(name)?.[1] ?? []).sort().at(-1);
}

/**
 * Replaces the data files of `dataDir` with those in `backupFile`. Refuses (`STORE_LOCKED`) while
 * a Layani process owns the folder. Returns the number of hot rows restored, per table.
 */
export async function restoreStore(backupFile: string, dataDir: string, now: Date): Promise<Record<string, number>> {
  const root = path.resolve(dataDir);
  await mkdir(root, { recursive: true });
  const lock = path.join(root, FILES.lock);
  await acquireLock(lock, { info() {}, warn() {}, error() {} }); // throws STORE_LOCKED over a running bot
  const staging = await mkdtemp(path.join(root, '.restore-'));
  try {
    const tar = await import('tar');
    await tar.x({ file: backupFile, cwd: staging, strict: true }).catch((error: unknown) => {
      throw new AppError('DATA_FILE', `${backupFile} is not a readable Layani backup (${(error as Error).message}).`, { cause: error });
    });
    // Open it before touching anything: a damaged backup fails here, naming its file.
    const check = await openJsonStore(staging, { compactOnClose: false });
    const rows = Object.fromEntries(['bookings', 'complaints', 'counters'].map((t) => [t, check.table(t).size]));
    await check.close();
    const aside = path.join(root, `replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
    await mkdir(aside);
    for (const name of DATA_FILES) {
      await rename(path.join(root, name), path.join(aside, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(path.join(staging, name), path.join(root, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await syncDir(root);
    return rows;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await releaseLock(lock);
  }
}
