/**
 * A missing file is never an empty database (issue 13 item 1). Each case deletes or rolls back
 * one file of a store that holds bookings, then expects `open` to refuse, naming the file and the
 * fix, and leave no lock behind. On the code before the manifest, every one of these opened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Logger, Row } from '../../../core/ports.js';
import { type JsonStoreOptions, openJsonStore } from '../../../data/store/json-store.js';

interface Seat extends Row {
  readonly n: number;
}
type Tables = { bookings: Seat; counters: Row & { readonly value: number } };

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-integrity-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const open = (dir: string, options?: JsonStoreOptions) => openJsonStore<Tables>(dir, options);

/** 3,750 bookings in the hot set (compacted on close) and 40 archived in two months. */
async function bookedFolder(options: JsonStoreOptions = {}): Promise<string> {
  const dir = tempDir();
  const store = await open(dir, options);
  const bookings = store.table('bookings');
  for (let n = 0; n < 3_750; n++) bookings.put({ id: `b${n}`, n });
  for (let n = 0; n < 40; n++) bookings.archive(`b${n}`, n < 20 ? '2026-10' : '2026-11');
  store.table('counters').put({ id: 'queue|kk|2026-11-30', value: 1 });
  await store.close();
  return dir;
}

async function refusal(dir: string): Promise<Error & { code?: string }> {
  const error = await open(dir).then(
    () => expect.unreachable('the store opened'),
    (reason: unknown) => reason as Error & { code?: string },
  );
  expect(error.code).toBe('STORE_CORRUPT');
  expect(error.message).toMatch(/npm run restore/);
  expect(fs.existsSync(path.join(dir, 'layani.lock')), 'refusing must not hold the lock').toBe(false);
  return error;
}

describe('a missing or rolled-back file refuses to start', () => {
  it('snapshot.json deleted after a clean shutdown', async () => {
    const dir = await bookedFolder();
    fs.rmSync(path.join(dir, 'snapshot.json'));
    expect((await refusal(dir)).message).toContain(`${path.join(dir, 'snapshot.json')} is missing`);
  });

  it('wal.jsonl deleted while it holds changes the snapshot has not', async () => {
    const dir = await bookedFolder({ compactOnClose: false });
    expect(fs.statSync(path.join(dir, 'wal.jsonl')).size).toBeGreaterThan(0);
    fs.rmSync(path.join(dir, 'wal.jsonl'));
    expect((await refusal(dir)).message).toContain(`${path.join(dir, 'wal.jsonl')} is missing`);
  });

  it('an archive deleted', async () => {
    const dir = await bookedFolder();
    const archive = path.join(dir, 'archive', 'bookings-2026-10.jsonl');
    fs.rmSync(archive);
    expect((await refusal(dir)).message).toContain(`${archive} is missing`);
  });

  it('an archive that lost lines from its end', async () => {
    const dir = await bookedFolder();
    const archive = path.join(dir, 'archive', 'bookings-2026-11.jsonl');
    const lines = fs.readFileSync(archive, 'utf8').split('\n');
    fs.writeFileSync(archive, `${lines.slice(0, 5).join('\n')}\n`);
    expect((await refusal(dir)).message).toContain(`${archive} ends at change`);
  });

  it('manifest.json deleted', async () => {
    const dir = await bookedFolder();
    fs.rmSync(path.join(dir, 'manifest.json'));
    expect((await refusal(dir)).message).toContain(`${path.join(dir, 'manifest.json')} is missing`);
  });

  it('an older snapshot copied back alone (sequence and queue numbers would go backwards)', async () => {
    const dir = tempDir();
    const first = await open(dir);
    first.table('counters').put({ id: 'queue|kk|2026-11-30', value: 1 });
    await first.close();
    const old = fs.readFileSync(path.join(dir, 'snapshot.json'));
    const second = await open(dir);
    second.table('counters').put({ id: 'queue|kk|2026-11-30', value: 2 });
    await second.close();
    fs.writeFileSync(path.join(dir, 'snapshot.json'), old);
    expect((await refusal(dir)).message).toMatch(/snapshot\.json is generation \d+, older than it should be/);
  });
});

