/**
 * Session 45 (issue 11): staff chatting instead of serving, the counter one waits at naming the service of a question asked
 * from the queue, today's date without a year, and a booking code with a space for its dash. Probes written for these checks, not taken from any measuring or dev set; each failed before this
 * session's rule, except the readings that must stay as they were.
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { findBookingCode } from '../../intents/answers.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-03-01T10:15:00+08:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Makassar', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('staff chatting instead of serving', () => {
  it('is a complaint, in Indonesian and in Makassar chat', () => {
    expect(read('petugasnya asik ngobrol terus, antrian ga jalan').intent).toBe('complaint');
    expect(read('ededeh, pegawainya cerita terus ji, kita menunggu dari tadi').intent).toBe('complaint');
  });

  it('leaves a wish to talk with staff to a person', () => {
    expect(read('ada petugas yg bisa diajak ngobrol langsung?').intent).toBe('human');
  });
});

describe('a question from the queue', () => {
  it('takes the service from the counter one waits at when the question names none', () => {
    expect(read('nomor antrian saya berapa ya? sy udah di depan loket paspor')).toMatchObject({ intent: 'my_booking', service: 'paspor' });
  });

  it('keeps the question\'s own service, and names none when neither says one', () => {
    expect(read('loket kk di lantai berapa? aku udah di depan loket paspor')).toMatchObject({ intent: 'location', service: 'kk' });
    expect(read('masih buka ga? aku udah di parkiran').service).toBeNull();
  });
});

describe("today's day and month, written without a year", () => {
  const monday = new Date('2026-11-23T08:00:00+07:00');
  const jakarta = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });

  it('is today, not the same day next year', () => {
    expect(jakarta.understand('booking kk 23/11 jam 10', monday)).toMatchObject({ date: '2026-11-23', time: '10:00' });
    expect(jakarta.understand('booking kk 23 november jam 10', monday).date).toBe('2026-11-23');
  });

  it('leaves a day already past to next year, and a year written as written', () => {
    expect(jakarta.understand('booking kk 22/11 jam 10', monday).date).toBe('2027-11-22');
    expect(jakarta.understand('booking kk 23/11/2027 jam 10', monday).date).toBe('2027-11-23');
  });
});

describe('a booking code with a space for its dash', () => {
  it('is read when written in capitals or with a digit, and a word after "ly" is not', () => {
    expect(findBookingCode('cek booking LY WVGFD')?.code).toBe('LY-WVGFD');
    expect(findBookingCode('cek booking ly he4n7')?.code).toBe('LY-HE4N7');
    expect(findBookingCode('cek dong kode booking saya LY tujuh delapan dua')).toBeNull();
    expect(read('cek booking LY WVGFD')).toMatchObject({ intent: 'my_booking', bookingCode: 'LY-WVGFD' });
  });
});
