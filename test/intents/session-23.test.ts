/**
 * Session 23 (issue 11): a situation told before the request (last-request.ts by clause, closingVerdict), a plan given up
 * and taken up again or an act put aside (taken-back.ts), asking to be put through with the reason after (help-people.ts),
 * whether one must book at all (booking-needed.ts), "saya cuma mau nanya" (in-context.ts), and days written the ways older
 * hands write them: "pekan depan", a weekday beside its date, a day and month just past (dates.ts). Probes written for these
 * checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { takenBack } from '../../intents/taken-back.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-16T10:00:00+07:00'); // a Tuesday
const read = (text: string) => nlu.understand(text, NOW);

describe('a plan given up, taken up again, or an act put aside before the request', () => {
  it.each([
    ['rencananya mau dateng kamis tanpa booking, tapi ga jadi. ambilkan antrian paspor hari jumat aja', 'book', '2027-03-19'],
    ['kemarin sempet ga jadi daftar, sekarang jadi deh. daftarin antrian ktp hari senin', 'book', '2027-03-22'],
  ])('%j books the day it asks for', (text, intent, date) => {
    const u = read(text);
    expect([u.intent, u.date]).toEqual([intent, date]);
  });

  it('"ga usah booking ulang" before a move is the move', () => {
    const u = read('ga usah booking ulang ya, majuin aja jam saya ke jam 9 pagi');
    expect([u.intent, u.time]).toEqual(['reschedule', '09:00']);
  });

  it('"gausah booking dulu" before a question is the question', () => {
    const u = read('gausah booking dulu, saya cuma mau tanya syarat skck');
    expect([u.intent, u.service]).toEqual(['requirements', 'skck']);
  });

  it('a booking put aside as a question is not cut: it asks whether one must', () => {
    expect(takenBack('ga perlu booking ya? langsung datang aja bisa?', () => ({ service: null, date: null, time: null }))).toBeNull();
  });
});

describe('whether one must book at all', () => {
  it.each(['ga perlu booking ya? langsung datang aja bisa?', 'harus booking dulu ga?', 'gak perlu antri online kan?'])('%j asks how to be served', (text) => {
    expect(read(text).intent).toBe('procedure');
  });

  it('a restaurant\'s reservation stays out of scope', () => {
    expect(read('resto padang sebelah rame banget, harus reservasi dulu ga?').intent).toBe('fallback');
  });

  it('"ga usah booking lagi" with one\'s own number is no question', () => {
    expect(read('gausah booking, batal aja').intent).toBe('cancel');
  });
});

describe('a situation told before the request', () => {
  it('a mistake on a document is the reason, the booking the request', () => {
    const u = read('nama ibu di kk salah ketik, mau booking antrian buat perbaikan kk ya');
    expect([u.intent, u.service]).toEqual(['book', 'kk']);
  });

  it.each([
    ['hp saya jatuh ke got, sim ikut hilang 😭 pengen ambil nomor antrian sim hari kamis', 'sim', '2027-03-18'],
    ['Kebakaran di gang kami, akta lahir anak ikut terbakar, saya mau booking antrian buat bikin lagi hari jumat', 'akta_lahir', '2027-03-19'],
    ['Ditawari kerja di Malaysia, paspor harus cepat jadi. Tolong daftarkan saya antrean paspor hari senin.', 'paspor', '2027-03-22'],
  ])('%j books', (text, service, date) => {
    const u = read(text);
    expect([u.intent, u.service, u.date]).toEqual(['book', service, date]);
  });

  it.each([
    ['cek antrian atas nama ibu saya, tadi pagi sudah daftar buat kia', 'my_booking'],
    ['makasih ya, jadwal kamis jam 10 sudah saya catat', 'thanks'],
  ])('a last clause that tells what was done books nothing: %j', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a story closed by its verdict', () => {
  it('is a complaint about the service it names', () => {
    const u = read('Anak saya perlu akta kelahiran untuk daftar sekolah. Sudah sebulan dijanjikan selesai, belum juga. Saya merasa dibohongi.');
    expect([u.intent, u.service]).toEqual(['complaint', 'akta_lahir']);
  });

  it('venting about a restaurant stays out of scope', () => {
    expect(read('Restoran langganan naikin harga diam-diam. Porsinya makin kecil. Kecewa banget.').intent).toBe('fallback');
  });
});

describe('asking to be put through, the reason told after', () => {
  it.each([
    'tolong sambungkan ke operator, udah 2x nanya jawabannya salah terus, kesel',
    'Saya ingin dilayani oleh petugas. Kartu BPJS saya rusak terkena air dan besok harus berobat.',
    'gak usah pake bot, admin aja',
  ])('%j asks for a person', (text) => {
    expect(read(text).intent).toBe('human');
  });

  it('a rude officer reported, with what should be done to him, is a complaint', () => {
    expect(read('petugas loket kk kasar banget, tolong ditegur').intent).toBe('complaint');
  });
});

describe('"cuma mau nanya" opens a question', () => {
  it.each([
    ['saya cuma mau nanya biaya paspor', 'cost'],
    ['halo min, sy cuma mau tanya jam buka', 'hours'],
  ])('%j asks', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('later in a story it weighs what the citizen was put through', () => {
    expect(read('satpam ngelarang saya masuk karena pakai sandal jepit, padahal cuma mau tanya').intent).toBe('complaint');
  });
});

describe('days as older hands write them', () => {
  it('"pekan depan" is a week from today', () => {
    const u = read('JADWAL BOOKING SAYA MAU DIUNDUR KE PEKAN DEPAN');
    expect([u.intent, u.date]).toEqual(['reschedule', '2027-03-23']);
  });

  it('a weekday said beside its date is that date', () => {
    const u = read('booking sim hari rabu tgl 31/3 jam 9an');
    expect([u.date, u.time]).toEqual(['2027-03-31', '09:00']);
  });

  it('a day and month just past is this year\'s in a complaint\'s story, and next year\'s for a booking', () => {
    expect(read('tgl 12/3 kemarin saya antri samsat, petugasnya main hp terus, kesel').date).toBe('2027-03-12');
    expect(read('booking kk tgl 12/3').date).toBe('2028-03-12');
  });

  it.each([
    ['booking kk tanggal 12', '2027-04-12'],
    ['booking kk tgl 20/3', '2027-03-20'],
    ['pindah jadwal dong dari besok ke jumat', '2027-03-19'],
  ])('%j keeps the day ahead', (text, date) => {
    expect(read(text).date).toBe(date);
  });

  it('"dialihkan" moves a booking, "beralih" to a scheme does not', () => {
    expect(read('reservasi pbb saya tolong dialihkan ke hari kamis').intent).toBe('reschedule');
    expect(read('saya pensiun dan mau beralih jadi peserta bpjs kesehatan mandiri, syaratnya apa?').intent).toBe('requirements');
  });
});

describe('letters that move house or move a booking', () => {
  it('a family just moved here books, its "pindah" is the home\'s', () => {
    const u = read('Selamat siang. Kami baru pindah dari Medan dan perlu membuat KTP baru. Saya bermaksud memesan jadwal hari Kamis pukul 10.00. Terima kasih.');
    expect([u.intent, u.service, u.date, u.time]).toEqual(['book', 'ktp', '2027-03-18', '10:00']);
  });

  it('a booking moved in the passive is ours whatever its reason names', () => {
    const u = read('Selamat pagi. Cucu saya ada lomba menari di sekolahnya tepat di hari antrean akta kami. Mohon jadwal tersebut dipindahkan ke hari Jumat pukul 09.00. Terima kasih.');
    expect([u.intent, u.date, u.time]).toEqual(['reschedule', '2027-03-19', '09:00']);
  });
});

describe('rhetorical questions of use and of justice', () => {
  it.each([
    'sudah daftar online dari rumah, sampai sini tetap disuruh ambil nomor lagi. terus gunanya daftar online apa?',
    'tiga kali bolak balik, tiap kali syaratnya beda. maunya apa sih',
    'yang datang belakangan dipanggil duluan karena kenal orang dalam. dimana keadilannya?',
  ])('%j is a complaint', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it.each([
    ['bot ini gunanya apa aja?', 'help'],
    ['parkir motor di mana? gratis ga?', 'location'],
    ['klinik gigi swasta, nunggu 3 jam padahal udah booking online. buat apa booking', 'fallback'],
  ])('%j is not', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('help and people as older hands ask', () => {
  it.each([
    ['gimana caranya memakai layanan chat ini? saya gaptek', 'help'],
    ['sambungkan saya ke petugas samsat, stnk saya bermasalah', 'human'],
    ['MOHON DIHUBUNGKAN KE PETUGAS YANG BISA BANTU SOAL AKTA KEMATIAN', 'human'],
    ['oper ke admin aja, pertanyaan saya panjang', 'human'],
    ['cara pakai aplikasi oss gimana', 'procedure'],
  ])('%j is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a greeting\'s part of the day before the day named', () => {
  it.each([
    ['Selamat pagi. Senin saya mau booking ktp', '2027-03-22'],
    ['Selamat pagi. Pada hari Jumat tanggal 19 Maret saya mau booking kk', '2027-03-19'],
  ])('%j keeps its day', (text, date) => {
    expect(read(text).date).toBe(date);
  });
});
