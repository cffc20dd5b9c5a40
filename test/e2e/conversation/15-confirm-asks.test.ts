/**
 * Field bugs at confirm steps (issue 11, session 5): a question with a leading "oke" is still a
 * question (it must not book), and "ganti jadwal aja" at "Batalkan booking ini?" moves the booking
 * instead of asking "ya atau tidak" again. Each reply is read before the next message is typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, type Sim, start, step } from './chat.js';

const CONFIRM_KTP = ['Konfirmasi booking:', 'KTP-el (KTP elektronik)', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Budi Santoso'];
const CONFIRM_EN = ['Confirm booking:', 'Thursday, 26 November 2026, 09:00 WIB', 'Name: Budi Santoso'];


describe('"oke, syaratnya apa?" at a booking confirm step asks, it does not book (field bug 3)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('the requirements are answered, the confirm question comes back, and only "ya" books', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP, options: ['Ya', 'Tidak'] });
    await step(s, user, 'oke, syaratnya apa?', { kind: 'clarify', has: ['KTP-el baru (pemula)', 'Ganti KTP-el hilang', ...CONFIRM_KTP], not: ['Booking berhasil'], options: ['Ya', 'Tidak'] });
    expect(await bookingsListed(s, user)).toBe(0);
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('"iya, lokasinya dimana" and "oke, biayanya berapa?" are answered too; "tidak" then books nothing', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'iya, lokasinya dimana', { kind: 'clarify', has: ['Lantai 1, loket 1–6', ...CONFIRM_KTP], not: ['Booking berhasil'] });
    await step(s, user, 'oke, biayanya berapa?', { kind: 'clarify', has: ['GRATIS', ...CONFIRM_KTP], not: ['Booking berhasil'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat'] });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  it('in English: "ok, what do I need to bring?" is answered, then "yes" books', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_EN });
    await step(s, user, 'ok, what do I need to bring?', { kind: 'clarify', has: ['New KTP-el (first card)', ...CONFIRM_EN], not: ['You are booked'], options: ['Yes', 'No'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
  });

  it('at "atas nama siapa?" too: "oke, syaratnya apa?" is answered and the name asked again, never taken as the name', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'oke, syaratnya apa?', { kind: 'clarify', has: ['KTP-el baru (pemula)', 'atas nama'], not: ['Mohon tulis nama saja', 'Atas nama: oke'] });
    await step(s, user, 'ok jam bukanya kapan?', { kind: 'clarify', has: ['atas nama'], not: ['Mohon tulis nama saja'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('a plain "oke" still confirms', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'oke', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
  });
});

describe('"ganti jadwal aja" at "Batalkan booking ini?" moves the booking instead (field bug 4)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('the booking stays active, the reschedule starts for it, and the move goes through', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 9', 'Budi Santoso');
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'ganti jadwal aja', { kind: 'clarify', has: [`Booking ${booked.code} tetap aktif`, 'Pilih tanggal'], not: ['Mohon jawab', 'sudah dibatalkan'] });
    await step(s, user, 'jumat', { kind: 'clarify', has: ['Pilih jam pada Jumat, 27 November 2026'] });
    await step(s, user, '10.00', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-27', time: '10:00' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"pindah ke jumat jam 10 aja" goes straight to the move\'s confirm step', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 10', 'Budi Santoso');
    await step(s, user, `batal booking ${booked.code}`, { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'pindah ke jumat jam 10 aja', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`], not: ['Mohon jawab'] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-27' } });
  });

  it('in English: "just reschedule it instead" keeps the booking and asks for the new date', async () => {
    const user = citizen();
    await step(s, user, 'book npwp thursday at 11', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:'] });
    const booked = (await step(s, user, 'yes', { kind: 'booking_confirmed' })).booking!;
    await step(s, user, 'cancel my booking', { kind: 'clarify', has: ['Cancel this booking?', booked.code] });
    await step(s, user, 'just reschedule it instead', { kind: 'clarify', has: [`Booking ${booked.code} stays active`, 'Pick a date'], not: ['Please answer "yes" or "no"', 'is cancelled'] });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('a plain "ya" still cancels', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 13', 'Budi Santoso');
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'ya', { kind: 'booking_cancelled', booking: { code: booked.code } });
  });
});
