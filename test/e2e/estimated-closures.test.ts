/**
 * Estimated closures (issue #12): until the SKB 3 Menteri for 2027 is in mpp.json, its lunar
 * holidays are estimates, and every answer that uses one says "perkiraan" next to it: opening
 * hours, a holiday by name, a given day, and a booking refused for that day.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { formatDate } from '../../core/format.js';
import { settingsSchema } from '../../core/schema.js';
import { loadDataSync } from '../../data/load.js';
import { citizen, type Sim, start } from './conversation/chat.js';

const { settings } = loadDataSync();
const estimated = settings.closures.filter((c) => c.estimated);

/** Each line of the citizen's replies that names one of the estimated dates. */
function linesNaming(text: string): { line: string; date: string }[] {
  return estimated.flatMap((c) => text.split('\n').filter((line) => line.includes(formatDate(c.date, 'id'))).map((line) => ({ line, date: c.date })));
}

describe('estimated closures in mpp.json', () => {
  it('are the 2027 lunar holidays, each marked in its flag and its reason', () => {
    expect(estimated.map((c) => c.date)).toEqual(['2027-01-05', '2027-02-06', '2027-03-09', '2027-03-10', '2027-03-11', '2027-05-17', '2027-05-20', '2027-06-06', '2027-08-15']);
    for (const c of estimated) expect(c.reason.id).toContain('(perkiraan)');
    for (const c of settings.closures) expect({ date: c.date, sourced: (c.source ?? '').length > 0 }).toEqual({ date: c.date, sourced: true });
  });

  it('cannot say "perkiraan" without the flag, or carry the flag without saying it', () => {
    const base = settingsSchema.parse(settings);
    const flagOnly = { ...base, closures: [{ date: '2027-03-10', reason: { id: 'Idulfitri', en: 'Eid' }, estimated: true }] };
    const textOnly = { ...base, closures: [{ date: '2027-03-10', reason: { id: 'Idulfitri (perkiraan)', en: 'Eid (estimated)' } }] };
    expect(settingsSchema.safeParse(flagOnly).success).toBe(false);
    expect(settingsSchema.safeParse(textOnly).success).toBe(false);
  });
});

describe('answers that use an estimated closure say "perkiraan"', () => {
  let s: Sim;
  beforeAll(async () => {
    // Saturday 20 February 2027: Nyepi and Idulfitri fall within the next 30 days.
    s = await start('2027-02-20T08:00:00+07:00');
  });

  const ask = async (text: string): Promise<string> => {
    const user = citizen();
    return (await s.say(user, text)).filter((l) => l.to === user).map((l) => l.text).join('\n');
  };

  const expectMarked = (text: string, atLeast: number): void => {
    const named = linesNaming(text);
    expect(named.length, text).toBeGreaterThanOrEqual(atLeast);
    for (const { line } of named) expect(line).toContain('perkiraan');
  };

  it('in the opening hours, for every estimated day in the next 30 days', async () => {
    expectMarked(await ask('jam buka'), 3);
  });

  it('for a holiday by name', async () => {
    expectMarked(await ask('lebaran buka gk'), 2);
    expectMarked(await ask('waktu nyepi'), 1);
  });

  it('for a given day', async () => {
    for (const date of ['10 maret 2027', '9 maret 2027']) {
      const text = await ask(`buka tanggal ${date}?`);
      expect(text).toMatch(/tutup/);
      expect(text).toContain('perkiraan');
    }
  });

  it('when a booking on that day is refused', async () => {
    const text = await ask('booking ktp baru 10 maret 2027 jam 9');
    expect(text).toContain(formatDate('2027-03-10', 'id'));
    expectMarked(text, 1);
  });
});
