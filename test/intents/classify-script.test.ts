/**
 * `scripts/classify.ts` under plain Node (not vitest's loader): guards the crash a named import from a
 * CommonJS package (natural, nlp.js) causes only there, and keeps stdout to JSON lines.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { expect, it } from 'vitest';

import { childEnv } from '../fakes/child-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

it('classifies stdin lines into JSON lines under plain Node', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', '--now', '2026-11-23T10:00:00+07:00'], {
    cwd: ROOT,
    input: 'booking ktp besok jam 9\nbatal booking LY-7KQ2M\ncuaca besok gimana\nbooking ktp tgl 32\nada toilet ga\n',
    encoding: 'utf8',
    env: childEnv(),
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(5);
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // The contract's fields, in order; a day no calendar has adds one after them, and only then.
  for (const row of rows.slice(0, 3)) expect(Object.keys(row)).toEqual(['text', 'intent', 'service', 'variant', 'date', 'time', 'confidence']);
  expect(rows[3]).toMatchObject({ service: 'ktp', date: null, impossibleDate: { day: 32, month: null, year: null } });
  expect(Object.keys(rows[3]!).slice(0, 7)).toEqual(['text', 'intent', 'service', 'variant', 'date', 'time', 'confidence']);
  expect(rows[0]).toMatchObject({ text: 'booking ktp besok jam 9', intent: 'book', service: 'ktp', date: '2026-11-24', time: '09:00' });
  expect(rows[1]).toMatchObject({ intent: 'cancel', service: null, date: null, time: null });
  expect(rows[2]).toMatchObject({ intent: 'fallback', service: null });
  // A facility asked about adds its id after the contract's fields (session 15).
  expect(rows[4]).toMatchObject({ intent: 'location', facility: 'toilet' });
  expect(Object.keys(rows[4]!)).toEqual(['text', 'intent', 'service', 'variant', 'date', 'time', 'confidence', 'facility']);
});

it('rejects a bad --now on stderr, not stdout', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', '--now', 'yesterday'], {
    cwd: ROOT,
    input: 'halo\n',
    encoding: 'utf8',
    env: childEnv(),
    timeout: 60_000,
  });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('--now');
});
