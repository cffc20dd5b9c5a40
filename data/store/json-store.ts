/**
 * The durable `Store`: hot rows in memory, every change in a write-ahead log, a lowdb snapshot.
 *
 * Why not stock lowdb: it re-stringifies and rewrites the whole file on every `write()`, so 1,000
 * concurrent bookings take 7.5 s at 10k records and ~2 min at 100k, with the event loop blocked
 * throughout (docs/notes/store.md §4). Here a change costs O(row), never O(database):
 * - `put`/`delete`/`archive` update a Map and buffer one compact JSON line for `wal.jsonl`;
 * - `flush()` group-commits: one append + fdatasync carries everything pending, callers that
 *   arrive while it runs share the next one;
 * - once the WAL outgrows max(`compactMinBytes`, snapshot size), the hot rows are written as
 *   `snapshot.json` through lowdb (`FsyncJsonFile`: stringify once, fsync, rename, fsync dir)
 *   and the WAL is emptied. That O(hot rows) cost is amortised over as many bytes of changes.
 * Finished rows leave the hot set with `archive()`, so the snapshot stays small.
 *
 * Folder layout:
 *   layani.lock                       PID of the owning process (data/lock.ts)
 *   snapshot.json                     hot rows as of change `walSeq` (data/wal.ts)
 *   wal.jsonl                         one line per change
 *   archive/<table>-<bucket>.jsonl    archived rows, `{"seq":…,"row":…}` per line
 *   logs/<name>.jsonl                 `appendLog` entries
 *
 * Crash safety, in short (details at each step): an acknowledged change is in an fdatasync'd
 * WAL line or in a snapshot renamed in after fsync. Replay applies only lines newer than the
 * snapshot's `walSeq`, and every op is absolute (set row, remove row), so replaying a line twice
 * is harmless. Archive lines are written only after their WAL line is durable, carry their
 * sequence number, and are re-appended on open only when newer than the file's last line.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { Low } from 'lowdb';

import { AppError } from '../../core/errors.js';
import type { Logger, Row, Store, Table } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { FsyncJsonFile } from './fsync-adapter.js';
import { ensureDir, JsonlFile, type TornTailHandler } from './jsonl.js';
import { acquireLock, releaseLock } from './lock.js';
import { assertName, closedError, rowJson } from './store-names.js';
import type { ArchiveOp, Snapshot, WalEntry } from './wal.js';
import {
  archiveHighWater,
  archiveLine,
  arcLine,
  checkSnapshot,
  corrupt,
  delLine,
  emptySnapshot,
  parseWalLine,
  putLine,
} from './wal.js';

export interface JsonStoreOptions {
  /** Compact once the WAL passes max(this, snapshot size) bytes. Default 1 MiB. */
  readonly compactMinBytes?: number;
  /** Compact in `close()` when the WAL is not empty, so the next open replays nothing. Default true. */
  readonly compactOnClose?: boolean;
  /** Told about repairs (torn tails, stale locks) and write failures. */
  readonly logger?: Logger;
}

export interface JsonStoreStats {
  /** Rows in the hot set, all tables. */
  readonly rows: number;
  /** Sequence number of the last change. */
  readonly seq: number;
  readonly walBytes: number;
  readonly snapshotBytes: number;
  /** Physical group commits and compactions since open. */
  readonly commits: number;
  readonly compactions: number;
}

export interface JsonStore<Tables extends Record<string, Row>> extends Store<Tables> {
  stats(): JsonStoreStats;
}

const FILES = { lock: 'layani.lock', snapshot: 'snapshot.json', wal: 'wal.jsonl' } as const;
const DEFAULT_COMPACT_MIN_BYTES = 1024 * 1024;

type Tables = Map<string, Map<string, Row>>;

const archivePath = (dir: string, table: string, bucket: string): string =>
  path.join(dir, 'archive', `${table}-${bucket}.jsonl`);
