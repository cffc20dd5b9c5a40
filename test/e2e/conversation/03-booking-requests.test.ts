/** Class 3: every booking request starts a booking, whatever the classifier made of it. */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('every booking request starts a booking (issue 10, class 3)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const text of ['booking', 'booking aja', 'ok booking', 'oke antri', 'mau ngantri', 'I want to book', 'bookingg']) {
    it(`"${text}" asks which service, and the booking goes on from there`, async () => {
      const user = citizen();
      await step(s, user, text, { kind: 'clarify', has: [/Mau ambil antrean untuk layanan apa\?|Which service would you like to book\?/], not: ['belum punya booking aktif', 'no active booking'] });
      await step(s, user, 'npwp', { kind: 'clarify', has: [/Pilih tanggal|Pick a date/] });
    });
  }

  it('"mau perpanjang sim c besok jam 2 siang bisa?" goes straight into the booking with what was said', async () => {
    const user = citizen();
    // SIM closes at noon: the slot problem is explained, service and variant are kept.
    await step(s, user, 'mau perpanjang sim c besok jam 2 siang bisa?', { kind: 'clarify', has: ['Selasa, 24 November 2026'], not: ['Untuk layanan apa', 'yang mana'] });
    await step(s, user, '11.00 WIB', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Agus Salim', { kind: 'clarify', has: ['Perpanjang SIM', 'Atas nama: Agus Salim'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'sim', date: '2026-11-24', time: '11:00' } });
  });

  it('the long polite question books passport renewal on Thursday at nine', async () => {
    const user = citizen();
    await step(s, user, 'Saya ingin mendaftar antrean untuk perpanjangan paspor hari Kamis pagi, sekitar pukul sembilan, apakah masih tersedia?', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Bambang', { kind: 'clarify', has: ['Kamis, 26 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'paspor', date: '2026-11-26', time: '09:00' } });
  });

  it('"booking ktp bsk jam 9" in slang books KTP, and the variant is asked once, after booking', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp bsk jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Dewi', { kind: 'clarify', has: ['Selasa, 24 November 2026, 09.00'] });
    await step(s, user, 'y', { kind: 'booking_confirmed', has: ['yang mana'], booking: { service: 'ktp', time: '09:00' } });
    await step(s, user, 'hilang', { kind: 'answer', has: ['Ganti KTP-el hilang'] });
  });

  it('someone with a booking who types "cek booking" still sees it', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 10', { kind: 'clarify' });
    await step(s, user, 'Tono', { kind: 'clarify' });
    const done = await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'cek booking', { kind: 'answer', has: [done.booking!.code] });
  });
});
