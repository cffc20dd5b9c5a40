/**
 * The PID lock that keeps a second Layani off a data folder (issue 16 item 7: lock.ts mutants).
 * Two writers on one folder lose bookings; a lock nobody holds any more must not keep the bot
 * down; the refusal tells the operator what to do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../../core/ports.js';
import { acquireLock, releaseLock } from '../../../data/store/lock.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function recorder(): { logger: Logger; warnings: { event: string; fields: unknown }[] } {
  const warnings: { event: string; fields: unknown }[] = [];
  return { logger: { info() {}, error() {}, warn: (event, fields) => warnings.push({ event, fields }) }, warnings };
}

async function refusal(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => expect.unreachable('took a lock that is held'),
    (error: unknown) => error as Error & { code?: string },
  );
}

describe('store lock', () => {
  it('holds our PID, leaves no temp file, and is given back on release', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'layani.lock');
    const { logger, warnings } = recorder();
    await acquireLock(file, logger);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    expect(fs.readdirSync(dir)).toEqual(['layani.lock']);
    expect(warnings).toEqual([]);
    await releaseLock(file);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a second take in the same process is refused, naming this process and the fix', async () => {
    const file = path.join(tempDir(), 'layani.lock');
    await acquireLock(file, recorder().logger);
    const error = await refusal(acquireLock(file, recorder().logger));
    expect(error.code).toBe('STORE_LOCKED');
    expect(error.message).toBe(
      `${file} shows the store folder is in use by this process (opened twice). Only one Layani process may own a data folder: ` +
        `stop the other process or give this one another folder. If that process is gone, delete ${file}.`,
    );
    expect(fs.readFileSync(file, 'utf8'), 'the holder keeps its lock').toBe(`${process.pid}\n`);
    await releaseLock(file);
  });

  it.each([
    ['our own PID left by an earlier process (a restarted container)', () => `${process.pid}\n`, process.pid],
    ['no number', () => 'garbage\n', undefined],
    ['PID 0', () => '0\n', undefined],
    ['an empty file (a crash while it was written)', () => '', undefined],
  ])('a lock holding %s is taken over and logged', async (_what, contents, pid) => {
    const file = path.join(tempDir(), 'layani.lock');
    fs.writeFileSync(file, contents());
    const { logger, warnings } = recorder();
    await acquireLock(file, logger);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    expect(warnings).toEqual([{ event: 'store.stale_lock', fields: { file, pid } }]);
    await releaseLock(file);
  });

  it('a lock someone else took over is not removed by release', async () => {
    const file = path.join(tempDir(), 'layani.lock');
    await acquireLock(file, recorder().logger);
    fs.writeFileSync(file, `${process.ppid}\n`); // an operator deleted ours and another process took it
    await releaseLock(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.ppid}\n`);
    await releaseLock(file); // not ours any more: nothing to do, no throw
    expect(fs.existsSync(file)).toBe(true);
  });

  it('release of a lock never taken does nothing', async () => {
    const file = path.join(tempDir(), 'layani.lock');
    fs.writeFileSync(file, `${process.pid}\n`);
    await releaseLock(file);
    expect(fs.existsSync(file)).toBe(true);
  });
});
