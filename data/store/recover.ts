/**
 * Opening a store folder: check it holds what the manifest says, load the snapshot, replay the
 * WAL, cut torn tails, re-append archive lines a crash lost. Runs under the PID lock; nothing
 * here turns a missing or damaged file into an empty database.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import type { Logger, Row } from '../../core/ports.js';
import { appendArchives, ARCHIVE_DIR, type HighWater } from './archives.js';
import { ensureDir, exists, JsonlFile, type OpenAppend, type TornTailHandler } from './jsonl.js';
import { MANIFEST, type Manifest, missingOrDamaged, readManifest, writeManifest } from './manifest.js';
import { readSnapshotText } from './snapshot-file.js';
import { parseSnapshot } from './snapshot-lines.js';
import type { ArchiveOp, Snapshot, WalEntry } from './wal.js';
import { archiveHighWater, corrupt, parseWalLine } from './wal.js';

export const FILES = { lock: 'layani.lock', snapshot: 'snapshot.json', wal: 'wal.jsonl' } as const;
export const LOG_DIR = 'logs';

export type Tables = Map<string, Map<string, Row>>;

/** Why the store compacts right after opening: to write its first manifest, or a newer one. */
export type OpenReason = 'new' | 'upgrade' | 'manifest_behind';

export interface Recovered {
  readonly tables: Tables;
  readonly seq: number;
  readonly wal: JsonlFile;
  readonly generation: number;
  readonly snapshotBytes: number;
  readonly archiveHigh: HighWater;
  readonly reason: OpenReason | undefined;
}

export function rowsOf(tables: Tables, name: string): Map<string, Row> {
  let rows = tables.get(name);
  if (rows === undefined) {
    rows = new Map();
    tables.set(name, rows);
  }
  return rows;
}

async function jsonlNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

interface Found {
  readonly manifest: Manifest | null;
  readonly snapshot: Snapshot | undefined;
  readonly wal: boolean;
  readonly archives: readonly string[];
  readonly logs: readonly string[];
}

/** Throws when a file the folder should hold is missing or older than it should be. */
function checkFolder(dir: string, found: Found): OpenReason | undefined {
  const { manifest, snapshot } = found;
  if (manifest === null) {
    const any = snapshot !== undefined || found.wal || found.archives.length > 0 || found.logs.length > 0;
    if (!any) return 'new';
    // Stores from before the manifest always had a WAL and at most a format-1 snapshot.
    if (found.wal && (snapshot === undefined || snapshot.format === 1)) return 'upgrade';
    const present = [snapshot && FILES.snapshot, found.wal && FILES.wal, found.archives.length > 0 && 'archive/', found.logs.length > 0 && 'logs/'];
    throw missingOrDamaged(dir, `${path.join(dir, MANIFEST)} is missing, yet ${present.filter(Boolean).join(', ')} ${present.filter(Boolean).length === 1 ? 'is' : 'are'} there`);
  }
  const where = `manifest.json expects generation ${manifest.generation}, holding changes up to ${manifest.walSeq}`;
  // Generation 0: the manifest was written before the folder's first snapshot (see `recover`).
  if (snapshot === undefined && manifest.generation > 0) throw missingOrDamaged(dir, `${path.join(dir, FILES.snapshot)} is missing (${where})`);
  const generation = snapshot?.generation ?? 0;
  if (generation < manifest.generation) {
    throw missingOrDamaged(dir, `${path.join(dir, FILES.snapshot)} is generation ${generation}, older than it should be (${where}); was it restored alone?`);
  }
  if (generation > manifest.generation + 1) {
    throw missingOrDamaged(dir, `${path.join(dir, MANIFEST)} is generation ${manifest.generation}, older than ${FILES.snapshot} (generation ${generation})`);
  }
  if (!found.wal) throw missingOrDamaged(dir, `${path.join(dir, FILES.wal)} is missing (it holds every change after ${manifest.walSeq})`);
  // One ahead: a crash between writing the snapshot and the manifest. The manifest is rewritten.
  return generation === manifest.generation + 1 ? 'manifest_behind' : undefined;
}

async function loadSnapshot(file: string): Promise<{ snapshot: Snapshot | undefined; bytes: number }> {
  const read = await readSnapshotText(file);
  if (read === undefined) return { snapshot: undefined, bytes: 0 };
  return { snapshot: parseSnapshot(read.text, file), bytes: read.bytes };
}

function apply(tables: Tables, entry: WalEntry, archived: ArchiveOp[]): void {
  const rows = rowsOf(tables, entry.t);
  if (entry.op === 'put') {
    rows.set(entry.row.id, entry.row);
  } else if (entry.op === 'del') {
    rows.delete(entry.id);
  } else {
    rows.delete(entry.row.id);
    archived.push({ seq: entry.s, table: entry.t, bucket: entry.b, row: entry.row });
  }
}

