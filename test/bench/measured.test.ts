import { describe, expect, it } from 'vitest';

import { type MeasuredRun, measuredTable, median, pick, replaceBetweenMarkers } from '../../bench/measured.js';

const run = (p99: number, load: number, pass: boolean): MeasuredRun => ({
  report: { storeScale: { bookP50Ms: 0.5, bookP99Ms: p99, bookMaxMs: p99 * 2, sqlite: { absent: 'not installed' } }, targets: { scaleBookingP99: pass } },
  loadBefore: load,
  at: '2026-11-30T06:00:00.000Z',
});

describe('the measured table (issue 13: min/median/max of 3 runs, with the date and the load)', () => {
  it('shows each figure as the median with min–max, and how many runs met the target', () => {
    const table = measuredTable([run(4, 0.3, true), run(9, 0.5, false), run(3, 0.2, true)]);
    const line = table.split('\n').find((l) => l.includes('Bookings.book()'));
    expect(line).toContain('| 0.50 / 4.00 (3.00–9.00) / 8.00 (6.00–18.0) ms');
    expect(line).toContain('mixed 2/3');
    expect(table).toContain('on 2026-11-30');
    expect(table).toContain('0.30 / 0.50 / 0.20 (quiet)');
  });

  it('says when the machine was not quiet, and marks figures no run reported', () => {
    const table = measuredTable([run(4, 3.2, true)]);
    expect(table).toContain('**not quiet**');
    expect(table.split('\n').find((l) => l.includes('better-sqlite3'))).toContain('| – / – / – ms |');
  });

  it('picks nested numbers only, and takes the middle value', () => {
    expect(pick({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(pick({ a: { b: 'x' } }, 'a.b')).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('replaces only the block between the README markers, and refuses a README without them', () => {
    const readme = 'before\n<!-- measured:start (npm run bench:measured -- --write) -->\nold\n<!-- measured:end -->\nafter\n';
    expect(replaceBetweenMarkers(readme, 'new')).toBe('before\n<!-- measured:start (npm run bench:measured -- --write) -->\nnew\n<!-- measured:end -->\nafter\n');
    expect(() => replaceBetweenMarkers('no markers', 'new')).toThrow(/measured:start/);
  });
});
