/**
 * The second half of 2027 (session 38). mpp.json listed closures only to 1 Muharram (6 June 2027),
 * so from late May a citizen asking "17 Agustus buka?" or "natal libur?" got no date at all, and a
 * booking for Independence Day would have been taken. The fixed days come from Keppres 8/2024; the
 * Maulid date is an estimate and says so.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './conversation/chat.js';

describe('closures after June 2027, asked in July', () => {
  let s: Sim;
  beforeAll(async () => {
    // Wednesday 14 July 2027.
    s = await start('2027-07-14T10:45:00+07:00');
  });

  it('Independence Day by name is a closed day', async () => {
    await step(s, citizen(), '17 agustus mpp buka ga', { has: [/tutup/i, '17 Agustus 2027', /Kemerdekaan/] });
  });

  it('Maulid is closed, and the date is marked as an estimate', async () => {
    await step(s, citizen(), 'pas maulid nabi kantor buka?', { has: ['15 Agustus 2027', 'perkiraan'] });
  });

  it('Christmas this year is 25 December 2027', async () => {
    await step(s, citizen(), 'natal tahun ini mpp libur ga?', { has: ['25 Desember 2027', /tutup|libur/i] });
  });
});
