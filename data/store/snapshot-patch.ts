/**
 * The next format-3 snapshot as pieces of the current one's bytes, with only the rows the WAL
 * changed made anew (issue 13 item 4, session 6). The line-per-row layout (snapshot-lines.ts)
 * let a compaction carry unchanged rows over as text, but it still decoded all 48 MB into a
 * string, cut it into 100k row strings keyed in a Map, and encoded them again: ~0.5–0.9 s of a
 * core in the worker while bookings were acknowledged on the other, which is where the booking
 * tail beside a compaction came from (docs/notes/store.md §13). Here a run of unchanged rows is
 * one slice of the file's buffer (no copy, no decoding), a table the WAL did not touch is walked
 * with `indexOf('\n')` only, and ids are read only in tables the WAL touched.
 *
 * The result is the same file, byte for byte, as the Map-based path (snapshotLines + the WAL
 * applied with `Map.set`/`Map.delete`): rows keep their place when changed, a row put while
 * absent goes to its table's end, tables keep their order and new ones follow in the order the
 * WAL first names them (test/data/store/snapshot-patch.test.ts compares the two).
 */
import type { SnapshotHead } from './snapshot-lines.js';
import { checkTableLine, headLine, ID_PREFIX, parseHeadLine, tableLine } from './snapshot-lines.js';
import { corrupt } from './wal.js';

/** One WAL change to a row: its new text (id first), or undefined for a delete or archive move. */
interface RowOp {
  readonly seq: number;
  readonly text: string | undefined;
}

/** Table → row id as JSON text → its changes in WAL order; tables in the order the WAL first names them. */
export type WalChanges = Map<string, Map<string, RowOp[]>>;

/** Where a changed row ends up: in its old place, at its table's end (ordered by `at`), or gone. */
type Fate = { readonly place: 'here'; readonly text: string | undefined } | { readonly place: 'end'; at: number; text: string } | { readonly place: 'gone' };

