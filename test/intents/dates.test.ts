/** Dates and times in the MPP's zone, relative to a fixed `now`. Input is normalised tokens, as the pipeline passes them. */
import { describe, expect, it } from 'vitest';

import { extractDateTime, zoneOffsetMinutes } from '../../intents/dates.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

/** Monday 23 November 2026, 10:00 WIB (03:00 UTC). */
const NOW = new Date('2026-11-23T10:00:00+07:00');
/** The day and time only: `dateFromWords` has tests of its own below. */
const read = (text: string, now = NOW, zone = 'Asia/Jakarta') => {
  const { date, time } = extractDateTime(text.split(' '), now, zone);
  return { date, time };
};

describe('days in field messages (dev set 6)', () => {
  it('"besok senin" is the coming Monday, not tomorrow (Javanese "mbenjing senen")', () => {
    expect(read('besok senin saya mau urus bpjs').date).toBe('2026-11-30');
    expect(read('lusa hari kamis bisa booking').date).toBe('2026-11-26');
    expect(read('besok selasa').date).toBe('2026-11-24');
  });

  it('"pagi hari senin" keeps its day (chrono.id merges the period and drops the weekday)', () => {
    expect(read('saya mau slot paling pagi hari senin untuk samsat').date).toBe('2026-11-30');
    expect(read('sore hari jumat jam 3')).toEqual({ date: '2026-11-27', time: '15:00' });
  });

  it('reads English dates with a full month name, and "on the 18th" without one as the next 18th', () => {
    expect(read('pls reschedule my passport appointment to 28 december').date).toBe('2026-12-28');
    expect(read('mau book antre for skck on the 18 th jam 9')).toEqual({ date: '2026-12-18', time: '09:00' });
    expect(read('on the 2 nd of december').date).toBe('2026-12-02');
  });

  it('"rb" after a day frame is Wednesday, after a number a thousand', () => {
    const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
    expect(nlu.understand('ganti jdwl antrn ke rb', NOW).date).toBe('2026-11-25');
    expect(nlu.understand('pndh jdwl k hr rb', NOW).date).toBe('2026-11-25');
    expect(nlu.understand('biaya skck 30 rb ya', NOW).date).toBeNull();
  });

  it('an age or a count in a long letter does not push the day out of the window', () => {
    const letter =
      'assalamualaikum selamat pagi saya pak usman 60 tahun sopir angkot mohon maaf merepotkan saya ingin mengambil nomor antre untuk perpanjangan sim b1 umum besok hari sabtu pukul delapan pagi mohon dibantu';
    expect(read(letter)).toEqual({ date: '2026-11-28', time: '08:00' });
  });

  it('says whether the day came from words or from numbers', () => {
    expect(extractDateTime(['besok'], NOW, 'Asia/Jakarta').dateFromWords).toBe(true);
    expect(extractDateTime('hari minggu'.split(' '), NOW, 'Asia/Jakarta').dateFromWords).toBe(true);
    expect(extractDateTime('tanggal 25 desember'.split(' '), NOW, 'Asia/Jakarta').dateFromWords).toBe(false);
  });
});

