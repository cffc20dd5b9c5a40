/**
 * Catalog answers through the real engine (issue #12): the short requirements bubble with its
 * Detail option, and estimated 2027 holidays that say "perkiraan" wherever the bot uses them.
 */
import { describe, expect, it } from 'vitest';

import { REQUIREMENTS_BUDGET } from '../../core/service-info.js';
import { simulation } from './sim-harness.js';

const CITIZEN = 'tg:1001' as const;

describe('requirements answers', () => {
  it('answer "syarat ktp hilang" in one short bubble, and "detail" gives the rest', async () => {
    const s = await simulation({ now: '2026-11-30T08:00:00+07:00' });
    const replies = await s.say(CITIZEN, 'syarat ktp hilang');
    expect(replies).toHaveLength(1);
    const [brief] = replies;
    expect(brief?.text.length).toBeLessThanOrEqual(REQUIREMENTS_BUDGET);
    expect(brief?.text).toContain('Syarat Ganti KTP-el hilang');
    expect(brief?.text).toContain('Biaya: GRATIS');
    expect(brief?.options?.[0]?.label).toBe('Detail');
    const [detail] = await s.say(CITIZEN, 'detail');
    expect(detail?.text).toContain('lapor.go.id');
    expect(detail?.text).toContain('Boleh diwakilkan? Tidak.');
    expect(detail?.text).toContain('Perlu dipastikan:');
  });

  it('keep the README examples within the budget', async () => {
    const s = await simulation({ now: '2026-11-30T08:00:00+07:00' });
    for (const [question, pick] of [['syarat bikin ktp apa aja', '1'], ['gmn syarat bikin kk?', '1'], ['syarat paspor', 'paspor baru']] as const) {
      const [first] = await s.say(CITIZEN, question);
      const [answer] = first?.kind === 'clarify' ? await s.say(CITIZEN, pick) : [first];
      expect({ question, kind: answer?.kind }).toEqual({ question, kind: 'answer' });
      expect({ question, length: (answer?.text.length ?? 0) <= REQUIREMENTS_BUDGET }).toEqual({ question, length: true });
    }
  });
});

describe('estimated 2027 holidays', () => {
  it('are called "perkiraan" in the opening hours', async () => {
    const s = await simulation({ now: '2027-01-02T08:00:00+07:00' });
    const [hours] = await s.say(CITIZEN, 'jam buka mpp kapan ya');
    expect(hours?.text).toMatch(/Isra Mikraj[^\n]*\(perkiraan\)/);
  });

  it('are called "perkiraan" when a booking falls on one', async () => {
    const s = await simulation({ now: '2027-03-01T08:00:00+07:00' });
    const [reply] = await s.say(CITIZEN, 'booking ktp hilang tanggal 10 maret jam 9');
    expect(reply?.text).toMatch(/^Rabu, 10 Maret 2027 libur \(Hari Raya Idulfitri 1448 H \(perkiraan\)\)\./);
  });
});
