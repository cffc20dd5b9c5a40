/**
 * The consistent cut a backup copies (issue 16 item 7: copy-cut.ts mutants): every data file, the
 * append-only ones cut at the sizes the store gives (lines written after the cut are left out, so
 * an archive line never comes without its WAL line), and nothing else from the folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { copyCut } from '../../../data/store/copy-cut.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-cut-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** Every file under `dir`, relative path → contents. */
function read(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
  }
  return out;
}

describe('copyCut', () => {
  it('copies the data files, each append-only file up to its cut, and leaves other files out', async () => {
    const dir = tempDir();
    write(dir, {
      'manifest.json': '{"m":1}',
      'snapshot.json': '{"s":1}',
      'wal.jsonl': 'w1\nw2\nw3\n',
      'archive/bookings-2026-10.jsonl': 'a1\n', // not open in the store: copied as it is
      'archive/bookings-2026-11.jsonl': 'b1\nb2\n', // open: cut at the size the store gives
      'logs/audit.jsonl': 'l1\nl2\n',
      'archive/readme.txt': 'not an archive',
      'inbox/photo.jpg': 'not store data',
    });
    const target = tempDir();
    await copyCut(dir, target, {
      openSizes: () => Promise.resolve(new Map([[path.join(dir, 'archive', 'bookings-2026-11.jsonl'), 3]])),
      walSize: () => Promise.resolve(6),
    });
    expect(read(target)).toEqual({
      'manifest.json': '{"m":1}',
      'snapshot.json': '{"s":1}',
      'wal.jsonl': 'w1\nw2\n',
      'archive/bookings-2026-10.jsonl': 'a1\n',
      'archive/bookings-2026-11.jsonl': 'b1\n',
      'logs/audit.jsonl': 'l1\nl2\n',
    });
  });

  it('a folder without archives or logs still gives both folders, and an open file that is gone is skipped', async () => {
    const dir = tempDir();
    write(dir, { 'manifest.json': '{}', 'snapshot.json': '{}', 'wal.jsonl': '' });
    const target = tempDir();
    await copyCut(dir, target, {
      // A dated log deleted by retention after the store opened it.
      openSizes: () => Promise.resolve(new Map([[path.join(dir, 'logs', 'chat-2026-10-01.jsonl'), 10]])),
      walSize: () => Promise.resolve(0),
    });
    expect(read(target)).toEqual({ 'manifest.json': '{}', 'snapshot.json': '{}', 'wal.jsonl': '' });
    expect(fs.readdirSync(target).sort()).toEqual(['archive', 'logs', 'manifest.json', 'snapshot.json', 'wal.jsonl']);
  });
});