/** Applies the WAL lines newer than the snapshot; returns the last sequence number. */
async function replay(wal: JsonlFile, snapshot: Snapshot | undefined, tables: Tables, archived: ArchiveOp[]): Promise<number> {
  const walSeq = snapshot?.walSeq ?? 0;
  let seq = walSeq;
  let lineNumber = 0;
  for await (const line of wal.lines()) {
    lineNumber++;
    const entry = parseWalLine(line, wal.file, lineNumber);
    if (entry.s <= walSeq) continue; // already in the snapshot (crash before the WAL was cut)
    // Changes after the snapshot are numbered without gaps: a crash only ever loses a suffix.
    // A gap means the two files do not belong together (one restored or deleted alone).
    if (entry.s !== seq + 1) {
      const before = snapshot ? `${FILES.snapshot} ends at change ${walSeq}` : `${FILES.snapshot} is missing`;
      throw corrupt(wal.file, `line ${lineNumber} holds change ${entry.s} but ${before}, so earlier changes are missing`);
    }
    apply(tables, entry, archived);
    seq = entry.s;
  }
  return seq;
}

/** Cuts torn tails of every `.jsonl` file in `dir`; returns each file's last archive `seq`. */
async function repairFolder(dir: string, names: readonly string[], onTornTail: TornTailHandler, archives: boolean): Promise<HighWater> {
  const high: HighWater = new Map();
  const repairOne = async (name: string) => {
    const file = await JsonlFile.open(path.join(dir, name), onTornTail);
    try {
      if (archives) high.set(name, archiveHighWater(await file.lastLine(), file.file));
    } finally {
      await file.close();
    }
  };
  await Promise.all(names.map(repairOne));
  return high;
}

/** Every archive the manifest lists must be there, holding at least the line it recorded. */
function checkArchives(dir: string, manifest: Manifest | null, high: HighWater): void {
  for (const [name, seq] of Object.entries(manifest?.archives ?? {})) {
    const file = path.join(dir, ARCHIVE_DIR, name);
    const last = high.get(name);
    if (last === undefined) throw missingOrDamaged(dir, `${file} is missing (manifest.json lists it, with rows up to change ${seq})`);
    if (last < seq) throw missingOrDamaged(dir, `${file} ends at change ${last} but held change ${seq}: rows are missing from its end`);
  }
}

export async function recover(dir: string, logger: Logger, openHandle?: OpenAppend): Promise<Recovered> {
  const onTornTail: TornTailHandler = (file, removedBytes) => logger.warn('store.torn_tail_removed', { file, removedBytes });
  const walFile = path.join(dir, FILES.wal);
  const archiveDir = path.join(dir, ARCHIVE_DIR);
  const logDir = path.join(dir, LOG_DIR);
  const { snapshot, bytes } = await loadSnapshot(path.join(dir, FILES.snapshot));
  const [manifest, walFound, archives, logs] = await Promise.all([readManifest(dir), exists(walFile), jsonlNames(archiveDir), jsonlNames(logDir)]);
  const reason = checkFolder(dir, { manifest, snapshot, wal: walFound, archives, logs });
  const tables: Tables = new Map();
  for (const [name, rows] of Object.entries(snapshot?.tables ?? {})) {
    const map = rowsOf(tables, name);
    for (const row of rows) map.set(row.id, row);
  }
  const wal = await JsonlFile.open(walFile, onTornTail, openHandle);
  try {
    const archived = [...(snapshot?.pendingArchives ?? [])];
    const seq = await replay(wal, snapshot, tables, archived);
    if (manifest && seq < manifest.walSeq) {
      throw missingOrDamaged(dir, `the folder holds changes up to ${seq} but manifest.json says ${manifest.walSeq}`);
    }
    const archiveHigh = await repairFolder(archiveDir, archives, onTornTail, true);
    await repairFolder(logDir, logs, onTornTail, false);
    checkArchives(dir, manifest, archiveHigh);
    // Rows the snapshot or WAL moved out of the hot set: make sure their archive lines exist.
    const opened: JsonlFile[] = [];
    const openFile = async (file: string) => {
      await ensureDir(path.dirname(file));
      const archive = await JsonlFile.open(file);
      opened.push(archive);
      return archive;
    };
    await appendArchives(dir, archived, openFile, archiveHigh).finally(() => Promise.all(opened.map((file) => file.close())));
    // The folder as it is now, described before anything else is written: the compaction that
    // follows an open for `reason` writes a newer snapshot, and a crash between that snapshot and
    // its manifest must leave the manifest one generation behind, never two (a folder that then
    // refused to start was found by the SIGKILL test).
    if (reason !== undefined) {
      await writeManifest(dir, { format: 1, generation: snapshot?.generation ?? 0, walSeq: snapshot?.walSeq ?? 0, archives: Object.fromEntries(archiveHigh) });
    }
    return { tables, seq, wal, generation: snapshot?.generation ?? 0, snapshotBytes: bytes, archiveHigh, reason };
  } catch (error) {
    await wal.close();
    throw error;
  }
}
