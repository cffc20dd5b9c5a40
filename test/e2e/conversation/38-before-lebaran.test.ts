/**
 * Session 20 (issue 11): the fasting month before going home for Lebaran. Chain messages forwarded from a family group
 * with a question about them, "is it open yet? I'm already in the car park", an office asked for at another town's MPP, a
 * booking dictated by voice in English, and a polite letter asking about the hours during Ramadan. Read turn by turn, as a
 * citizen reads the screen. Messages written for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('session 20: before going home for Lebaran', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers the question about a forwarded chain message, not the forwarding mark', async () => {
    // Before: "Diteruskan berkali-kali" read as a grievance ("again and again"): the complaint form.
    await step(s, citizen(), 'Diteruskan berkali-kali: "Mulai bulan ini bikin KTP baru bayar 100 ribu". Bener ga min? biaya bikin KTP berapa sih?', {
      has: ['KTP'],
      not: ['Terkait layanan apa?', /[Pp]engaduan/],
    });
  });

  it('reads "is it open yet?" without the car park the citizen is standing in', async () => {
    // Before: out of scope ("belum paham"), and a check of one's booking.
    await step(s, citizen(), 'sudah buka belum? saya sudah di lobi', { has: ['Jam buka MPP'], not: ['belum paham'] });
    await step(s, citizen(), 'udah buka belum? saya udah di depan nih', { has: ['Jam buka MPP'], not: [/[Bb]ooking/] });
  });

  it('says which town it knows nothing of when an office is asked for at another MPP', async () => {
    // Before: "Maaf, saya belum paham" (two names: out of scope).
    await step(s, citizen(), 'loket PDAM ada gak di MPP Manokwari', { has: ['info untuk Manokwari tidak saya punya'], not: ['belum paham', 'PDAM tidak ada'] });
  });

  it('books the clock time an English speaker dictated', async () => {
    const user = citizen();
    // Before: the day without the time ("ten thirty" was two words).
    await step(s, user, 'i want to book a passport slot on monday at ten thirty', { has: ['name'] });
    await step(s, user, 'Maria Lopez', { has: ['Monday', '10:30'] });
  });
});
