/**
 * The durable `Store`: hot rows in memory, every change in a write-ahead log, a snapshot.
 *
 * Why not stock lowdb: it re-stringifies and rewrites the whole file on every `write()`, so 1,000
 * concurrent bookings take 7.5 s at 10k records and ~2 min at 100k, with the event loop blocked
 * throughout (docs/notes/store.md §4). Here a change costs O(row), never O(database):
 * - `put`/`delete`/`archive` update a Map and buffer one compact JSON line for `wal.jsonl`;
 * - `flush()` group-commits: one append + fdatasync carries everything pending, callers that
 *   arrive while it runs share the next one;
 * - once the WAL outgrows max(`compactMinBytes`, snapshot size), the hot rows are written as
 *   `snapshot.json` a slice at a time (snapshot-file.ts) while bookings keep committing, then
 *   the WAL lines the snapshot holds are dropped. No step blocks the event loop for long.
 * Finished rows leave the hot set with `archive()`, so the snapshot stays small.
 *
 * Folder layout:
 *   layani.lock                       PID of the owning process (lock.ts)
 *   manifest.json                     what must be here: generation, archives (manifest.ts)
 *   snapshot.json                     hot rows as of change `walSeq` (wal.ts)
 *   wal.jsonl                         one line per change
 *   archive/<table>-<bucket>.jsonl    archived rows, `{"seq":…,"row":…}` per line
 *   logs/<name>.jsonl                 `appendLog` entries
 *
 * Crash safety, in short (details at each step): an acknowledged change is in an fdatasync'd
 * WAL line or in a snapshot renamed in after fsync. Replay applies only lines newer than the
 * snapshot's `walSeq`, and every op is absolute (set row, remove row), so replaying a line twice
 * is harmless. Archive lines are written only after their WAL line is durable, carry their
 * sequence number, and are re-appended on open only when newer than the file's last line.
 *
 * Failures: a full disk (ENOSPC, EDQUOT) rejects the waiting flushes with `DISK_FULL` and keeps
 * the unwritten lines; the next flush, or a timer, retries, so writes resume by themselves once
 * there is room. Any other write error stops the store (a failed fsync may have dropped pages:
 * fsyncgate) until a restart recovers from the files.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { AppError } from '../../core/errors.js';
import type { Logger, Row, Store, Table } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { appendArchives, type HighWater } from './archives.js';
import type { WorkerStep } from './compact-from-files.js';
import { compactInWorker } from './compact-worker.js';
import { copyCut } from './copy-cut.js';
import { describeFsError, isSpaceError } from './fs-errors.js';
import { ensureDir, JsonlFile, type OpenAppend } from './jsonl.js';
import { acquireLock, releaseLock } from './lock.js';
import { writeManifest } from './manifest.js';
import { FILES, LOG_DIR, recover, type Recovered, rowsOf, type Tables } from './recover.js';
import { writeSnapshot } from './snapshot-file.js';
import { assertName, closedError, rowJson } from './store-names.js';
import type { ArchiveOp } from './wal.js';
import { arcLine, delLine, putLine } from './wal.js';

export interface JsonStoreOptions {
  /** Compact once the WAL passes max(this, snapshot size) bytes. Default 1 MiB. */
  readonly compactMinBytes?: number;
  /** Compact in `close()` when the WAL is not empty, so the next open replays nothing. Default true. */
  readonly compactOnClose?: boolean;
  /** Told about repairs (torn tails, stale locks), compactions and write failures. */
  readonly logger?: Logger;
  /** After a full disk, retry the unwritten changes this often (ms). Default 5,000. */
  readonly retryMs?: number;
  /** Opens the WAL and the other append-only files: a seam for tests (jsonl.ts). */
  readonly openFile?: OpenAppend;
  /**
   * Compact in a worker thread (from the files, not the rows in memory) once snapshot + WAL pass
   * this many bytes; below it, writing the rows on the event loop is quicker than starting a
   * worker. Default 4 MiB (~8k bookings).
   */
  readonly workerAboveBytes?: number;
  /** Called at each step of a compaction: a seam for crash tests that kill at a chosen step. */
  readonly probe?: (step: CompactionStep) => void;
}

/** Steps of a compaction; `worker-*` ones only when it runs in a worker (compact-worker.ts). */
export type CompactionStep = 'snapshot-written' | 'manifest-written' | 'wal-cut' | `worker-${WorkerStep}`;

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
  readonly generation: number;
}

