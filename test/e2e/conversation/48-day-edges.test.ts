/**
 * "yang paling siang aja" at "Pilih jam" (session 41, `npm run simulate`): only the eight times nearest the one asked for are
 * shown, 08.00–09.45 on a day open until 15.30, and "the latest" took 09.45, the last one shown. The citizen meant the day's last
 * free time, and "the earliest" its first.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('the earliest and the latest time of the day (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    // One seat a slot: a booking fills its time.
    s = await start(undefined, 1);
  });

  it('"yang paling siang aja" takes the day\'s last free time, not the last one shown', async () => {
    const user = citizen();
    await step(s, user, 'mau booking ktp hari kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'yang paling siang aja', { kind: 'clarify', has: ['Saya pilihkan 15.15 WIB.', 'atas nama'] });
    await step(s, user, 'Wulan Sari', { kind: 'clarify', has: ['Kamis, 26 November 2026, 15.15 WIB', 'Atas nama: Wulan Sari'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '15:15' } });
  });

  it('the next citizen\'s "the latest" takes the last time still free', async () => {
    const user = citizen();
    await step(s, user, 'book a ktp slot on thursday', { kind: 'clarify', has: ['Pick a time on Thursday'] });
    await step(s, user, 'the latest', { kind: 'clarify', has: ['I picked 15:00 WIB.', 'name'] });
  });

  it('"yang paling pagi" after a full time takes the day\'s first free time, not the earliest of those near it', async () => {
    await book(s, citizen(), 'booking kk jumat jam 14');
    const user = citizen();
    await step(s, user, 'booking kk jumat jam 14', { kind: 'clarify', has: ['14.00 WIB sudah penuh', 'Pilih jam pada Jumat'], not: ['08.00 WIB'] });
    await step(s, user, 'yang paling pagi aja', { kind: 'clarify', has: ['Saya pilihkan 08.00 WIB.', 'atas nama'] });
  });
});
