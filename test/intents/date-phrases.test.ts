/**
 * Date and time phrasings chrono-node misread or missed (issue 11, session 8): each describe is one error class with
 * its own rule file. Input is normalised tokens, as the pipeline passes them.
 */
import { describe, expect, it } from 'vitest';

import { extractDateTime } from '../../intents/dates.js';

/** Thursday 10 December 2026, 10:00 WIB. */
const NOW = new Date('2026-12-10T10:00:00+07:00');
const read = (text: string) => {
  const { date, time } = extractDateTime(text.split(' '), NOW, 'Asia/Jakarta');
  return { date, time };
};
const impossible = (text: string) => extractDateTime(text.split(' '), NOW, 'Asia/Jakarta').impossible;

describe('numbers spelled out in a date or time (number-words.ts)', () => {
  it('reads a day said in words, alone or before a month', () => {
    expect(read('booking tanggal dua puluh lima').date).toBe('2026-12-25');
    expect(read('dua puluh satu desember jam sembilan')).toEqual({ date: '2026-12-21', time: '09:00' });
    expect(read('tanggal sebelas januari').date).toBe('2027-01-11');
    expect(read('tanggal lima belas').date).toBe('2026-12-15');
  });

  it('reads a day said digit by digit after "tanggal"', () => {
    expect(read('booking tanggal dua lima').date).toBe('2026-12-25');
  });

  it('says a day no calendar has when it is spelled out', () => {
    expect(impossible('booking tanggal tiga puluh dua')).toEqual({ day: 32, month: null, year: null });
    expect(impossible('tanggal tiga puluh februari')).toEqual({ day: 30, month: 2, year: null });
    expect(impossible('tanggal tiga satu november')).toEqual({ day: 31, month: 11, year: null });
  });

  it('reads "dua hari lagi" as the day after tomorrow', () => {
    expect(read('booking dua hari lagi').date).toBe('2026-12-12');
  });

  it('leaves counts that are no date alone', () => {
    expect(read('saya bawa dua orang anak')).toEqual({ date: null, time: null });
    expect(read('ada tiga puluh orang antre besok').date).toBe('2026-12-11');
  });
});

describe('minutes said around an hour (clock-phrases.ts)', () => {
  it('adds minutes after "lewat"/"lebih" and a quarter', () => {
    expect(read('jam 8 lewat 15').time).toBe('08:15');
    expect(read('jam 9 lebih seperempat besok')).toEqual({ date: '2026-12-11', time: '09:15' });
    expect(read('jam 2 lewat 30 menit').time).toBe('14:30');
  });

  it('takes minutes away after "kurang"', () => {
    expect(read('jam 10 kurang 15 menit').time).toBe('09:45');
    expect(read('jam 8 kurang seperempat').time).toBe('07:45');
    expect(read('jam 1 kurang 15').time).toBe('12:45');
  });

  it('reads the spoken hour and minutes "jam delapan tiga puluh"', () => {
    expect(read('jam delapan tiga puluh').time).toBe('08:30');
    expect(read('pukul sembilan lewat lima belas').time).toBe('09:15');
  });

  it('does not take a count after an hour for minutes', () => {
    expect(read('jam 9 5 orang').time).toBe('09:00');
  });
});

describe('a move said as a range (move-range.ts)', () => {
  it('takes the day moved to, not the day left', () => {
    expect(read('can you move it from monday to friday').date).toBe('2026-12-11');
    expect(read('move my booking from monday to friday please').date).toBe('2026-12-11');
    expect(read('change my booking from 14 december to 16 december').date).toBe('2026-12-16');
  });

  it('keeps the time said with the new day', () => {
    expect(read('please move it from monday to friday 10am')).toEqual({ date: '2026-12-11', time: '10:00' });
  });
});
