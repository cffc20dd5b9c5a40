/** Holiday names as dates (intents/holidays.ts), against a small published list of closures like data/mpp.json's. */
import { describe, expect, it } from 'vitest';

import { type Closure, findHoliday } from '../../intents/holidays.js';

const closures: Closure[] = [
  { date: '2026-12-24', reason: { id: 'Cuti bersama Hari Raya Natal' } },
  { date: '2026-12-25', reason: { id: 'Hari Raya Natal' } },
  { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri 1448 H (perkiraan)' } },
  { date: '2027-03-11', reason: { id: 'Hari Raya Idulfitri 1448 H (hari kedua) (perkiraan)' } },
  { date: '2027-06-01', reason: { id: 'Hari Lahir Pancasila' } },
];
const dateOf = (text: string, today: string) => findHoliday(text.split(' '), closures, today)?.date ?? null;

describe('holidays the published closures do not reach (session 8)', () => {
  it('gives a fixed-date holiday its next date ("17an" arrives split as "17 an")', () => {
    expect(dateOf('17 an buka tidak mpp', '2026-12-26')).toBe('2027-08-17');
    expect(dateOf('17 agustusan mpp tutup ya', '2026-12-26')).toBe('2027-08-17');
    expect(dateOf('tahun baru buka', '2027-01-02')).toBe('2028-01-01');
  });

  it('takes a holiday just past when none is ahead ("setelah libur natal" asked on the 26th)', () => {
    expect(dateOf('mpp buka lagi kapan setelah libur natal', '2026-12-26')).toBe('2026-12-25');
    // not asked about the days after it, or a week on: no date (the next Christmas is not published)
    expect(dateOf('natal buka', '2026-12-26')).toBeNull();
    expect(dateOf('mpp buka lagi kapan setelah libur natal', '2027-01-05')).toBeNull();
  });

  it('still has no date for a moving holiday the list does not reach', () => {
    expect(dateOf('lebaran buka', '2027-04-01')).toBeNull();
  });
});

describe('the collective leave day just past (session 8)', () => {
  it('"cuti bersama natal kemarin" is the 24th, not Christmas', () => {
    expect(dateOf('cuti bersama natal kemarin loket dukcapil buka', '2026-12-26')).toBe('2026-12-24');
    expect(dateOf('natal kemarin loket buka', '2026-12-26')).toBe('2026-12-25');
  });
});

describe("Lebaran's second day however the first is named (session 8)", () => {
  it('reads "idul fitri hari kedua" and "hari kedua idulfitri" as the second day', () => {
    expect(dateOf('idul fitri hari kedua dukcapil ada pelayanan', '2027-02-03')).toBe('2027-03-11');
    expect(dateOf('hari kedua idulfitri buka', '2027-02-03')).toBe('2027-03-11');
    expect(dateOf('idul fitri buka', '2027-02-03')).toBe('2027-03-10');
  });
});

describe('days counted from a holiday (session 13, dev set 36)', () => {
  const today = '2027-02-25';
  it('counts days before and after: "sehari sebelum", "H-1", "2 hari setelah", "the day after", "seminggu sebelum"', () => {
    // Tokens as the normaliser gives them ("sehari" → "satu hari").
    expect(dateOf('satu hari sebelum lebaran buka', today)).toBe('2027-03-09');
    expect(dateOf('h-2 lebaran masih buka', today)).toBe('2027-03-08');
    expect(dateOf('2 hari setelah lebaran buka', today)).toBe('2027-03-12');
    expect(dateOf('open the day after lebaran', today)).toBe('2027-03-11');
    expect(dateOf('two days before eid', today)).toBe('2027-03-08');
    expect(dateOf('satu minggu sebelum lebaran', today)).toBe('2027-03-03');
  });

  it('takes the nearest weekday before or after: "kamis sebelum", "senin setelah", "the monday after"', () => {
    // Lebaran 2027-03-10 is a Wednesday.
    expect(dateOf('kamis sebelum lebaran bisa booking', today)).toBe('2027-03-04');
    expect(dateOf('hari senin setelah lebaran buka', today)).toBe('2027-03-15');
    expect(dateOf('is it open the monday after eid', today)).toBe('2027-03-15');
    expect(dateOf('jumat sesudah lebaran buka', today)).toBe('2027-03-12');
  });

  it('counts the days of a holiday from its first: "hari ketiga lebaran", "lebaran hari ke 3", "third day of eid"', () => {
    expect(dateOf('hari ketiga lebaran sudah buka', today)).toBe('2027-03-12');
    expect(dateOf('lebaran hari ke 3 buka', today)).toBe('2027-03-12');
    expect(dateOf('hari ke-3 lebaran buka', today)).toBe('2027-03-12');
    expect(dateOf('open on the third day of eid', today)).toBe('2027-03-12');
    expect(dateOf('open on the second day of eid', today)).toBe('2027-03-11');
  });

  it('keeps the holiday\'s own date when nothing is counted: "sebelum lebaran", "habis lebaran", "hari setelah lebaran"', () => {
    expect(dateOf('sebelum lebaran buka', today)).toBe('2027-03-10');
    expect(dateOf('habis lebaran buka kapan', today)).toBe('2027-03-10');
    expect(dateOf('hari setelah lebaran buka', today)).toBe('2027-03-10');
  });
});
