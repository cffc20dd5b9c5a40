/**
 * The order of a compaction's steps is what makes a crash at any moment safe (issue 16 item 7:
 * json-store.ts mutants): the new snapshot is durable before the manifest names it, and the WAL
 * lines it holds are dropped only after both. The probe seam (which the crash test kills at) sees
 * the files at each step; here they are checked in-process.
 */
import fs from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Logger, Row } from '../../../core/ports.js';
import { type CompactionStep, type JsonStoreOptions, openJsonStore } from '../../../data/store/json-store.js';
import type { OpenAppend } from '../../../data/store/jsonl.js';
import { parseSnapshot } from '../../../data/store/snapshot-lines.js';

type Tables = Record<string, Row> & { bookings: Row & { readonly n: number } };

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-compaction-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Seen {
  readonly step: CompactionStep;
  readonly snapshotGeneration: number;
  readonly manifestGeneration: number;
  readonly walLines: number;
}

function look(dir: string, step: CompactionStep): Seen {
  // 0: not written yet (the first compaction, at open, comes before any manifest).
  const read = (name: string) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return { generation: 0 };
    const text = fs.readFileSync(file, 'utf8');
    return name === 'snapshot.json' ? parseSnapshot(text, file) : (JSON.parse(text) as { generation: number });
  };
  const wal = fs.readFileSync(path.join(dir, 'wal.jsonl'), 'utf8');
  return {
    step,
    snapshotGeneration: read('snapshot.json').generation,
    manifestGeneration: read('manifest.json').generation,
    walLines: wal === '' ? 0 : wal.trimEnd().split('\n').length,
  };
}

