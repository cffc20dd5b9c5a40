/**
 * A day said by pointing at the one just talked about (session 41, `npm run simulate`): "kalau besoknya?" after the answer that
 * 24 December is closed fell out of scope, and "oke booking kk hari itu jam 9" after "jumat buka jam berapa?" was offered the
 * days from today. The day pointed at is the one the last hours question or booking request named.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a day pointed at (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"kalau besoknya?" asks about the day after the one just answered, and "lusanya" about the one after that', async () => {
    const user = citizen();
    await step(s, user, 'tanggal 24 desember buka ga?', { kind: 'answer', has: ['Kamis, 24 Desember 2026: tutup'] });
    await step(s, user, 'kalau besoknya?', { kind: 'answer', has: ['Jumat, 25 Desember 2026: tutup, libur Hari Raya Natal.'], not: ['di luar layanan'] });
    await step(s, user, 'lusanya gimana', { kind: 'answer', has: ['Minggu, 27 Desember 2026: tutup'] });
  });

  it('"what about the day after?" in English; "the day after tomorrow" is still the NLU\'s own day', async () => {
    const user = citizen();
    await step(s, user, 'are you open on friday?', { kind: 'answer', has: ['Friday, 27 November 2026: open'] });
    await step(s, user, 'what about the day after?', { kind: 'answer', has: ['Saturday, 28 November 2026: closed'] });
    await step(s, user, 'and the day after tomorrow?', { kind: 'answer', has: ['Wednesday, 25 November 2026'] });
  });

  it('"booking kk hari itu jam 9" books the day just asked about', async () => {
    const user = citizen();
    await step(s, user, 'jumat buka jam berapa?', { kind: 'answer', has: ['Jumat, 27 November 2026: buka 08.00–11.30 WIB'] });
    await step(s, user, 'oke booking kk hari itu jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Dewi Lestari', { kind: 'clarify', has: ['Jumat, 27 November 2026, 09.00 WIB', 'Atas nama: Dewi Lestari'] });
  });

  it('"kalau besoknya buka?" after a booking asks about the next day\'s hours; it does not book again', async () => {
    const user = citizen();
    await book(s, user, 'mau antri kk besok jam 10');
    await step(s, user, 'kalau besoknya buka?', { kind: 'answer', has: ['Rabu, 25 November 2026: buka'], not: ['Pilih jam'] });
  });

  it('after a holiday answer, "and the day before?" asks about the day before the holiday', async () => {
    const user = citizen();
    await step(s, user, 'is the office open on christmas eve?', { kind: 'answer', has: ['closed'] });
    await step(s, user, 'and the day before?', { kind: 'answer', has: ['Wednesday, 23 December 2026: open'] });
  });

  it('"bisa dimajuin ke hari sebelumnya?" moves a booking to the day before its own', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking paspor rabu jam 9');
    await step(s, user, 'bisa dimajuin ke hari sebelumnya?', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Selasa, 24 November 2026, 09.00 WIB?`] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-24', time: '09:00' } });
  });

  it('a message that names its own day keeps it', async () => {
    const user = citizen();
    await step(s, user, 'jumat buka jam berapa?', { kind: 'answer', has: ['Jumat, 27 November 2026'] });
    await step(s, user, 'kalau hari kamis?', { kind: 'answer', has: ['Kamis, 26 November 2026'] });
  });
});
