/**
 * The snapshot as lines (format 3): a head line, then for each table a line naming it and how
 * many rows follow, then its rows as a JSON array with one row per line, each starting with its id:
 *
 *   {"format":3,"generation":7,"walSeq":1200,"rows":3,"pendingArchives":[]}
 *   {"table":"bookings","rows":2}
 *   [
 *   {"id":"b1",…},
 *   {"id":"b2",…}
 *   ]
 *   {"table":"counters","rows":1}
 *   [
 *   {"id":"seq","value":2}
 *   ]
 *
 * Why lines (issue 13 item 4): a compaction rewrites the snapshot with the WAL's changes applied.
 * As one JSON object (formats 1 and 2) that meant parsing all 47 MB and stringifying all 100k rows
 * again, ~2.2–3.8 s of a core while bookings were being acknowledged on the other; with a line per
 * row that starts with its id, a compaction carries unchanged rows over as text and parses only the
 * WAL. Opening parses each table's array in place with one `JSON.parse`, as cheap as format 2
 * (one call per line, or joining the lines into an array first, cost 10–25 % more CPU: measured).
 *
 * A snapshot cut short at a line boundary would still parse, so the head and each table line say
 * how many rows follow: a missing or extra row is damage (`STORE_CORRUPT`), never a smaller book.
 * Formats 1 and 2 are still read; the next compaction writes format 3.
 */
import type { Row } from '../../core/ports.js';
import { isName } from './store-names.js';
import type { ArchiveOp, Snapshot } from './wal.js';
import { checkSnapshot, checkSnapshotHead, corrupt } from './wal.js';

export interface SnapshotHead {
  readonly generation: number;
  readonly walSeq: number;
  readonly pendingArchives: readonly ArchiveOp[];
}

/** Table → the row's id as JSON text → the row's JSON (id first); what a compaction works on. */
export type TableLines = Map<string, Map<string, string>>;

export const ID_PREFIX = '{"id":';

/** A row as the snapshot holds it: its JSON with the id first (a row built otherwise is reordered). */
export function rowText(row: Row): string {
  const json = JSON.stringify(row);
  if (json.startsWith(ID_PREFIX)) return json;
  const { id, ...rest } = row;
  return JSON.stringify({ id, ...rest });
}

export const headLine = (head: SnapshotHead, rows: number): string =>
  `{"format":3,"generation":${head.generation},"walSeq":${head.walSeq},"rows":${rows},"pendingArchives":${JSON.stringify(head.pendingArchives)}}\n`;

/** Table names are checked against a quote-free alphabet (store-names.ts), so they are inlined. */
export const tableLine = (table: string, rows: number): string => `{"table":"${table}","rows":${rows}}\n`;

/** Format 3 starts with its head line; formats 1 and 2 are one JSON object. */
const LINE_FORMAT = '{"format":3,';
export const isLineFormat = (text: string | Buffer): boolean =>
  typeof text === 'string' ? text.startsWith(LINE_FORMAT) : text.toString('latin1', 0, LINE_FORMAT.length) === LINE_FORMAT;

