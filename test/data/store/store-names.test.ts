/**
 * Names become file names (`archive/<table>-<bucket>.jsonl`, `logs/<log>.jsonl`), so a name that
 * could escape the folder or make two archives share a file is refused (issue 16 item 7:
 * store-names.ts mutants). The WAL check on open uses the same rules (wal.ts).
 */
import { describe, expect, it } from 'vitest';

import { assertName, isName, rowJson } from '../../../data/store/store-names.js';

describe('store names', () => {
  it.each([
    ['table', 'bookings'],
    ['table', 'A_1'],
    ['table', 'x'.repeat(64)],
    ['bucket', '2026-11'],
    ['bucket', 'v1.2_a'],
    ['bucket', '9'],
    ['log', 'chat-2026-11-30'],
    ['log', 'audit_1'],
  ] as const)('accepts %s %s', (kind, name) => {
    expect(isName(kind, name)).toBe(true);
    expect(() => assertName(kind, name)).not.toThrow();
  });

  it.each([
    ['table', 'book-ings', 'a "-" would make <table>-<bucket> ambiguous'],
    ['table', '', 'empty'],
    ['table', 'x'.repeat(65), 'too long'],
    ['table', '../etc', 'leaves the folder'],
    ['bucket', '.hidden', 'starts with a dot'],
    ['bucket', '-x', 'starts with a dash'],
    ['bucket', 'a..b', 'holds ".."'],
    ['bucket', 'a/b', 'a path'],
    ['bucket', `a${'x'.repeat(64)}`, 'too long'],
    ['log', 'a.b', 'a dot'],
    ['log', '_x', 'starts with "_"'],
    ['log', 'x\n', 'a newline at the end'],
  ] as const)('refuses %s %j (%s), naming it and what is allowed', (kind, name, _why) => {
    expect(isName(kind, name)).toBe(false);
    expect(() => assertName(kind, name)).toThrow(new RangeError(`store: bad ${kind} name ${JSON.stringify(name)} (allowed: ${String(
      { table: /^[A-Za-z0-9_]{1,64}$/, bucket: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, log: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/ }[kind],
    )})`));
  });

  it('a name that is not a string is no name', () => {
    expect(isName('table', 5)).toBe(false);
    expect(isName('bucket', undefined)).toBe(false);
  });

  it('a row needs a non-empty string id; it is stored as its JSON', () => {
    expect(rowJson({ id: 'b1' })).toBe('{"id":"b1"}');
    expect(() => rowJson({ id: '' })).toThrow(new RangeError('store: a row needs a non-empty string id, got ""'));
    expect(() => rowJson({ id: 7 } as unknown as { id: string })).toThrow(new RangeError('store: a row needs a non-empty string id, got 7'));
  });
});
