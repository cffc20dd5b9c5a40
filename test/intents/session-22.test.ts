/**
 * Session 22 (issue 11): what a citizen takes back in the same message (intents/taken-back.ts), an office named in full
 * with its town (name-frame.ts), and Javanese of Banyumas, Surabaya and krama (regional.ts, in-context.ts). Probes written
 * for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { type Named, takenBack } from '../../intents/taken-back.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-16T10:00:00+07:00'); // a Tuesday
const read = (text: string) => nlu.understand(text, NOW);

describe('a cancel called off in the same message', () => {
  it.each([
    ['jangan dibatalkan dulu ya, saya cuma mau lihat nomor antrian saya', 'my_booking'],
    ['gak usah dicancel kak, tolong cek kode booking sy aja', 'my_booking'],
    ['tadi sempat minta batal ya? eh jangan, booking saya masih mau dipakai. nomor antrean saya berapa?', 'my_booking'],
    ["please don't cancel it, I only want to see my queue number", 'my_booking'],
  ])('%j is read by what it asks, not as a cancel', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    'jangan dibatalin',
    'batalin booking kk saya ya, ga jadi, ada acara keluarga',
    'tolong batalkan antrian saya besok\nga jadi',
  ])('a cancel repeated or refused alone stays as written: %j', (text) => {
    expect(takenBack(text, () => NOTHING)).toBeNull();
  });

  it('a cancel with its reason after "ga jadi" is still a cancel', () => {
    expect(read('batalin booking kk saya ya, ga jadi, ada acara keluarga').intent).toBe('cancel');
  });
});

describe('a service, day or time replaced', () => {
  it.each([
    ['ga jadi urus paspor, sim aja. syaratnya apa?', 'requirements', 'sim'],
    ['berapa biaya skck? eh bukan, maksudnya biaya akta kelahiran', 'cost', 'akta_lahir'],
    ['bukan soal npwp ya kak, tapi nib. caranya gimana?', 'procedure', 'nib'],
  ])('%j asks about the service it keeps', (text, intent, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, service]);
  });

  it.each([
    ['mau booking kk, jangan yang hari rabu, kamis aja', 'book', '2027-03-18', null],
    ['reschedule antrian paspor saya ke senin ya, ga jadi tanggal 18', 'reschedule', '2027-03-22', null],
    ['booking ktp besok, bukan jam 8 ya, jam 10 aja', 'book', '2027-03-17', '10:00'],
  ])('%j keeps the day or time it moves to', (text, intent, date, time) => {
    const u = read(text);
    expect([u.intent, u.date, u.time]).toEqual([intent, date, time]);
  });

  it.each([
    ['mau booking sim hari kamis jam 9, eh jam 11 aja deh', 'book', '2027-03-18', '11:00'],
    ['ambil antrian paspor hari rabu ya, eh jumat deh', 'book', '2027-03-19', null],
  ])('%j keeps the value said after "eh"', (text, intent, date, time) => {
    const u = read(text);
    expect([u.intent, u.date, u.time]).toEqual([intent, date, time]);
  });

  it('"eh" that only greets or asks again changes nothing', () => {
    expect(takenBack('halo kak, eh kak mau tanya syarat kk', () => NOTHING)).toBeNull();
    expect(takenBack('booking kk besok jam 9, eh jam 9 ya', () => ({ ...NOTHING, time: '09:00' }))).toBeNull();
  });

  it('"jangan" about a day with nothing in its place is read as written', () => {
    expect(takenBack('jangan hari senin ya, ramai', named({ date: '2027-03-22' }))).toBeNull();
  });

  it('a booking word after "ga jadi" is a cancel, not a plan given up', () => {
    expect(read('ga jadi datang besok, tolong hapus booking saya').intent).toBe('cancel');
  });
});

describe('a plan of ones own given up before the question', () => {
  it.each([
    ['ga jadi makan siang dulu deh, nomor antrian saya udah dipanggil belum?', 'my_booking'],
    ['ga jadi ngopi dulu deh, antrean saya sudah sampai nomor berapa?', 'my_booking'],
  ])('%j is read by its question', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('"bukan mau booking, cuma nanya …" is read from what it is, not what it is not', () => {
    expect(takenBack('bukan mau booking kak, cuma nanya biaya sim berapa', () => NOTHING)).toBe('cuma nanya biaya sim berapa');
    expect(takenBack('bukan bikin baru ya, cuma revisi', () => NOTHING)).toBeNull();
  });

  it('a document not done yet is no plan given up', () => {
    expect(takenBack('ktp saya ga jadi-jadi, udah tiga bulan', () => NOTHING)).toBeNull();
  });
});

describe('an office named in full with its town', () => {
  it.each([
    ['Badan Pengelola Keuangan Kota Bitung letaknya sebelah mana?', 'location'],
    ['Pengadilan Negeri Kelas IA Padang besok jam 8 sudah buka belum?', 'hours'],
  ])('%j is a question about a place we do not know', (text, intent) => {
    const u = read(text);
    expect(u.intent).toBe(intent);
    expect(u.unknownPlace ?? u.unknownAgency).not.toBeNull();
  });

  it.each(['kantor PT Angkasa Pura di bandara buka sampai jam berapa', 'sicepat di ruko seberang pasar buka sampai jam berapa'])(
    'a company or a courier shop stays out of scope: %j',
    (text) => {
      expect(read(text).intent).toBe('fallback');
    },
  );
});

describe('Javanese of Banyumas, Surabaya and krama', () => {
  it.each([
    ['kulo nuwun, sugeng enjing', 'greeting'],
    ['nyong pengin takon, mpp kiye bukane dina apa bae?', 'hours'],
    ['koen isok ngewangi opo ae?', 'help'],
    ['menawi badhe ngagem layanan menika kados pundi?', 'help'],
  ])('%j', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('"matur nuwun" is still thanks', () => {
    expect(read('matur nuwun sanget nggih').intent).toBe('thanks');
  });
});

const NOTHING: Named = { service: null, date: null, time: null };
/** A reader that names the date given in any piece holding a weekday, and nothing else. */
function named(found: Partial<Named>): (piece: string) => Named {
  return (piece) => (/senin|selasa|rabu|kamis|jumat/i.test(piece) ? { ...NOTHING, ...found } : NOTHING);
}
