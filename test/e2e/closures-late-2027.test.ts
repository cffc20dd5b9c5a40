/**
 * The second half of 2027 (session 38). mpp.json listed closures only to 1 Muharram (6 June 2027),
 * so from late May a citizen asking "17 Agustus buka?" or "natal libur?" got no date at all, and a
 * booking for Independence Day would have been taken. The fixed days come from Keppres 8/2024; the
 * Maulid date is an estimate and says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start } from './conversation/chat.js';

describe('closures after June 2027, asked in July', () => {
  let s: Sim;
  beforeAll(async () => {
    // Wednesday 14 July 2027.
    s = await start('2027-07-14T10:45:00+07:00');
  });

  const ask = async (text: string): Promise<string> => {
    const user = citizen();
    return (await s.say(user, text)).filter((l) => l.to === user).map((l) => l.text).join('\n');
  };

  it('Independence Day by name is a closed day', async () => {
    const text = await ask('17 agustus mpp buka ga');
    expect(text).toMatch(/tutup/i);
    expect(text).toContain('17 Agustus 2027');
    expect(text).toMatch(/Kemerdekaan/);
  });

  it('Maulid is closed, and the date is marked as an estimate', async () => {
    const text = await ask('pas maulid nabi kantor buka?');
    expect(text).toContain('15 Agustus 2027');
    expect(text).toContain('perkiraan');
  });

  it('Christmas this year is 25 December 2027', async () => {
    const text = await ask('natal tahun ini mpp libur ga?');
    expect(text).toContain('25 Desember 2027');
    expect(text).toMatch(/tutup|libur/i);
  });
});
