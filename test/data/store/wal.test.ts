/**
 * The store's on-disk formats reject damage loudly (STORE_CORRUPT, naming the file and the line)
 * instead of loading a half-read database: an operator would rather be stopped than lose bookings.
 */
import { describe, expect, it } from 'vitest';

import { archiveHighWater, checkSnapshot, corrupt, emptySnapshot, parseWalLine } from '../../../data/store/wal.js';

const WAL = '/data/wal.jsonl';
const row = { id: 'b1', name: 'Sari' };

/** The STORE_CORRUPT message `run` throws (fails the test when it does not throw). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ name: 'AppError', code: 'STORE_CORRUPT' });
    return (error as Error).message;
  }
  return expect.unreachable('accepted damaged data');
}

describe('WAL lines', () => {
  it.each([
    [{ s: 1, op: 'put', t: 'bookings', row }],
    [{ s: 0, op: 'del', t: 'bookings', id: 'b1' }],
    [{ s: 7, op: 'arc', t: 'bookings', b: '2026-11', row }],
  ])('accepts %j', (entry) => {
    expect(parseWalLine(JSON.stringify(entry), WAL, 3)).toEqual(entry);
  });

  it.each([
    ['{"s":1,"op":"put"', 'line 4 is not valid JSON and is not the last line'],
    ['[1,2]', 'line 4: not an object'],
    ['null', 'line 4: not an object'],
    ['"put"', 'line 4: not an object'],
    ['{"op":"put","t":"bookings","row":{"id":"b1"}}', 'line 4: no sequence number or table'],
    ['{"s":-1,"op":"put","t":"bookings","row":{"id":"b1"}}', 'line 4: no sequence number or table'],
    ['{"s":1.5,"op":"put","t":"bookings","row":{"id":"b1"}}', 'line 4: no sequence number or table'],
    ['{"s":1,"op":"put","row":{"id":"b1"}}', 'line 4: no sequence number or table'],
    ['{"s":1,"op":"put","t":"../etc","row":{"id":"b1"}}', 'line 4: no sequence number or table'],
    ['{"s":1,"op":"put","t":"bookings"}', 'line 4: put without a row'],
    ['{"s":1,"op":"put","t":"bookings","row":{"name":"no id"}}', 'line 4: put without a row'],
    ['{"s":1,"op":"put","t":"bookings","row":[1]}', 'line 4: put without a row'],
    ['{"s":1,"op":"put","t":"bookings","row":null}', 'line 4: put without a row'],
    ['{"s":1,"op":"del","t":"bookings","id":5}', 'line 4: delete without an id'],
    ['{"s":1,"op":"arc","t":"bookings","row":{"id":"b1"}}', 'line 4: archive without row or bucket'],
    ['{"s":1,"op":"arc","t":"bookings","b":"2026-11"}', 'line 4: archive without row or bucket'],
    ['{"s":1,"op":"zap","t":"bookings"}', 'line 4: unknown op "zap"'],
  ])('refuses %s', (line, why) => {
    const message = refusal(() => parseWalLine(line, WAL, 4));
    expect(message).toContain(`${WAL} is damaged: ${why}.`);
    expect(message).toContain('Restore the data folder from the newest backup (npm run restore -- <backup file>)');
  });
});

describe('snapshot', () => {
  const good = { format: 2, generation: 5, walSeq: 12, tables: { bookings: [row] }, pendingArchives: [{ seq: 3, table: 'bookings', bucket: '2026-11', row }] };

  it('accepts a well-formed snapshot and the empty one', () => {
    expect(checkSnapshot(good, 'snapshot.json')).toEqual(good);
    expect(checkSnapshot(emptySnapshot(), 'snapshot.json')).toMatchObject({ walSeq: 0, tables: {}, pendingArchives: [] });
  });

  it('reads a format-1 snapshot (written before generations) as generation 0', () => {
    const { generation: _, ...old } = { ...good, format: 1 };
    expect(checkSnapshot(old, 'snapshot.json')).toEqual({ ...old, generation: 0 });
  });

  const op = good.pendingArchives[0]!;
  it.each([
    ['a list', [good], 'not a JSON object'],
    ['null', null, 'not a JSON object'],
    ['format 3', { ...good, format: 3 }, 'unknown format 3'],
    ['format 2 without a generation', { ...good, generation: undefined }, 'generation is missing'],
    ['no walSeq', { ...good, walSeq: undefined }, 'walSeq is missing'],
    ['a negative walSeq', { ...good, walSeq: -1 }, 'walSeq is missing'],
    ['no tables', { ...good, tables: undefined }, 'tables is missing'],
    ['tables as a list', { ...good, tables: [] }, 'tables is missing'],
    ['a bad table name', { ...good, tables: { 'a-b': [] } }, 'table a-b is malformed'],
    ['a table that is not a list', { ...good, tables: { bookings: {} } }, 'table bookings is malformed'],
    ['one row without an id', { ...good, tables: { bookings: [row, { name: 'x' }] } }, 'table bookings is malformed'],
    ['no pendingArchives', { ...good, pendingArchives: undefined }, 'pendingArchives is malformed'],
    ['a pending archive that is not an object', { ...good, pendingArchives: ['x'] }, 'pendingArchives is malformed'],
    ['a pending archive without seq', { ...good, pendingArchives: [{ ...op, seq: undefined }] }, 'pendingArchives is malformed'],
    ['a pending archive without table', { ...good, pendingArchives: [{ ...op, table: '' }] }, 'pendingArchives is malformed'],
    ['a pending archive without bucket', { ...good, pendingArchives: [{ ...op, bucket: '' }] }, 'pendingArchives is malformed'],
    ['a pending archive without row', { ...good, pendingArchives: [{ ...op, row: { name: 'x' } }] }, 'pendingArchives is malformed'],
  ])('refuses %s', (_what, data, why) => {
    expect(refusal(() => checkSnapshot(data, 'snapshot.json'))).toContain(`snapshot.json is damaged: ${why}.`);
  });
});

describe('archive high-water mark', () => {
  const file = 'archive/bookings-2026-11.jsonl';

  it('is the seq of the last line, 0 for an empty file', () => {
    expect(archiveHighWater(undefined, file)).toBe(0);
    expect(archiveHighWater('{"seq":41,"row":{"id":"b1"}}', file)).toBe(41);
  });

  it.each([
    ['{"seq":41,"row"', 'its last line is not valid JSON'],
    ['[41]', 'its last line has no seq'],
    ['{"row":{"id":"b1"}}', 'its last line has no seq'],
  ])('refuses %s, naming the file and the fix', (line, why) => {
    const message = refusal(() => archiveHighWater(line, file));
    expect(message).toContain(`${file} is damaged: ${why}.`);
    expect(message).toContain(`Restore ${file} from your newest backup, or delete its damaged last line by hand.`);
  });

  it('keeps the cause of a parse failure for the log', () => {
    const error = corrupt(file, 'x', { cause: new SyntaxError('bad') });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.message).toBe(`${file} is damaged: x. Layani refuses to start rather than silently lose data. Restore the data folder from the newest backup (npm run restore -- <backup file>), then start again.`);
  });
});
