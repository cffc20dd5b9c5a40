/** Class 8: holidays by name are answered from the closures in mpp.json, with the reason. */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('holidays by name (issue 10, class 8)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  const cases: [string, (string | RegExp)[]][] = [
    ['pas natal buka?', ['tutup', '25 Desember 2026: Hari Raya Natal', '24 Desember 2026: Cuti bersama', 'Buka lagi: Senin, 28 Desember 2026']],
    ['tahun baru tutup?', ['1 Januari 2027: Tahun Baru 2027 Masehi'] ],
    ['lebaran buka gk', ['Idulfitri', '10 Maret 2027']],
    ['waktu nyepi', ['Nyepi', '9 Maret 2027']],
    ['mpp buka ga pas imlek?', ['Imlek', '6 Februari 2027']],
    ['is the MPP open on christmas day?', ['closed', 'Christmas Day']],
    ['kalo lebaran haji libur ya?', ['Iduladha']],
    ['pas waisak buka gak min', ['Waisak']],
  ];
  for (const [text, has] of cases) {
    it(`"${text}" answers from the closures`, async () => {
      await step(s, citizen(), text, { kind: 'answer', has, not: ['belum paham', 'Maksud Anda'] });
    });
  }

  it('a holiday name does not hijack a requirements question', async () => {
    await step(s, citizen(), 'syarat skck', { kind: 'clarify', not: ['libur'] });
  });

  it('"jam buka" still lists the whole week', async () => {
    await step(s, citizen(), 'jam buka', { kind: 'answer', has: ['Senin', 'Jumat'] });
  });
});

describe('a holiday question in the middle of a booking (issue 10, class 8)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"pas natal buka?" at the confirm step is answered, and the draft waits: "ya" books the day first chosen', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi', { kind: 'clarify', has: ['Kamis, 26 November 2026, 09.00'] });
    await step(s, user, 'pas natal buka?', { has: ['25 Desember 2026: Hari Raya Natal', 'Kamis, 26 November 2026, 09.00'], not: ['Pilih jam', 'belum paham'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'npwp', date: '2026-11-26', time: '09:00' } });
  });

  it('"ganti ke jumat aja" at the confirm step still moves the draft', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi', { kind: 'clarify', has: ['Kamis, 26 November 2026, 09.00'] });
    await step(s, user, 'ganti ke jumat aja', { kind: 'clarify', has: ['Jumat, 27 November 2026'] });
  });
});
