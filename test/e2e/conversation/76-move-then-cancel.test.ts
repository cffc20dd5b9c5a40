/**
 * A booking's move, changed or given up (session 44, `npm run simulate`): "jamnya dimajuin dikit bisa ga" asked "Pilih tanggal"
 * from today; "yaudah batalin aja" in the middle of the move cancelled the booking but kept the move "for lanjut", and "lanjut"
 * then walked through a move of the cancelled booking to "Booking tidak ditemukan"; and a cancel asked for "yg punya istri sy"
 * was shown the chat's own booking without a name, and cancelled it.
 */
import { beforeEach, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a move changed or given up, and whose booking a cancel is (issue 11, conversation)', () => {
  let s: Sim;
  beforeEach(async () => {
    s = await start();
  });

  it('"jamnya dimajuin dikit" keeps the booking\'s day and offers its hours', async () => {
    const user = citizen();
    await book(s, user, 'mau bikin ktp besok jam 10', 'Rina Wati');
    await step(s, user, 'jamnya dimajuin dikit bisa ga min', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'], not: ['Pilih tanggal'] });
    await step(s, user, '09.00', { kind: 'clarify', has: ['Pindahkan booking', 'Selasa, 24 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { date: '2026-11-24', time: '09:00' } });
  });

  it('a cancel in the middle of a move ends the move: nothing is left to "lanjut"', async () => {
    const user = citizen();
    await book(s, user, 'mau bikin ktp besok jam 9', 'Siti Aminah');
    await step(s, user, 'ganti jadwal dong', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'yaudah batalin aja', { kind: 'clarify', has: ['Batalkan booking ini?'], not: ['lanjut', 'Tidak hilang'] });
    await step(s, user, 'iya', { kind: 'booking_cancelled', not: ['lanjut'] });
    await step(s, user, 'lanjut', { kind: 'answer', has: ['Tidak ada booking atau pertanyaan yang tertunda'], not: ['Pilih tanggal'] });
  });

  it('the cancel question names whose booking it is', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp rusak besok jam 9', 'Hendra Gunawan');
    await step(s, user, 'yg punya istri sy batalin aja', { kind: 'clarify', has: ['Batalkan booking ini?', 'Atas nama: Hendra Gunawan'] });
  });
});
