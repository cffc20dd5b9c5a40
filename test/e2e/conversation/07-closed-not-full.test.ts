/** Class 7: a closed day says why (Sunday, holiday, horizon) and offers open days; "penuh" only when seats are taken. */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('closed is not full (issue 10, class 7)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 1);
  });

  for (const text of ['booking npwp hari minggu jam 9', 'booking npwp hari minggu', 'bisa antri npwp hari ahad?']) {
    it(`"${text}" says Sunday is closed and offers open days`, async () => {
      const user = citizen();
      await step(s, user, text, { kind: 'clarify', has: ['Minggu tutup', 'Pilih tanggal'], not: ['penuh'] });
    });
  }

  for (const text of ['booking npwp minggu jam 9', 'mau antri npwp mgg jam 10', 'booking npwp minggu pukul 9']) {
    it(`"${text}": with a clock time "minggu" is Sunday (not "week"); the days after it are offered, keeping the time`, async () => {
      const user = citizen();
      await step(s, user, text, { kind: 'clarify', has: ['Minggu tutup', '29 November 2026', 'Pilih tanggal (jam'], options: ['Sen 30 Nov'], not: ['penuh', 'Sen 23 Nov'] });
      await step(s, user, '1', { kind: 'clarify', has: ['atas nama'] });
      await step(s, user, 'Sari', { kind: 'clarify', has: ['Senin, 30 November 2026', 'Sari'] });
    });
  }

  it('"booking npwp sabtu" says Saturday is closed', async () => {
    await step(s, citizen(), 'booking npwp sabtu', { kind: 'clarify', has: ['Sabtu tutup'], not: ['penuh'] });
  });

  it('past the booking horizon it says how far ahead one can book', async () => {
    await step(s, citizen(), 'booking npwp tanggal 21 desember jam 9', { kind: 'clarify', has: ['paling jauh 14 hari'], not: ['penuh'] });
  });

  it('"penuh" only when the seat is taken, with the nearest free slots', async () => {
    await book(s, citizen(), 'booking npwp kamis jam 9');
    const user = citizen();
    await step(s, user, 'booking npwp kamis jam 9', { kind: 'clarify', has: ['sudah penuh', 'Slot terdekat'], options: ['09.15 WIB'] });
  });

  it('in English: closed on Sundays', async () => {
    await step(s, citizen(), 'can I book npwp on sunday at 9am', { kind: 'clarify', has: ['Closed on Sundays'], not: ['fully booked'] });
  });
});

describe('a holiday inside the horizon says which holiday', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start('2026-12-21T08:00:00+07:00');
  });

  it('"booking npwp tanggal 25 desember jam 9" → "libur (Hari Raya Natal)" and the next open days', async () => {
    await step(s, citizen(), 'booking npwp tanggal 25 desember jam 9', { kind: 'clarify', has: ['25 Desember 2026 libur (Hari Raya Natal)', 'Pilih tanggal'], not: ['penuh'] });
  });

  it('"booking npwp pas natal" resolves the holiday and says it is closed', async () => {
    await step(s, citizen(), 'booking npwp tgl 24 des', { kind: 'clarify', has: ['Cuti bersama Hari Raya Natal'], not: ['penuh'] });
  });
});