function parseLine(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw corrupt(file, `${what} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** The head line of a format-3 snapshot (without its newline), checked. */
export function parseHeadLine(line: string, file: string): { head: SnapshotHead; rows: number } {
  return checkSnapshotHead(parseLine(line, file, 'its first line'), file);
}

/** The head of a format-3 snapshot, checked; `end` is where the first table starts. */
function parseHead(text: string, file: string): { head: SnapshotHead; rows: number; end: number } {
  const newline = text.indexOf('\n');
  if (newline < 0) throw corrupt(file, 'its first line is cut off');
  const { head, rows } = parseHeadLine(text.slice(0, newline), file);
  if (!text.endsWith('\n')) throw corrupt(file, 'its last line is cut off');
  return { head, rows, end: newline + 1 };
}

/** A table line (without its newline) that starts at byte `start`: the table's name and row count, checked. */
export function checkTableLine(line: string, start: number, file: string): { table: string; rows: number } {
  const data = parseLine(line, file, `the line at byte ${start}`) as { table?: unknown; rows?: unknown } | null;
  const ok = typeof data === 'object' && data !== null && isName('table', data.table) && Number.isSafeInteger(data.rows) && (data.rows as number) >= 0;
  if (!ok) throw corrupt(file, `the line at byte ${start} should name a table and its row count`);
  return { table: data.table as string, rows: data.rows as number };
}

/** A table line at `start`: the table's name, its row count, where its rows start. */
function parseTableLine(text: string, start: number, file: string): { table: string; rows: number; end: number } {
  const end = text.indexOf('\n', start) + 1;
  return { ...checkTableLine(text.slice(start, end - 1), start, file), end };
}

/** Where the line `count` lines after `start` begins, or -1 when the text ends first. */
function skipLines(text: string, start: number, count: number): number {
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at >= text.length) return -1;
    at = text.indexOf('\n', at) + 1;
  }
  return at;
}

/** A table's array, from its `[` line to its `]` line, parsed in place; each row must have an id. */
function parseRows(text: string, start: number, end: number, table: string, file: string): Row[] {
  const rows = parseLine(text.slice(start, end - 1), file, `the list of table ${table}`);
  if (!Array.isArray(rows)) throw corrupt(file, `the list of table ${table} is not a list`);
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null || typeof (row as Row).id !== 'string') throw corrupt(file, `a row of table ${table} has no id`);
  }
  return rows as Row[];
}

/** Calls `each` for every table of a format-3 text: its name, row count and the byte range of its rows. */
function forEachTable(text: string, file: string, each: (table: string, rows: number, start: number, end: number) => void): SnapshotHead {
  const { head, rows, end } = parseHead(text, file);
  let total = 0;
  for (let start = end; start < text.length; ) {
    const table = parseTableLine(text, start, file);
    const stop = skipLines(text, table.end, table.rows + 2); // the rows and the lines [ and ]
    if (stop < 0) throw corrupt(file, `table ${table.table} should hold ${table.rows} rows but the file ends first`);
    each(table.table, table.rows, table.end, stop);
    total += table.rows;
    start = stop;
  }
  if (total !== rows) throw corrupt(file, `it holds ${total} rows where its first line says ${rows}`);
  return head;
}

/** Parses a snapshot of any format into tables of rows, checking it throughout. */
export function parseSnapshot(text: string, file: string): Snapshot {
  if (!isLineFormat(text)) return parseWhole(text, file);
  const tables: Record<string, Row[]> = {};
  const head = forEachTable(text, file, (table, rows, start, end) => {
    const list = parseRows(text, start, end, table, file);
    // The counts say where each table ends; a row line split or merged shows up here.
    if (list.length !== rows) throw corrupt(file, `table ${table} should hold ${rows} rows but holds ${list.length}`);
    const earlier = tables[table];
    if (earlier === undefined) tables[table] = list;
    else for (const row of list) earlier.push(row);
  });
  return { format: 3, ...head, tables };
}

function parseWhole(text: string, file: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // An empty or cut-off snapshot lands here too. Never fall back to empty data.
    throw corrupt(file, `not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return checkSnapshot(data, file);
}

/** The id of a row line as JSON text (what `JSON.stringify(id)` gives), or undefined when the line does not start with one. */
function idKey(line: string): string | undefined {
  if (!line.startsWith(`${ID_PREFIX}"`)) return undefined;
  for (let i = ID_PREFIX.length + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++; // a backslash escapes the next character
    else if (c === 0x22) return line.slice(ID_PREFIX.length, i + 1);
  }
  return undefined;
}

/**
 * A snapshot as its head and its row lines by table and id (`TableLines`), rows left unparsed:
 * what a compaction needs. Lines keep the file's order; an older format is converted (parsed once).
 */
export function snapshotLines(text: string, file: string): { head: SnapshotHead; tables: TableLines } {
  const tables: TableLines = new Map();
  const lines = (table: string) => tables.get(table) ?? tables.set(table, new Map()).get(table)!;
  if (!isLineFormat(text)) {
    const { generation, walSeq, pendingArchives, tables: rows } = parseWhole(text, file);
    for (const [table, list] of Object.entries(rows)) for (const row of list) lines(table).set(JSON.stringify(row.id), rowText(row));
    return { head: { generation, walSeq, pendingArchives }, tables };
  }
  const head = forEachTable(text, file, (table, _rows, start, end) => {
    const into = lines(table);
    if (!text.startsWith('[\n', start) || !text.startsWith(']\n', end - 2)) throw corrupt(file, `the list of table ${table} is not a list`);
    for (let at = start + 2; at < end - 2; ) {
      const next = text.indexOf('\n', at) + 1;
      // Every row line but the last ends with the comma that separates it from the next.
      const line = text.slice(at, text.charCodeAt(next - 2) === 0x2c ? next - 2 : next - 1);
      // The row itself is checked when the store opens; here only that the line starts with its id.
      const id = idKey(line);
      if (id === undefined) throw corrupt(file, `a row of table ${table} does not start with its id`);
      into.set(id, line);
      at = next;
    }
  });
  return { head, tables };
}
