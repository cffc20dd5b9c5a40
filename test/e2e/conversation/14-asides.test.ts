/**
 * Field bug (issue 11): a question asked while a dialog waits ("jam buka?" at "Konfirmasi
 * booking … Lanjutkan?") used to drop the draft. Now it is answered, the open question comes back
 * word for word as the last bubble, and the next answer still answers it.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, type Sim, STAFF, start, step } from './chat.js';

const CONFIRM_KTP = ['Konfirmasi booking:', 'KTP-el (KTP elektronik)', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Budi Santoso'];
const YES_NO = ['Ya', 'Tidak'];

/** Opens the confirm step of a KTP booking for Thursday 09:00. */
async function atConfirm(s: Sim, user: ReturnType<typeof citizen>): Promise<string> {
  await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
  return (await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP, options: YES_NO })).text;
}


describe('an aside at the booking confirm step (issue 11)', () => {
  let s: Sim;
  beforeAll(async () => {
    // Every case books Thursday 09:00 for KTP: room for all of them.
    s = await start(undefined, 50);
  });

  it('"jam buka?" and "lokasinya dimana?" are answered, the question comes back, and "ya" books the original slot exactly once', async () => {
    const user = citizen();
    const question = await atConfirm(s, user);
    const again = await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Senin: 08.00–12.00 WIB'], not: ['belum paham', 'belum disimpan'], options: YES_NO });
    expect(again.text, 'the question again, word for word').toBe(question);
    await step(s, user, 'lokasinya dimana?', { kind: 'clarify', has: ['Jl. Contoh Raya No. 1', ...CONFIRM_KTP], options: YES_NO });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
    await step(s, user, 'ya', { not: ['Booking berhasil'] });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"syaratnya apa aja?" answers for the draft\'s service without asking a question that would replace the open one', async () => {
    const user = citizen();
    await atConfirm(s, user);
    const reply = await step(s, user, 'syaratnya apa aja?', { kind: 'clarify', has: ['KTP-el baru (pemula)', 'Ganti KTP-el hilang', 'misalnya "syarat KTP-el baru (pemula)"', ...CONFIRM_KTP], not: ['Untuk layanan apa'] });
    expect(reply.options?.map((o) => o.label)).toEqual(YES_NO);
    await step(s, user, 'syarat KTP-el baru (pemula)', { kind: 'clarify', has: ['Syarat KTP-el baru (pemula)', ...CONFIRM_KTP] });
    await step(s, user, 'detail', { kind: 'clarify', has: ['Syarat KTP-el baru (pemula)', ...CONFIRM_KTP], not: ['Mohon jawab'] });
    await step(s, user, 'iya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('"makasih" and "p" get a short answer and the question again; "biayanya berapa" too', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'makasih', { kind: 'clarify', has: ['Sama-sama', ...CONFIRM_KTP], not: ['Mohon jawab'] });
    await step(s, user, 'p', { kind: 'clarify', has: ['Halo', ...CONFIRM_KTP], not: ['pilih menu', 'Mohon jawab'] });
    await step(s, user, 'biayanya berapa', { kind: 'clarify', has: ['Biaya KTP-el', 'GRATIS', ...CONFIRM_KTP] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('two questions in one aside ("jam buka sama lokasinya dimana?") get both answers, then the question', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'jam buka sama lokasinya dimana?', { kind: 'clarify', has: ['Senin: 08.00–12.00 WIB', 'Jl. Contoh Raya No. 1', ...CONFIRM_KTP], options: YES_NO });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('at "Pilih jam", "jam 10 sama lokasinya dimana" takes 10:00 rather than losing it to the question', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'jam 10 sama lokasinya dimana', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Kamis, 26 November 2026, 10.00 WIB'] });
  });

  it('"selasa buka?" asks about Tuesday, it does not move the draft to Tuesday', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'selasa buka?', { kind: 'clarify', has: ['Selasa, 24 November 2026: buka', ...CONFIRM_KTP], not: ['Selasa, 24 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { date: '2026-11-26', time: '09:00' } });
  });

  it('"gimana ya" is no yes ("ya" as a particle): nothing is booked until "oh iya"', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'gimana ya', { kind: 'clarify', has: CONFIRM_KTP, not: ['Booking berhasil'] });
    await step(s, user, 'oh iya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('"tidak" and "batal" after an aside still mean no, and nothing is booked', async () => {
    for (const no of ['tidak', 'batal']) {
      const user = citizen();
      await atConfirm(s, user);
      await step(s, user, 'jam buka?', { kind: 'clarify', has: CONFIRM_KTP });
      await step(s, user, no, { kind: 'answer', has: ['booking tidak jadi dibuat'] });
      expect(await bookingsListed(s, user)).toBe(0);
    }
  });

  it('a fourth aside in a row lets the draft go and says so; a late "ya" books nothing; "lanjut" brings the question back', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'jam buka?', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'lokasinya dimana?', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'biayanya berapa', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'berapa lama prosesnya', { kind: 'answer', has: ['belum disimpan', 'Ketik "lanjut"', 'Lama proses KTP-el'], not: ['Konfirmasi booking:'] });
    await step(s, user, 'ya', { not: ['Booking berhasil'] });
    expect(await bookingsListed(s, user)).toBe(0);
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP, options: YES_NO });
    await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Senin:', ...CONFIRM_KTP] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"cek booking" at the confirm step shows the booking already made, and is no "yes" to the new one', async () => {
    const user = citizen();
    const first = await book(s, user, 'booking npwp kamis jam 11', 'Budi Santoso');
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'cek booking', { kind: 'clarify', has: [first.code, ...CONFIRM_KTP], not: ['Booking berhasil'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
    expect(await bookingsListed(s, user)).toBe(2);
  });

  it('at the name step "makasih" is no name; "Selamat" is one', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'makasih', { kind: 'clarify', has: ['Sama-sama', 'Booking atas nama siapa?'], not: ['Atas nama: Makasih'] });
    await step(s, user, 'Selamat', { kind: 'clarify', has: ['Atas nama: Selamat'] });
  });

  it('a dialog let go is forgotten once another one opens: "lanjut" never brings back a stale draft', async () => {
    const user = citizen();
    await atConfirm(s, user);
    for (const aside of ['jam buka?', 'lokasinya dimana?', 'biayanya berapa']) await step(s, user, aside, { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'berapa lama prosesnya', { kind: 'answer', has: ['Ketik "lanjut"'] });
    await step(s, user, 'booking npwp jumat jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Jumat, 27 November 2026, 10.00 WIB'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat'] });
    await step(s, user, 'lanjut', { not: ['Konfirmasi booking:', 'KTP-el (KTP elektronik)'] });
  });

  it('an English aside in an English booking: answered in English, the question again, "yes" books', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    const confirm = ['Confirm booking:', 'Thursday, 26 November 2026, 09:00 WIB', 'Name: Budi Santoso'];
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: confirm });
    await step(s, user, 'what time do you open?', { kind: 'clarify', has: ['Monday: 08:00–12:00 WIB', ...confirm], options: ['Yes', 'No'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });
});

describe('asides at other open questions (issue 11)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('at the time step of a reschedule, an aside keeps the new day; the move goes to Friday 10:00', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 9', 'Budi Santoso');
    await step(s, user, `ganti jadwal ${booked.code} ke jumat`, { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 09.00 WIB?`] });
    await step(s, user, 'jam lain', { kind: 'clarify', has: ['Pilih jam pada Jumat, 27 November 2026'] });
    await step(s, user, 'syaratnya apa aja?', { kind: 'clarify', has: ['NPWP', 'Pilih jam pada Jumat, 27 November 2026'], not: ['Untuk layanan apa'] });
    await step(s, user, '10.00', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`] });
    await step(s, user, 'biayanya berapa', { kind: 'clarify', has: ['Biaya', `Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-27', time: '10:00' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('at "Batalkan booking ini?", "jam buka?" is answered and "ya" then cancels', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 10', 'Budi Santoso');
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Senin:', 'Batalkan booking ini?', booked.code], options: YES_NO });
    await step(s, user, 'ya', { kind: 'booking_cancelled', booking: { code: booked.code } });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  it('in the complaint dialog, a short "jam buka?" is not taken as the complaint; the category question comes back', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Senin:', 'Pengaduan Anda tentang apa?'] });
    await step(s, user, 'pelayanan lambat', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    await step(s, user, 'makasih', { kind: 'clarify', has: ['Sama-sama', 'Ceritakan apa yang terjadi'] });
  });

  it('in the complaint dialog, a six-word question at the category or service step is answered, not filed as the story (session 18)', async () => {
    const user = citizen();
    await step(s, user, 'saya mau lapor pelayanan jelek', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'ada loket Taspen gak di mpp?', { kind: 'clarify', has: ['Taspen tidak ada di MPP', 'Pengaduan Anda tentang apa?'], not: ['Terkait layanan apa?'] });
    await step(s, user, 'petugasnya ngobrol terus pas saya antri', { kind: 'clarify', has: ['Terkait layanan apa?'] });
    await step(s, user, 'alamat lengkap mpp nya di jalan apa ya?', { kind: 'clarify', has: ['Jl. Contoh Raya No. 1', 'Terkait layanan apa?'] });
    // At the story's own step six words are the story, question mark or not.
    const other = citizen();
    await step(s, other, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, other, '7', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    await step(s, other, 'kenapa berkas saya ditolak padahal lengkap semua?', { kind: 'clarify', has: ['Terkait layanan apa?'] });
  });

  it('in the complaint dialog, "biayanya mahal" is the story, not a question about fees', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, '1', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    await step(s, user, 'biayanya mahal', { kind: 'clarify', has: ['Terkait layanan apa?'], not: ['Untuk layanan apa?', 'GRATIS'] });
  });
});

describe('not an aside: another booking at the confirm step (issue 11)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"booking paspor" is no "yes" to the KTP booking: it says the KTP draft was not saved and starts the passport booking', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'booking paspor', { kind: 'clarify', has: ['KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB belum disimpan', 'Pilih tanggal'], not: ['Booking berhasil'] });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  // Session 39 (npm run simulate): "eh salah pilih layanan, bukan sim tapi skck" was met with "Mohon jawab ya atau tidak".
  it('"bukan ktp tapi kk" at the confirm step corrects the service, keeps the day, hour and name, and holds no KTP draft', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'eh salah pilih, bukan ktp tapi kk', { kind: 'clarify', has: ['Kartu Keluarga', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama:', 'Lanjutkan?'], not: ['belum disimpan', 'Mohon jawab'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Kartu Keluarga'] });
    await step(s, user, 'nanti', { kind: 'answer', not: ['lanjut'] });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  // Session 40 (npm run simulate): at "Pilih tanggal" the kind of service was "not one of the options", and a service taken back
  // held the mistaken booking for "lanjut".
  it('"perpanjang" at "Pilih tanggal" of a SIM booking sets the kind of SIM; the day picked next books it', async () => {
    const user = citizen();
    await step(s, user, 'booking sim', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'perpanjang', { kind: 'clarify', has: ['Pilih tanggal'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'kamis jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Perpanjang', 'Kamis, 26 November 2026, 10.00 WIB', 'Lanjutkan?'] });
  });

  it('"bukan sim tapi skck" at "Pilih jam" books an SKCK on the day already picked, and holds no SIM booking', async () => {
    const user = citizen();
    await step(s, user, 'booking sim kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    await step(s, user, 'bukan sim tapi skck', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'], not: ['belum disimpan', 'lanjut'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['SKCK', 'Kamis, 26 November 2026, 10.00 WIB', 'Lanjutkan?'], not: ['SIM'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'skck', date: '2026-11-26', time: '10:00' } });
    await step(s, user, 'lanjut', { not: ['SIM'] });
  });

  it('"booking paspor" at the confirm step of a move leaves the booking where it was and starts the passport booking', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 9', 'Budi Santoso');
    await step(s, user, 'ganti jadwal ke jumat jam 10', { kind: 'clarify', has: [`Pindahkan booking ${booked.code}`] });
    await step(s, user, 'booking paspor', { kind: 'clarify', has: [`Jadwal booking ${booked.code} tidak diubah`, 'Pilih tanggal'], not: ['berhasil dipindah'] });
    const listing = (await s.say(user, 'cek booking')).filter((l) => l.to === user).map((l) => l.text).join('\n');
    expect(listing).toContain('Kamis, 26 November 2026, 09.00 WIB');
  });

  it('"mau komplain" at the confirm step starts the complaint and says the booking was not saved', async () => {
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['belum disimpan', 'Pengaduan Anda tentang apa?'] });
  });
});

describe('an aside is no miss (issue 11, learning)', () => {
  it('"jam buka?" answered at the confirm step is not kept for /belajar; the question sent again is not a miss of it', async () => {
    const s = await start();
    const user = citizen();
    await atConfirm(s, user);
    await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Senin:', ...CONFIRM_KTP] });
    const list = (await s.say(STAFF, '/belajar')).map((l) => l.text).join('\n');
    expect(list).not.toContain('jam buka?');
  });
});
