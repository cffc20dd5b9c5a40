/**
 * An hour already past today (session 44, `npm run simulate`): "bisa antri kk hari ini jam 7 ga" at 08.00 was told 07.00 had
 * passed and offered the days from today "at 07.00"; "yaudah jam 10 deh" then asked for the day again. Today's free hours are
 * offered, and an hour picked from them books today.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('an hour already past today (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('offers today\'s free hours, and "jam 10 deh" books today at 10', async () => {
    const user = citizen();
    await step(s, user, 'bisa antri kk hari ini jam 7 ga', { kind: 'clarify', has: ['sudah lewat', 'Pilih jam pada Senin, 23 November 2026'], not: ['Pilih tanggal'] });
    await step(s, user, 'yaudah jam 10 deh', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'Dewi Lestari', { kind: 'clarify', has: ['Senin, 23 November 2026, 10.00'] });
  });
});