describe('what still opens', () => {
  it('a new folder starts empty and writes its manifest at once', async () => {
    const dir = tempDir();
    const store = await open(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toMatchObject({ format: 1, generation: 1 });
    await store.close();
    fs.rmSync(path.join(dir, 'snapshot.json'));
    await refusal(dir); // from its first open on, the folder knows what it must hold
  });

  it('a folder intact after a clean shutdown keeps every booking, counter and sequence number', async () => {
    const dir = await bookedFolder();
    const store = await open(dir);
    expect(store.table('bookings').size).toBe(3_710);
    expect(store.table('counters').get('queue|kk|2026-11-30')?.value).toBe(1);
    expect(store.stats().seq).toBe(3_750 + 40 + 1);
    await store.close();
  });

  it('a crash between the new snapshot and its manifest is repaired, and logged', async () => {
    const dir = await bookedFolder();
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { generation: number };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, generation: manifest.generation - 1 }));
    const warnings: string[] = [];
    const logger: Logger = { info() {}, warn: (event) => warnings.push(event), error() {} };
    const store = await open(dir, { logger });
    expect(store.table('bookings').size).toBe(3_710);
    expect(warnings).toContain('store.manifest_behind');
    await store.close();
    expect((JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { generation: number }).generation).toBeGreaterThan(manifest.generation);
  });

  /** A crash at `step` of the compaction that follows this open (the probe throws, as a kill would stop it). */
  const crashAt = (step: string): JsonStoreOptions => ({
    probe: (at) => {
      if (at === step) throw new Error(`killed at ${at}`);
    },
  });

  it('a crash in the repair of a manifest one behind leaves a folder that opens, with every booking', async () => {
    const dir = await bookedFolder();
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { generation: number };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, generation: manifest.generation - 1 }));
    await expect(open(dir, crashAt('snapshot-written'))).rejects.toThrow('killed at snapshot-written');
    // The repair wrote its newer snapshot: the manifest must be one behind it, not two.
    const store = await open(dir);
    expect(store.table('bookings').size).toBe(3_710);
    expect(store.stats().seq).toBe(3_750 + 40 + 1);
    await store.close();
  });

  it('a crash in the first compaction of a new folder leaves a folder that opens', async () => {
    const dir = tempDir();
    await expect(open(dir, crashAt('snapshot-written'))).rejects.toThrow('killed at snapshot-written');
    const store = await open(dir);
    store.table('bookings').put({ id: 'b1', n: 1 });
    await store.close();
    expect((await open(dir)).table('bookings').get('b1')?.n).toBe(1);
  });

  it('a crash in the upgrade of a folder from before manifests leaves a folder that opens, with its rows', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ format: 1, walSeq: 1, tables: { bookings: [{ id: 'b1', n: 1 }] }, pendingArchives: [] }));
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), '{"s":2,"op":"put","t":"bookings","row":{"id":"b2","n":2}}\n');
    await expect(open(dir, crashAt('snapshot-written'))).rejects.toThrow('killed at snapshot-written');
    const store = await open(dir);
    expect([...store.table('bookings').values()].map((b) => b.id).sort()).toEqual(['b1', 'b2']);
    await store.close();
  });

  it('a folder from before manifests (format-1 snapshot + WAL) is upgraded, and logged', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify({ format: 1, walSeq: 1, tables: { bookings: [{ id: 'b1', n: 1 }] }, pendingArchives: [] }));
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), '{"s":2,"op":"put","t":"bookings","row":{"id":"b2","n":2}}\n');
    const warnings: string[] = [];
    const store = await open(dir, { logger: { info() {}, warn: (event) => warnings.push(event), error() {} } });
    expect([...store.table('bookings').values()].map((b) => b.id).sort()).toEqual(['b1', 'b2']);
    expect(warnings).toEqual(['store.upgrade']);
    await store.close();
    expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  });
});