describe('days no calendar has (issue 11, field test)', () => {
  const impossible = (text: string, now = NOW) => extractDateTime(text.split(' '), now, 'Asia/Jakarta').impossible;

  it('names the day and month it saw, and finds no date in them', () => {
    expect(impossible('booking kk tanggal 32')).toEqual({ day: 32, month: null, year: null });
    expect(impossible('tanggal 30 februari')).toEqual({ day: 30, month: 2, year: null });
    expect(impossible('31 nov')).toEqual({ day: 31, month: 11, year: null });
    expect(impossible('book npwp on the 31 november')).toEqual({ day: 31, month: 11, year: null });
    expect(impossible('february 30')).toEqual({ day: 30, month: 2, year: null });
    expect(read('tanggal 30 februari').date).toBeNull();
  });

  it('"29 februari" is impossible in the year it would fall in when that year has none, and a day in a leap year', () => {
    expect(impossible('29 februari')).toEqual({ day: 29, month: 2, year: 2027 });
    expect(impossible('29 februari 2028')).toBeNull();
    expect(read('29 februari 2028').date).toBe('2028-02-29');
    expect(impossible('29 februari', new Date('2028-01-10T10:00:00+07:00'))).toBeNull();
    // Once 29 February 2028 has passed, the next one read forward is 2029's, which does not exist.
    expect(impossible('29 februari', new Date('2028-03-01T10:00:00+07:00'))).toEqual({ day: 29, month: 2, year: 2029 });
  });

  it('says nothing of numbers that are no day, or when a real date is named too', () => {
    expect(impossible('tanggal 31')).toBeNull();
    expect(impossible('antre untuk the 100 people')).toBeNull();
    expect(impossible('mei 50 orang')).toBeNull();
    expect(impossible('tanggal 30 februari atau besok')).toBeNull();
  });

  it('reaches the understanding (an optional field: other fields unchanged)', () => {
    const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
    expect(nlu.understand('booking kk tgl 32', NOW)).toMatchObject({ service: 'kk', date: null, impossibleDate: { day: 32, month: null, year: null } });
    expect(nlu.understand('booking kk tgl 1 desember', NOW)).toMatchObject({ date: '2026-12-01', impossibleDate: null });
    // To the classifier it is still a day: the same intent as with a real one.
    expect(nlu.understand('ganti jadwal ke tanggal 31 november', NOW).intent).toBe(nlu.understand('ganti jadwal ke tanggal 30 november', NOW).intent);
  });
});

describe('days in field messages (dev set 7)', () => {
  it.each([
    'buka senin sampai jumat jam berapa',
    'senin s di jumat buka',
    'senin jumat buka',
    'are you open from monday through friday',
    'are you open monday to friday',
  ])('a span of weekdays names no day: "%s"', (text) => {
    expect(extractDateTime(text.split(' '), NOW, 'Asia/Jakarta')).toMatchObject({ date: null, daySpan: true });
  });

  it('a working week in a letter does not hide the day asked about', () => {
    expect(read('saya bekerja dari senin sampai jumat sehingga sulit datang apa mpp buka pada hari sabtu tanggal 5 desember').date).toBe('2026-12-05');
  });

  it('keeps days that are no span: a move, and "minggu depan"', () => {
    expect(extractDateTime('can you move it from monday to friday'.split(' '), NOW, 'Asia/Jakarta')).toMatchObject({ daySpan: false });
    expect(read('booking senin minggu depan').date).toBe('2026-11-30');
  });

  it('the normaliser splits "senin-jumat" into two days, and the question stays about opening hours', () => {
    const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
    const u = nlu.understand('senin-jumat buka jam berapa', NOW);
    expect(u.date).toBeNull();
    expect(u.intent).toBe('hours');
  });

  it('"the day after tomorrow" is lusa, not tomorrow', () => {
    expect(read('mau book paspor the day after tomorrow jam 8')).toEqual({ date: '2026-11-25', time: '08:00' });
  });
});

