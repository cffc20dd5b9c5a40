/** Class 2: a reschedule takes the date after "ke / jadi / pindah ke / to", not the excuse. */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('reschedule takes the target, not the excuse (issue 10, class 2)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  const cases: [string, string, string][] = [
    ['besok ada rapat, bisa ganti ke jumat jam 9?', '2026-11-27', '09:00'],
    ['besok sy ada acara, pindah ke kamis jam 10 ya', '2026-11-26', '10:00'],
    ['tolong jadwalnya diganti jadi rabu jam 1 siang, besok gak bisa', '2026-11-25', '13:00'],
    ["tomorrow doesn't work, can you move it to friday 10am?", '2026-11-27', '10:00'],
    ['besok sibuk bgt, undur ke senin depan jam 9', '2026-11-30', '09:00'],
  ];
  for (const [text, date, time] of cases) {
    it(`"${text}" → ${date} ${time}`, async () => {
      const user = citizen();
      const booked = await book(s, user, 'booking npwp besok jam 10');
      await step(s, user, text, { kind: 'clarify', has: [/Pindahkan booking|Move booking/, booked.code] });
      await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date, time } });
    });
  }

  it('two dates and no "ke": asks which one, then moves there', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 10');
    await step(s, user, 'ganti jadwal, besok atau kamis', { kind: 'clarify', has: ['Pindah ke tanggal yang mana?'], options: ['Sel 24 Nov', 'Kam 26 Nov'] });
    await step(s, user, '2', { kind: 'clarify' });
    const reply = await step(s, user, '10.00 WIB', { kind: 'clarify', has: ['Pindahkan booking', 'Kamis, 26 November 2026'] });
    void reply;
    await step(s, user, 'iya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-26', time: '10:00' } });
  });

  it('"ganti ke jam 11" keeps the day and changes the hour', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 10');
    await step(s, user, 'bisa ganti ke jam 11?', { kind: 'clarify', has: ['Pindahkan booking', 'Selasa, 24 November 2026, 11.00'] });
    await step(s, user, 'ok', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-24', time: '11:00' } });
  });

  it('before confirming a new booking, "besok ada rapat, bisa ganti ke jumat jam 9?" changes the draft to Friday', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp hilang besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sari', { kind: 'clarify', has: ['Selasa, 24 November 2026, 09.00'] });
    await step(s, user, 'besok ada rapat, bisa ganti ke jumat jam 9?', { kind: 'clarify', has: ['Jumat, 27 November 2026, 09.00'], not: ['Selasa'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-27', time: '09:00' } });
  });
});
