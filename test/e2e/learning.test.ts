/**
 * The learning loop end to end through the simulator (issue 11): a miss, `/belajar`, a retrain, the
 * same message understood, and learned.json reloaded on the next start. Real file store and data folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { simulation } from './sim-harness.js';

const NOW = '2026-11-23T09:00:00+07:00';
const STAFF = 'tg:900';
const CITIZEN = 'tg:100';
let dir = '';

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('learning from misses', () => {
  it('keeps a miss masked, files it with /belajar, retrains, and then understands the same message', async () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-learn-'));
    const s = await simulation({ now: NOW, staff: [STAFF], dataDir: dir });
    const before = await s.say(CITIZEN, 'syarat bikin sipandu 081234567890 gimana');
    expect(before[0]?.kind).toBe('fallback');

    const list = await s.say(STAFF, '/belajar');
    expect(list[0]?.kind).toBe('staff');
    expect(list[0]?.text).toMatch(/1\. "syarat bikin sipandu \S+7890 gimana"/);
    expect(list[0]?.text).not.toContain('081234567890');

    const filed = await s.say(STAFF, '/belajar 1 requirements paspor');
    expect(filed[0]?.text).toContain('"sipandu" sekarang dikenali sebagai paspor');
    const saved = JSON.parse(readFileSync(join(dir, 'learned.json'), 'utf8')) as { examples: unknown[]; synonyms: unknown[] };
    expect(saved.synonyms).toEqual([{ word: 'sipandu', service: 'paspor' }]);

    // The retrain runs in a worker thread: a citizen who writes meanwhile is answered before it ends.
    let trained: string | undefined;
    const training = s.say(STAFF, '/belajar latih').then((lines) => (trained = lines.find((l) => l.to === STAFF)?.text));
    const meanwhile = await s.say(CITIZEN, 'jam buka mpp hari ini?');
    expect(meanwhile[0]?.text).toMatch(/08[.:]00/);
    expect(trained).toBeUndefined();
    await training;
    expect(trained).toContain('✅ Model dilatih ulang dengan 1 contoh dan 1 sinonim');

    const after = await s.say(CITIZEN, 'syarat bikin sipandu gimana');
    expect(after[0]?.kind).not.toBe('fallback');
    expect(after[0]?.text).toMatch(/paspor/i);
    await s.sim.close();
  });

  it('refuses /belajar to citizens and keeps no miss for commands', async () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-learn-'));
    const s = await simulation({ now: NOW, staff: [STAFF], dataDir: dir });
    const refused = await s.say(CITIZEN, '/belajar');
    expect(refused[0]?.kind).toBe('not_allowed');
    const list = await s.say(STAFF, '/belajar');
    expect(list[0]?.text).toContain('Belum ada pesan yang tidak dipahami');
    await s.sim.close();
  });
});
