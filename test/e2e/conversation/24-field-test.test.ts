/**
 * Defects found driving `npm run simulate` with conversations nobody on the team wrote (issue 11,
 * session 6 field test). Each is written turn by turn, as the citizen met it.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, type Sim, start, step } from './chat.js';

const LONG_QUESTION =
  'Selamat pagi bapak ibu petugas yang terhormat, mohon maaf mengganggu waktunya, saya ingin bertanya mengenai pengurusan akta kelahiran anak saya yang lahir di rumah sakit swasta tiga bulan yang lalu, apakah saya harus membawa surat keterangan lahir dari rumah sakit dan juga buku nikah, dan apakah bisa langsung jadi hari itu juga, terima kasih banyak atas bantuannya, semoga sehat selalu.';

describe('field test: questions and requests in the middle of a booking', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('a long polite question at "Pilih jam" is answered (not "not one of the options") and the time asked again', async () => {
    const user = citizen();
    await step(s, user, 'booking akta kelahiran', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, LONG_QUESTION, { kind: 'clarify', has: ['Akta kelahiran', 'Pilih jam pada Kamis, 26 November 2026'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['atas nama'] });
  });

  it('"terserah" at "Pilih jam" takes the nearest free time; "yang paling pagi aja" is never a name', async () => {
    const user = citizen();
    await step(s, user, 'booking paspor kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'terserah', { kind: 'clarify', has: ['atas nama'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'yang paling pagi aja', { kind: 'clarify', has: ['Mohon tulis nama saja'], not: ['Atas nama: yang paling pagi aja'] });
    await step(s, user, 'Hendra', { kind: 'clarify', has: ['Konfirmasi booking:', 'Kamis, 26 November 2026, 08.00 WIB', 'Atas nama: Hendra'] });
    const other = citizen();
    await step(s, other, 'book a passport for thursday', { kind: 'clarify', has: ['Pick a time on Thursday'] });
    await step(s, other, 'the earliest please', { kind: 'clarify', has: ['name'], not: ['not one of the options'] });
  });

  it('"Ahmad Yusuf" is a name, not "Ahad" (Sunday); "no, monday next week at 10" corrects the day rather than leaving', async () => {
    const user = citizen();
    await step(s, user, 'I want to book a KTP appointment', { kind: 'clarify', has: ['Pick a date'] });
    await step(s, user, 'thursday', { kind: 'clarify', has: ['Pick a time on Thursday, 26 November 2026'] });
    await step(s, user, '9am', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Ahmad Yusuf', { kind: 'clarify', has: ['Confirm booking:', 'Thursday, 26 November 2026, 09:00 WIB', 'Name: Ahmad Yusuf'], not: ['Sunday'] });
    const other = citizen();
    await step(s, other, 'book ktp friday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, other, 'no, monday next week at 10', { kind: 'clarify', has: ['name'], not: ['nothing was saved'] });
    await step(s, other, 'Ahmad Yusuf', { kind: 'clarify', has: ['Monday, 30 November 2026, 10:00 WIB', 'Name: Ahmad Yusuf'] });
  });

  it('"tgl 32", "tanggal 30 februari", "31 november" are said not to exist before the days are offered; "tgl 1 desember" is taken', async () => {
    const user = citizen();
    await step(s, user, 'booking kk tgl 32', { kind: 'clarify', has: ['Tanggal 32 tidak ada di kalender.', 'Pilih tanggal:'] });
    await step(s, user, 'tanggal 30 februari', { kind: 'clarify', has: ['Tanggal 30 Februari tidak ada di kalender.', 'Pilih tanggal:'], not: ['Tanggal 32', 'tidak ada di pilihan'] });
    await step(s, user, '31 november', { kind: 'clarify', has: ['Tanggal 31 November tidak ada di kalender.'] });
    await step(s, user, 'tgl 1 desember', { kind: 'clarify', has: ['Pilih jam pada Selasa, 1 Desember 2026'], not: ['tidak ada di kalender'] });
    const other = citizen();
    await step(s, other, 'book npwp on the 31 november', { kind: 'clarify', has: ['There is no date 31 November.', 'Pick a date:'] });
  });

  it('"cek antrian saya" at "atas nama siapa?" is answered, never taken as the name', async () => {
    const user = citizen();
    await step(s, user, 'booking kk jumat jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'cek antrian saya', { kind: 'clarify', has: ['Anda belum punya booking aktif', 'atas nama'], not: ['Atas nama: cek antrian saya'] });
    await step(s, user, 'sudah sampai', { kind: 'clarify', has: ['Anda tidak punya booking untuk hari ini', 'atas nama'] });
    await step(s, user, 'Bambang', { kind: 'clarify', has: ['Konfirmasi booking:', 'Atas nama: Bambang'] });
  });

  it('"mau komplain petugasnya kemarin judes" at the confirm step starts a complaint; its "kemarin" does not move the booking', async () => {
    const user = citizen();
    await step(s, user, 'booking kia rabu jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Wati', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    // The message tells the story already: the next question is the service (25-… leftover, session 7).
    await step(s, user, 'mau komplain petugasnya kemarin judes', { kind: 'clarify', has: ['Kartu Identitas Anak (KIA), Rabu, 25 November 2026, 10.00 WIB belum disimpan', 'Terkait layanan apa?'], not: ['sudah lewat', 'Pilih tanggal', 'Ceritakan apa yang terjadi'] });
    // "lanjut" while the complaint is written is not its answer.
    await step(s, user, 'lanjut', { kind: 'clarify', has: ['selesaikan pengaduan ini dulu', 'Terkait layanan apa?'] });
  });

  it('a booking typed again after "menu" left the same one aside is not offered again once booked', async () => {
    const user = citizen();
    await step(s, user, 'booking kia rabu jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'menu', { has: ['belum disimpan', 'Yang bisa saya bantu'] });
    await step(s, user, 'booking kia rabu jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Wati', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'kia' } });
    await step(s, user, 'jam buka?', { kind: 'answer', not: ['belum disimpan', 'lanjut'] });
    expect(await bookingsListed(s, user)).toBe(1);
  });
});

describe('field test: follow-ups, arrival, family', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('"I need a paspor, I lost mine" then "how much does it cost?" answers for the passport; "can I book for tomorrow?" books one', async () => {
    const user = citizen();
    // Read as the passport's requirements, its variant asked (session 11, trained on the field's messages). Before, the
    // "hello" alone tipped it to book (0.35 against requirements 0.18) and "Which did you mean?" was asked; the same
    // message without "hello" was requirements then too. The follow-ups below are the point: both stay on the passport.
    await step(s, user, 'hello, I need a paspor, I lost mine', { kind: 'clarify', has: ['Which Passport service?'] });
    await step(s, user, 'how much does it cost?', { kind: 'answer', has: ['Fee for Passport'], not: ['For which service?'] });
    await step(s, user, 'can I book for tomorrow?', { kind: 'clarify', has: ['Pick a time on Tuesday, 24 November 2026'] });
  });

  it('"sudah sampai" with a booking on another day says when it is, not "Booking tidak ditemukan"', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp senin depan jam 9', 'Lina');
    await step(s, user, 'sudah sampai', { kind: 'answer', has: [`Booking ${booked.code} Anda untuk Senin, 30 November 2026, 09.00 WIB, bukan hari ini`, 'ambil nomor antrean di loket'], not: ['tidak ditemukan'] });
  });

  it('"ganti jadwal ke natal" a month ahead says Christmas is a holiday and how far ahead bookings open, before offering this fortnight', async () => {
    const user = citizen();
    await book(s, user, 'booking npwp rabu jam 9', 'Agus');
    await step(s, user, 'ganti jadwal ke natal', { kind: 'clarify', has: ['Jumat, 25 Desember 2026 libur (Hari Raya Natal). Pemesanan paling jauh 14 hari ke depan (sampai Senin, 7 Desember 2026).', 'Pilih tanggal'] });
  });

  it('"👍" at a confirm step books; "lanjut" after "batal" says nothing is waiting, not "saya belum paham"', async () => {
    const user = citizen();
    await step(s, user, 'booking akta kematian jumat jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Yanti', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'batal', { kind: 'answer', has: ['booking tidak jadi dibuat'] });
    await step(s, user, 'lanjut', { kind: 'answer', has: ['Tidak ada booking atau pertanyaan yang tertunda'], not: ['belum paham'] });
    await step(s, user, 'booking akta kematian jumat jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Yanti', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, '👍', { kind: 'booking_confirmed', booking: { service: 'akta_kematian' } });
  });

  it('a second KTP booking the same day for a family member says how they can get one', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp kamis jam 9', 'Andi Pratama');
    await step(s, user, '1', { kind: 'answer', has: ['Dicatat'] });
    await step(s, user, 'booking ktp kamis jam 10 untuk istri saya', { kind: 'answer', has: ['sudah punya booking untuk layanan ini pada hari itu', 'Untuk anggota keluarga lain: booking dari nomor HP mereka sendiri, atau ambil nomor antrean di loket'] });
  });
});
