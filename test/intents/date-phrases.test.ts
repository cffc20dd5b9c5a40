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

  it('keeps the day of "16/12 sore" (chrono.id read "12 sore" as noon)', () => {
    expect(read('booking 16/12 sore')).toEqual({ date: '2026-12-16', time: null });
    expect(read('booking 16/12 sore jam 3')).toEqual({ date: '2026-12-16', time: '15:00' });
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
  it('is today beside a clock time when nothing else names a day', () => {
    expect(read('mpp sore ini buka sampai jam 4')).toEqual({ date: '2026-12-10', time: '16:00' });
    expect(read('booking siang ini jam 1')).toEqual({ date: '2026-12-10', time: '13:00' });
  });

  it('is no date as a greeting or beside another day', () => {
    expect(read('selamat malam ini saya mau tanya').date).toBeNull();
    expect(read('mohon maaf mengganggu waktunya pagi ini').date).toBeNull();
    expect(read('siang ini mau tanya syarat ktp').date).toBeNull();
    expect(read('sore ini saya mau booking besok').date).toBe('2026-12-11');
    // chrono.id reads "malam ini" as today: the greeting's "ini" is dropped before it sees it
    expect(read('selamat malam ini saya mau booking besok').date).toBe('2026-12-11');
  });
});

describe('a long letter that moves a booking (move-range.ts, lastMoveBefore)', () => {
  /** Wednesday 3 February 2027, 15:20 WIB. */
  const FEB = new Date('2027-02-03T15:20:00+07:00');
  const readAt = (text: string) => {
    const { date, time } = extractDateTime(text.split(' '), FEB, 'Asia/Jakarta');
    return { date, time };
  };

  it('takes the day after the word of moving, the time before it when only the day changes', () => {
    expect(
      readAt('saya memiliki jadwal antre besok hari kamis pukul 10.00 untuk pengurusan surat pindah namun ada keluarga yang meninggal mohon jadwal saya dapat dipindahkan ke hari senin tanggal 15 februari pada jam yang sama'),
    ).toEqual({ date: '2027-02-15', time: '10:00' });
  });

  it('takes the time after it and the day before it when only the time changes', () => {
    expect(readAt('sudah terdaftar tanggal 9 februari pukul 13.00 berhubung siang hari saya mengantar istri apa bisa dipindah ke pagi hari pada tanggal yang sama sekitar pukul 08.00')).toEqual({
      date: '2027-02-09',
      time: '08:00',
    });
  });

  it('reads English the same way', () => {
    expect(readAt('we have an appointment at the mpp this friday to register our baby birth certificate but my husband has to work is it possible to move it to next monday at 9 in the morning')).toEqual({
      date: '2027-02-08',
      time: '09:00',
    });
  });

  it('moves nothing when the word of moving says nowhere to', () => {
    expect(readAt('i have a queue number for tomorrow at 8 am but my flight was change and i am leave tonight please cancel it')).toEqual({ date: '2027-02-04', time: '08:00' });
  });
});

describe('a weekday with an English ordinal (day-month-forms.ts weekdayWithOrdinal)', () => {
  it('reads "thursday the 7 th of january" as one day, not the coming Thursday', () => {
    expect(read('would it be possible to move it to thursday the 7 th of january instead').date).toBe('2027-01-07');
  });
});

describe('a day said as a limit (deadline-day.ts)', () => {
  const FEB = new Date('2027-02-03T15:20:00+07:00');
  const dateAt = (text: string) => extractDateTime(text.split(' '), FEB, 'Asia/Jakarta').date;

  it('gives way to the day asked about, even past the first window', () => {
    expect(dateAt('i am only home until sunday i need a new skck for my work visa renewal is the mpp open this friday afternoon')).toBe('2027-02-05');
    expect(dateAt('saya cuma cuti sampai hari sabtu, jumat bisa booking?')).toBe('2027-02-05');
  });

  it('is the date when it is the only day named', () => {
    expect(dateAt('mpp buka sampai hari sabtu')).toBe('2027-02-06');
  });
});

describe('a weekday said before "besok" (dates.ts WEEKDAY_SOON)', () => {
  it('is that weekday, as "besok senin" is', () => {
    // Saturday 26 December 2026: tomorrow is a Sunday
    const SAT = new Date('2026-12-26T10:05:00+07:00');
    expect(extractDateTime('mpp buka tidak senin besok'.split(' '), SAT, 'Asia/Jakarta').date).toBe('2026-12-28');
    expect(extractDateTime('jumat besok jam 9'.split(' '), SAT, 'Asia/Jakarta').date).toBe('2027-01-01');
  });
});

describe('English clock phrases (clock-phrases.ts) and a weekday with a bare ordinal', () => {
  it('reads quarter and half hours and noon', () => {
    expect(read('book at quarter past 9 tomorrow')).toEqual({ date: '2026-12-11', time: '09:15' });
    expect(read('book at half past 10 on friday').time).toBe('10:30');
    expect(read('quarter to 10').time).toBe('09:45');
    expect(read('can i book tomorrow at noon')).toEqual({ date: '2026-12-11', time: '12:00' });
  });

  it('reads "friday the 18 th" as the 18th, not the coming Friday', () => {
    expect(read('book on friday the 18 th').date).toBe('2026-12-18');
  });
});

