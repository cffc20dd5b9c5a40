/**
 * A day no calendar has, read by the NLU's date reader (intents/dates.ts) and only worded by the engine
 * (issue 11, field test): "29 februari" is such a day in a year without a 29 February — the year the date
 * would fall in — and an ordinary day in a leap year.
 */
import { describe, it } from 'vitest';

import { book, citizen, start, step } from './chat.js';

describe('impossible dates', () => {
  it('"29 februari" in 2026 falls in 2027, which has none: said so, then the days are offered; a real day is taken', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'booking kk 29 februari', { kind: 'clarify', has: ['Tanggal 29 Februari 2027 tidak ada di kalender.', 'Pilih tanggal:'] });
    // Typed again at "Pilih tanggal": the same words, not "not one of the options".
    await step(s, user, 'tanggal 29 februari', { kind: 'clarify', has: ['Tanggal 29 Februari 2027 tidak ada di kalender.', 'Pilih tanggal:'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'], not: ['tidak ada di kalender'] });
    const other = citizen();
    await step(s, other, 'book a passport on february 29', { kind: 'clarify', has: ['There is no date 29 February 2027.', 'Pick a date:'] });
  });

  it('a move to a day no calendar has is read as a move (it was "Maaf, saya belum paham"), and the day is said not to exist', async () => {
    const s = await start();
    const user = citizen();
    const booked = await book(s, user, 'booking ktp kamis jam 9');
    await step(s, user, 'ganti jadwal ke tanggal 31 november', { kind: 'clarify', has: ['Tanggal 31 November tidak ada di kalender.', 'Pilih tanggal'], not: ['belum paham'] });
    await step(s, user, 'jumat', { kind: 'clarify', has: ['Pilih jam pada Jumat, 27 November 2026'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`] });
  });

  it('"29 februari" in February 2028, a leap year, is a day like any other', async () => {
    const s = await start('2028-02-21T08:00:00+07:00');
    const user = citizen();
    await step(s, user, 'booking kk 29 februari', { kind: 'clarify', has: ['Pilih jam pada Selasa, 29 Februari 2028'], not: ['tidak ada di kalender'] });
    // A month's 31st is still impossible in that year.
    const other = citizen();
    await step(s, other, 'booking kk tanggal 31 april', { kind: 'clarify', has: ['Tanggal 31 April tidak ada di kalender.', 'Pilih tanggal:'] });
  });
});