const logPath = (dir: string, log: string): string => path.join(dir, 'logs', `${log}.jsonl`);

function rowsOf(tables: Tables, name: string): Map<string, Row> {
  let rows = tables.get(name);
  if (rows === undefined) {
    rows = new Map();
    tables.set(name, rows);
  }
  return rows;
}

/**
 * Appends archive lines, at most once each: a file's lines are in `seq` order, so anything not
 * newer than its last line is there already (written before a crash, now replayed).
 */
async function appendArchives(
  dir: string,
  ops: readonly ArchiveOp[],
  openFile: (file: string) => Promise<JsonlFile>,
): Promise<void> {
  const byFile = new Map<string, ArchiveOp[]>();
  for (const op of ops) {
    const file = archivePath(dir, op.table, op.bucket);
    byFile.set(file, [...(byFile.get(file) ?? []), op]);
  }
  const appendOne = async ([file, list]: [string, ArchiveOp[]]) => {
    const archive = await openFile(file);
    const highWater = archiveHighWater(await archive.lastLine(), file);
    const text = list
      .filter((op) => op.seq > highWater)
      .map((op) => archiveLine(op.seq, JSON.stringify(op.row)))
      .join('');
    if (text !== '') await archive.append(text);
  };
  await Promise.all([...byFile].map(appendOne));
}

// ---------------------------------------------------------------------------------------------
// Opening: snapshot, then WAL replay, then repairs. Nothing is written before the lock is held.

interface Recovered {
  readonly db: Low<Snapshot>;
  readonly adapter: FsyncJsonFile<Snapshot>;
  readonly tables: Tables;
  readonly seq: number;
  readonly wal: JsonlFile;
}

async function loadSnapshot(file: string): Promise<{ db: Low<Snapshot>; adapter: FsyncJsonFile<Snapshot>; found: boolean }> {
  const adapter = new FsyncJsonFile<Snapshot>(file);
  const empty = emptySnapshot();
  // Built directly: the JSONFilePreset silently keeps data in memory under NODE_ENV=test.
  const db = new Low<Snapshot>(adapter, empty);
  try {
    await db.read();
  } catch (error) {
    // An empty or cut-off snapshot lands here too. Never fall back to empty data.
    if (error instanceof SyntaxError) throw corrupt(file, `not valid JSON (${error.message})`, { cause: error });
    throw error;
  }
  const found = db.data !== empty;
  if (found) db.data = checkSnapshot(db.data, file);
  return { db, adapter, found };
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

interface ReplayBase {
  readonly walSeq: number;
  readonly snapshotFound: boolean;
}

/** Applies the WAL lines newer than the snapshot; returns the last sequence number. */
function replay(text: string, file: string, base: ReplayBase, tables: Tables, archived: ArchiveOp[]): number {
  const lines = text.split('\n');
  lines.pop(); // the file ends with a newline (torn tails are cut before this)
  let seq = base.walSeq;
  lines.forEach((line, index) => {
    const entry = parseWalLine(line, file, index + 1);
    if (entry.s <= base.walSeq) return; // already in the snapshot (crash before the WAL was emptied)
    // Changes after the snapshot are numbered without gaps: a crash only ever loses a suffix.
    // A gap means the two files do not belong together (one restored or deleted alone).
    if (entry.s !== seq + 1) {
      const before = base.snapshotFound ? `${FILES.snapshot} ends at change ${base.walSeq}` : `${FILES.snapshot} is missing`;
      throw corrupt(file, `line ${index + 1} holds change ${entry.s} but ${before}, so earlier changes are missing`);
    }
    apply(tables, entry, archived);
    seq = entry.s;
  });
  return seq;
}

/** Cuts torn tails of every archive and log file, so each holds whole lines only. */
async function repairFolder(dir: string, onTornTail: TornTailHandler): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const repairOne = async (name: string) => (await JsonlFile.open(path.join(dir, name), onTornTail)).close();
  await Promise.all(names.filter((name) => name.endsWith('.jsonl')).map(repairOne));
}

