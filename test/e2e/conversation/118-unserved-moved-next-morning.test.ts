/**
 * A booking the MPP did not reach on its day, the next morning (session 48, a field test of a Tuesday that went wrong): told at
 * closing to choose "Ganti jadwal", the citizen typed "cek booking" the next morning and heard "Anda belum punya booking aktif",
 * then "ganti jadwal" and heard "Booking tidak ditemukan … dibuat dari nomor lain?". For a week the booking is still theirs to
 * move, and each reply says so.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, start, step } from './chat.js';

describe('a booking its day ended on unserved (issue 11, conversation)', () => {
  it('is shown and moved the next morning, with the week it may still be moved', async () => {
    const s = await start();
    const agus = citizen();
    await book(s, agus, 'booking kk besok jam 9', 'Agus');
    const evening = await s.advance('1890m'); // Tue 15.30: the KK day has ended
    const ended = evening.find((l) => l.to === agus && l.kind === 'day_ended');
    expect(ended?.text).toContain('(bisa sampai Selasa, 1 Desember 2026)');
    await s.advance('17h'); // Wed 08.30

    await step(s, agus, 'cek booking', {
      kind: 'answer',
      has: ['tidak sempat dilayani: layanan hari itu sudah tutup', 'ganti jadwal LY-', 'bisa sampai Selasa, 1 Desember 2026'],
      not: ['belum punya booking aktif'],
      options: ['Ganti jadwal LY-WVGFD'],
    });
    // "ganti ke jam 10" keeps no day of its own: yesterday is past, so the day is asked.
    await step(s, agus, 'ganti jadwal', { kind: 'clarify', has: ['Pilih tanggal'], not: ['tidak ditemukan'], options: ['Rab 25 Nov', 'Kam 26 Nov'] });
    await step(s, agus, 'kamis jam 10', { kind: 'clarify', has: ['ke Kamis, 26 November 2026, 10.00 WIB?'] });
    await step(s, agus, 'ya', { kind: 'booking_moved', has: ['Kamis, 26 November 2026, 10.00 WIB'] });
    await step(s, agus, 'cek booking', { kind: 'answer', has: ['Kamis, 26 November 2026'], not: ['tidak sempat dilayani'] });
  });

  it('is no longer offered after the week', async () => {
    const s = await start();
    const sari = citizen();
    await book(s, sari, 'booking kk besok jam 9', 'Sari');
    await s.advance('8d'); // the next Tuesday: 24 Nov + 7 days is the last day it could be moved
    await step(s, sari, 'cek booking', { kind: 'answer', has: ['tidak sempat dilayani'] });
    await s.advance('1d');
    await step(s, sari, 'cek booking', { kind: 'answer', has: ['belum punya booking aktif'], not: ['tidak sempat dilayani'] });
    await step(s, sari, 'ganti jadwal', { kind: 'answer', has: ['tidak ditemukan'] });
  });
});