describe('"malam <day>" is the evening before (dates.ts NIGHT_BEFORE)', () => {
  it('reads "malam minggu" as Saturday night and leaves "senin malam" alone', () => {
    expect(read('malam minggu buka').date).toBe('2026-12-12');
    expect(read('malam jumat jam 7')).toEqual({ date: '2026-12-10', time: '19:00' });
    expect(read('senin malam').date).toBe('2026-12-14');
  });
});

describe('a part of a month said instead of a day (month-part.ts, session 9)', () => {
  it('reads the start, middle and end of this, next or a named month', () => {
    expect(read('booking akhir bulan bisa').date).toBe('2026-12-31');
    expect(read('booking awal bulan depan').date).toBe('2027-01-01');
    expect(read('akhir bulan depan mpp buka').date).toBe('2027-01-31');
    expect(read('tolong jadwalkan saya pertengahan januari').date).toBe('2027-01-15');
    // "awal bulan" on the 10th: the next 1st
    expect(read('mau daftar awal bulan').date).toBe('2027-01-01');
  });

  it('leaves a part of a month already past (a story) and a month gone', () => {
    expect(read('suami saya berpulang pada awal bulan ini').date).toBeNull();
    expect(read('saya mengajukan sejak awal bulan lalu').date).toBeNull();
  });
});

describe('a move to a bare number after "ke" (move-range.ts nameMoveTarget, session 9)', () => {
  it('takes the day or hour moved to', () => {
    expect(read('mau pindah dari tanggal 14 ke 16').date).toBe('2026-12-16');
    expect(read('pindah booking dari tanggal 18 ke 19 jam 10')).toEqual({ date: '2026-12-19', time: '10:00' });
    expect(read('tolong geser jam 9 ke 10 besok')).toEqual({ date: '2026-12-11', time: '10:00' });
  });

  it('leaves two days asked about without a move', () => {
    expect(read('tanggal 14 ke 16 mpp libur').date).toBe('2026-12-14');
  });
});

describe('a part of the day said before the hour (dates.ts PERIOD_BEFORE_CLOCK, session 9)', () => {
  it('reads the hour in that part of the day', () => {
    expect(read('perpanjang sim tanggal 29 siang jam 1')).toEqual({ date: '2026-12-29', time: '13:00' });
    expect(read('booking kamis sore pukul 3.30').time).toBe('15:30');
  });

  it('keeps a morning hour a morning hour', () => {
    expect(read('besok pagi jam 9 bisa booking')).toEqual({ date: '2026-12-11', time: '09:00' });
  });
});

describe('the hour named past the first window of a long letter (dates.ts withLaterTime, session 9)', () => {
  const letter = (tail: string): string =>
    `selamat pagi saya hanya bisa datang besok pagi sebelum mulai kerja karena itu mohon kiranya saya dapat didaftarkan antre samsat ${tail} terima kasih`;

  it('takes the hour said later for the same day', () => {
    expect(read(letter('untuk besok pukul 08.00'))).toEqual({ date: '2026-12-11', time: '08:00' });
  });

  it('not an hour said for another day', () => {
    expect(read(letter('atau lusa pukul 10.00'))).toEqual({ date: '2026-12-11', time: null });
  });
});

describe('a weekday with an ordinal and no month (day-month-forms.ts weekdayWithOrdinal, session 9)', () => {
  it('reads the day number, not the coming weekday', () => {
    expect(read('can we do friday the 18 th instead').date).toBe('2026-12-18');
    expect(read('thursday the 7 th of january').date).toBe('2027-01-07');
  });

  it('reads a weekday with a bare ordinal as that day, not a clock time', () => {
    expect(read('book for friday 18 th at 10.30')).toEqual({ date: '2026-12-18', time: '10:30' });
    expect(read('book for friday at 10.30')).toEqual({ date: '2026-12-11', time: '10:30' });
  });
});

describe('a place named for its market day (market-day.ts, session 9)', () => {
  it('reads no day in "pasar minggu", "pasar rebo"', () => {
    expect(read('kantor kelurahan pasar minggu dimana ya').date).toBeNull();
    expect(read('mpp pasar rabu buka jam berapa').date).toBeNull();
  });

  it('keeps a day said with "hari" after the market', () => {
    expect(read('ke pasar hari minggu').date).toBe('2026-12-13');
  });
});

describe('"nanti sore" beside a clock time is today (period-today.ts, session 9)', () => {
  it('reads later today', () => {
    expect(read('saya mau datang nanti sore jam 3')).toEqual({ date: '2026-12-10', time: '15:00' });
  });

  it('names no day without a clock time', () => {
    expect(read('nanti sore saya kabari lagi').date).toBeNull();
  });
});

describe('English hours spelled out (number-words.ts englishHoursToDigits, session 9)', () => {
  it('reads an hour word where it is a clock time', () => {
    expect(read('book tomorrow at nine am')).toEqual({ date: '2026-12-11', time: '09:00' });
    expect(read('can i come in at half past nine tomorrow')).toEqual({ date: '2026-12-11', time: '09:30' });
    expect(read('book friday at ten')).toEqual({ date: '2026-12-11', time: '10:00' });
  });

  it('leaves a number word that is no time', () => {
    expect(read('at one point tomorrow the queue stopped').time).toBeNull();
    expect(read('two people tomorrow').time).toBeNull();
  });
});