export interface JsonStore<Tables extends Record<string, Row>> extends Store<Tables> {
  stats(): JsonStoreStats;
  /** Compacts now (beside ongoing commits) and resolves when done; a failure rejects. */
  compact(): Promise<void>;
  /**
   * Copies a consistent cut of the data files into the empty folder `target` while changes go
   * on (no compaction meanwhile): what a crash at that instant would have left. See backup.ts.
   */
  copyTo(target: string): Promise<void>;
  /** Resolves once a compaction running now (if any) has finished: lets tests wait without polling. */
  settled(): Promise<void>;
}

const DEFAULT_COMPACT_MIN_BYTES = 1024 * 1024;
const DEFAULT_RETRY_MS = 5_000;
const DEFAULT_WORKER_ABOVE_BYTES = 4 * 1024 * 1024;

const logPath = (dir: string, log: string): string => path.join(dir, LOG_DIR, `${log}.jsonl`);

/** Opens (creating if needed) the store in `dir`; throws `STORE_LOCKED`, `STORE_CORRUPT` or `DATA_FILE`. */
export async function openJsonStore<T extends Record<string, Row>>(dir: string, options: JsonStoreOptions = {}): Promise<JsonStore<T>> {
  const root = path.resolve(dir);
  const logger = options.logger ?? silentLogger;
  const lockFile = path.join(root, FILES.lock);
  try {
    await ensureDir(root);
    await acquireLock(lockFile, logger);
  } catch (error) {
    throw describeFsError(error, root);
  }
  try {
    const recovered = await recover(root, logger, options.openFile);
    const store = new JsonStoreImpl<T>(root, lockFile, recovered, options);
    if (recovered.reason !== undefined) {
      // A first manifest (new folder, or one from before manifests), or a newer one after a
      // crash between snapshot and manifest: written now, before any change is accepted.
      logger[recovered.reason === 'new' ? 'info' : 'warn'](`store.${recovered.reason}`, { dir: root });
      await store.compact();
    }
    return store;
  } catch (error) {
    await releaseLock(lockFile);
    throw describeFsError(error, root);
  }
}

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

/** Lines of one commit. Parts that reached the disk are removed, so a retry writes only the rest. */
interface Batch {
  wal: string;
  lastSeq: number;
  readonly logs: Map<string, string>;
}

class JsonStoreImpl<T extends Record<string, Row>> implements JsonStore<T> {
  readonly #dir: string;
  readonly #lockFile: string;
  readonly #logger: Logger;
  readonly #compactMinBytes: number;
  readonly #compactOnClose: boolean;
  readonly #retryMs: number;
  readonly #workerAboveBytes: number;
  readonly #openFile: OpenAppend | undefined;
  readonly #probe: (step: CompactionStep) => void;
  /** Only with a probe: makes the worker wait at each of its steps while the probe runs. */
  readonly #workerProbe: ((step: WorkerStep) => void) | undefined;
  readonly #wal: JsonlFile;
  readonly #tables: Tables;
  readonly #views = new Map<string, Table<Row>>();
  /** Open archive and log files, by path. */
  readonly #files = new Map<string, Promise<JsonlFile>>();
  readonly #archiveHigh: HighWater;

