/**
 * The append-only files under the WAL, archives and logs (issue 16 item 7: jsonl.ts mutants). What
 * matters to the people whose bookings are in them: a crash's half-written line is cut and
 * nothing before it; the last line is read whole however long it is (the archive's high-water
 * mark, which decides what is re-appended after a crash); dropping the WAL's prefix keeps every
 * line written since. Real files on a temp dir.
 */
import fs from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type AppendHandle, ensureDir, JsonlFile } from '../../../data/store/jsonl.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-jsonl-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A line longer than the 64 KiB the file is read backwards by. */
const longLine = (seq: number, kib: number) => JSON.stringify({ seq, row: { id: `b${seq}`, note: 'x'.repeat(kib * 1024) } });

async function lines(file: JsonlFile): Promise<string[]> {
  const all: string[] = [];
  for await (const line of file.lines()) all.push(line);
  return all;
}

describe('JsonlFile', () => {
  it('reads a last line longer than one read-back chunk whole', async () => {
    const file = path.join(tempDir(), 'a.jsonl');
    const last = longLine(2, 150);
    fs.writeFileSync(file, `${longLine(1, 70)}\n${last}\n`);
    const jsonl = await JsonlFile.open(file);
    expect(await jsonl.lastLine()).toBe(last);
    expect(jsonl.size).toBe(fs.statSync(file).size);
    await jsonl.close();
  });

  it('reads the only line of a file, and nothing of an empty one', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'one.jsonl'), '{"seq":1}\n');
    const one = await JsonlFile.open(path.join(dir, 'one.jsonl'));
    expect(await one.lastLine()).toBe('{"seq":1}');
    expect(await lines(one)).toEqual(['{"seq":1}']);
    await one.close();
    const empty = await JsonlFile.open(path.join(dir, 'new.jsonl'));
    expect(await empty.lastLine()).toBeUndefined();
    expect(await lines(empty)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'new.jsonl')), 'opening creates the file').toBe(true);
    await empty.close();
  });

  it('cuts a torn tail longer than one chunk back to the last whole line, and says how much', async () => {
    const file = path.join(tempDir(), 'wal.jsonl');
    const whole = `${longLine(1, 1)}\n${longLine(2, 1)}\n`;
    const torn = longLine(3, 130).slice(0, 100_000);
    fs.writeFileSync(file, whole + torn);
    const cuts: [string, number][] = [];
    const jsonl = await JsonlFile.open(file, (name, removed) => cuts.push([name, removed]));
    expect(cuts).toEqual([[file, torn.length]]);
    expect(fs.readFileSync(file, 'utf8')).toBe(whole);
    expect(await lines(jsonl)).toEqual(whole.trim().split('\n'));
    await jsonl.append('{"seq":3}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe(`${whole}{"seq":3}\n`);
    await jsonl.close();
  });

  it('a file that is one torn line is emptied; a whole file is left alone and not reported', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'torn.jsonl'), '{"s":1,"op":"pu');
    fs.writeFileSync(path.join(dir, 'whole.jsonl'), '{"s":1}\n');
    const cuts: number[] = [];
    const torn = await JsonlFile.open(path.join(dir, 'torn.jsonl'), (_f, removed) => cuts.push(removed));
    const whole = await JsonlFile.open(path.join(dir, 'whole.jsonl'), (_f, removed) => cuts.push(removed));
    expect(cuts).toEqual([15]);
    expect([torn.size, whole.size]).toEqual([0, 8]);
    expect(fs.readFileSync(path.join(dir, 'torn.jsonl'), 'utf8')).toBe('');
    await Promise.all([torn.close(), whole.close()]);
  });

  it('dropPrefix keeps exactly the lines after the offset, and appends go on after them', async () => {
    const file = path.join(tempDir(), 'wal.jsonl');
    const jsonl = await JsonlFile.open(file);
    await jsonl.append('{"s":1}\n{"s":2}\n');
    const offset = jsonl.size;
    await jsonl.append('{"s":3}\n');
    await jsonl.dropPrefix(offset);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"s":3}\n');
    expect(jsonl.size).toBe(8);
    await jsonl.append('{"s":4}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"s":3}\n{"s":4}\n');
    expect(await lines(jsonl)).toEqual(['{"s":3}', '{"s":4}']);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['wal.jsonl']); // no temp file left
    await jsonl.dropPrefix(jsonl.size);
    expect([fs.readFileSync(file, 'utf8'), jsonl.size]).toEqual(['', 0]);
    await jsonl.close();
  });

  it('a failed append is cut back, so the retry lands after whole lines only', async () => {
    const file = path.join(tempDir(), 'wal.jsonl');
    let failNext = false;
    const openHandle = async (name: string): Promise<AppendHandle> => {
      const handle = await openFile(name, 'a+');
      const datasync = handle.datasync.bind(handle);
      return Object.assign(handle, {
        datasync: () => (failNext ? ((failNext = false), Promise.reject(new Error('EIO: simulated'))) : datasync()),
      });
    };
    const jsonl = await JsonlFile.open(file, undefined, openHandle);
    await jsonl.append('{"s":1}\n');
    failNext = true;
    await expect(jsonl.append('{"s":2}\n')).rejects.toThrow('EIO');
    expect([fs.readFileSync(file, 'utf8'), jsonl.size]).toEqual(['{"s":1}\n', 8]);
    await jsonl.append('{"s":2}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"s":1}\n{"s":2}\n');
    await jsonl.close();
  });

  it('ensureDir creates nested folders and accepts one that exists', async () => {
    const dir = path.join(tempDir(), 'a', 'b');
    await ensureDir(dir);
    await ensureDir(dir);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });
});
