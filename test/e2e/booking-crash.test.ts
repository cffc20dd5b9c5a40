/**
 * "Acknowledged means durable", end to end: a child process books through the real booking
 * code and file store and is SIGKILLed at seeded-random moments. After every kill the store
 * must open, hold every booking the child acknowledged, and hold no slot over capacity.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, expect, it } from 'vitest';

import { seededRandom } from '../../core/booking/booking-code.js';
import type { LayaniTables } from '../../core/records.js';
import { openJsonStore } from '../../data/store/json-store.js';
import { childEnv } from '../fakes/child-env.js';
import { CRASH_CAPACITY, CRASH_DATE } from '../fixtures/booking-crash-plan.js';

const CHILD = join(import.meta.dirname, '..', 'fixtures', 'booking-crash-child.ts');
const TRIALS = Number(process.env['BOOKING_CRASH_TRIALS'] ?? 12);
const dir = mkdtempSync(join(tmpdir(), 'layani-booking-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one child and kills it `afterMs` after it is ready; resolves with the ids it acknowledged. */
function runAndKill(seed: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(seed)], { env: childEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
      else if (line.startsWith('B ')) acked.push(line.slice(2));
    });
    child.on('error', reject);
    child.on('exit', () => resolve(acked));
  });
}

// Each trial starts a child through tsx: seconds on a loaded 2-core machine, hence the generous timeout.
it(`keeps every acknowledged booking and never over-books across ${TRIALS} SIGKILLs`, { timeout: 60_000 + TRIALS * 15_000 }, async () => {
  const random = seededRandom(20261124);
  const acknowledged = new Set<string>();
  for (let trial = 0; trial < TRIALS; trial++) {
    for (const id of await runAndKill(trial + 1, 20 + Math.floor(random() * 400))) acknowledged.add(id);
    const store = await openJsonStore<LayaniTables>(dir);
    const bookings = store.table('bookings');
    const missing = [...acknowledged].filter((id) => !bookings.get(id));
    expect(missing, `trial ${trial}: acknowledged bookings lost`).toEqual([]);
    const perSlot = new Map<string, number>();
    for (const b of bookings.values()) if (b.date === CRASH_DATE && b.status !== 'cancelled') perSlot.set(b.time, (perSlot.get(b.time) ?? 0) + 1);
    expect(Math.max(0, ...perSlot.values()), `trial ${trial}: a slot is over capacity`).toBeLessThanOrEqual(CRASH_CAPACITY);
    await store.close();
  }
  expect(acknowledged.size).toBeGreaterThan(TRIALS * 5);
});
