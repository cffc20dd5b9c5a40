/**
 * Session 24 (issue 11): a service, day or time corrected as the citizen types (corrected-value.ts), as blind set 25's
 * lean asks: "ktp eh maksudnya kk", "jam sepuluh eh jam sebelas aja", "kamis, eh tidak jadi, jumat saja", "sorry I mean".
 * Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { correctedValue } from '../../intents/corrected-value.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-16T10:00:00+07:00'); // a Tuesday
const read = (text: string) => nlu.understand(text, NOW);

describe('a value corrected as one types', () => {
  it.each([
    ['biaya bikin paspor eh maksudnya skck brp ya', 'cost', 'skck'],
    ['persyaratan ktp, eh maaf, maksud saya kartu keluarga, apa saja?', 'requirements', 'kk'],
    ['how long does the passport take sorry I mean the police certificate', 'duration', 'skck'],
    ['berapa lama bikin npwp eh bukan npwp maksud saya nib', 'duration', 'nib'],
  ])('%j asks about the service corrected to', (text, intent, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, service]);
  });

  it.each([
    ['booking sim hari kamis eh jumat deh', '2027-03-19', null],
    ['mau antri kk besok jam delapan eh jam sembilan aja', '2027-03-17', '09:00'],
    ['daftar skck tanggal dua puluh, eh tidak jadi, tanggal dua puluh dua saja', '2027-03-22', null],
  ])('%j books the day and time corrected to', (text, date, time) => {
    const u = read(text);
    expect([u.intent, u.date, u.time]).toEqual(['book', date, time]);
  });

  it('adding is not correcting: both stay asked and the first service is kept', () => {
    expect(read('syarat ktp eh sama kk juga apa aja').service).toBe('ktp');
  });

  it('"X, I mean, not Y" keeps X', () => {
    expect(read('do you do building permits here? pbg i mean, not pbb').service).toBe('pbg');
  });

  it('a remark after a question is not a correction', () => {
    expect(correctedValue('nyepi buka? eh itu hari selasa ya', () => ({ service: null, date: '2027-03-09', time: null }))).toBeNull();
  });

  it('a day after "eh" corrects no time: the kinds differ', () => {
    const u = read('booking ktp jam 9 eh besok ya');
    expect([u.date, u.time]).toEqual(['2027-03-17', '09:00']);
  });
});

describe('the value refused said again before the one meant', () => {
  it.each([
    ['berapa biaya paspor eh bukan paspor maksudnya skck', 'skck'],
    ['cek booking sim eh bukan sim tapi samsat', 'samsat'],
    ['syarat kia anak saya eh bukan kia, akta lahir maksudnya', 'akta_lahir'],
  ])('%j is about the service meant', (text, service) => {
    expect(read(text).service).toBe(service);
  });

  it('a day refused and said again: the day after it', () => {
    expect(read('pindahin booking saya ke besok eh jangan besok jumat aja').date).toBe('2027-03-19');
  });
});

describe('where a pasted text came from', () => {
  it.each([
    ['Info dari grup RT: besok ada kerja bakti di balai desa. jam berapa ya min', 'fallback'],
    ['info grp arisan: syarat skck skrg wajib bawa kk asli. bener ga min?', 'requirements'],
    ['Status WA tetangga: "MPP tutup tanggal 9 maret". beneran min?', 'hours'],
  ])('%j is read without the label', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('"info jam buka: kapan?" names no source, and keeps its words', async () => {
    const { withoutForwardMark } = await import('../../intents/forwarded.js');
    expect(withoutForwardMark('info jam buka: kapan?')).toBe('info jam buka: kapan?');
    expect(withoutForwardMark('Info dari grup RT: MPP tutup?')).toBe('MPP tutup?');
  });
});

describe('a voice note with no stops', () => {
  it('is read clause by clause where the speaker paused', () => {
    const u = read('selamat siang bapak ibu saya lagi di stasiun kereta eee mau tanya alamat mal pelayanan publik itu di jalan apa ya eee saya naik ojek saja terima kasih');
    expect(u.intent).toBe('location');
  });

  it('Banjar numbers give the hour and the day', () => {
    const u = read('ulun handak booking ktp tanggal anam april jam sambilan');
    expect([u.intent, u.date, u.time]).toEqual(['book', '2027-04-06', '09:00']);
  });
});

describe('days and hours said in words', () => {
  it.each([
    ['booking paspor tiga hari lagi', '2027-03-19'],
    ['mau daftar antrian kk seminggu lagi ya', '2027-03-23'],
  ])('%j books the day counted from today, not a move', (text, date) => {
    const u = read(text);
    expect([u.intent, u.date]).toEqual(['book', date]);
  });

  it('the zone said in words is part of the hour', () => {
    const u = read('booking skck besok jam sepuluh waktu indonesia barat');
    expect([u.intent, u.time]).toEqual(['book', '10:00']);
  });

  it('a day that turned out closed lies behind, not a year on', () => {
    expect(read('tgl 12/3 saya datang mau bikin ktp ternyata tutup, itu libur apa ya').date).toBe('2027-03-12');
  });
});

describe('asking for a person as older hands ask', () => {
  it.each([
    'panggilin operator dong, urgent',
    'tolong panggilkan admin',
    'mata saya sudah rabun, bisa ditelepon balik oleh petugas?',
  ])('%j asks for a person', (text) => {
    expect(read(text).intent).toBe('human');
  });

  it('a staff member called and not coming is still a complaint', () => {
    expect(read('petugasnya dipanggil dari tadi ga dateng2').intent).toBe('complaint');
  });
});

describe('an office asked about, then what one goes there for', () => {
  it.each([
    ['kantor bpn buka jam berapa mau urus sertifikat tanah', 'hours'],
    ['kantor pos pusat dimana ya mau kirim paket ke luar negeri', 'location'],
  ])('%j asks about the office', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('a question out of scope stays out with its purpose', () => {
    expect(read('jam berapa sekarang di tokyo mau video call anak').intent).toBe('fallback');
  });
});

describe('a rumour about our closing checked', () => {
  it('names no unknown office: the day and "bener ga" are no name', () => {
    const u = read('MPP tutup tanggal 25 maret. bener ga min?');
    expect([u.intent, u.date, u.unknownAgency, u.unknownPlace]).toEqual(['hours', '2027-03-25', null, null]);
  });

  it('an unknown office asked about on a day keeps its name', () => {
    expect(read('taspen buka tgl 25?').unknownAgency).toBe('taspen');
  });
});
