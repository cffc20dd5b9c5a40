/**
 * A move said as a shift of the booking's hour (session 42, `npm run simulate`): right after booking, "bisa dimajuin 1 jam?" was
 * "that is not one of the options" under the variant question; "push it back by an hour" and "majukan 5 jam" were not understood
 * at all. The booking's day is kept and its hour moved; an hour outside service hours gets the day's free times.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('moving a booking by an hour (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"bisa dimajuin 1 jam?" right after booking asks to move it to the hour before, the same day', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 10 atas nama Rina', { kind: 'clarify', has: ['Kamis, 26 November 2026, 10.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Kamis, 26 November 2026, 10.00'] });
    await step(s, user, 'bisa dimajuin 1 jam?', { kind: 'clarify', has: ['Pindahkan booking', 'Kamis, 26 November 2026, 09.00'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'ya', { kind: 'booking_moved', has: ['Kamis, 26 November 2026, 09.00'] });
    await step(s, user, 'mundur setengah jam bisa?', { kind: 'clarify', has: ['Kamis, 26 November 2026, 09.30'] });
    await step(s, user, 'ya', { kind: 'booking_moved', has: ['09.30'] });
  });

  it('in English, and in words the classifier does not place', async () => {
    const user = citizen();
    await book(s, user, 'booking paspor kamis jam 10', 'Dewi Lestari');
    await step(s, user, 'push it back by an hour', { kind: 'clarify', has: [/(Pindahkan|Move) booking/, /26 November 2026, 11[.:]00/] });
    await step(s, user, 'yes', { kind: 'booking_moved', has: [/11[.:]00/] });
    await step(s, user, 'can it be 30 minutes earlier?', { kind: 'clarify', has: [/10[.:]30/] });
  });

  it('an hour outside service hours offers that day\'s free times; "telat 1 jam" is no move', async () => {
    const user = citizen();
    await book(s, user, 'booking skck kamis jam 10', 'Budi Santoso');
    await step(s, user, 'majukan 5 jam', { kind: 'clarify', has: ['Jam 05.00 WIB di luar jam layanan', 'Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'batal', { kind: 'answer' });
    await step(s, user, 'kalau saya telat 1 jam gimana?', { kind: 'answer', not: ['Pindahkan booking'] });
  });
});
