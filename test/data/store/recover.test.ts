/**
 * What an operator reads when a data folder does not open (issue 16 item 7: mutants of recover.ts
 * and manifest.ts that no test noticed). Each refusal names the file that is wrong and a restore,
 * never "start empty"; the folders that are fine (or fixable) open with every booking.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Row } from '../../../core/ports.js';
import { type JsonStoreOptions, openJsonStore } from '../../../data/store/json-store.js';

type Tables = Record<string, Row> & { bookings: Row & { readonly n: number } };

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-recover-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const open = (dir: string, options?: JsonStoreOptions) => openJsonStore<Tables>(dir, options);

/** Three bookings (b1, b2 archived to 2026-10, b3), compacted on close: manifest, snapshot, empty WAL, one archive. */
async function folder(options: JsonStoreOptions = {}): Promise<string> {
  const dir = tempDir();
  const store = await open(dir, options);
  const bookings = store.table('bookings');
  for (let n = 1; n <= 3; n++) bookings.put({ id: `b${n}`, n });
  bookings.archive('b2', '2026-10');
  store.appendLog('audit', { event: 'booked' });
  await store.close();
  return dir;
}

/** The STORE_CORRUPT message of opening `dir`; the lock is left free. */
async function refusal(dir: string): Promise<string> {
  const error = await open(dir).then(
    () => expect.unreachable('the store opened'),
    (reason: unknown) => reason as Error & { code?: string },
  );
  expect(error.code).toBe('STORE_CORRUPT');
  expect(fs.existsSync(path.join(dir, 'layani.lock')), 'refusing must not hold the lock').toBe(false);
  return error.message;
}

const manifestOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const writeManifest = (dir: string, data: unknown) => fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(data));
const ids = (store: { table(name: 'bookings'): { values(): Iterable<Row> } }) => [...store.table('bookings').values()].map((r) => r.id).sort();

describe('manifest.json missing: the message lists what is there', () => {
  it('one file: "is there"', async () => {
    const dir = await folder();
    for (const name of ['manifest.json', 'wal.jsonl', 'archive', 'logs']) fs.rmSync(path.join(dir, name), { recursive: true });
    expect(await refusal(dir)).toContain(`${path.join(dir, 'manifest.json')} is missing, yet snapshot.json is there.`);
  });

  it('several: "are there", each named', async () => {
    const dir = await folder();
    fs.rmSync(path.join(dir, 'manifest.json'));
    expect(await refusal(dir)).toContain(`${path.join(dir, 'manifest.json')} is missing, yet snapshot.json, wal.jsonl, archive/, logs/ are there.`);
  });

  it('only archives or only logs left: still refused, not a new empty store', async () => {
    const dir = await folder();
    for (const name of ['manifest.json', 'snapshot.json', 'wal.jsonl', 'logs']) fs.rmSync(path.join(dir, name), { recursive: true });
    expect(await refusal(dir)).toContain('is missing, yet archive/ is there.');
    fs.rmSync(path.join(dir, 'archive'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'logs'));
    fs.writeFileSync(path.join(dir, 'logs', 'audit.jsonl'), '{"event":"booked"}\n');
    expect(await refusal(dir)).toContain('is missing, yet logs/ is there.');
  });

  it('a format-2 snapshot with its WAL but no manifest is not taken for an old store', async () => {
    const dir = await folder();
    fs.rmSync(path.join(dir, 'manifest.json'));
    fs.rmSync(path.join(dir, 'archive'), { recursive: true });
    fs.rmSync(path.join(dir, 'logs'), { recursive: true });
    expect(await refusal(dir)).toContain('is missing, yet snapshot.json, wal.jsonl are there.');
  });

  it('a WAL alone (a store from before snapshots had a manifest) opens with its bookings, and is upgraded', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'wal.jsonl'), '{"s":1,"op":"put","t":"bookings","row":{"id":"b1","n":1}}\n');
    const warnings: string[] = [];
    const store = await open(dir, { logger: { info() {}, warn: (event) => warnings.push(event), error() {} } });
    expect(ids(store)).toEqual(['b1']);
    expect(warnings).toEqual(['store.upgrade']);
    await store.close();
    expect(manifestOf(dir)).toMatchObject({ format: 1, generation: 1, walSeq: 1 });
  });
});

