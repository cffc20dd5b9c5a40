/**
 * Session 20 (issue 11): messages dictated by voice and chain messages forwarded from a family group. English clock times
 * said in words (intents/number-words.ts), a day asked about after a day already past (dates.ts), "sebelumnya" that denies
 * nothing (grievance.ts), "selama" kept whole (pipeline.ts), the forwarding mark (forwarded.ts), a landmark that names no
 * office (name-frame.ts), a story abroad around an errand placed here (other-domain.ts), and a letter whose whole and whose
 * question agree (by-sentence.ts). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { withoutForwardMark } from '../../intents/forwarded.js';
import { createNlu } from '../../intents/index.js';
import { englishHoursToDigits } from '../../intents/number-words.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-04T09:00:00+07:00'); // a Thursday
const read = (text: string) => nlu.understand(text, NOW);

describe('English clock times said in words', () => {
  it.each([
    ['at ten thirty', ['at', '10:30']],
    ['at nine forty five a m', ['at', '9:45', 'am']],
    ['at eight oh five', ['at', '8:05']],
    ['at one p m', ['at', '1', 'pm']],
    ['at 4 p m', ['at', '4', 'pm']],
  ])('"%s" becomes %j', (text, tokens) => {
    expect(englishHoursToDigits(text.split(' '))).toEqual(tokens);
  });

  it.each(['i have ten thirty minutes', 'a m p m', 'plan a m'])('"%s" names no time', (text) => {
    expect(read(text).time).toBeNull();
  });

  it.each([
    ['please book my passport slot on friday at ten thirty', '2027-03-05', '10:30'],
    ['can i move my appointment to monday at two p m', '2027-03-08', '14:00'],
    ['book an id card slot tomorrow at nine fifteen a m', '2027-03-05', '09:15'],
  ])('"%s" is %s at %s', (text, date, time) => {
    const u = read(text);
    expect([u.date, u.time]).toEqual([date, time]);
  });
});

describe('a day asked about after a day already past', () => {
  it('takes the day named for the booking, not the day it was made', () => {
    const u = read('kemarin saya sudah daftar antrian buat tanggal sembilan, tolong cek masih ada gak');
    expect([u.intent, u.date]).toEqual(['my_booking', '2027-03-09']);
  });

  it('keeps a past day that is the only one', () => {
    expect(read('kemarin jam 10 saya datang tapi loketnya tutup').date).toBe('2027-03-03');
  });

  it('keeps a past day with its own date beside it', () => {
    expect(read('kemarin tanggal 3 saya datang jam 10').date).toBe('2027-03-03');
  });
});

describe('"sebelumnya" denies nothing', () => {
  it.each([
    // Dictated: no stops, so the closing thanks is one reading with the question ("belum jelas" was an explanation denied).
    ['selamat pagi mohon izin bertanya untuk pengajuan pbg bagaimana langkah langkahnya dari awal sampai selesai terima kasih sebelumnya atas penjelasannya', 'procedure'],
    ['masih berapa orang lagi sebelum saya dipanggil?', 'my_booking'],
  ])('"%s" is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('a service still denied is a complaint', () => {
    expect(read('sudah tiga jam menunggu, belum dipanggil juga').intent).toBe('complaint');
  });
});

describe('"selama" is during, not long', () => {
  it('asks about the hours during the fasting month', () => {
    expect(read('apakah selama bulan puasa ada perubahan jam pelayanan?').intent).toBe('hours');
  });

  it('a polite letter asking the same is hours', () => {
    const letter =
      'Yth. Admin MPP, selamat pagi. Semoga Bapak/Ibu sehat selalu selama menjalankan ibadah puasa. Saya ingin bertanya, apakah selama bulan Ramadan ini ada perubahan jam pelayanan? Terima kasih atas informasinya.';
    expect(read(letter).intent).toBe('hours');
  });
});

describe('the mark of a forwarded message', () => {
  it.each([
    ['Fwd: "Bayar pajak motor gratis denda bulan ini"\nbener gak min?', '"Bayar pajak motor gratis denda bulan ini"\nbener gak min?'],
    ['[Diteruskan] "Kantor tutup semua hari senin" betul?', '"Kantor tutup semua hari senin" betul?'],
    ['Diteruskan berkali-kali: "Minum air kelapa bikin kuat puasa"', '"Minum air kelapa bikin kuat puasa"'],
    ['Forwarded many times\nthis is true?', '\nthis is true?'],
  ])('"%s" reads without it', (text, meant) => {
    expect(withoutForwardMark(text)).toBe(meant);
  });

  it.each(['Diteruskan ke operator ya', 'forward ke admin dong', 'jam buka kapan'])('"%s" keeps its words', (text) => {
    expect(withoutForwardMark(text)).toBe(text);
  });

  it('a forwarded health tip with a question about it is out of scope, not a complaint', () => {
    expect(read('Diteruskan berkali-kali: "Rebusan daun salam sebelum sahur bikin kuat seharian" aman ga buat penderita diabetes?').intent).toBe('fallback');
  });

  it('a forwarded claim about our fee is still asked about', () => {
    const u = read('Forward: "Mulai bulan ini bikin KK baru bayar 200 ribu". Bener ga? berapa biaya bikin KK sebenarnya?');
    expect([u.intent, u.service]).toEqual(['cost', 'kk']);
  });
});

describe('a landmark names no office', () => {
  it.each(['kantor mpp di mana, dekat masjid agung tidak?', 'mpp di mana ya, deket pasar baru?'])('"%s" is our location, no unknown name', (text) => {
    const u = read(text);
    expect([u.intent, u.unknownAgency, u.unknownPlace]).toEqual(['location', null, null]);
  });

  it('an office asked about by its landmark keeps its name', () => {
    const u = read('taspen dekat pasar baru buka jam berapa');
    expect([u.intent, u.unknownAgency]).toEqual(['hours', 'taspen']);
  });
});

describe('a story abroad around an errand placed here', () => {
  it('a migrant worker home for Lebaran asks how to get an NPWP at the MPP', () => {
    const u = read('Selamat siang. Saya pekerja migran di Malaysia yang sedang pulang kampung. Bagaimana cara mendaftar NPWP di MPP ini?');
    expect([u.intent, u.service]).toEqual(['procedure', 'npwp']);
  });

  it('an errand done abroad stays out of scope', () => {
    expect(read('cara perpanjang paspor di jepang').intent).toBe('fallback');
  });
});

describe('Javanese nearness', () => {
  it('"cedak" is near', () => {
    expect(read('kantor mpp neng endi, cedak alun-alun ora?').intent).toBe('location');
  });
});

describe('a question, then where the citizen already is', () => {
  it.each([
    ['sudah buka belum? saya sudah di lobi', 'hours'],
    ['loket kk di lantai berapa? aku udah di depan', 'location'],
    ['antrian saya nomor berapa? saya lagi di jalan', 'my_booking'],
  ])('"%s" is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('what follows the question is read when it says more than where one is', () => {
    expect(read('jam buka kapan? mau komplain petugasnya kasar').intent).toBe('complaint');
  });
});

describe('a school as the reason for a queue slot', () => {
  it('a KIA booking for a kindergarten enrolment is a booking', () => {
    const u = read('bisa reservasi antrean KIA? anak saya mau masuk TK dan diminta KIA');
    expect([u.intent, u.service]).toEqual(['book', 'kia']);
  });

  it('enrolling at a school stays out of scope', () => {
    expect(read('syarat masuk sd apa aja').intent).toBe('fallback');
  });
});

describe("an office asked for at another town's MPP", () => {
  it.each([
    ['loket PDAM ada gak di MPP Manokwari', 'pdam', 'manokwari'],
    ['bpom ada di mpp serui ga', 'bpom', 'serui'],
  ])('"%s" names the office and the town', (text, agency, place) => {
    const u = read(text);
    expect([u.intent, u.unknownAgency, u.unknownPlace]).toEqual(['list_services', agency, place]);
  });

  it('an office asked for here names no town', () => {
    expect([read('loket pdam ada gak di mpp').unknownPlace, read('loket pdam ada gak di mpp').unknownAgency]).toEqual([null, 'pdam']);
  });
});

describe("another town's MPP asked by its floor or its landmark", () => {
  it('a floor of another MPP is no second name', () => {
    const u = read('MPP Ternate lantai dasar ada loket apa aja');
    expect([u.intent, u.unknownPlace]).toEqual(['list_services', 'ternate']);
  });

  it('"is MPP X near Y?" asks where it is', () => {
    const u = read('mpp halmahera dekat pelabuhan ya?');
    expect([u.intent, u.unknownPlace]).toEqual(['location', 'halmahera']);
  });

  it('a shop near somewhere stays out of scope', () => {
    expect(read('apotek dekat pasar ya?').intent).toBe('fallback');
  });
});

describe('what the chat itself takes, and a call back', () => {
  it.each([
    'boleh kirim voice note aja? saya susah ngetik',
    'bisa kirim foto berkas lewat sini gak?',
    'nomor ini cuma buat info atau bisa booking juga?',
  ])('"%s" is help', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each(['telpon balik ya min, saya tunggu', 'tolong telepon saya kak'])('"%s" asks for a person', (text) => {
    expect(read(text).intent).toBe('human');
  });

  it('a call back waited for and never made is a complaint', () => {
    expect(read('sudah seminggu nunggu telepon balik dari petugas, tidak ada kabar sama sekali').intent).toBe('complaint');
  });

  it('a photo of a document asked about as a requirement keeps its intent', () => {
    expect(read('foto ktp harus berwarna ga?').intent).toBe('requirements');
  });
});
