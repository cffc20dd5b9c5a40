/**
 * A message understood as someone else's business is told so, not "I did not understand" (session 30): a queue at a bank, and
 * a complaint about a hospital, which is pointed to the national channel for complaints about other public services. A
 * message nobody can read still gets "belum paham".
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('understood, and not ours (issue 11, out of scope)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('a queue at a bank is said to be outside our services, then our own question is answered', async () => {
    const user = citizen();
    await step(s, user, 'nomor antrian aku di bank BRI 88, masih lama gak ya', { kind: 'fallback', has: ['di luar layanan MPP Contoh'], not: ['belum paham'] });
    await step(s, user, 'oh iya, kalau jam buka mpp?', { kind: 'answer', has: ['Jam buka'] });
  });

  it('a complaint about a hospital is sorry, and points to SP4N-LAPOR!', async () => {
    await step(s, citizen(), 'pelayanan rumah sakit umum lambat sekali, kecewa', { kind: 'fallback', has: ['Maaf atas pengalaman Anda', 'lapor.go.id'], not: ['belum paham'] });
  });

  it('in English too, and nonsense still gets "did not get that"', async () => {
    await step(s, citizen(), 'my queue at the bank is number 40, how long still?', { kind: 'fallback', has: ['outside the services of MPP Contoh'], not: ['di luar layanan'] });
    await step(s, citizen(), 'asdfgh qwerty', { kind: 'fallback', has: ['belum paham'], not: ['di luar layanan'] });
  });
});
