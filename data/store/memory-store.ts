/**
 * The in-memory twin of data/json-store.ts: same behaviour, no disk. `flush()` resolves at
 * once; archived rows and log entries stay in memory and can be read back in tests.
 */
import type { Row, Store, Table } from '../../core/ports.js';
import { assertName, closedError, rowJson } from './store-names.js';

export interface MemoryStore<Tables extends Record<string, Row>> extends Store<Tables> {
  /** Rows moved to `bucket` of `table`, oldest first. */
  archived(table: string, bucket: string): Row[];
  /** Entries appended to `log`, oldest first. */
  logEntries(log: string): Record<string, unknown>[];
}

export function createMemoryStore<Tables extends Record<string, Row>>(): MemoryStore<Tables> {
  const tables = new Map<string, Table<Row>>();
  const archives = new Map<string, Row[]>();
  const logs = new Map<string, Record<string, unknown>[]>();
  let closed = false;

  const ensureOpen = (): void => {
    if (closed) throw closedError();
  };
  const push = <V>(map: Map<string, V[]>, key: string, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  const makeTable = (name: string): Table<Row> => {
    const rows = new Map<string, Row>();
    return {
      get: (id) => rows.get(id),
      values: () => rows.values(),
      get size() {
        return rows.size;
      },
      put(row) {
        ensureOpen();
        rowJson(row); // same rejections as the JSON store
        rows.set(row.id, row);
      },
      delete(id) {
        ensureOpen();
        rows.delete(id);
      },
      archive(id, bucket) {
        ensureOpen();
        assertName('bucket', bucket);
        const row = rows.get(id);
        if (row === undefined) return;
        rows.delete(id);
        push(archives, `${name}-${bucket}`, row);
      },
    };
  };

  return {
    table<K extends keyof Tables & string>(name: K): Table<Tables[K]> {
      let table = tables.get(name);
      if (table === undefined) {
        assertName('table', name);
        table = makeTable(name);
        tables.set(name, table);
      }
      // The map holds every table under the common `Row` type; the caller's key fixes the row type.
      return table as Table<Tables[K]>;
    },
    appendLog(log, entry) {
      ensureOpen();
      assertName('log', log);
      // A JSON copy, like the file: later changes to `entry` do not rewrite history.
      push(logs, log, JSON.parse(JSON.stringify(entry)) as Record<string, unknown>);
    },
    // Like the JSON store: after close() nothing is pending, so there is nothing to wait for.
    flush: () => Promise.resolve(),
    close() {
      closed = true;
      return Promise.resolve();
    },
    archived: (table, bucket) => [...(archives.get(`${table}-${bucket}`) ?? [])],
    logEntries: (log) => [...(logs.get(log) ?? [])],
  };
}
