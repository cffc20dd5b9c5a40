/**
 * "terserah" at "Pilih jam" after the time asked for was full (issue 11, field leftover of session 6): it took
 * the first option, the earliest of the day, though the citizen had asked for 10.00. It takes the free time
 * nearest to what was asked, and says which it took.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('"terserah" after a full time', () => {
  let s: Sim;
  beforeAll(async () => {
    // One seat a slot: a booking fills its time.
    s = await start(undefined, 1);
  });

  it('takes the free time nearest to the one asked for, and says so', async () => {
    await book(s, citizen(), 'booking ktp kamis jam 10');
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 10', { kind: 'clarify', has: ['10.00 WIB sudah penuh', 'Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'terserah', { kind: 'clarify', has: ['Saya pilihkan 09.45 WIB, jam kosong yang paling dekat dengan 10.00 WIB yang Anda minta.', 'atas nama'] });
    await step(s, user, 'Rina', { kind: 'clarify', has: ['Kamis, 26 November 2026, 09.45 WIB', 'Atas nama: Rina'] });
  });

  it('the nearest on the other side when the earlier one is taken too; "the earliest" still means the first', async () => {
    await book(s, citizen(), 'booking kk kamis jam 10');
    await book(s, citizen(), 'booking kk kamis jam 09.45');
    const user = citizen();
    await step(s, user, 'book kk on thursday at 10am', { kind: 'clarify', has: ['fully booked', 'Pick a time on Thursday'] });
    await step(s, user, 'whatever', { kind: 'clarify', has: ['I picked 10:15 WIB, the free time nearest to the 10:00 WIB you asked for.', 'name'] });
    const other = citizen();
    await step(s, other, 'book kk on thursday at 10am', { kind: 'clarify', has: ['Pick a time on Thursday'] });
    await step(s, other, 'the earliest', { kind: 'clarify', has: ['name'], not: ['nearest to'] });
  });
});
