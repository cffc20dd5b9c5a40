/**
 * "info soal paspor aja" right after "mau dapat info pengumuman" (session 42, `npm run simulate`): it was asked "Syarat or Daftar
 * layanan?". Right after opting in, one service named with nothing asked narrows the news to that service; a question about the
 * service is still answered.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('narrowing the news just subscribed to (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"info soal paspor aja" after subscribing follows passport news only', async () => {
    const user = citizen();
    await step(s, user, 'mau dapat info pengumuman', { kind: 'answer', has: ['Anda sekarang menerima pengumuman'] });
    await step(s, user, 'info soal paspor aja', { kind: 'answer', has: ['pengumuman MPP Contoh (data contoh) tentang paspor'], not: ['Maksud Anda'] });
  });

  it('a question about the service is answered, and with no subscription just made nothing is subscribed', async () => {
    const user = citizen();
    await step(s, user, 'mau dapat info pengumuman', { kind: 'answer', has: ['Anda sekarang menerima pengumuman'] });
    await step(s, user, 'biaya paspor berapa', { kind: 'answer', has: ['Biaya Paspor'], not: ['tentang paspor'] });
    await step(s, citizen(), 'yang samsat aja', { not: ['menerima pengumuman'] });
  });
});