/** Replays a row's changes the way `Map.set`/`Map.delete` would on the table's Map of lines. */
function fateOf(ops: readonly RowOp[], present: boolean): Fate {
  let fate: Fate = present ? { place: 'here', text: undefined } : { place: 'gone' };
  for (const op of ops) {
    if (op.text === undefined) fate = { place: 'gone' };
    else if (fate.place === 'gone') fate = { place: 'end', at: op.seq, text: op.text };
    else fate = { ...fate, text: op.text };
  }
  return fate;
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ID_START = Buffer.from(`${ID_PREFIX}"`);
const OPEN = Buffer.from('[\n');
const CLOSE = Buffer.from(']\n');
const SEPARATOR = Buffer.from(',\n');

/** Whether `buf` holds `prefix` at byte `at` (false when the file ends first). */
const holdsAt = (buf: Buffer, prefix: Buffer, at: number): boolean =>
  at + prefix.length <= buf.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;

/** End of the line starting at `at` (the index of its newline); the file must have one. */
function lineEnd(buf: Buffer, at: number, file: string, what: () => string): number {
  const end = buf.indexOf(NEWLINE, at);
  if (end < 0) throw corrupt(file, what());
  return end;
}

/** The row's id as JSON text, read from its line (which starts with `{"id":"`). */
function idKey(buf: Buffer, start: number, end: number): string | undefined {
  for (let i = start + ID_START.length; i < end; i++) {
    const c = buf[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return buf.toString('utf8', start + ID_PREFIX.length, i + 1);
  }
  return undefined;
}

/** The rows of one table as output items: slices of unchanged rows (separators inside) and new row texts. */
class TableOut {
  readonly items: (Buffer | string)[] = [];
  rows = 0;
  #runStart = -1;
  #runEnd = -1;

  keep(start: number, end: number): void {
    if (this.#runStart < 0) this.#runStart = start;
    this.#runEnd = end;
    this.rows++;
  }

  /** A row made anew; the caller has cut the run of kept rows before it. */
  add(text: string): void {
    this.items.push(text);
    this.rows++;
  }

  /** Ends the current run of kept rows (at a changed or removed row, or the table's end). */
  cut(buf: Buffer): void {
    if (this.#runStart >= 0) this.items.push(buf.subarray(this.#runStart, this.#runEnd));
    this.#runStart = -1;
  }
}

/** One table of the next snapshot while the old one is walked: its rows so far, the rows bound for its end. */
interface TableState {
  readonly out: TableOut;
  readonly ends: { at: number; text: string }[];
  /** Changed rows already met in the file (a row met again is left as it is, as a Map would). */
  readonly seen: Set<string>;
}

const newState = (): TableState => ({ out: new TableOut(), ends: [], seen: new Set() });

/** Walks one table's rows in the file; `changes` (if the WAL touched it) decide each row's fate. Returns where the next line starts. */
function walkTable(buf: Buffer, start: number, rows: number, table: string, file: string, changes: Map<string, RowOp[]> | undefined, state: TableState): number {
  if (!holdsAt(buf, OPEN, start)) throw corrupt(file, `the list of table ${table} is not a list`);
  const { out, ends, seen } = state;
  let at = start + OPEN.length;
  for (let i = 0; i < rows; i++) {
    const nl = lineEnd(buf, at, file, () => `table ${table} should hold ${rows} rows but the file ends first`);
    const end = buf[nl - 1] === COMMA ? nl - 1 : nl;
    if (end - at < ID_START.length || !holdsAt(buf, ID_START, at)) {
      throw corrupt(file, end === at + 1 && buf[at] === CLOSE[0] ? `table ${table} should hold ${rows} rows but holds ${i}` : `a row of table ${table} does not start with its id`);
    }
    const key = changes === undefined ? undefined : idKey(buf, at, end);
    const ops = key === undefined ? undefined : changes!.get(key);
    if (ops === undefined) {
      out.keep(at, end);
    } else if (seen.has(key!)) {
      out.cut(buf); // the same row twice in a table (never written by Layani): a Map keeps the first place
    } else {
      seen.add(key!);
      out.cut(buf);
      const fate = fateOf(ops, true);
      if (fate.place === 'here') out.add(fate.text ?? buf.toString('utf8', at, end));
      else if (fate.place === 'end') ends.push(fate);
    }
    at = nl + 1;
  }
  out.cut(buf);
  if (!holdsAt(buf, CLOSE, at)) throw corrupt(file, `table ${table} should hold ${rows} rows but holds more`);
  return at + CLOSE.length;
}

/** Adds the rows a table gained at its end (changed rows not met in the file too), in the order the WAL put them. */
function finish(state: TableState, changes: Map<string, RowOp[]> | undefined): TableOut {
  const { out, ends, seen } = state;
  for (const [key, ops] of changes ?? []) {
    if (seen.has(key)) continue;
    const fate = fateOf(ops, false);
    if (fate.place === 'end') ends.push(fate);
  }
  ends.sort((a, b) => a.at - b.at);
  for (const { text } of ends) out.add(text);
  return out;
}

/** The head of a format-3 snapshot: which change it ends at. */
export function snapshotHead(buf: Buffer, file: string): SnapshotHead {
  return parseHeadLine(buf.toString('utf8', 0, lineEnd(buf, 0, file, () => 'its first line is cut off')), file).head;
}

export interface Patched {
  /** The next snapshot's bytes, in order (the head line first). */
  readonly pieces: (Buffer | string)[];
  readonly rows: number;
}

/**
 * Applies `changes` (the WAL after the snapshot, up to the compaction's offset) to the format-3
 * snapshot `buf`, giving the next snapshot with head `next` as pieces. Damage is `STORE_CORRUPT`,
 * as when opening; the row JSON itself is checked when the store opens.
 */
export function patchSnapshot(buf: Buffer, file: string, changes: WalChanges, next: SnapshotHead): Patched {
  const first = lineEnd(buf, 0, file, () => 'its first line is cut off');
  if (buf[buf.length - 1] !== NEWLINE) throw corrupt(file, 'its last line is cut off');
  const total = parseHeadLine(buf.toString('utf8', 0, first), file).rows;
  const states = new Map<string, TableState>();
  let counted = 0;
  for (let at = first + 1; at < buf.length; ) {
    const end = lineEnd(buf, at, file, () => `the line at byte ${at} is cut off`);
    const { table, rows } = checkTableLine(buf.toString('utf8', at, end), at, file);
    // A table written in two parts (never by Layani) is merged, as opening the store does.
    const state = states.get(table) ?? states.set(table, newState()).get(table)!;
    at = walkTable(buf, end + 1, rows, table, file, changes.get(table), state);
    counted += rows;
  }
  if (counted !== total) throw corrupt(file, `it holds ${counted} rows where its first line says ${total}`);
  for (const table of changes.keys()) if (!states.has(table)) states.set(table, newState());
  const tables = new Map([...states].map(([table, state]) => [table, finish(state, changes.get(table))] as const));
  return assemble(next, tables);
}

function assemble(head: SnapshotHead, tables: Map<string, TableOut>): Patched {
  let rows = 0;
  for (const out of tables.values()) rows += out.rows;
  const pieces: (Buffer | string)[] = [headLine(head, rows)];
  for (const [table, out] of tables) {
    if (out.rows === 0) continue;
    pieces.push(`${tableLine(table, out.rows)}[\n`);
    out.items.forEach((item, i) => {
      if (i > 0) pieces.push(SEPARATOR);
      pieces.push(item);
    });
    pieces.push('\n]\n');
  }
  return { pieces, rows };
}