async function recover(dir: string, logger: Logger): Promise<Recovered> {
  const onTornTail: TornTailHandler = (file, removedBytes) =>
    logger.warn('store.torn_tail_removed', { file, removedBytes });
  const snapshotFile = path.join(dir, FILES.snapshot);
  const { db, adapter, found } = await loadSnapshot(snapshotFile);
  const tables: Tables = new Map(Object.entries(db.data.tables).map(([name, rows]) => [name, new Map(rows.map((row) => [row.id, row]))]));
  const walFile = path.join(dir, FILES.wal);
  const wal = await JsonlFile.open(walFile, onTornTail);
  try {
    const archived = [...db.data.pendingArchives];
    const base = { walSeq: db.data.walSeq, snapshotFound: found };
    const seq = replay(await readFile(walFile, 'utf8'), walFile, base, tables, archived);
    await repairFolder(path.join(dir, 'archive'), onTornTail);
    await repairFolder(path.join(dir, 'logs'), onTornTail);
    // Rows the snapshot or WAL moved out of the hot set: make sure their archive lines exist.
    const opened: JsonlFile[] = [];
    const openFile = async (file: string) => {
      await ensureDir(path.dirname(file));
      const archive = await JsonlFile.open(file);
      opened.push(archive);
      return archive;
    };
    await appendArchives(dir, archived, openFile).finally(() => Promise.all(opened.map((file) => file.close())));
    db.data = emptySnapshot(); // the rows live in `tables` now
    return { db, adapter, tables, seq, wal };
  } catch (error) {
    await wal.close();
    throw error;
  }
}

