/**
 * Session 13 (issue 11): days counted from a holiday, read the way a citizen reads the screen. "sehari sebelum nyepi"
 * is the Monday before, open; Nyepi itself is closed; "senin setelah paskah" is that Monday; "H-1 lebaran" is the day
 * before Lebaran, which this MPP's calendar closes for Nyepi. Before, the holiday step answered with the holiday's own
 * closures whatever day was asked. Messages written for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('days counted from a holiday (session 13)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers for the day before Nyepi, then for Nyepi, then for the Monday after Easter', async () => {
    const user = citizen();
    await step(s, user, 'sehari sebelum nyepi buka ga?', { kind: 'answer', has: ['Senin, 8 Maret 2027', '08.00'], not: ['tutup'] });
    await step(s, user, 'kalo pas nyepi buka ga?', { kind: 'answer', has: ['tutup', '9 Maret 2027', 'Nyepi'] });
    await step(s, user, 'senin setelah paskah buka jam berapa?', { kind: 'answer', has: ['Senin, 29 Maret 2027', '08.00'], not: ['tutup'] });
  });

  it('a holiday the published closures do not reach is still not called open ("paskah 2028": the list ends in 2027)', async () => {
    const user = citizen();
    await step(s, user, 'paskah 2028 buka ga?', { kind: 'answer', has: ['Belum ada hari libur itu di jadwal'], not: ['08.00', '2027'] });
    // Since session 38 the list reaches 17 Agustus 2027.
    await step(s, user, '17 agustus buka ga?', { kind: 'answer', has: ['tutup', '17 Agustus 2027', 'Kemerdekaan'] });
  });

  it('"H-1 lebaran" is the day before Lebaran, closed here for Nyepi', async () => {
    const user = citizen();
    await step(s, user, 'H-1 lebaran masih bisa urus ktp?', { kind: 'answer', has: ['9 Maret 2027', 'tutup', 'Nyepi'] });
  });
});