describe('compaction steps', () => {
  it('snapshot, then manifest, then the WAL cut; logged with what it wrote', async () => {
    const dir = tempDir();
    const seen: Seen[] = [];
    const info: { event: string; fields: Record<string, unknown> | undefined }[] = [];
    const logger: Logger = { info: (event, fields) => info.push({ event, fields }), warn() {}, error() {} };
    const store = await openJsonStore<Tables>(dir, { compactOnClose: false, logger, probe: (step) => seen.push(look(dir, step)) });
    expect(seen.map((s) => s.step)).toEqual(['snapshot-written', 'manifest-written', 'wal-cut']); // the first manifest, at open
    seen.length = 0;
    info.length = 0;
    for (let n = 1; n <= 3; n++) store.table('bookings').put({ id: `b${n}`, n });
    await store.flush();
    await store.compact();
    expect(seen).toEqual([
      { step: 'snapshot-written', snapshotGeneration: 2, manifestGeneration: 1, walLines: 3 },
      { step: 'manifest-written', snapshotGeneration: 2, manifestGeneration: 2, walLines: 3 },
      { step: 'wal-cut', snapshotGeneration: 2, manifestGeneration: 2, walLines: 0 },
    ]);
    expect(info).toEqual([
      {
        event: 'store.compacted',
        fields: { generation: 2, rows: 3, bytes: fs.statSync(path.join(dir, 'snapshot.json')).size, ms: expect.any(Number) as number },
      },
    ]);
    expect(store.stats()).toMatchObject({ rows: 3, seq: 3, walBytes: 0, generation: 2, compactions: 2, snapshotBytes: fs.statSync(path.join(dir, 'snapshot.json')).size });
    await store.close();
  });

  it('a new folder logs store.new at info level; close compacts only when the WAL holds something', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const logger: Logger = { info: (e) => lines.push(`info ${e}`), warn: (e) => lines.push(`warn ${e}`), error: (e) => lines.push(`error ${e}`) };
    const store = await openJsonStore<Tables>(dir, { logger });
    await store.close(); // nothing written since the compaction at open
    expect(lines).toEqual(['info store.new', 'info store.compacted']);
    const fields: unknown[] = [];
    const quiet: Logger = { info: (_e, f) => fields.push(f), warn() {}, error() {} };
    fs.rmSync(dir, { recursive: true });
    await (await openJsonStore<Tables>(dir, { logger: quiet, compactOnClose: false })).close();
    expect(fields[0], 'store.new names the folder').toEqual({ dir });

    const again = await openJsonStore<Tables>(dir, { logger });
    again.table('bookings').put({ id: 'b1', n: 1 });
    await again.close();
    expect(lines).toEqual(['info store.new', 'info store.compacted', 'info store.compacted']);
    expect(fs.statSync(path.join(dir, 'wal.jsonl')).size).toBe(0);
  });

  it.each([
    ['on the event loop', {}],
    ['in a worker thread', { workerAboveBytes: 0 }],
  ])('a compaction while an archive line is being written keeps the move in the snapshot (%s)', async (_how, options: JsonStoreOptions) => {
    const dir = tempDir();
    let release!: () => void;
    let reached!: () => void;
    const writing = new Promise<void>((resolve) => (reached = resolve));
    let held = false;
    const seam: OpenAppend = async (file) => {
      const handle = await openFile(file, 'a+');
      if (!path.basename(file).startsWith('bookings-')) return handle;
      const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
      return Object.assign(handle, {
        write: (...args: unknown[]) => {
          if (held) return write(...args);
          held = true; // the first archive line only
          reached();
          return new Promise((resolve, reject) => (release = () => void write(...args).then(resolve, reject)));
        },
      });
    };
    const store = await openJsonStore<Tables>(dir, { ...options, openFile: seam, compactOnClose: false });
    store.table('bookings').put({ id: 'b1', n: 1 });
    store.table('bookings').put({ id: 'b2', n: 2 });
    await store.flush();
    store.table('bookings').archive('b1', '2026-11');
    const archived = store.flush(); // the WAL line is durable, the archive line is held
    await writing;
    store.table('bookings').archive('b2', '2026-11'); // a second move while the first one's line is written
    await store.compact();
    const snapshot = parseSnapshot(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json');
    const move = { seq: 3, table: 'bookings', bucket: '2026-11', row: { id: 'b1', n: 1 } };
    // A crash now: the WAL line is cut, the archive line not written; only the snapshot knows.
    expect(snapshot.pendingArchives).toContainEqual(move);
    release();
    await archived;
    store.table('bookings').put({ id: 'b3', n: 3 });
    await store.flush();
    await store.compact();
    const after = parseSnapshot(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'), 'snapshot.json');
    expect(after.pendingArchives, 'written moves leave the backlog').toEqual([]);
    await store.close();
    expect(fs.readFileSync(path.join(dir, 'archive', 'bookings-2026-11.jsonl'), 'utf8')).toBe(
      `${JSON.stringify({ seq: 3, row: move.row })}\n${JSON.stringify({ seq: 4, row: { id: 'b2', n: 2 } })}\n`,
    );
  });
});

describe('open files', () => {
  it('each log file is opened once however many commits write to it, and every handle is closed on close', async () => {
    const dir = tempDir();
    const opened: string[] = [];
    let open = 0;
    const counting: OpenAppend = async (file) => {
      const handle = await openFile(file, 'a+');
      opened.push(path.basename(file));
      open++;
      const close = handle.close.bind(handle);
      return Object.assign(handle, { close: () => (open--, close()) });
    };
    const store = await openJsonStore<Tables>(dir, { openFile: counting, compactOnClose: false });
    for (let i = 0; i < 5; i++) {
      store.appendLog('audit', { i });
      store.table('bookings').put({ id: `b${i}`, n: i });
      if (i === 2) store.table('bookings').archive('b0', '2026-11');
      await store.flush();
    }
    expect(opened.filter((name) => name === 'audit.jsonl')).toHaveLength(1);
    expect(opened.filter((name) => name === 'bookings-2026-11.jsonl')).toHaveLength(1);
    const closing = store.close();
    expect(() => store.table('bookings').put({ id: 'late', n: 9 }), 'changes stop as soon as close() is called').toThrow(/after close/);
    await closing;
    expect(open, 'handles left open after close').toBe(0);
  });
});
