/**
 * Session 12 (issue 11): behaviours the larger field of training messages moved, fixed by cause, read the way a citizen
 * reads the screen. A protest about yesterday's service is a complaint (not the hours of an agency called "protes"); a
 * plain "no need to go on with my queue" offers calling the booking off first; "what time is my slot on Thursday" answers with the
 * citizen's own booking, not the opening hours; a citizen with no booking who wants to renew is booked, not asked "Which
 * did you mean?". Messages written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, type Sim, start, step } from './chat.js';

describe('behaviours the larger field moved (session 12)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"saya mau protes soal pelayanan kemarin" opens a complaint and asks what it is about', async () => {
    const user = citizen();
    await step(s, user, 'saya mau protes soal pelayanan kemarin', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'], not: ['tidak ada di MPP', 'buka'] });
  });

  it('"ga usah diterusin antrian saya ya kak" offers cancelling first (before, only a complaint); picked and confirmed, it cancels', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 10');
    // NPWP has two kinds since session 48: the one asked after booking is answered first.
    await step(s, user, '1', { kind: 'answer', has: ['Daftar NPWP orang pribadi'] });
    // The rule's reading leads, the models' complaint is offered beside it: a corrected reading is never sure (≤ 0.49).
    await step(s, user, 'ga usah diterusin antrian saya ya kak', { kind: 'clarify', has: ['Maksud Anda yang mana?'], options: ['Batal booking', 'Pengaduan'] });
    await step(s, user, '1', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'ya', { kind: 'booking_cancelled', booking: { code: booked.code } });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  it('"jadwal saya hari kamis jam berapa ya" answers with the citizen\'s own booking, not the opening hours', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 9');
    await step(s, user, 'jadwal saya hari kamis jam berapa ya', { kind: 'answer', has: [booked.code, '09.00'], not: ['Jam layanan'] });
  });

  it('"i want to renew my sim on thursday at 10" from a citizen with no booking books, without "Which did you mean?"', async () => {
    const user = citizen();
    await step(s, user, 'i want to renew my sim on thursday at 10', { kind: 'clarify', has: ['Whose name'], not: ['Which did you mean?'] });
  });
});
