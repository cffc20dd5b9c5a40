/**
 * Whether a service is here, and a closed day asked with the hours (session 44, `npm run simulate`): "bpjs kesehatan mau pindah
 * faskes bisa disini ga" and "bisa daftar paspor langsung di mpp ga atau hrs lewat m-paspor?" got the whole list of services;
 * "jam bukanya sampe jam brp? sabtu buka ga" was told only that Saturday is closed.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('whether a service is here, and a closed day with the week\'s hours (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers for the one service asked: yes, where, and what can be asked of it', async () => {
    await step(s, citizen(), 'bpjs kesehatan mau pindah faskes bisa disini ga', { kind: 'answer', has: ['Ya, BPJS Kesehatan', 'ada di sini', 'loket 15'], not: ['Layanan di MPP'], options: ['Syarat'] });
  });

  it('a day closed every week comes with the days it is open', async () => {
    await step(s, citizen(), 'jam bukanya sampe jam brp? sabtu buka ga', { kind: 'answer', has: ['Sabtu, 28 November 2026: tutup', 'Jam layanan:', '• Jumat: 08.00–11.30 WIB, 13.00–15.30 WIB'] });
  });
});
