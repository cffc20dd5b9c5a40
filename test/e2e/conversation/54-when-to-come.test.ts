/**
 * "jadi saya datang jam berapa?" right after booking (session 42, `npm run simulate`): it was "that is not one of the options"
 * under the variant question. With a booking held, the chat shows it and the time to be there, 15 minutes before the slot, as the
 * booking card asks; in English too. Without a booking it is no question about one.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('when to come for one\'s booking (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"jadi saya datang jam berapa?" right after booking shows the booking and 08.45 for a 09.00 slot', async () => {
    const user = citizen();
    await step(s, user, 'booking kk rabu jam 9 atas nama Rina', { kind: 'clarify', has: ['Rabu, 25 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'jadi saya datang jam berapa?', { kind: 'answer', has: ['KK-001', 'Datang paling lambat pukul 08.45'], not: ['tidak ada di pilihan'] });
  });

  it('asked later, and in English', async () => {
    const user = citizen();
    await step(s, user, 'book a passport on thursday at 10', { kind: 'clarify', has: ['Whose name'] });
    await step(s, user, 'Dewi Lestari', { kind: 'clarify', has: ['Thursday, 26 November 2026, 10:00'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed' });
    await step(s, user, 'what time should I come?', { kind: 'answer', has: [/(by|pukul) 09[.:]45/], not: ['belum paham'] });
  });

  it('with two bookings, each with its own time; with none, it is not answered as a booking', async () => {
    const user = citizen();
    await book(s, user, 'booking skck kamis jam 10', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    await book(s, user, 'booking ktp jumat jam 13.30', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    await step(s, user, 'jam berapa saya harus datang?', { kind: 'answer', has: ['Kam 26 Nov 09.45', 'Jum 27 Nov 13.15'] });
    await step(s, citizen(), 'jam berapa saya harus datang?', { not: ['Datang paling lambat'] });
  });
});
