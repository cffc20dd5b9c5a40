/**
 * Right after staff announce a change to a booked slot ("Layanan KK hari Senin mulai jam 10 karena gangguan jaringan"), the
 * citizen asks (session 42, `npm run simulate`): "jadi saya datang jam berapa?" was told 08.45 and nothing of the announcement;
 * "berarti booking saya jam 9 hangus?" started a move; and "jam 10 aja" at a move's "Pilih tanggal" asked for the day again.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('a booked citizen after an announcement to their slot (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('shows the announcement under the booking, asked when to come or whether the booking still holds', async () => {
    const user = citizen();
    await book(s, user, 'booking kk senin jam 9', 'Rina Marlina');
    await step(s, STAFF, '/umumkan kk 2026-11-30 Layanan KK hari Senin mulai jam 10 karena gangguan jaringan', { has: ['1 penerima'] });
    await step(s, STAFF, 'ya', { has: ['dikirim'] });
    await step(s, user, 'jadi saya datang jam berapa?', { kind: 'answer', has: [/📢 Pengumuman untuk jadwal ini \(dikirim [^)]+\): Layanan KK hari Senin mulai jam 10/, 'ikuti pengumuman itu'] });
    await step(s, user, 'berarti booking saya jam 9 hangus?', { kind: 'answer', has: ['Booking Anda:', 'mulai jam 10'], not: ['Pilih tanggal'] });
  });

  it('a booking on another day or service shows no announcement', async () => {
    const user = citizen();
    await book(s, user, 'booking kk selasa jam 9', 'Rina Marlina');
    await step(s, user, 'cek booking', { kind: 'answer', not: ['Pengumuman'] });
  });

  it('"jam 10 aja" at a move\'s "Pilih tanggal" keeps the booking\'s day', async () => {
    const user = citizen();
    await book(s, user, 'booking kk rabu jam 9', 'Rina Marlina');
    await step(s, user, 'nanti', {});
    await step(s, user, 'ganti jadwal', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'jam 10 aja', { kind: 'clarify', has: ['Pindahkan booking', 'Rabu, 25 November 2026, 10.00'] });
  });
});

/**
 * Session 44 (`npm run simulate`): right after booking, with the "which kind?" question still under the booking card, the
 * announcement came and "jadi jam 9 saya tetep dateng atau jam 10?" was met with "not one of the options" and the kinds of KTP.
 */
describe('a question about the announcement while the kind is still asked (issue 11, conversation)', () => {
  it('answers with the booking and the announcement, not the kinds again', async () => {
    const s = await start();
    const user = citizen();
    await book(s, user, 'booking ktp besok jam 9', 'Budi Santoso');
    await step(s, STAFF, '/announce ktp besok Perekaman KTP besok baru mulai jam 10, mohon maaf', { has: ['1 penerima'] });
    await step(s, STAFF, 'ya', { has: ['dikirim'] });
    await step(s, user, 'jadi jam 9 saya tetep dateng atau jam 10?', { kind: 'answer', has: ['📢 Pengumuman untuk jadwal ini', 'ikuti pengumuman itu'], not: ['tidak ada di pilihan', 'Maksud Anda'] });
  });
});
