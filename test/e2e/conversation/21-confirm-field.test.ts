/**
 * Field test after session 5 (issue 11): at a confirm step a yes word followed by a question is a
 * question. "oke, yang datang cucu saya boleh?" and "ok, can my wife come instead of me?" ask whether
 * someone else may come (answered, the question asked again); "oke, parkirnya gratis ga?" asks what
 * no step answers: it neither books nor declines (its "ga?" is a question tag). At "Batalkan booking
 * ini?", "diundur aja", "postpone instead" and "make it friday instead" move the booking.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, type Sim, start, step } from './chat.js';

const CONFIRM_KK = ['Konfirmasi booking:', 'Kartu Keluarga (KK)', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Harjo'];
const CONFIRM_PASSPORT = ['Confirm booking:', 'Passport', 'Thursday, 26 November 2026, 10:00 WIB', 'Name: John Smith'];

describe('a yes word with a question at the confirm step never books (leftover 1)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('"oke, yang datang cucu saya boleh?" is answered as whether someone else may come; then "ya" books', async () => {
    const user = citizen();
    await step(s, user, 'booking kk kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: CONFIRM_KK });
    await step(s, user, 'oke, yang datang cucu saya boleh?', { kind: 'clarify', has: ['Boleh, dengan surat kuasa', ...CONFIRM_KK], not: ['Booking berhasil'], options: ['Ya', 'Tidak'] });
    await step(s, user, 'oke, istri saya aja yang datang bisa?', { kind: 'clarify', has: ['surat kuasa', ...CONFIRM_KK], not: ['Booking berhasil'] });
    expect(await bookingsListed(s, user)).toBe(0);
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'kk', date: '2026-11-26', time: '09:00' } });
  });

  it('"oke, boleh diwakilkan?" at the move\'s confirm step is answered too, and the booking keeps its time until "ya"', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk kamis jam 10', 'Harjo');
    await step(s, user, 'ganti jadwal', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'jumat jam 10', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 10.00 WIB?`] });
    await step(s, user, 'oke, boleh diwakilkan?', { kind: 'clarify', has: ['surat kuasa', `Pindahkan booking ${booked.code}`], not: ['berhasil dipindah'] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-27' } });
  });

  it('in English: "ok, can my wife come instead of me?" is answered, not taken as yes', async () => {
    const user = citizen();
    await step(s, user, 'book a passport for thursday at 10', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'John Smith', { kind: 'clarify', has: CONFIRM_PASSPORT });
    await step(s, user, 'ok, can my wife come instead of me?', { kind: 'clarify', has: ['Can someone else do it?', ...CONFIRM_PASSPORT], not: ['You are booked'], options: ['Yes', 'No'] });
    expect(await bookingsListed(s, user)).toBe(0);
    await step(s, user, 'yes', { kind: 'booking_confirmed', booking: { service: 'paspor' } });
  });

  it('"oke, parkirnya gratis ga?" neither books nor declines: it says so and asks again; "ya" then books', async () => {
    const user = citizen();
    await step(s, user, 'booking kk kamis jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'oke, parkirnya gratis ga?', { kind: 'clarify', has: ['belum bisa saya jawab', 'belum ada yang dijalankan', 'Mohon jawab "ya" atau "tidak"', 'Konfirmasi booking:'], not: ['Booking berhasil', 'tidak jadi dibuat'] });
    expect(await bookingsListed(s, user)).toBe(0);
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'kk', time: '11:00' } });
  });

  it('"ga jadi" and "tidak" still decline, "oke" and "ya?" still agree', async () => {
    const user = citizen();
    await step(s, user, 'booking kk kamis jam 13', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'ga jadi', { kind: 'answer', has: ['booking tidak jadi dibuat'] });
    await step(s, user, 'booking kk kamis jam 13', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat'] });
    await step(s, user, 'booking kk kamis jam 13', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'ya?', { kind: 'booking_confirmed', booking: { service: 'kk', time: '13:00' } });
  });
});

describe('moving instead of cancelling, in more words (leftover 2)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  const english = async (user: ReturnType<typeof citizen>, time: string) => {
    await step(s, user, `book npwp thursday at ${time}`, { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:'] });
    const booked = (await step(s, user, 'yes', { kind: 'booking_confirmed' })).booking!;
    await step(s, user, 'cancel my booking', { kind: 'clarify', has: ['Cancel this booking?', booked.code] });
    return booked;
  };

  it('"postpone instead" keeps the booking and asks for the new date; the move goes through', async () => {
    const user = citizen();
    const booked = await english(user, '9');
    await step(s, user, 'postpone instead', { kind: 'clarify', has: [`Booking ${booked.code} stays active`, 'Pick a date'], not: ['Please answer "yes" or "no"', 'is cancelled'] });
    await step(s, user, 'friday', { kind: 'clarify', has: ['Pick a time on Friday, 27 November 2026'] });
    await step(s, user, '10:00', { kind: 'clarify', has: [`Move booking ${booked.code} to Friday, 27 November 2026, 10:00 WIB?`] });
    await step(s, user, 'yes', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-27', time: '10:00' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"make it friday instead" offers Friday at the same hour', async () => {
    const user = citizen();
    const booked = await english(user, '10');
    await step(s, user, 'make it friday instead', { kind: 'clarify', has: [`Booking ${booked.code} stays active`, `Move booking ${booked.code} to Friday, 27 November 2026, 10:00 WIB?`], not: ['Please answer'] });
  });

  it('"different day please" and "could I just postpone it?" move too', async () => {
    const user = citizen();
    const booked = await english(user, '11');
    await step(s, user, 'different day please', { kind: 'clarify', has: [`Booking ${booked.code} stays active`, 'Pick a date'] });
    const other = citizen();
    await english(other, '13');
    await step(s, other, 'could I just postpone it?', { kind: 'clarify', has: ['stays active', 'Pick a date'], not: ['is cancelled'] });
  });

  it('"diundur aja" and "jumat aja" move it in Indonesian; "ya batalin aja" still cancels', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 14', 'Budi Santoso');
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'diundur aja', { kind: 'clarify', has: [`Booking ${booked.code} tetap aktif`, 'Pilih tanggal'], not: ['Mohon jawab'] });
    await step(s, user, 'gak jadi', { kind: 'answer' });
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'jumat aja', { kind: 'clarify', has: [`Booking ${booked.code} tetap aktif`, `Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 14.00 WIB?`] });
    await step(s, user, 'gak jadi', { kind: 'answer' });
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'ya batalin aja', { kind: 'booking_cancelled', booking: { code: booked.code } });
  });
});
