/**
 * The words of a date become one `#tanggal` for the classifier (date-tokens.ts; issue 11, session 9): a date's words left
 * behind ("bulan depan", "hari lagi", "akhir bulan") pulled bookings out of scope. Probes written for these checks.
 */
import { describe, expect, it } from 'vitest';

import { replaceDateTokens } from '../../intents/date-tokens.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const tokens = (text: string, hasDate = true): string => replaceDateTokens(text.split(' '), hasDate, false).join(' ');

describe('replaceDateTokens', () => {
  it('takes "bulan depan" after a day, a count of days "lagi", and a part of a month', () => {
    expect(tokens('mau booking tanggal 3 bulan depan')).toBe('mau booking #tanggal');
    expect(tokens('booking 3 hari lagi')).toBe('booking #tanggal');
    expect(tokens('daftar 2 minggu lagi')).toBe('daftar #tanggal');
    expect(tokens('booking akhir bulan depan bisa')).toBe('booking #tanggal bisa');
    expect(tokens('booking awal maret')).toBe('booking #tanggal');
  });

  it('leaves the words when no date was read, and a span that is no date', () => {
    expect(tokens('sudah 3 hari belum jadi', true)).toBe('sudah #angka hari belum jadi');
    expect(tokens('akhir bulan depan', false)).toBe('akhir bulan depan');
  });
});

describe('bookings said with those dates (session 9 probes)', () => {
  const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
  const now = new Date('2027-02-15T09:30:00+07:00');

  it.each([
    ['mau booking tgl 3 bulan depan', '2027-03-03'],
    ['booking 3 hari lagi jam 8', '2027-02-18'],
    ['mau booking akhir bulan bisa?', '2027-02-28'],
  ])('%s', (text, date) => {
    expect(nlu.understand(text, now)).toMatchObject({ intent: 'book', date });
  });
});
