/** Class 4: an answer that fits no option re-asks the same question and keeps the draft. */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a filled slot is never dropped (issue 10, class 4)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const stray of ['ya', 'yg biasa', 'kk bru dong', 'hmm']) {
    it(`"${stray}" at "KK yang mana?" asks again with numbered options; "1" then keeps service, date and time`, async () => {
      const user = citizen();
      await step(s, user, 'booking kk besok jam 9', { kind: 'clarify', has: ['Kartu Keluarga (KK) yang mana?'] });
      await step(s, user, stray, { kind: 'clarify', has: ['Kartu Keluarga (KK) yang mana?', '1. ', 'batal'], not: ['Untuk layanan apa', 'belum paham'] });
      await step(s, user, '1', { kind: 'clarify', has: ['atas nama'], not: ['Untuk layanan apa', 'layanan apa'] });
      await step(s, user, 'Lestari', { kind: 'clarify', has: ['Selasa, 24 November 2026, 09.00', 'Lestari'] });
      await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'kk', date: '2026-11-24', time: '09:00' } });
    });
  }

  it('the citizen can leave explicitly with "gak jadi"', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 9', { kind: 'clarify' });
    await step(s, user, 'gak jadi', { kind: 'answer', has: ['tidak dilanjutkan'] });
    await step(s, user, '1', { kind: 'fallback', has: ['Tidak ada pilihan'] });
  });

  for (const [text, variant] of [
    ['mau bikin kk rabu jam 10', 'KK baru'],
    ['mau perpanjang skck besok jam 10', 'Perpanjang SKCK'],
    ['ktp saya hilang, mau booking besok jam 9', 'hilang'],
  ] as const) {
    it(`"${text}" takes the variant from the wording (${variant}) instead of asking`, async () => {
      const user = citizen();
      await step(s, user, text, { kind: 'clarify', has: ['atas nama'], not: ['yang mana'] });
      await step(s, user, 'Wati', { kind: 'clarify', has: [variant] });
    });
  }

  it('a typed date at the time question moves the draft, it does not restart it', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'rabu', { kind: 'clarify', has: ['Pilih jam pada Rabu, 25 November 2026'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['atas nama'] });
  });
});
