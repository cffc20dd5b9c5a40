/**
 * The order of a compaction's steps is what makes a crash at any moment safe (issue 16 item 7:
 * json-store.ts mutants): the new snapshot is durable before the manifest names it, and the WAL
 * lines it holds are dropped only after both. The probe seam (which the crash test kills at) sees
 * the files at each step; here they are checked in-process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Logger, Row } from '../../../core/ports.js';
import { type CompactionStep, openJsonStore } from '../../../data/store/json-store.js';

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
  const read = (name: string) =>
    fs.existsSync(path.join(dir, name)) ? (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { generation: number }) : { generation: 0 };
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
    const again = await openJsonStore<Tables>(dir, { logger });
    again.table('bookings').put({ id: 'b1', n: 1 });
    await again.close();
    expect(lines).toEqual(['info store.new', 'info store.compacted', 'info store.compacted']);
    expect(fs.statSync(path.join(dir, 'wal.jsonl')).size).toBe(0);
  });
});
