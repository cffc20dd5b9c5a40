/** Class 1: a yes that carries a verb is read against the question that was asked. */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a yes that carries a verb (issue 10, class 1)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const answer of ['iya batal', 'ya batalin aja', 'oke cancel', 'yoi hapus', 'ya udah batalkan', 'yes cancel it', 'iyo batal wae']) {
    it(`"${answer}" at "Batalkan booking ini?" cancels`, async () => {
      const user = citizen();
      const booked = await book(s, user, 'booking npwp besok jam 10');
      await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
      await step(s, user, answer, { kind: 'booking_cancelled', has: [booked.code], booking: { code: booked.code } });
      await step(s, user, 'cek booking', { kind: 'answer', has: ['belum punya booking aktif'] });
    });
  }

  for (const answer of ['ga jadi batal', 'jangan dibatalkan', 'tidak', 'nggak jadi']) {
    it(`"${answer}" at "Batalkan booking ini?" keeps the booking`, async () => {
      const user = citizen();
      const booked = await book(s, user, 'booking npwp besok jam 11');
      await step(s, user, 'batal booking', { kind: 'clarify' });
      await step(s, user, answer, { kind: 'answer', has: ['Tidak ada yang diubah'] });
      await step(s, user, 'cek booking', { kind: 'answer', has: [booked.code] });
    });
  }

  it('"oke booking" confirms a booking, "batal" at the same step makes none', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Rina', { kind: 'clarify', has: ['Konfirmasi booking', 'Atas nama: Rina'] });
    await step(s, user, 'gak jadi deh', { kind: 'answer', has: ['tidak jadi dibuat'] });
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify' });
    await step(s, user, 'Rina', { kind: 'clarify', has: ['Konfirmasi booking'] });
    await step(s, user, 'oke booking', { kind: 'booking_confirmed', booking: { service: 'npwp', date: '2026-11-24', time: '09:00' } });
  });

  it('"ya pindahin" confirms a move', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 13');
    await step(s, user, 'ganti jadwal ke kamis jam 10', { kind: 'clarify', has: ['Pindahkan booking', booked.code, 'Kamis, 26 November 2026'] });
    await step(s, user, 'ya pindahin', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-26', time: '10:00' } });
  });

  it('an answer that is neither asks again and keeps the question open', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 14');
    await step(s, user, 'batal booking', { kind: 'clarify' });
    const again = await step(s, user, 'hmm bentar', { kind: 'clarify', has: ['Mohon jawab "ya" atau "tidak"', booked.code] });
    expect(again.options?.map((o) => o.label)).toEqual(['Ya', 'Tidak']);
    await step(s, user, 'iya', { kind: 'booking_cancelled', booking: { code: booked.code } });
  });
});
