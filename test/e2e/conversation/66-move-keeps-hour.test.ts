/**
 * A move that names only a day keeps the booking's hour (session 43, `npm run simulate`): "eh kayaknya besok ga bisa, ada rapat.
 * ganti rabu aja" asked "Pilih jam pada Rabu", and the "iya" that followed was "not one of the options". The confirm now offers the
 * same hour and says how to pick another; "jam lain" at it shows the hours, "tidak" at them keeps the booking where it was (it had
 * said nothing was saved and to type "booking" to start again). Right after booking, "something came up, can we move it to
 * thursday?" was "not one of the options" under the variant question, then "Reschedule or Cancel booking?".
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a move that names only a day (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 1);
  });

  it('keeps the hour, asks to confirm, and "iya" moves it', async () => {
    const user = citizen();
    await book(s, user, 'booking sim besok jam 9', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    await step(s, user, 'eh kayaknya besok ga bisa, ada rapat. ganti rabu aja', { kind: 'clarify', has: ['Pindahkan booking', 'Rabu, 25 November 2026, 09.00', 'Jamnya sama dengan booking Anda', '"jam lain"'], not: ['Pilih jam'] });
    await step(s, user, 'iya', { kind: 'booking_moved', has: ['Rabu, 25 November 2026, 09.00'] });
  });

  it('an hour said at the confirm takes its place, and "jam lain" offers the hours around the one offered', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 10', 'Rina Marlina');
    await step(s, user, 'nanti', {});
    await step(s, user, 'pindah ke kamis', { kind: 'clarify', has: ['Kamis, 26 November 2026, 10.00', 'misalnya "jam 11"'] });
    await step(s, user, 'jam lain', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'], not: ['Mohon jawab'], options: ['09.00 WIB', '10.00 WIB', '10.45 WIB'] });
    await step(s, user, '11.00', { kind: 'clarify', has: ['Kamis, 26 November 2026, 11.00'], not: ['Jamnya sama'] });
    await step(s, user, 'ya', { kind: 'booking_moved', has: ['Kamis, 26 November 2026, 11.00'] });
  });

  it('"tidak" at the hours of a move keeps the booking where it was, and says where', async () => {
    const user = citizen();
    await book(s, user, 'booking skck besok jam 9', 'Dodi Santoso');
    await step(s, user, 'nanti', {});
    await step(s, user, 'ganti jumat aja', { kind: 'clarify', has: ['Jumat, 27 November 2026, 09.00'] });
    await step(s, user, 'gak, jam lain aja', { kind: 'clarify', has: ['Pilih jam pada Jumat'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['jadwal tidak dipindah', 'Selasa, 24 November 2026, 09.00'], not: ['tidak ada yang disimpan', 'Ketik "booking"'] });
    await step(s, user, 'cek booking', { has: ['Selasa, 24 November 2026', '09.00'] });
  });

  it('a full hour on the day named offers the nearest free ones', async () => {
    const first = citizen();
    await book(s, first, 'booking paspor kamis jam 9', 'Sari Dewi');
    const user = citizen();
    await book(s, user, 'booking paspor besok jam 9', 'Ani Lestari');
    await step(s, user, 'nanti', {});
    await step(s, user, 'pindah ke kamis ya', { kind: 'clarify', has: ['sudah penuh', 'Pilih jam pada Kamis, 26 November 2026'], not: ['Pindahkan booking'] });
  });

  it('in English, right after booking: "can we move it to thursday?" is a move, "different day" offers the days', async () => {
    const user = citizen();
    await step(s, user, 'book a passport slot tomorrow at 10', { kind: 'clarify' });
    await step(s, user, 'John Smith', { kind: 'clarify', has: ['Confirm booking'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed' });
    await step(s, user, 'something came up, can we move it to thursday?', { kind: 'clarify', has: ['Move booking', 'Thursday, 26 November 2026, 10:00', 'Same time as your booking'], not: ['not one of the options', 'Which did you mean'] });
    await step(s, user, 'different day', { kind: 'clarify', has: ['Pick a date (at 10:00'] });
  });
});