  #seq: number;
  #generation: number;
  #snapshotBytes: number;
  /** Changes made since the last commit began: WAL lines, log lines per log. */
  #walLines: string[] = [];
  #logLines = new Map<string, string[]>();
  /** Archive moves (in seq order) whose archive line is not durable yet. */
  #archiveBacklog: ArchiveOp[] = [];
  /** Lines a full disk kept out; written before anything newer. */
  #unwritten: Batch | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  /** The flush callers waiting for the next commit; the commit running now, if any. */
  #next: Deferred | undefined;
  #lastCommit: Promise<void> = Promise.resolve();
  #pumping: Promise<void> | undefined;
  /** WAL appends and the WAL cut after a compaction take turns. */
  #walTurn: Promise<unknown> = Promise.resolve();
  #compaction: Promise<void> | undefined;
  /** Backups in progress: no compaction starts meanwhile (the snapshot must stay put). */
  #holdCompaction = 0;
  /** No compaction before the WAL passes this (pushed up after a failed one). */
  #compactAfterBytes = 0;
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
    this.#retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
    this.#workerAboveBytes = options.workerAboveBytes ?? DEFAULT_WORKER_ABOVE_BYTES;
    this.#openFile = options.openFile;
    this.#probe = options.probe ?? (() => undefined);
    this.#workerProbe = options.probe && ((step) => this.#probe(`worker-${step}`));
    ({ tables: this.#tables, seq: this.#seq, wal: this.#wal, archiveHigh: this.#archiveHigh } = recovered);
    this.#generation = recovered.generation;
    this.#snapshotBytes = recovered.snapshotBytes;
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
    if (this.#walLines.length === 0 && this.#logLines.size === 0 && this.#unwritten === undefined) return this.#lastCommit;
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
      snapshotBytes: this.#snapshotBytes,
      commits: this.#commits,
      compactions: this.#compactions,
      generation: this.#generation,
    };
  }

  /** Compacts now and waits for it (used on open and close); a failure throws. */
  async compact(): Promise<void> {
    await this.#compaction;
    this.#compaction = this.#compact();
    try {
      await this.#compaction;
    } finally {
      this.#compaction = undefined;
    }
  }

  async settled(): Promise<void> {
    while (this.#compaction !== undefined || this.#pumping !== undefined) {
      await this.#pumping;
      await this.#compaction;
    }
  }

  async copyTo(target: string): Promise<void> {
    this.#holdCompaction++;
    try {
      await this.#compaction;
      await copyCut(this.#dir, target, {
        openSizes: async () => {
          const sizes = new Map<string, number>();
          for (const [file, opening] of this.#files) {
            const opened = await opening.catch(() => undefined);
            if (opened) sizes.set(file, opened.size);
          }
          return sizes;
        },
        walSize: async () => {
          await this.#walTurn;
          return this.#wal.size;
        },
      });
    } finally {
      this.#holdCompaction--;
    }
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

  /** One commit at a time; after each, start a compaction if the WAL has grown enough. */
  async #pump(): Promise<void> {
    try {
      while (this.#next !== undefined && this.#failure === undefined) {
        const waiters = this.#next;
        this.#next = undefined;
        const batch = this.#takeBatch();
        const commit = this.#commit(batch).catch((error: unknown) => {
          throw this.#commitFailed(error, batch);
        });
        // Flush calls with nothing new to write wait for this commit (it holds their changes).
        this.#lastCommit = commit;
        try {
          await commit;
        } catch (error) {
          waiters.reject(error);
          continue;
        }
        waiters.resolve();
        this.#maybeCompact();
      }
    } finally {
      this.#pumping = undefined;
    }
  }

  /** New lines, after any a full disk kept out earlier (they come first: seq order). */
  #takeBatch(): Batch {
    const batch: Batch = this.#unwritten ?? { wal: '', lastSeq: 0, logs: new Map() };
    this.#unwritten = undefined;
    batch.wal += this.#walLines.join('');
    batch.lastSeq = this.#seq;
    for (const [log, lines] of this.#logLines) batch.logs.set(log, (batch.logs.get(log) ?? '') + lines.join(''));
    this.#walLines = [];
    this.#logLines = new Map();
    return batch;
  }

  async #commit(batch: Batch): Promise<void> {
    const appendLog = async (log: string, text: string) => {
      await (await this.#open(logPath(this.#dir, log))).append(text);
      batch.logs.delete(log);
    };
    const writes = [...batch.logs].map(([log, text]) => appendLog(log, text));
    if (batch.wal !== '') {
      const text = batch.wal;
      writes.push(this.#walAppend(text).then(() => void (batch.wal = '')));
    }
    const results = await Promise.allSettled(writes);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    // Archive lines only once the WAL line that removed the row from the hot set is durable.
    // A crash in between is repaired on open from the WAL; the other order could leave a row
    // both archived and (after replay without its WAL line) still hot.
    const due = this.#archiveBacklog.filter((op) => op.seq <= batch.lastSeq);
    if (due.length > 0) {
      await appendArchives(this.#dir, due, (file) => this.#open(file), this.#archiveHigh);
      this.#archiveBacklog = this.#archiveBacklog.filter((op) => op.seq > batch.lastSeq);
    }
    if (this.#unwritten === undefined && this.#retryTimer !== undefined) this.#resumed();
    this.#commits++;
  }

  #walAppend(text: string): Promise<void> {
    const append = this.#walTurn.then(() => this.#wal.append(text));
    this.#walTurn = append.catch(() => undefined);
    return append;
  }

  /** A full disk keeps the batch for a retry; anything else stops the store. */
  #commitFailed(error: unknown, batch: Batch): AppError {
    if (!isSpaceError(error) || this.#closed) return this.#fail(error);
    this.#unwritten = batch;
    if (this.#retryTimer === undefined) {
      this.#logger.error('store.disk_full', { dir: this.#dir, reason: (error as Error).message });
    }
    this.#scheduleRetry();
    return new AppError(
      'DISK_FULL',
      `the disk holding ${this.#dir} is full: the change is not saved. Free some space; Layani retries by itself.`,
      { cause: error },
    );
  }

  #scheduleRetry(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.flush().catch(() => undefined), this.#retryMs);
    this.#retryTimer.unref();
  }

  #resumed(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#logger.info('store.write_resumed', { dir: this.#dir });
  }

  #maybeCompact(): void {
    const threshold = Math.max(this.#compactMinBytes, this.#snapshotBytes, this.#compactAfterBytes);
    if (this.#compaction !== undefined || this.#holdCompaction > 0 || this.#closed || this.#wal.size <= threshold) return;
    this.#compaction = this.#compact()
      .catch((error: unknown) => {
        // The old snapshot and the whole WAL are still in place: nothing is lost. Try again
        // once the WAL has grown by as much again.
        this.#compactAfterBytes = this.#wal.size + threshold;
        this.#logger.warn('store.compaction_failed', { dir: this.#dir, reason: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        this.#compaction = undefined;
      });
  }

  /**
   * Writes the hot set as the next snapshot generation, then the manifest, then drops the WAL
   * lines the snapshot holds. Commits go on meanwhile: their lines land after `walOffset` and
   * are kept. A crash at any step leaves a folder that opens (see recover.ts).
   */
  async #compact(): Promise<void> {
    const started = performance.now();
    const generation = this.#generation + 1;
    const walOffset = this.#wal.size; // whole, durable lines
    const { bytes, walSeq, rows } =
      this.#snapshotBytes + walOffset >= this.#workerAboveBytes
        ? await compactInWorker({ dir: this.#dir, walOffset, generation, pendingArchives: [...this.#archiveBacklog] }, this.#workerProbe)
        : await this.#writeRows(generation);
    this.#snapshotBytes = bytes;
    this.#generation = generation;
    this.#probe('snapshot-written');
    await writeManifest(this.#dir, { format: 1, generation, walSeq, archives: Object.fromEntries(this.#archiveHigh) });
    this.#probe('manifest-written');
    const cut = this.#walTurn.then(() => this.#wal.dropPrefix(walOffset));
    this.#walTurn = cut.catch(() => undefined);
    // A failed cut leaves the WAL handle in doubt: stop rather than guess.
    await cut.catch((error: unknown) => {
      throw this.#fail(error);
    });
    this.#probe('wal-cut');
    this.#compactAfterBytes = 0;
    this.#compactions++;
    this.#logger.info('store.compacted', { generation, rows, bytes, ms: Math.round(performance.now() - started) });
  }

  /**
   * The small-store compaction: the rows in memory, written a slice at a time on the event loop.
   * Every line before `walOffset` has `s <= walSeq`; lines after it are kept by the WAL cut.
   */
  async #writeRows(generation: number): Promise<{ bytes: number; walSeq: number; rows: number }> {
    const walSeq = this.#seq;
    const tables = [...this.#tables].map(([name, rows]) => [name, Array.from(rows.values())] as const);
    const head = { generation, walSeq, pendingArchives: [...this.#archiveBacklog] };
    const bytes = await writeSnapshot(path.join(this.#dir, FILES.snapshot), head, tables);
    return { bytes, walSeq, rows: tables.reduce((sum, [, list]) => sum + list.length, 0) };
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
      opening = ensureDir(path.dirname(file)).then(() => JsonlFile.open(file, undefined, this.#openFile));
      // A failed open (disk full while creating the file) is tried again next time.
      opening.catch(() => this.#files.delete(file));
      this.#files.set(file, opening);
    }
    return opening;
  }

  async #shutdown(): Promise<void> {
    try {
      const flushed = this.flush();
      this.#closed = true; // from here on, changes throw
      await flushed;
      await this.#pumping;
      await this.#compaction; // one may still run after the last flush resolved
      if (this.#compactOnClose && this.#wal.size > 0 && this.#failure === undefined) await this.compact();
    } finally {
      this.#closed = true;
      clearTimeout(this.#retryTimer);
      const files = await Promise.allSettled([...this.#files.values()]);
      await Promise.all(files.flatMap((file) => (file.status === 'fulfilled' ? [file.value.close()] : [])));
      await this.#wal.close();
      await releaseLock(this.#lockFile);
    }
  }
}
