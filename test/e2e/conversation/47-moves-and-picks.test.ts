/**
 * A booking moved or picked the way the chat says it (session 40, tried with `npm run simulate`): "tolong undur seminggu ya"
 * offered the days from today (no day is named, so none was read), "booking paspor jumat jam 9" at a move's "Pilih tanggal"
 * moved the SKCK booking to Friday instead of booking a passport, and "yang skck" at "Booking yang mana?" became a question
 * about SKCK; "booking skck kamis jam 11" right after a passport booking was "not one of the options".
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a booking moved by a shift of its own day (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"undur seminggu" moves the booking a week on, at its own hour', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking skck kamis jam 10');
    await step(s, user, 'tolong undur seminggu ya', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Kamis, 3 Desember 2026, 10.00 WIB?`] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-12-03', time: '10:00' } });
  });

  it('"majukan sehari aja" moves it a day earlier', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 11');
    await step(s, user, 'majukan sehari aja bisa?', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Rabu, 25 November 2026, 11.00 WIB?`] });
  });

  it('"same time" at a move\'s "Pick a time" keeps the booking\'s own hour', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking ktp kamis jam 11');
    await step(s, user, 'can I move it to monday?', { kind: 'clarify', has: [`Move booking ${booked.code} to Monday, 30 November 2026, 11:00 WIB?`] });
    await step(s, user, 'another time', { kind: 'clarify', has: ['Pick a time on Monday, 30 November 2026'] });
    await step(s, user, 'same time', { kind: 'clarify', has: [`Move booking ${booked.code} to Monday, 30 November 2026, 11:00 WIB?`], not: ['Processing time'] });
  });

  it('"same time on friday" at a move\'s "Pick a time" moves it to Friday at the booking\'s own hour', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking ktp kamis jam 14');
    await step(s, user, 'can I move it to monday?', { kind: 'clarify', has: ['Monday, 30 November 2026'] });
    await step(s, user, 'same time on friday', { kind: 'clarify', has: [`Move booking ${booked.code} to Friday, 27 November 2026, 14:00 WIB?`] });
  });

  it('"pindah ke senin depan jam yang sama" keeps the hour in the message that asks for the move', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk rabu jam 10');
    await step(s, user, 'pindah ke senin depan jam yang sama', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Senin, 30 November 2026, 10.00 WIB?`], not: ['Pilih jam'] });
  });

  it('a day named wins over a shift: "undur ke jumat" is Friday', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk kamis jam 9');
    await step(s, user, 'undur ke jumat jam 9 ya', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Jumat, 27 November 2026, 09.00 WIB?`] });
  });
});

describe('another booking, and a booking picked by its service, mid-dialog (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"booking paspor jumat jam 9" at a move\'s "Pilih tanggal" books a passport and leaves the SKCK booking on its day', async () => {
    const user = citizen();
    const skck = await book(s, user, 'booking skck kamis jam 10');
    await step(s, user, 'ganti jadwal', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'booking paspor jumat jam 9', { kind: 'clarify', has: [`Jadwal booking ${skck.code} tidak diubah`, 'Paspor', 'Jumat, 27 November 2026, 09.00 WIB', 'Lanjutkan?'], not: [`Pindahkan booking ${skck.code}`] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'paspor', date: '2026-11-27', time: '09:00' } });
    const listing = (await s.say(user, 'cek booking')).filter((l) => l.to === user).map((l) => l.text).join('\n');
    expect(listing).toContain('Kamis, 26 November 2026, 10.00 WIB');
  });

  it('"booking skck …" right after a passport booking, the passport\'s kind still asked, starts the SKCK booking', async () => {
    const user = citizen();
    await step(s, user, 'booking paspor jumat jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sari Dewi', { kind: 'clarify', has: ['Lanjutkan?'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    await step(s, user, 'booking skck kamis jam 9', { kind: 'clarify', has: ['SKCK', 'Kamis, 26 November 2026, 09.00 WIB', 'Lanjutkan?'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'skck', time: '09:00' } });
  });

  it('"yang skck" at "Booking yang mana?" picks the SKCK booking to cancel', async () => {
    const user = citizen();
    await book(s, user, 'booking paspor jumat jam 10');
    const skck = await book(s, user, 'booking skck kamis jam 11');
    await step(s, user, 'batalin booking saya', { kind: 'clarify', has: ['Booking yang mana?'] });
    await step(s, user, 'yang skck', { kind: 'clarify', has: ['Batalkan booking ini?', skck.code] });
    await step(s, user, 'ya', { kind: 'booking_cancelled', booking: { code: skck.code } });
  });
});

describe('the kind of service read from the citizen\'s own verb (issue 11, conversation)', () => {
  it('"buat lusa" is "for the day after tomorrow", not "make a new one": the kind is asked after booking', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'berapa biaya sim?', { kind: 'answer' });
    await step(s, user, 'bisa booking buat lusa?', { kind: 'clarify', has: ['Pilih jam'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Rudi Hartono', { kind: 'clarify', has: ['Lanjutkan?'], not: ['SIM baru'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    await step(s, user, 'perpanjang', { kind: 'answer', has: ['Perpanjang'] });
  });
});

describe('being late, asked by a citizen who holds a booking (issue 11, conversation)', () => {
  it('"kalau telat gimana?" at a move\'s confirm question says what becomes of the booking, and the move still waits', async () => {
    const s = await start();
    const user = citizen();
    const booked = await book(s, user, 'booking sim kamis jam 10');
    await step(s, user, 'eh bisa diganti jam 11?', { kind: 'clarify', has: [`Pindahkan booking ${booked.code}`] });
    await step(s, user, 'kalau telat gimana?', { kind: 'clarify', has: ['Bila Anda terlambat', `Pindahkan booking ${booked.code}`], not: ['Alur'] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, time: '11:00' } });
    const english = citizen();
    await step(s, english, 'book a passport slot on friday at 9am', { kind: 'clarify', has: ['name'] });
    await step(s, english, 'Maria Santos', { kind: 'clarify', has: ['Maria Santos'] });
    await step(s, english, 'yes', { kind: 'booking_confirmed' });
    await step(s, english, "if I'm late what happens?", { kind: 'answer', has: ['If you are late'] });
  });
});

describe('"make it tuesday" moves a booking; "can\'t make it" still cancels (issue 11, conversation)', () => {
  it('"actually make it tuesday" right after booking offers Tuesday at the same hour, never "Cancel this booking?"', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'book a passport for next monday at 9am', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'John Smith', { kind: 'clarify', has: ['Monday, 30 November 2026, 09:00 WIB'] });
    const booked = (await step(s, user, 'yes', { kind: 'booking_confirmed' })).booking!;
    await step(s, user, 'actually make it tuesday', { kind: 'clarify', has: [`Move booking ${booked.code} to Tuesday, 24 November 2026, 09:00 WIB?`], not: ['Cancel this booking?'] });
    await step(s, user, 'yes', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-24', time: '09:00' } });
    await step(s, user, "sorry I can't make it tuesday, please cancel", { kind: 'clarify', has: ['Cancel this booking?', booked.code] });
  });

  it('"can we do wednesday instead" and "friday would be better" move it too; they had fallen out of scope', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'book a ktp slot on thursday at 10am', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Ana Lopez', { kind: 'clarify', has: ['Thursday, 26 November 2026, 10:00 WIB'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed' });
    await step(s, user, 'later', { kind: 'answer' });
    await step(s, user, 'can we do wednesday instead', { kind: 'clarify', has: ['Move booking', 'Wednesday, 25 November 2026, 10:00 WIB'] });
    await step(s, user, 'friday would be better', { kind: 'clarify', has: ['Move booking', 'Friday, 27 November 2026, 10:00 WIB'] });
    // Without a booking there is nothing to move: still not ours.
    await step(s, citizen(), 'can we do wednesday instead', { kind: 'fallback' });
  });
});
