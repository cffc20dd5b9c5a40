/**
 * Session 19 (issue 11): people writing after closing time on a phone that autocorrects. A word put right with "*" or
 * "maksudnya", a service's name hit beside the right key, a space typed inside it, and a booking asked for after the story
 * of a bad day were read as fallback, as no service, or as a complaint; Lebaran's second day written "ke-2" or "kadua" was
 * its first, and "H-1" an agency. Read turn by turn, as a citizen reads the screen.
 * Messages written for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('session 19: after closing time, on a phone that autocorrects', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('reads the word the citizen put right, and answers what was meant', async () => {
    // Before: "Maaf, saya belum paham" (the slipped "Sabut" and the dangling "sabtu maksudnya").
    await step(s, citizen(), 'Sabut buka gak ya? sabtu maksudnya', { has: [/Sabtu, .*tutup/], not: ['belum paham'] });
    // Before: no service, so "Untuk layanan apa?".
    await step(s, citizen(), 'loket kl lantai berapa? *kk', { has: ['Lokasi layanan Kartu Keluarga'], not: ['Untuk layanan apa?'] });
  });

  it('finds the service behind a slip of the finger or a stray space', async () => {
    await step(s, citizen(), 'syarat perpanjang aim apa aja?', { has: ['Syarat Perpanjang SIM'] });
    await step(s, citizen(), 'biaya np wp berapa ya', { has: ['NPWP'], not: ['Untuk layanan apa?'] });
    await step(s, citizen(), 'loket akta kenatian dimana', { has: ['Lokasi layanan Akta kematian'], not: ['Untuk layanan apa?'] });
  });

  it('books what a bad day\'s story asks for last, instead of filing the story as a complaint', async () => {
    const user = citizen();
    // Before: "Terkait layanan apa?", the complaint form's first question.
    await step(s, user, 'Sistem error dari pagi, saya disuruh pulang. Tolong bookingin KTP hari Kamis jam 9', {
      has: ['Booking atas nama siapa?'],
      not: ['Terkait layanan apa?', /[Pp]engaduan/],
    });
    await step(s, user, 'Sri Wahyuni', { has: ['Konfirmasi booking', 'Kamis', '09.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: [/[Kk]ode/, 'Kamis'] });
  });

  it('counts the days of Lebaran as people write them, and never takes a count for an agency', async () => {
    // Before: "Ke-2 tidak ada di MPP Contoh", then the first day's closure.
    await step(s, citizen(), 'lebaran ke-2 buka ga', { has: ['11 Maret 2027'], not: ['tidak ada di MPP'] });
    // Before: Lebaran's own day (a Banjar and Sundanese ordinal the normaliser read as "kada", not).
    await step(s, citizen(), 'lebaran kadua MPP tutup lah?', { has: ['11 Maret 2027'] });
    // Before: "H-1 tidak ada di MPP Contoh".
    await step(s, citizen(), 'H-1 lebaran buka?', { has: ['9 Maret 2027'], not: ['tidak ada di MPP'] });
    await step(s, citizen(), 'H+1 lebaran buka?', { has: ['11 Maret 2027'] });
  });

  it('still files a complaint when the story judges our people, whatever follows', async () => {
    await step(s, citizen(), 'Petugasnya kasar banget tadi. Batal aja deh', { has: ['Terkait layanan apa?'], not: ['Batalkan booking'] });
  });
});