/** Opens (creating if needed) the store in `dir`; throws `STORE_LOCKED` or `STORE_CORRUPT`. */
export async function openJsonStore<T extends Record<string, Row>>(
  dir: string,
  options: JsonStoreOptions = {},
): Promise<JsonStore<T>> {
  const root = path.resolve(dir);
  const logger = options.logger ?? silentLogger;
  await ensureDir(root);
  const lockFile = path.join(root, FILES.lock);
  await acquireLock(lockFile, logger);
  try {
    return new JsonStoreImpl<T>(root, lockFile, await recover(root, logger), options);
  } catch (error) {
    await releaseLock(lockFile);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The open store.

interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Batch {
  readonly wal: string;
  readonly lastSeq: number;
  readonly logs: ReadonlyMap<string, readonly string[]>;
}

class JsonStoreImpl<T extends Record<string, Row>> implements JsonStore<T> {
  readonly #dir: string;
  readonly #lockFile: string;
  readonly #logger: Logger;
  readonly #compactMinBytes: number;
  readonly #compactOnClose: boolean;
  readonly #db: Low<Snapshot>;
  readonly #adapter: FsyncJsonFile<Snapshot>;
  readonly #wal: JsonlFile;
  readonly #tables: Tables;
  readonly #views = new Map<string, Table<Row>>();
  /** Open archive and log files, by path. */
  readonly #files = new Map<string, Promise<JsonlFile>>();

  #seq: number;
  /** Changes made since the last commit began: WAL lines, log lines per log. */
  #walLines: string[] = [];
  #logLines = new Map<string, string[]>();
  /** Archive moves (in seq order) whose archive line is not durable yet. */
  #archiveBacklog: ArchiveOp[] = [];
  /** The flush callers waiting for the next commit; the commit running now, if any. */
  #next: Deferred | undefined;
  #lastCommit: Promise<void> = Promise.resolve();
  #pumping: Promise<void> | undefined;
  #failure: AppError | undefined;
  #closed = false;
  #closing: Promise<void> | undefined;
  #commits = 0;
  #compactions = 0;

  constructor(dir: string, lockFile: string, recovered: Recovered, options: JsonStoreOptions) {
    this.#dir = dir;
    this.#lockFile = lockFile;
    this.#logger = options.logger ?? silentLogger;
    this.#compactMinBytes = options.compactMinBytes ?? DEFAULT_COMPACT_MIN_BYTES;
    this.#compactOnClose = options.compactOnClose ?? true;
    ({ db: this.#db, adapter: this.#adapter, tables: this.#tables, seq: this.#seq, wal: this.#wal } = recovered);
  }

  table<K extends keyof T & string>(name: K): Table<T[K]> {
    let view = this.#views.get(name);
    if (view === undefined) {
      assertName('table', name);
      view = this.#makeTable(name, rowsOf(this.#tables, name));
      this.#views.set(name, view);
    }
    // Every view works on plain `Row`s; the caller's table key fixes the row type.
    return view as Table<T[K]>;
  }

  appendLog(log: string, entry: Record<string, unknown>): void {
    this.#assertWritable();
    assertName('log', log);
    const line = `${JSON.stringify(entry)}\n`;
    const lines = this.#logLines.get(log);
    if (lines) lines.push(line);
    else this.#logLines.set(log, [line]);
  }

  flush(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#walLines.length === 0 && this.#logLines.size === 0) return this.#lastCommit;
    this.#next ??= deferred();
    const { promise } = this.#next; // read first: an idle pump takes #next synchronously
    this.#pumping ??= this.#pump();
    return promise;
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  stats(): JsonStoreStats {
    let rows = 0;
    for (const table of this.#tables.values()) rows += table.size;
    return {
      rows,
      seq: this.#seq,
      walBytes: this.#wal.size,
      snapshotBytes: this.#adapter.bytes,
      commits: this.#commits,
      compactions: this.#compactions,
    };
  }

  #makeTable(name: string, rows: Map<string, Row>): Table<Row> {
    return {
      get: (id) => rows.get(id),
      values: () => rows.values(),
      get size() {
        return rows.size;
      },
      put: (row) => {
        this.#assertWritable();
        const json = rowJson(row);
        this.#walLines.push(putLine(++this.#seq, name, json));
        rows.set(row.id, row);
      },
      delete: (id) => {
        this.#assertWritable();
        if (!rows.has(id)) return;
        this.#walLines.push(delLine(++this.#seq, name, id));
        rows.delete(id);
      },
      archive: (id, bucket) => {
        this.#assertWritable();
        assertName('bucket', bucket);
        const row = rows.get(id);
        if (row === undefined) return;
        const seq = ++this.#seq;
        this.#walLines.push(arcLine(seq, name, bucket, rowJson(row)));
        this.#archiveBacklog.push({ seq, table: name, bucket, row });
        rows.delete(id);
      },
    };
  }

  #assertWritable(): void {
    if (this.#closed) throw closedError();
    if (this.#failure) throw this.#failure;
  }

  /** One commit at a time; after each, compact if the WAL has grown enough. */
  async #pump(): Promise<void> {
    try {
      while (this.#next !== undefined && this.#failure === undefined) {
        const waiters = this.#next;
        this.#next = undefined;
        const commit = this.#commit(this.#takeBatch()).catch((error: unknown) => {
          throw this.#fail(error);
        });
        // Flush calls with nothing new to write wait for this commit (it holds their changes).
        this.#lastCommit = commit;
        try {
          await commit;
        } catch (error) {
          waiters.reject(error);
          return;
        }
        waiters.resolve();
        if (this.#wal.size > Math.max(this.#compactMinBytes, this.#adapter.bytes)) {
          // A failure is recorded by #fail and reported to the next flush; the pump never rejects.
          await this.#compactOrFail().catch(() => undefined);
        }
      }
    } finally {
      this.#pumping = undefined;
    }
  }

  #takeBatch(): Batch {
    const batch = { wal: this.#walLines.join(''), lastSeq: this.#seq, logs: this.#logLines };
    this.#walLines = [];
    this.#logLines = new Map();
    return batch;
  }

  async #commit(batch: Batch): Promise<void> {
    const appendLog = async (log: string, lines: readonly string[]) =>
      (await this.#open(logPath(this.#dir, log))).append(lines.join(''));
    const writes = [...batch.logs].map(([log, lines]) => appendLog(log, lines));
    if (batch.wal !== '') writes.push(this.#wal.append(batch.wal));
    await Promise.all(writes);
    // Archive lines only once the WAL line that removed the row from the hot set is durable.
    // A crash in between is repaired on open from the WAL; the other order could leave a row
    // both archived and (after replay without its WAL line) still hot.
    const due = this.#archiveBacklog.filter((op) => op.seq <= batch.lastSeq);
    if (due.length > 0) {
      await appendArchives(this.#dir, due, (file) => this.#open(file));
      this.#archiveBacklog = this.#archiveBacklog.filter((op) => op.seq > batch.lastSeq);
    }
    this.#commits++;
  }

  /**
   * Writes the hot set as the new snapshot, then empties the WAL. Runs inside the pump, so no
   * WAL append is in flight: every line in the file has `s <= walSeq`.
   */
  async #compact(): Promise<void> {
    const walSeq = this.#seq;
    const tables = Object.fromEntries([...this.#tables].map(([name, rows]) => [name, [...rows.values()]]));
    // Changes still buffered (seq <= walSeq) are in the snapshot too; their WAL lines, written
    // later, are skipped on replay. Archive moves without a durable archive line travel along.
    this.#db.data = { format: 1, walSeq, tables, pendingArchives: [...this.#archiveBacklog] };
    // FsyncJsonFile stringifies synchronously inside this call, so the snapshot is the state at
    // `walSeq`. (Were it later, replaying absolute ops in order would still converge.)
    const written = this.#db.write();
    this.#db.data = emptySnapshot();
    await written;
    // Only now may the WAL go: the snapshot is durable. A crash before the truncate is harmless
    // (the old lines are skipped on replay), and so is one during it.
    await this.#wal.truncate();
    this.#compactions++;
  }

  async #compactOrFail(): Promise<void> {
    try {
      await this.#compact();
    } catch (error) {
      throw this.#fail(error);
    }
  }

  /**
   * After a failed write nothing is retried: a failed fsync may have dropped dirty pages, so
   * the file can no longer be trusted (fsyncgate). The store stops taking changes; a restart
   * recovers from what is on disk.
   */
  #fail(error: unknown): AppError {
    if (this.#failure === undefined) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#failure = new AppError(
        'DATA_FILE',
        `store write failed in ${this.#dir}: ${reason}. Changes since the last successful flush may not be on disk ` +
          'and the store accepts no more. Fix the cause (disk full? permissions?) and restart Layani: it recovers from the files.',
        { cause: error },
      );
      this.#logger.error('store.write_failed', { dir: this.#dir, reason });
    }
    const waiters = this.#next;
    this.#next = undefined;
    waiters?.reject(this.#failure);
    return this.#failure;
  }

  #open(file: string): Promise<JsonlFile> {
    let opening = this.#files.get(file);
    if (opening === undefined) {
      opening = ensureDir(path.dirname(file)).then(() => JsonlFile.open(file));
      this.#files.set(file, opening);
    }
    return opening;
  }

  async #shutdown(): Promise<void> {
    try {
      const flushed = this.flush();
      this.#closed = true; // from here on, changes throw
      await flushed;
      await this.#pumping; // a compaction may still run after the last flush resolved
      if (this.#compactOnClose && this.#wal.size > 0) await this.#compactOrFail();
    } finally {
      this.#closed = true;
      const files = await Promise.allSettled([...this.#files.values()]);
      await Promise.all(files.flatMap((file) => (file.status === 'fulfilled' ? [file.value.close()] : [])));
      await this.#wal.close();
      await releaseLock(this.#lockFile);
    }
  }
}
