/**
 * The snapshot as lines (format 3): a head line, then one line per row, `["<table>",<id>,<row>]`.
 *
 * Why lines (issue 13 item 4): a compaction rewrites the snapshot with the WAL's changes applied.
 * As one JSON object (formats 1 and 2) that meant parsing all 47 MB and stringifying all 100k rows
 * again, ~2.5 s of a core while bookings were being acknowledged on the other; with a line per
 * row whose first two fields are its key, a compaction carries unchanged rows over as text and
 * parses only the WAL. Opening parses each line (as fast as one big `JSON.parse`, measured).
 *
 * A snapshot cut short at a line boundary would still parse, so the head says how many rows
 * follow and a missing or extra row is damage (`STORE_CORRUPT`), never a silently smaller book.
 * Formats 1 and 2 are still read (an upgrade writes format 3 at the next compaction).
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

/** The start of a row's line: table and id, what a compaction matches a WAL change on. */
export const rowKey = (table: string, id: string): string => `["${table}",${JSON.stringify(id)}`;

/** Table names are checked against a quote-free alphabet (store-names.ts), so they are inlined. */
export const rowLine = (table: string, id: string, rowJson: string): string => `${rowKey(table, id)},${rowJson}]\n`;

export const headLine = (head: SnapshotHead, rows: number): string =>
  `{"format":3,"generation":${head.generation},"walSeq":${head.walSeq},"rows":${rows},"pendingArchives":${JSON.stringify(head.pendingArchives)}}\n`;

/** Format 3 starts with its head line; formats 1 and 2 are one JSON object. */
const isLineFormat = (text: string): boolean => text.startsWith('{"format":3,');

/** The head of a format-3 snapshot, checked; `end` is where its rows start. */
function parseHead(text: string, file: string): { head: SnapshotHead; rows: number; end: number } {
  const newline = text.indexOf('\n');
  if (newline < 0) throw corrupt(file, 'its first line is cut off');
  let data: unknown;
  try {
    data = JSON.parse(text.slice(0, newline));
  } catch (error) {
    throw corrupt(file, `its first line is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const { head, rows } = checkSnapshotHead(data, file);
  if (!text.endsWith('\n')) throw corrupt(file, 'its last line is cut off');
  return { head, rows, end: newline + 1 };
}

/** Where the id string of a row line ends (after its closing quote), or -1 when the line is malformed. */
function keyEnd(line: string): number {
  if (!line.startsWith('["')) return -1;
  const tableEnd = line.indexOf('"', 2);
  if (tableEnd < 0 || line.charCodeAt(tableEnd + 1) !== 0x2c || line.charCodeAt(tableEnd + 2) !== 0x22) return -1;
  for (let i = tableEnd + 3; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++; // a backslash escapes the next character
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

/** Calls `each` with every row line (without its newline) after the head, counting them against it. */
function forEachLine(text: string, file: string, start: number, rows: number, each: (line: string, n: number) => void): void {
  let n = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    each(text.slice(start, end), ++n);
    start = end + 1;
  }
  if (n !== rows) throw corrupt(file, `it holds ${n} rows where its first line says ${rows}`);
}

function parseRowLine(line: string, file: string, n: number): readonly [string, Row] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw corrupt(file, `row line ${n} is not valid JSON`, { cause: error });
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw corrupt(file, `row line ${n} is not [table, id, row]`);
  const [table, id, row] = parsed as unknown[];
  const ok = isName('table', table) && typeof row === 'object' && row !== null && (row as Row).id === id && typeof id === 'string';
  if (!ok) throw corrupt(file, `row line ${n} has a bad table name or a row whose id is not its key`);
  return [table, row as Row];
}

/** Parses a snapshot of any format into tables of rows, checking it throughout. */
export function parseSnapshot(text: string, file: string): Snapshot {
  if (!isLineFormat(text)) return parseWhole(text, file);
  const { head, rows, end } = parseHead(text, file);
  const tables: Record<string, Row[]> = {};
  forEachLine(text, file, end, rows, (line, n) => {
    const [table, row] = parseRowLine(line, file, n);
    (tables[table] ??= []).push(row);
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

/**
 * A snapshot as its head and its row lines by key (`rowKey`), rows left unparsed: what a
 * compaction needs. Lines keep the file's order; an older format is converted (parsed once).
 */
export function snapshotLines(text: string, file: string): { head: SnapshotHead; lines: Map<string, string> } {
  const lines = new Map<string, string>();
  if (!isLineFormat(text)) {
    const { generation, walSeq, pendingArchives, tables } = parseWhole(text, file);
    for (const [table, rows] of Object.entries(tables)) for (const row of rows) lines.set(rowKey(table, row.id), rowLine(table, row.id, JSON.stringify(row)));
    return { head: { generation, walSeq, pendingArchives }, lines };
  }
  const { head, rows, end } = parseHead(text, file);
  forEachLine(text, file, end, rows, (line, n) => {
    const at = keyEnd(line);
    // The row itself is checked when the store opens; here only that the line has the shape.
    if (at < 0 || !line.endsWith('}]')) throw corrupt(file, `row line ${n} is not [table, id, row]`);
    lines.set(line.slice(0, at), `${line}\n`);
  });
  return { head, lines };
}
