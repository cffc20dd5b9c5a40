/**
 * Name and row checks shared by the JSON store and its in-memory twin, so both reject the
 * same mistakes. Names become file names (`archive/<table>-<bucket>.jsonl`), hence the
 * narrow alphabets: a table name has no `-`, so `<table>-<bucket>` stays unambiguous.
 */
import type { Row } from '../../core/ports.js';

const PATTERNS = {
  table: /^[A-Za-z0-9_]{1,64}$/,
  bucket: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
  log: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
} as const;

export type NameKind = keyof typeof PATTERNS;

export const isName = (kind: NameKind, name: unknown): name is string =>
  typeof name === 'string' && PATTERNS[kind].test(name) && !name.includes('..');

/** Throws on a name that would not make a safe, unambiguous file name (a programming error). */
export function assertName(kind: NameKind, name: string): void {
  if (!isName(kind, name)) {
    throw new RangeError(`store: bad ${kind} name ${JSON.stringify(name)} (allowed: ${String(PATTERNS[kind])})`);
  }
}

/**
 * Serialises a row the way it will be stored. Throwing here, inside `put`, keeps a row that
 * cannot be persisted (cycle, BigInt) out of memory instead of failing a later flush.
 */
export function rowJson(row: Row): string {
  if (typeof row.id !== 'string' || row.id === '') {
    throw new RangeError(`store: a row needs a non-empty string id, got ${JSON.stringify(row.id)}`);
  }
  return JSON.stringify(row);
}

export function closedError(): Error {
  return new Error('store: used after close()');
}
