/**
 * Session 32 (issue 11), dev sets 187–194 and the field's own misreadings: words of another domain (a hospital's patients and
 * medicine, travel, food, shops and money) put a message out of scope when it names no service of ours, and leave alone the
 * messages of ours that mention them; phrases that say what is wanted, round 3. Probes written for these checks, not taken
 * from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-15T10:10:00+07:00'); // a Monday morning
const intentOf = (text: string): string => nlu.understand(text, NOW).intent;

describe('words of another domain', () => {
  it('put a visit, a wait, a refund or a grievance elsewhere out of scope, however much it sounds like ours', () => {
    expect(intentOf('jadwal ke dokter gigi saya kelewat, bisa dipindah ke kamis?')).toBe('fallback');
    expect(intentOf('antri di teller dari pagi belum dipanggil juga, kesel')).toBe('fallback');
    expect(intentOf('nomor antrian di teller kok lama banget dipanggil')).toBe('fallback');
    expect(intentOf('bot ini bisa bantu urus refund belanja online saya?')).toBe('fallback');
    expect(intentOf('jadwal kapal pelni ke surabaya minggu depan hari apa')).toBe('fallback');
    expect(intentOf('kurs dolar hari ini berapa')).toBe('fallback');
    expect(intentOf('tadi dapat sms menang undian mobil, disuruh bayar pajak dulu, ini resmi ga?')).toBe('fallback');
  });

  it('leave a service of ours alone, whatever reason or errand is told beside it', () => {
    expect(intentOf('syarat skck buat daftar jadi perawat di rumah sakit apa aja')).toBe('requirements');
    expect(intentOf('batalin antrian ktp saya besok ya, harus antar ibu ke poli jantung')).toBe('cancel');
  });

  it('leave the hospital as a landmark alone', () => {
    expect(intentOf('mpp masuk lewat gerbang rsud atau jalan samping?')).toBe('location');
  });
});

describe('a phrase that says what is wanted, round 3', () => {
  it('hears being called after a later number as a complaint, with no word of complaining', () => {
    expect(intentOf('nomor 30 udah dipanggil duluan padahal saya 21, kok gitu ya')).toBe('complaint');
  });

  it('takes a queue wanted to skip the wait as a booking, not a complaint about waiting', () => {
    expect(intentOf('mau ngantri online aja biar ga lama nunggu di sana, buat ktp ya min')).toBe('book');
  });

  it('leaves a grievance at one\'s turn a complaint and a question about the bot help', () => {
    expect(intentOf('dari pagi ngantri terus pas giliran saya dibilang berkasnya kurang, padahal kemarin ga disebut')).toBe('complaint');
    expect(intentOf('suami saya baru pensiun, sekarang saya yang ngurus semua. nomor ini bisa bantu apa aja ya')).toBe('help');
  });
});

describe('an ordinal written joined', () => {
  it('keeps the day of "lebaran hari ke2", as "ke-2" already did', () => {
    const lebaranNow = new Date('2027-03-01T09:00:00+07:00');
    const closures = [
      { date: '2027-03-10', reason: { id: 'Hari Raya Idul Fitri 1448 H', en: 'Eid al-Fitr' } },
      { date: '2027-03-11', reason: { id: 'Hari Raya Idul Fitri 1448 H (hari kedua)', en: 'Eid al-Fitr (second day)' } },
    ];
    const withLebaran = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures });
    expect(withLebaran.understand('lebaran hari ke2 udah buka blm ya', lebaranNow)).toMatchObject({ intent: 'hours', date: '2027-03-11' });
    expect(withLebaran.understand('lebaran hari ke-2 udah buka blm ya', lebaranNow)).toMatchObject({ intent: 'hours', date: '2027-03-11' });
  });
});
