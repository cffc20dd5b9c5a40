/**
 * "Masih lama ga?" on the day of one's booking (session 46, `npm run simulate`): a citizen waiting for a 09.00 KK number was asked
 * "Lama proses or Cek booking?". The booking's live status answers it. The processing time of a service named, and the same words
 * from someone with no booking today, are read as before.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('how long until one\'s turn, asked on the day (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers with the queue position, in either wording', async () => {
    const first = citizen();
    const user = citizen();
    await book(s, first, 'booking kk hari ini jam 9', 'Budi Santoso');
    await book(s, user, 'booking kk hari ini jam 9', 'Sari Dewi');
    await s.advance('50m');
    await step(s, user, 'masih lama ga?', { kind: 'answer', has: ['Posisi: 1 orang sebelum Anda'], not: ['Maksud Anda yang mana'] });
    await step(s, user, 'kira2 brp lama lagi dipanggil?', { kind: 'answer', has: ['Posisi: 1 orang sebelum Anda'] });
    await step(s, user, 'berapa lama bikin paspor?', { has: ['Paspor'], not: ['Posisi:'] });
    // The booked service named with its queue is the same question (session 46, a counter's day).
    await step(s, user, 'masih lama gak antrian kk saya', { kind: 'answer', has: ['Posisi: 1 orang sebelum Anda'] });
    await step(s, user, 'berapa lama bikin kk?', { not: ['Posisi:'] });
  });

  it('without a booking today the question is not taken for one', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 10', 'Rina Wati');
    await step(s, user, 'masih lama ga?', { not: ['Posisi:'] });
  });

  it('"saya masih di jalan" while called is answered with the call, not "belum paham" (session 46)', async () => {
    const s2 = await start();
    const user = citizen();
    await book(s2, user, 'booking kk hari ini jam 08.30', 'Sari Dewi');
    await s2.advance('30m');
    await s2.say(STAFF, '/next kk 3');
    await step(s2, user, 'saya masih di jalan', { kind: 'answer', has: ['Sedang dipanggil ke Loket 3'], not: ['belum paham'] });
  });
});
