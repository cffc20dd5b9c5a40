/**
 * The whole-file writer behind manifest.json (issue 16 item 7: fsync-adapter.ts mutants). A write
 * that fails must fail every caller waiting on it (an acknowledged manifest that is not on disk
 * would let a lost file pass the check on open), and the next write must work again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { FsyncJsonFile } from '../../../data/store/fsync-adapter.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-fsync-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('FsyncJsonFile', () => {
  it('reads back what it wrote, with its size in bytes; a damaged file is a SyntaxError', async () => {
    const file = path.join(tempDir(), 'manifest.json');
    const writer = new FsyncJsonFile<{ name: string }>(file);
    await writer.write({ name: 'Désa' });
    expect(writer.bytes).toBe(fs.statSync(file).size);
    const reader = new FsyncJsonFile<{ name: string }>(file);
    expect(await reader.read()).toEqual({ name: 'Désa' });
    expect(reader.bytes).toBe(16);
    fs.writeFileSync(file, '{"name":');
    await expect(reader.read()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('a failed write rejects every caller waiting on it; the next write works', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'manifest.json');
    const writer = new FsyncJsonFile<{ n: number }>(file);
    fs.mkdirSync(path.join(dir, '.manifest.json.tmp')); // the temp file cannot be opened: EISDIR
    const first = writer.write({ n: 1 });
    const queued = [writer.write({ n: 2 }), writer.write({ n: 3 })]; // carried by the next physical write
    await expect(first).rejects.toMatchObject({ code: 'EISDIR' });
    for (const waiting of queued) await expect(waiting).rejects.toMatchObject({ code: 'EISDIR' });
    expect(fs.existsSync(file)).toBe(false);
    fs.rmdirSync(path.join(dir, '.manifest.json.tmp'));
    await writer.write({ n: 4 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ n: 4 });
  });
});
