/**
 * Single-owner PID lock for a store folder. Two writers on one folder lose data (two `Low`
 * instances on one file lost 200/200 and 300/300 records, docs/notes/store.md §2), so the second
 * one must refuse to start. A lock left by a dead process is taken over.
 */
import { link, open, readFile, unlink } from 'node:fs/promises';

import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';

/** Lock files held by this process. The PID alone cannot tell "this process" from "a dead
 * earlier process that had the same PID" (PID 1 in a restarted container). */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(file, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `file` holding our PID, atomically: `link` fails with EEXIST if it is there. */
async function tryCreate(file: string): Promise<boolean> {
  // Written in full under a private name first, so no one ever reads a half-written lock.
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp);
  }
}

function lockedError(file: string, owner: number | undefined): AppError {
  const who = owner === process.pid ? 'this process (opened twice)' : `process ${owner ?? '?'}`;
  return new AppError(
    'STORE_LOCKED',
    `${file} shows the store folder is in use by ${who}. Only one Layani process may own a data folder: ` +
      `stop the other process or give this one another folder. If that process is gone, delete ${file}.`,
  );
}

/**
 * Takes the lock or throws `STORE_LOCKED`. Limit: two processes that find the same stale lock
 * at the same instant can both take it over (unlink + create is not one step).
 */
export async function acquireLock(file: string, logger: Logger): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(file)) {
      heldHere.add(file);
      return;
    }
    const owner = await readOwner(file);
    const ours = owner === process.pid && heldHere.has(file);
    if (owner !== undefined && (ours || (owner !== process.pid && isAlive(owner)))) {
      throw lockedError(file, owner);
    }
    logger.warn('store.stale_lock', { file, pid: owner });
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  throw lockedError(file, await readOwner(file));
}

/** Removes the lock if it is still ours. */
export async function releaseLock(file: string): Promise<void> {
  if (!heldHere.delete(file)) return;
  if ((await readOwner(file)) === process.pid) await unlink(file);
}