describe('days', () => {
  it.each([
    ['besok', '2026-11-24'],
    ['lusa', '2026-11-25'],
    ['hari ini', '2026-11-23'],
    ['kamis', '2026-11-26'],
    ['hari jumat', '2026-11-27'],
    ['senin', '2026-11-30'],
    ['senin depan', '2026-11-30'],
    ['minggu depan', '2026-11-30'],
    ['tanggal 1 desember', '2026-12-01'],
    ['27/11', '2026-11-27'],
    ['tanggal 5', '2026-12-05'],
    ['tanggal 25', '2026-11-25'],
    ['tanggal 23', '2026-11-23'],
    ['tomorrow', '2026-11-24'],
    ['next monday', '2026-11-30'],
    ['dec 1', '2026-12-01'],
  ])('%s → %s', (text, date) => {
    expect(read(text)).toEqual({ date, time: null });
  });

  it('reads January to March in English too, with or without "of" (their names were no month words)', () => {
    expect(read('tanggal 5 march').date).toBe('2027-03-05');
    expect(read('on the 18 th of january').date).toBe('2027-01-18');
  });

  it('a bare "minggu" is Sunday, a counted or relative one is a week', () => {
    expect(read('booking npwp minggu jam 9')).toEqual({ date: '2026-11-29', time: '09:00' });
    expect(read('minggu buka tidak').date).toBe('2026-11-29');
    expect(read('hari minggu').date).toBe('2026-11-29');
    expect(read('minggu depan').date).toBe('2026-11-30');
    expect(read('sudah 2 minggu belum jadi').date).toBeNull();
  });

  it('a bare "tanggal 31" skips months without a 31st', () => {
    expect(read('tanggal 31', new Date('2026-11-05T10:00:00+07:00')).date).toBe('2026-12-31');
    expect(read('tanggal 31', new Date('2027-02-05T10:00:00+07:00')).date).toBe('2027-03-31');
  });

  it('asked in late December, January means next year and a passed December day rolls a year on', () => {
    const december = new Date('2026-12-28T10:00:00+07:00');
    expect(read('tanggal 2 januari', december).date).toBe('2027-01-02');
    expect(read('2/1', december).date).toBe('2027-01-02');
    expect(read('tanggal 5', december).date).toBe('2027-01-05');
    expect(read('tanggal 30 desember', december).date).toBe('2026-12-30');
    expect(read('tanggal 20 desember', december).date).toBe('2027-12-20');
  });
});

describe('times', () => {
  it.each([
    ['jam 9', '09:00'],
    ['jam 2 siang', '14:00'],
    ['jam 3 sore', '15:00'],
    ['setengah 10', '09:30'],
    ['jam setengah 10', '09:30'],
    ['pukul 13.00', '13:00'],
    ['jam 14.30', '14:30'],
    ['jam 8.30', '08:30'],
    ['jam sembilan', '09:00'],
    ['at 9 am', '09:00'],
    ['at 2 pm', '14:00'],
  ])('%s → %s', (text, time) => {
    expect(read(text).time).toBe(time);
  });

  it.each([
    ['jam 1', '13:00'],
    ['jam 2', '14:00'],
    ['jam 5', '17:00'],
  ])('office hours: a bare %s is %s', (text, time) => {
    expect(read(text).time).toBe(time);
  });

  it('"jam 5 pagi" stays in the morning', () => {
    expect(read('jam 5 pagi').time).toBe('05:00');
  });

  it('"pagi" alone is a period, not 06:00', () => {
    expect(read('besok pagi')).toEqual({ date: '2026-11-24', time: null });
  });

  it('a time alone names no day', () => {
    expect(read('jam 9')).toEqual({ date: null, time: '09:00' });
  });

  it('"sekarang" is no requested slot', () => {
    expect(read('sekarang masih buka')).toEqual({ date: null, time: null });
  });

  it('a duration is no time', () => {
    expect(read('sudah tunggu 3 jam')).toEqual({ date: null, time: null });
  });

  it('reads day and time together', () => {
    expect(read('besok jam 9')).toEqual({ date: '2026-11-24', time: '09:00' });
    expect(read('besok siang jam 1')).toEqual({ date: '2026-11-24', time: '13:00' });
    expect(read('tanggal 27/11 jam 1')).toEqual({ date: '2026-11-27', time: '13:00' });
    expect(read('tomorrow at 9 am')).toEqual({ date: '2026-11-24', time: '09:00' });
    expect(read('dec 1 at 2 pm')).toEqual({ date: '2026-12-01', time: '14:00' });
  });

  it('a bare "minggu" next to a clock time is Sunday, not "week"', () => {
    expect(read('booking npwp minggu jam 9')).toEqual({ date: '2026-11-29', time: '09:00' });
    expect(read('minggu pukul 10')).toEqual({ date: '2026-11-29', time: '10:00' });
    expect(read('hari minggu jam 9')).toEqual({ date: '2026-11-29', time: '09:00' });
    // Still a week: after a number, or with depan / ini.
    expect(read('minggu depan jam 9')).toEqual({ date: '2026-11-30', time: '09:00' });
    expect(read('2 minggu lagi jam 9').date).not.toBe('2026-11-29');
  });

  it('ignores messages without date words', () => {
    expect(read('syarat bikin kk')).toEqual({ date: null, time: null });
    expect(read('jam buka')).toEqual({ date: null, time: null });
  });
});

