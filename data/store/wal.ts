/**
 * On-disk formats of the JSON store: the write-ahead log lines, the snapshot and the archive
 * lines, with the checks that turn damage into a loud `STORE_CORRUPT` instead of a silent reset.
 *
 * Every change gets a sequence number `s` (1, 2, 3… over the store's whole life). The snapshot
 * records the last change it contains (`walSeq`); replay applies only WAL lines after it.
 */
import { AppError } from '../../core/errors.js';
import type { Row } from '../../core/ports.js';
import { isName } from './store-names.js';

export type WalEntry =
  | { readonly s: number; readonly op: 'put'; readonly t: string; readonly row: Row }
  | { readonly s: number; readonly op: 'del'; readonly t: string; readonly id: string }
  | { readonly s: number; readonly op: 'arc'; readonly t: string; readonly b: string; readonly row: Row };

/** A row on its way to `archive/<table>-<bucket>.jsonl`. */
export interface ArchiveOp {
  readonly seq: number;
  readonly table: string;
  readonly bucket: string;
  readonly row: Row;
}

export interface Snapshot {
  /** 1: before the manifest (read for upgrades only); 2: with `generation`; 3: a line per row (snapshot-lines.ts). */
  readonly format: 1 | 2 | 3;
  /** Grows by one with each compaction; `manifest.json` names the one that must be here. */
  readonly generation: number;
  /** Every change with `s <= walSeq` is in this snapshot. */
  readonly walSeq: number;
  readonly tables: Readonly<Record<string, readonly Row[]>>;
  /** Archive moves already applied to `tables` whose archive line may not be written yet. */
  readonly pendingArchives: readonly ArchiveOp[];
}

export const emptySnapshot = (): Snapshot => ({ format: 2, generation: 0, walSeq: 0, tables: {}, pendingArchives: [] });

const RESTORE = 'Restore the data folder from the newest backup (npm run restore -- <backup file>), then start again.';

export function corrupt(file: string, detail: string, options: { remedy?: string; cause?: unknown } = {}): AppError {
  return new AppError(
    'STORE_CORRUPT',
    `${file} is damaged: ${detail}. Layani refuses to start rather than silently lose data. ${options.remedy ?? RESTORE}`,
    { cause: options.cause },
  );
}

// Line encoders. Table and bucket names are checked against a quote-free alphabet
// (store-names.ts), so they are inlined; ids and rows go through JSON.stringify.
export const putLine = (s: number, t: string, rowJson: string): string =>
  `{"s":${s},"op":"put","t":"${t}","row":${rowJson}}\n`;
export const delLine = (s: number, t: string, id: string): string =>
  `{"s":${s},"op":"del","t":"${t}","id":${JSON.stringify(id)}}\n`;
export const arcLine = (s: number, t: string, b: string, rowJson: string): string =>
  `{"s":${s},"op":"arc","t":"${t}","b":"${b}","row":${rowJson}}\n`;
/** One line of an archive file. `seq` makes re-appending after a crash detectable. */
export const archiveLine = (seq: number, rowJson: string): string => `{"seq":${seq},"row":${rowJson}}\n`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSeq = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRow = (value: unknown): value is Row => isObject(value) && typeof value['id'] === 'string';

function walProblem(entry: Record<string, unknown>): string | undefined {
  if (!isSeq(entry['s']) || !isName('table', entry['t'])) return 'no sequence number or table';
  switch (entry['op']) {
    case 'put':
      return isRow(entry['row']) ? undefined : 'put without a row';
    case 'del':
      return typeof entry['id'] === 'string' ? undefined : 'delete without an id';
    case 'arc':
      return isRow(entry['row']) && isName('bucket', entry['b']) ? undefined : 'archive without row or bucket';
    default:
      return `unknown op ${JSON.stringify(entry['op'])}`;
  }
}

export function parseWalLine(line: string, file: string, lineNumber: number): WalEntry {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch (error) {
    throw corrupt(file, `line ${lineNumber} is not valid JSON and is not the last line`, { cause: error });
  }
  const problem = isObject(entry) ? walProblem(entry) : 'not an object';
  if (problem !== undefined) throw corrupt(file, `line ${lineNumber}: ${problem}`);
  return entry as WalEntry;
}

function snapshotProblem(data: Record<string, unknown>): string | undefined {
  if (data['format'] !== 1 && data['format'] !== 2) return `unknown format ${JSON.stringify(data['format'])}`;
  if (!isSeq(data['walSeq'])) return 'walSeq is missing';
  if (data['format'] === 2 && !isSeq(data['generation'])) return 'generation is missing';
  const tables = data['tables'];
  if (!isObject(tables)) return 'tables is missing';
  for (const [name, rows] of Object.entries(tables)) {
    if (!isName('table', name) || !Array.isArray(rows) || !rows.every(isRow)) return `table ${name} is malformed`;
  }
  const pending = data['pendingArchives'];
  return Array.isArray(pending) && pending.every(isArchiveOp) ? undefined : 'pendingArchives is malformed';
}

const isArchiveOp = (op: unknown): boolean =>
  isObject(op) && isSeq(op['seq']) && isName('table', op['table']) && isName('bucket', op['bucket']) && isRow(op['row']);

/** The head line of a format-3 snapshot (snapshot-lines.ts): everything but the rows, and how many follow. */
export function checkSnapshotHead(data: unknown, file: string): { head: Omit<Snapshot, 'format' | 'tables'>; rows: number } {
  const problem = !isObject(data)
    ? 'its first line is not a JSON object'
    : data['format'] !== 3 || !isSeq(data['generation']) || !isSeq(data['walSeq']) || !isSeq(data['rows'])
      ? 'its first line lacks format, generation, walSeq or rows'
      : Array.isArray(data['pendingArchives']) && data['pendingArchives'].every(isArchiveOp)
        ? undefined
        : 'pendingArchives is malformed';
  if (problem !== undefined) throw corrupt(file, problem);
  const head = data as { generation: number; walSeq: number; rows: number; pendingArchives: readonly ArchiveOp[] };
  return { head: { generation: head.generation, walSeq: head.walSeq, pendingArchives: head.pendingArchives }, rows: head.rows };
}

export function checkSnapshot(data: unknown, file: string): Snapshot {
  const problem = isObject(data) ? snapshotProblem(data) : 'not a JSON object';
  if (problem !== undefined) throw corrupt(file, problem);
  const snapshot = data as Snapshot;
  return snapshot.format === 1 ? { ...snapshot, generation: 0 } : snapshot;
}

/** The `seq` of an archive file's last line (0 for an empty file). */
export function archiveHighWater(lastLine: string | undefined, file: string): number {
  if (lastLine === undefined) return 0;
  const remedy = `Restore ${file} from your newest backup, or delete its damaged last line by hand.`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(lastLine);
  } catch (error) {
    throw corrupt(file, 'its last line is not valid JSON', { remedy, cause: error });
  }
  if (!isObject(parsed) || !isSeq(parsed['seq'])) throw corrupt(file, 'its last line has no seq', { remedy });
  return parsed['seq'];
}
