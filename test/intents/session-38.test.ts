/**
 * Session 38 (issue 11), dev sets 279–290: "ini hari" for today; what the bot can do, announcements sent and an agency's desk
 * asked in English; what an office serves; complaints said as being toyed with, "ngenes", "teu dihargaan" and "is this what
 * public service is?"; lateness asked of one's own or a relative's booking; the NLU's report that a message names one's own
 * booking (Understanding.ownBooking). Probes written for these checks, not taken from any measuring or dev set; each one read
 * as understood failed before this session's rules (the undated ones guard the bounds of "ini hari").
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jayapura' });
const NOW = new Date('2027-02-24T10:30:00+09:00'); // a Wednesday
const read = (text: string) => nlu.understand(text, NOW);
const intentOf = (text: string): string => read(text).intent;

describe('today in the east\'s word order', () => {
  it('reads "ini hari" at the end or before what is asked of the day as today', () => {
    expect(read('ini hari masih buka kah kantornya?').date).toBe('2027-02-24');
    expect(read('loket samsat tutup jam berapa ini hari').date).toBe('2027-02-24');
  });

  it('leaves "ini hari apa" and "ini hari libur?" undated', () => {
    expect(read('ini hari apa ya sekarang').date).toBeNull();
    expect(read('apakah ini hari libur nasional?').date).toBeNull();
  });
});

describe('sure phrases', () => {
  it('reads what the bot can do, asked in English, as help', () => {
    expect(intentOf('what can you do? are you an AI?')).toBe('help');
  });

  it('reads announcements asked to be sent as subscribe, unless stopped', () => {
    expect(intentOf('could I receive alerts when the mall closes suddenly?')).toBe('subscribe');
    expect(intentOf('please stop, I do not want to receive updates anymore')).not.toBe('subscribe');
  });

  it('reads what an office serves, and an agency\'s desk here, as list_services', () => {
    expect(intentOf('kantor MPP Tual layani apa aja e?')).toBe('list_services');
    expect(intentOf('does Bapanas have a counter here? my boss asked')).toBe('list_services');
  });

  it('reads being toyed with, "ngenes", "teu dihargaan" and "is this what service is?" as complaints', () => {
    expect(intentOf('terus terang kami sekeluarga merasa dipermainkan soal berkas akta')).toBe('complaint');
    expect(intentOf('ngenes tenan, antri ket isuk durung diceluk')).toBe('complaint');
    expect(intentOf('abdi asa teu dihargaan ku nu di loket, naros sae2 oge')).toBe('complaint');
    expect(intentOf('nunggu dari jam 7 belum dipanggil, emang gini ya pelayanan di mpp?')).toBe('complaint');
  });
});

describe('one\'s own booking', () => {
  it('reads lateness asked of one\'s own or a relative\'s booking as my_booking', () => {
    expect(intentOf('bapak saya telat 20 menit, jadwalnya masih berlaku kah?')).toBe('my_booking');
    expect(intentOf('my mum is running late, is her appointment still valid?')).toBe('my_booking');
  });

  it('says on the understanding when the message names the citizen\'s own booking', () => {
    expect(read('nomor antrianku jam berapa dipanggil?').ownBooking).toBe(true);
    expect(read('is my appointment tomorrow still on?').ownBooking).toBe(true);
    expect(read('mpp buka jam berapa?').ownBooking).toBeUndefined();
  });
});

describe('Christmas listed a year on', () => {
  const closures = [
    { date: '2026-12-25', reason: { id: 'Hari Raya Natal', en: 'Christmas Day' } },
    { date: '2027-12-25', reason: { id: 'Kelahiran Yesus Kristus (Natal)', en: 'Christmas Day' } },
  ];
  const later = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures });
  const boxingDay = new Date('2026-12-26T09:00:00+07:00');

  it('reads the days after the Christmas just past, not next year\'s', () => {
    expect(later.understand('kantor buka lagi kapan sesudah libur natal?', boxingDay).date).toBe('2026-12-25');
  });

  it('never reads a vowel-less "ntrn" as "nataru" (Christmas and New Year)', () => {
    expect(later.understand('cek ntrn sy no brp ya', boxingDay).date).toBeNull();
  });
});