describe('time zones', () => {
  it('uses the fixed Indonesian offsets', () => {
    expect(zoneOffsetMinutes('Asia/Jakarta', NOW)).toBe(420);
    expect(zoneOffsetMinutes('Asia/Pontianak', NOW)).toBe(420);
    expect(zoneOffsetMinutes('Asia/Makassar', NOW)).toBe(480);
    expect(zoneOffsetMinutes('Asia/Jayapura', NOW)).toBe(540);
    expect(zoneOffsetMinutes('Europe/Amsterdam', NOW)).toBe(60);
  });

  it('"besok" is the next day in the MPP zone, not in UTC', () => {
    // 23:30 WITA on the 23rd is 15:30 UTC the same day; at 00:30 WITA on the 24th it is still the 23rd in UTC.
    expect(read('besok', new Date('2026-11-23T23:30:00+08:00'), 'Asia/Makassar').date).toBe('2026-11-24');
    expect(read('besok', new Date('2026-11-24T00:30:00+08:00'), 'Asia/Makassar').date).toBe('2026-11-25');
    expect(read('hari ini', new Date('2026-11-24T00:30:00+08:00'), 'Asia/Makassar').date).toBe('2026-11-24');
  });

  it('times are read and written in WITA for an MPP in Makassar', () => {
    const wita = createNlu(fixtureCatalog, { timeZone: 'Asia/Makassar' });
    const u = wita.understand('booking ktp besok jam 9', new Date('2026-11-24T00:30:00+08:00'));
    expect(u).toMatchObject({ date: '2026-11-25', time: '09:00' });
  });

  it('WIT (Jayapura) too', () => {
    expect(read('lusa jam 10', new Date('2026-11-23T23:50:00+09:00'), 'Asia/Jayapura')).toEqual({ date: '2026-11-25', time: '10:00' });
  });
});

describe('a move names two days', () => {
  it('takes the day the booking moves to, not the one it leaves', () => {
    expect(read('semula hari jumat bisa dipindah ke hari selasa')).toEqual({ date: '2026-11-24', time: null });
    expect(read('ganti dari senin jadi rabu jam 10')).toEqual({ date: '2026-11-25', time: '10:00' });
  });

  it('keeps the destination in a long letter whose first date is far before it', () => {
    const letter =
      'jadwal antre saya untuk urus kk semula hari kamis namun ternyata saya ada keperluan keluarga di luar kota apa bisa dipindah ke hari senin tanggal 30 november pukul 09.00';
    expect(read(letter)).toEqual({ date: '2026-11-30', time: '09:00' });
  });
});

describe('session 13 (dev sets 24, 31, 33, 36)', () => {
  const now = new Date('2027-04-27T09:50:00+07:00'); // a Tuesday
  const read = (text: string) => {
    const { date, time } = extractDateTime(text.split(' '), now, 'Asia/Jakarta');
    return `${date ?? '-'} ${time ?? '-'}`;
  };
  it('reads "setengah 1" as half past twelve, not half past midnight', () => {
    expect(read('selasa jam setengah 1 sudah selesai istirahat')).toBe('2027-05-04 12:30');
    expect(read('jam setengah 2')).toBe('- 13:30');
  });
  it('reads a part of the day before "besok": "yang paling pagi besok"', () => {
    expect(read('antre yang paling pagi besok')).toBe('2027-04-28 -');
    expect(read('sore lusa bisa')).toBe('2027-04-29 -');
  });
});
