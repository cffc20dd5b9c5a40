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

describe('a day and month written as chrono misreads them (day-month-forms.ts)', () => {
  it('reads "15-12" with a dash and no year as a day, not a span of hours', () => {
    expect(read('booking 15-12').date).toBe('2026-12-15');
    expect(read('booking tanggal 1-2').date).toBe('2027-02-01');
    expect(read('booking jam 9-10 besok')).toEqual({ date: '2026-12-11', time: '09:00' });
    expect(read('buka 8-12')).toEqual({ date: null, time: null });
  });

  it('reads English days written month first ("december 15", "dec 15 th"), which chrono.en took for a year', () => {
    expect(read('can i book on december 15').date).toBe('2026-12-15');
    expect(read('dec 15 th at 10 am')).toEqual({ date: '2026-12-15', time: '10:00' });
    expect(read('december 2026').date).toBeNull();
  });

  it('names the month of "tanggal 16 bulan ini"', () => {
    expect(read('booking tanggal 16 bulan ini').date).toBe('2026-12-16');
    expect(read('sudah 3 bulan ini').date).toBeNull();
  });
});

describe('the week named before its day (week-then-weekday.ts)', () => {
  it('takes the weekday of next week, not a week from today', () => {
    expect(read('minggu depan hari rabu').date).toBe('2026-12-16');
    expect(read('pekan depan senin jam 9')).toEqual({ date: '2026-12-14', time: '09:00' });
  });
});

describe('a part of today said with "ini" (period-today.ts)', () => {
  it('is today when nothing else names a day', () => {
    expect(read('booking malam ini').date).toBe('2026-12-10');
    expect(read('mpp sore ini buka sampai jam 4')).toEqual({ date: '2026-12-10', time: '16:00' });
    expect(read('booking siang ini jam 1')).toEqual({ date: '2026-12-10', time: '13:00' });
  });

  it('is no date as a greeting or beside another day', () => {
    expect(read('selamat malam ini saya mau tanya').date).toBeNull();
    expect(read('siang ini mau tanya syarat ktp').date).toBeNull();
    expect(read('sore ini saya mau booking besok').date).toBe('2026-12-11');
    // chrono.id reads "malam ini" as today: the greeting's "ini" is dropped before it sees it
    expect(read('selamat malam ini saya mau booking besok').date).toBe('2026-12-11');
  });
});
