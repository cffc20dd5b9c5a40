/**
 * Session 21 (issue 11): replies pasted with the line they answer (intents/quoted-reply.ts), a holiday said with its own
 * weekday or as "kenaikan" alone (holidays.ts, pipeline.ts), a day's name mistyped where a day is expected
 * (keyboard-slips.ts), and two words glued by a phone keyboard (normalize.ts). Probes written for these checks, not taken
 * from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { withoutQuote } from '../../intents/quoted-reply.js';
import { fixtureCatalog } from './fixture-catalog.js';

const closures = [
  { date: '2027-05-01', reason: { id: 'Hari Buruh Internasional' } },
  { date: '2027-05-06', reason: { id: 'Kenaikan Yesus Kristus' } },
  { date: '2027-06-06', reason: { id: 'Tahun Baru Islam 1449 H' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jayapura', closures });
const NOW = new Date('2027-04-20T10:00:00+09:00'); // a Tuesday
const read = (text: string) => nlu.understand(text, NOW);

describe('a reply pasted with the line it answers', () => {
  it.each([
    ['> Jam buka: Senin–Jumat 08.00–15.30\n> Sabtu tutup\nkalau rabu bisa datang jam 2?', 'kalau rabu bisa datang jam 2?'],
    ['Membalas: Kode antrean kamu K-12\nudah lewat belum nomorku', 'udah lewat belum nomorku'],
    ['[Kutipan] silakan datang 15 menit lebih awal\nok siap', 'ok siap'],
    ['Replying to:\nBooking code LY-77\nthanks!', 'thanks!'],
    ['Kode booking Anda: ZX-4410\ntolong dibatalkan ya', 'tolong dibatalkan ya'],
  ])('reads only what is written after the quote: %j', (text, own) => {
    expect(withoutQuote(text)).toBe(own);
  });

  it.each([
    'syarat ktp: kk, akta lahir\napa ada lagi?',
    'jam berapa buka?\nsaya mau ke sana',
    'halo > kak, jam buka?',
    'Kode booking saya mana?\nbelum dapat',
  ])('leaves a message that quotes nothing as it is: %j', (text) => {
    expect(withoutQuote(text)).toBe(text);
  });

  it('reads a quote pasted alone without its mark', () => {
    expect(withoutQuote('> jam buka hari sabtu?\n> ')).toBe('jam buka hari sabtu?');
  });

  it('takes no clock time from the quoted hours', () => {
    const u = read('> Jam buka: Senin–Jumat 08.00–15.30\nkalau kamis buka?');
    expect([u.intent, u.date, u.time]).toEqual(['hours', '2027-04-22', null]);
  });

  it('takes no service from the quote', () => {
    const u = read('Membalas: Syarat paspor: KTP, KK, akta\nok. terus loket pajak motor di lantai berapa?');
    expect([u.intent, u.service]).toEqual(['location', 'samsat']);
  });

  it('keeps an errand elsewhere out of scope, whatever the quote was about', () => {
    expect(read('> Alamat MPP: Jl. Sudirman 5\nitu deket warung bakso yang enak gak?').intent).toBe('fallback');
  });

  it('reads a request under a pasted booking code as about that booking', () => {
    expect(read('Kode booking Anda: ZX-4410\ntolong dibatalkan ya, ga jadi datang').intent).toBe('cancel');
  });
});

describe('a holiday said with its own weekday', () => {
  it.each([
    ['hari buruh itu hari sabtu kan, mpp buka?', '2027-05-01'],
    ['tahun baru islam jatuh hari minggu ya, senin nya buka normal?', '2027-06-06'],
  ])('"%s" is the holiday', (text, date) => {
    expect(read(text).date).toBe(date);
  });

  it('keeps another weekday said beside a holiday as its own day', () => {
    expect(read('hari buruh libur ya, kalau hari kamis buka?').date).not.toBe('2027-05-01');
  });
});

describe('"kenaikan" alone where a day is meant', () => {
  it.each([
    ['pas kenaikan mpp tutup ga?', '2027-05-06'],
    ['jumat setelah kenaikan masuk seperti biasa?', '2027-05-07'],
  ])('"%s" is %s', (text, date) => {
    expect(read(text).date).toBe(date);
  });

  it.each(['setelah kenaikan tarif pajak motor berapa bayarnya?', 'kenaikan biaya paspor mulai kapan?'])('"%s" names no holiday', (text) => {
    expect(read(text).date).toBeNull();
  });
});

describe('a day mistyped where a day is expected', () => {
  it.each([
    ['tolong pindah booking saya ke semin jam 9', 'reschedule', '2027-04-26', '09:00'],
    ['ambil antrian buat besik jam 10 ya', 'book', '2027-04-21', '10:00'],
  ])('"%s" is %s on %s at %s', (text, intent, date, time) => {
    const u = read(text);
    expect([u.intent, u.date, u.time]).toEqual([intent, date, time]);
  });

  it('leaves a real word that only looks like a day alone', () => {
    expect(read('mau beli kamus bahasa inggris').date).toBeNull();
  });
});

describe('two words glued by the keyboard', () => {
  it.each([
    ['jambuka mpp hari sabtu?', 'hours'],
    ['syaratbikin ktp apa aja', 'requirements'],
  ])('"%s" is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('reads a Makassar clitic as a clitic, not as two words', () => {
    expect(read('bukaji hari sabtu?').normalized).toContain('buka hari sabtu');
  });
});

describe('the services of a place named after its kind', () => {
  it.each([
    ['layanan apa aja yang ada di mpp kota tual?', 'tual'],
    ['apa saja layanan di kantor kecamatan wamena', 'wamena'],
  ])('"%s" asks for the list, naming %s', (text, place) => {
    const u = read(text);
    expect(u.intent).toBe('list_services');
    // The fixture catalog's examples never say "kota", so the town may keep it ("kota tual"): a name the reply can use.
    expect(u.unknownPlace).toContain(place);
  });

  it('keeps the services of a town\'s food stalls out of scope', () => {
    expect(read('layanan apa aja di kota bandung yang enak buat kuliner malam').intent).toBe('fallback');
  });
});

describe('a question, then on the way', () => {
  it.each(['masih buka kak? otw nih 15 menit lagi sampai', 'loket masih buka? bentar lagi sampai'])('"%s" asks the hours', (text) => {
    expect(read(text).intent).toBe('hours');
  });
});

describe('money demanded, then asked whether that is official', () => {
  it.each([
    'ponakan saya disuruh bayar 75rb buat cetak kk di dalam. itu resmi?',
    'tadi di loket diminta uang 40 ribu katanya biaya map, resmi ga sih?',
    'ipar saya dimintai uang 200rb biar akta anaknya cepat jadi, padahal setau saya gratis kan?? kwitansinya juga ga ada',
  ])('"%s" reports it', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it.each(['biaya resmi paspor berapa?', 'tarif resmi sim a berapa ya'])('"%s" asks a price', (text) => {
    expect(read(text).intent).toBe('cost');
  });
});

describe('Papuan address words', () => {
  it.each([
    ['mace, loket kk di mana kah?', 'location'],
    ['pace admin ada ka? sa mo bicara', 'human'],
  ])('"%s" is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('an office asked for inside the building', () => {
  it.each([
    ['kantor bpn ada loketnya di dalam gedung ini?', 'bpn'],
    ['kantor pos ada di dalam mal pelayanan ga?', 'pos'],
  ])('"%s" asks for the list, naming %s', (text, agency) => {
    const u = read(text);
    expect([u.intent, u.unknownAgency]).toEqual(['list_services', agency]);
  });

  it.each(['di mal ada starbucks ga?', 'bisa nonton film di gedung ini?'])('"%s" stays out of scope', (text) => {
    expect(read(text).intent).toBe('fallback');
  });
});

describe('where the others or the money went', () => {
  it.each([
    'loket ktp cuma dua yang buka, yang lain entah ke mana',
    'udah bayar retribusi pbg lewat bank, di loket dibilang belum lunas, disuruh bayar lagi. uangnya ke mana??',
  ])('"%s" is a complaint', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it('"yang lain ke mana daftarnya?" asks the way', () => {
    expect(read('yang lain ke mana daftarnya?').intent).not.toBe('complaint');
  });
});
