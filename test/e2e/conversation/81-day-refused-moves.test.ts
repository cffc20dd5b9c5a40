/**
 * A booked day refused and another offered (session 44, `npm run simulate`): "besok ga bisa, bisa kamis?" from a citizen booked
 * for tomorrow was asked "Maksud Anda yang mana? Ganti jadwal / Ambil antrean", and "iya" to that was no option. With a booking
 * held, a refused day is a move.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a booked day refused and another offered (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"besok ga bisa, bisa kamis?" moves tomorrow\'s booking to Thursday at its hour', async () => {
    const user = citizen();
    await book(s, user, 'mau bikin ktp besok jam 9', 'Rina Wati');
    await step(s, user, 'besok ga bisa, bisa kamis?', { kind: 'clarify', has: ['Pindahkan booking', 'Kamis, 26 November 2026, 09.00'], not: ['Maksud Anda'] });
    await step(s, user, 'iya', { kind: 'booking_moved', booking: { date: '2026-11-26', time: '09:00' } });
  });

  it('with no booking, the same words move nothing', async () => {
    await step(s, citizen(), 'ktp besok ga bisa, bisa kamis?', { not: ['Pindahkan booking'] });
  });
});
