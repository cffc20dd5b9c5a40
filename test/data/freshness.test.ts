/** The shipped catalog's freshness, the start-up warning and `npm run catalog -- stale`. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { staleFacts } from '../../core/catalog-freshness.js';
import { CATALOG_FILE, DEFAULT_DATA_DIR, loadData, loadDataSync } from '../../data/load.js';
import { childEnv } from '../fakes/child-env.js';

const ROOT = path.resolve(DEFAULT_DATA_DIR, '..');

describe('catalog freshness', () => {
  it('dates every variant, and nothing is stale on the day of the November 2026 fact-check', () => {
    const { catalog } = loadDataSync();
    // The fact-check's two days, and session 47's replacement of a lost SIM.
    for (const service of catalog.services) for (const v of service.variants) expect(v.checkedOn).toMatch(/^2026-(11-23|11-30|12-06)$/);
    expect(staleFacts(catalog, '2026-11-30')).toEqual([]);
  });

  it('warns, and does not fail, when facts are overdue at start-up', async () => {
    const warnings: string[] = [];
    const data = await loadData(DEFAULT_DATA_DIR, { now: new Date('2027-06-15T08:00:00+07:00'), onWarning: (m) => warnings.push(m) });
    expect(data.catalog.services.length).toBe(17);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path.join(DEFAULT_DATA_DIR, CATALOG_FILE));
    expect(warnings[0]).toMatch(/\d+ service variant\(s\) were last checked more than 6 months ago: .*pbb\.objek_baru \(checked 2026-11-23\)/);
    expect(warnings[0]).toContain('Fix: ');
    const quiet: string[] = [];
    loadDataSync(DEFAULT_DATA_DIR, { now: new Date('2026-11-30T08:00:00+07:00'), onWarning: (m) => quiet.push(m) });
    expect(quiet).toEqual([]);
  });

  it('lists stale facts with `npm run catalog -- stale --months N`', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: childEnv() });
    const all = run(['stale', '--months', '0']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/catalog fact\(s\) last checked more than 0 month\(s\) before/);
    expect(all.stdout).toContain('pbb.objek_baru\t2026-11-23');
    const none = run(['stale', '--months', '120', '--today', '2026-11-30']);
    expect(none.stdout).toMatch(/^No catalog facts older than 120 month\(s\)/);
    // Estimated 2027 holidays are listed until the SKB 3 Menteri replaces them.
    expect(none.stdout).toMatch(/\d+ upcoming closure\(s\) in mpp\.json are estimates/);
    expect(none.stdout).toContain('2027-03-10\tHari Raya Idulfitri 1448 H (perkiraan)');
    expect(run(['stale', '--months', 'six']).status).toBe(2);
  }, 30_000);
});