describe('files that do not match the manifest', () => {
  it('a manifest older than the snapshot by more than one compaction names the manifest', async () => {
    const dir = await folder();
    const manifest = manifestOf(dir);
    const generation = manifest['generation'] as number;
    writeManifest(dir, { ...manifest, generation: generation - 2 });
    expect(await refusal(dir)).toContain(
      `${path.join(dir, 'manifest.json')} is generation ${generation - 2}, older than snapshot.json (generation ${generation})`,
    );
  });

  it('a manifest one generation behind its snapshot is repaired (the crash between the two), not refused', async () => {
    const dir = await folder();
    const manifest = manifestOf(dir);
    writeManifest(dir, { ...manifest, generation: (manifest['generation'] as number) - 1 });
    const store = await open(dir);
    expect(ids(store)).toEqual(['b1', 'b3']);
    await store.close();
  });

  it('a WAL that lost changes the manifest recorded is refused, with both numbers', async () => {
    const dir = await folder({ compactOnClose: false });
    // compactOnClose: false leaves the 4 changes in the WAL; the manifest (written at the first open) says 0.
    writeManifest(dir, { ...manifestOf(dir), walSeq: 7 });
    expect(await refusal(dir)).toContain('the folder holds changes up to 4 but manifest.json says 7.');
  });

  it('the manifest walSeq itself is reachable: the same folder with walSeq 4 opens', async () => {
    const dir = await folder({ compactOnClose: false });
    writeManifest(dir, { ...manifestOf(dir), walSeq: 4 });
    const store = await open(dir);
    expect(ids(store)).toEqual(['b1', 'b3']);
    await store.close();
  });

  it('an archive whose last line is the one the manifest recorded opens', async () => {
    const dir = await folder();
    expect(manifestOf(dir)['archives']).toEqual({ 'bookings-2026-10.jsonl': 4 });
    const store = await open(dir);
    expect(ids(store)).toEqual(['b1', 'b3']);
    await store.close();
  });

  it('an archive whose last line is damaged names the file and the two fixes', async () => {
    const dir = await folder();
    const archive = path.join(dir, 'archive', 'bookings-2026-10.jsonl');
    fs.writeFileSync(archive, 'garbage\n');
    const message = await refusal(dir);
    expect(message).toContain(`${archive} is damaged: its last line is not valid JSON.`);
    expect(message).toContain(`Restore ${archive} from your newest backup, or delete its damaged last line by hand.`);
    fs.writeFileSync(archive, '{"row":{"id":"b2","n":2}}\n');
    expect(await refusal(dir)).toContain(`${archive} is damaged: its last line has no seq.`);
  });
});

describe('a damaged manifest names itself and the restore, with where the backups are', () => {
  it.each([
    ['not JSON', '{"format":1,', 'is not valid JSON'],
    ['not an object', 'null', 'is damaged: not a JSON object'],
    ['another format', '{"format":2,"generation":1,"walSeq":0,"archives":{}}', 'is damaged: unknown format 2'],
    ['no generation', '{"format":1,"walSeq":0,"archives":{}}', 'is damaged: generation or walSeq is missing'],
    ['no walSeq', '{"format":1,"generation":1,"archives":{}}', 'is damaged: generation or walSeq is missing'],
    ['a negative walSeq', '{"format":1,"generation":1,"walSeq":-1,"archives":{}}', 'is damaged: generation or walSeq is missing'],
    ['no archives', '{"format":1,"generation":1,"walSeq":0}', 'is damaged: archives is missing'],
    ['archives null', '{"format":1,"generation":1,"walSeq":0,"archives":null}', 'is damaged: archives is missing'],
    ['an archive without a seq', '{"format":1,"generation":1,"walSeq":0,"archives":{"bookings-2026-10.jsonl":"4"}}', 'is damaged: archives is malformed'],
  ])('%s', async (_what, text, why) => {
    const dir = await folder();
    fs.writeFileSync(path.join(dir, 'manifest.json'), text);
    const message = await refusal(dir);
    expect(message).toContain(`${path.join(dir, 'manifest.json')} ${why}.`);
    expect(message).toContain(
      `Stop Layani and restore the data folder from the newest backup (npm run restore -- <backup file>; backups are in ${path.join(dir, 'backups')} unless LAYANI_BACKUP_DIR says otherwise).`,
    );
    expect(message).toContain('Do not delete the other files');
  });
});

describe('a snapshot that cannot be read', () => {
  it('is refused with the read error, not taken for a missing snapshot', async () => {
    const dir = await folder();
    fs.rmSync(path.join(dir, 'snapshot.json'));
    fs.mkdirSync(path.join(dir, 'snapshot.json')); // reading it gives EISDIR
    const error = await open(dir).then(
      () => expect.unreachable('the store opened'),
      (reason: unknown) => reason as Error & { code?: string },
    );
    expect(error.code).toBe('EISDIR');
    expect(fs.existsSync(path.join(dir, 'layani.lock'))).toBe(false);
  });
});
