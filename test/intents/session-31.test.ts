/**
 * Session 31 (issue 11), dev sets 179–186 and the field's own misreadings: phrases that say what is wanted outright; a queue
 * slot wanted whatever the letter tells beside it; a visit moved to a day or a time whatever the reason; the way from the
 * terminal to an office; a clinic's queue; a ticket bought elsewhere; money asked for what was said to be free; being answered
 * badly by our people; a "can or not" request beside thanks; a bank's own branch and its customer service. Probes written for
 * these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-01-18T09:20:00+07:00'); // a Monday morning
const read = (text: string) => nlu.understand(text, NOW);
const intentOf = (text: string): string => read(text).intent;

describe('a phrase that says what is wanted', () => {
  it('wins over the story of a letter around it', () => {
    expect(intentOf('Dengan hormat, saya pensiunan guru dan anak saya bekerja di luar pulau. Saya sudah melakukan pemesanan antrean minggu lalu, tetapi belum menerima kode konfirmasi sama sekali. Terima kasih.')).toBe('my_booking');
    expect(intentOf('Good afternoon. My husband and I run a small bakery and we have never dealt with taxes before. Could you please explain the steps to get a tax number?')).toBe('procedure');
    expect(intentOf('Selamat sore, urusan warisan keluarga kami rumit sekali dan sudah tiga kali bolak balik. Mohon saya dihubungkan dengan petugas yang paham.')).toBe('human');
    expect(intentOf('kalau saya sampai jam 3 sore apakah loket masih melayani?')).toBe('hours');
    expect(intentOf('masih berapa orang lagi sebelum nomor saya, anak saya sudah rewel')).toBe('my_booking');
  });

  it('holds for a booking, the bot\'s use, the services, the address and complaints told as feelings', () => {
    expect(intentOf('Dengan hormat, saya ingin memesan jadwal untuk membuat paspor anak saya, beliau akan studi ke luar negeri')).toBe('book');
    expect(intentOf('hi, how do I use this? never chatted with a government bot before')).toBe('help');
    expect(intentOf('kalau boleh tahu ada layanan apa saja di gedung itu')).toBe('list_services');
    expect(intentOf('minta alamat lengkap mpp nya kak, mau kirim lewat ojol')).toBe('location');
    expect(intentOf('tadi ibu saya dimarahi satpam di depan banyak orang cuma karena salah pintu')).toBe('complaint');
    expect(intentOf('petugasnya malah main hp, kami dibiarkan berdiri setengah jam')).toBe('complaint');
  });

  it('is a subscription unless the citizen stops one', () => {
    expect(intentOf('Bapak ibu, saya ketua RT dan ingin berlangganan informasi dari MPP supaya warga tahu jadwal libur')).toBe('subscribe');
    expect(intentOf('saya mau berhenti berlangganan info, terlalu sering')).toBe('unsubscribe');
  });

  it('reads a shortcut offered with the bare verb as a complaint, and bargaining as nothing of ours', () => {
    expect(intentOf('tadi ada om2 di parkiran tawar urus paspor kilat, bayar 2 juta')).toBe('complaint');
    expect(intentOf('tawar baju di pasar biar dapet murah gimana caranya')).toBe('fallback');
  });
});

describe('the booking family', () => {
  it('takes a queue slot wanted in so many words, whatever the letter says beside it', () => {
    expect(intentOf('Selamat siang, saya ingin mendaftar antrean untuk perekaman KTP anak saya hari Rabu, jam berapa pun tidak masalah, mohon dibantu')).toBe('book');
  });

  it('keeps a grievance told with the wish as a complaint', () => {
    expect(intentOf('aplikasinya error terus, mau ambil antrean online muter2 doang dari pagi 😤')).toBe('complaint');
  });

  it('moves a visit to a day or a clock time whatever the reason beside it', () => {
    expect(read('antrian saya bisa digeser ke jam 2 siang? pagi anak saya masih sekolah')).toMatchObject({ intent: 'reschedule', time: '14:00' });
    expect(intentOf('jadwal kakak saya bisa dipindah ke kamis? motornya masih di bengkel')).toBe('reschedule');
  });

  it('reads the request said before its reason, typed without a stop', () => {
    expect(intentOf('nomor antrian saya sudah masuk belum soalnya tadi sinyalnya hilang')).toBe('my_booking');
  });
});

describe('the way from the terminal to an office', () => {
  it('is a location question', () => {
    expect(intentOf('dari terminal naik apa ke mpp ya')).toBe('location');
    expect(intentOf('rute ke kantor kecamatan dari pelabuhan gimana')).toBe('location');
  });

  it('is not a trip to another town', () => {
    expect(intentOf('dari terminal ke semarang naik bus apa')).toBe('fallback');
  });
});

describe('someone else\'s business', () => {
  it('is a clinic\'s queue said without "di"', () => {
    expect(intentOf('antrian poli mata rsud besok dibuka jam berapa')).toBe('fallback');
  });

  it('is a ticket bought or booked, however it failed', () => {
    expect(intentOf('mau booking tiket pesawat ke medan kok gagal terus ya')).toBe('fallback');
    expect(intentOf('tiket antrian saya kok tidak muncul di hp')).toBe('my_booking');
  });

  it('is a bank\'s branch in town and its customer service', () => {
    expect(intentOf('bank bni cabang sini sabtu buka ga')).toBe('fallback');
    expect(intentOf('kartu atm ketelen, cs bank bri bisa dihubungi lewat mana')).toBe('fallback');
    expect(intentOf('loket bank jatim cabang mpp ada di lantai berapa')).toBe('location');
  });
});

describe('a word of another domain', () => {
  it('is out of scope whatever our kind of question it is asked in', () => {
    expect(intentOf('sewa lapangan futsal bisa dipesan lewat sini?')).toBe('fallback');
    expect(intentOf('pendaftaran smp jalur zonasi syaratnya apa saja')).toBe('fallback');
    expect(intentOf('token listrik saya belum masuk, harus lapor ke mana')).toBe('fallback');
  });

  it('is only the reason when a service of ours is named', () => {
    expect(intentOf('syarat bikin skck buat ngelamar lowongan kerja apa aja')).toBe('requirements');
  });
});

describe('a complaint', () => {
  it('is money asked for what one was told is free, either way round', () => {
    expect(intentOf('kok disuruh bayar 50rb buat kk, katanya gratis?')).toBe('complaint');
    expect(intentOf('bukannya gratis ya? tadi disuruh bayar 100rb sama petugas')).toBe('complaint');
    expect(intentOf('bikin kk katanya gratis ya?')).toBe('cost');
  });

  it('is being answered badly by our people, which no unknown word takes elsewhere', () => {
    expect(intentOf('saya nanya baik2 malah dijawab "liat sendiri di papan", sedih')).toBe('complaint');
  });
});

describe('thanks beside a request', () => {
  it('is the request when it is asked "can or not" without a mark', () => {
    expect(intentOf('bisa tidak saya bicara dengan petugas langsung, terima kasih')).toBe('human');
  });
});
