/**
 * "kalau yang elektronik?" right after the passport's fee (session 42, `npm run simulate`): a kind of the service just talked
 * about, in words the NLU cannot place, was "Maaf, saya belum paham", and so was "kalau buat kerja di luar negeri?" at "SKCK yang
 * mana?". Each asks the same question again for that service.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a kind of the service just talked about (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"kalau yang elektronik?" after the passport\'s fee gets the passport\'s fees again, e-paspor among them', async () => {
    const user = citizen();
    await step(s, user, 'biaya paspor berapa', { has: ['Biaya Paspor'] });
    await step(s, user, 'kalau yang elektronik?', { kind: 'answer', has: ['Biaya Paspor', 'e-paspor'], not: ['belum paham'] });
    await step(s, user, 'what about the 10 year one?', { kind: 'answer', has: [/(Biaya|Fee)/] });
  });

  it('"kalau buat kerja di luar negeri?" at "SKCK yang mana?" asks the SKCK\'s requirements again, not "belum paham"', async () => {
    const user = citizen();
    await step(s, user, 'syarat skck', { kind: 'clarify', has: ['SKCK (Surat Keterangan Catatan Kepolisian) yang mana?'] });
    await step(s, user, 'kalau buat kerja di luar negeri?', { kind: 'clarify', has: ['SKCK (Surat Keterangan Catatan Kepolisian) yang mana?'], not: ['belum paham'] });
  });

  it('with no service talked about, it is still not understood', async () => {
    await step(s, citizen(), 'kalau yang elektronik?', { kind: 'fallback' });
  });
});
