/**
 * Field bug 2 (issue 11): after an aside in another language, the open question came back in the
 * dialog's first language under an answer in the new one. It now follows the citizen's latest
 * language, options included, and the dialog goes on in that language.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

const CONFIRM_ID = ['Konfirmasi booking:', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Budi Santoso'];
const CONFIRM_EN = ['Confirm booking:', 'Thursday, 26 November 2026, 09:00 WIB', 'Name: Budi Santoso', 'Go ahead?'];

describe('the open question follows the citizen into English (field bug 2)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('an Indonesian confirm step, an English question: the answer and the question again are in English; "yes" books', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_ID, options: ['Ya', 'Tidak'] });
    await step(s, user, 'what time do you open?', { kind: 'clarify', has: ['Monday: 08:00–12:00 WIB', ...CONFIRM_EN], not: ['Konfirmasi booking:', 'Lanjutkan?'], options: ['Yes', 'No'] });
    await step(s, user, 'how much does it cost?', { kind: 'clarify', has: ['FREE', ...CONFIRM_EN], not: ['Lanjutkan?'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', has: ['You are booked!'], booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
  });

  it('at the date step the dates come back in English and an English label picks one', async () => {
    const user = citizen();
    await step(s, user, 'booking paspor', { kind: 'clarify', has: ['Pilih tanggal:'], options: ['Kam 26 Nov'] });
    await step(s, user, 'where is the office located?', { kind: 'clarify', has: ['Pick a date:'], not: ['Pilih tanggal:'], options: ['Thu 26 Nov'] });
    await step(s, user, 'Thu 26 Nov', { kind: 'clarify', has: ['Pick a time on Thursday, 26 November 2026'] });
  });

  it('an answer outside the options after switching is asked again in English too', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'what are the opening hours?', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'blorp zzkx', { kind: 'clarify', has: ['Please answer "yes" or "no".', 'Confirm booking:'], not: ['Konfirmasi booking:'] });
    // The question shown after the next aside is the question alone, not the "please answer" prompt around it.
    await step(s, user, 'where is the office located?', { kind: 'clarify', has: ['Confirm booking:'], not: ['Please answer'] });
  });

  it('switching language does not restart the count of asides: the fourth in a row lets the draft go', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'jam buka?', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'what are the opening hours?', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'where is the office located?', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'how long does it take?', { kind: 'answer', has: ['is not saved yet. Type "continue"'], not: ['Confirm booking:'] });
  });

  it('at "Batalkan booking ini?", an English question gets "Cancel this booking?" back, and "yes" cancels', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp kamis jam 11', 'Budi Santoso');
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'what time do you open?', { kind: 'clarify', has: ['Cancel this booking?', booked.code], not: ['Batalkan booking ini?'], options: ['Yes', 'No'] });
    await step(s, user, 'yes', { kind: 'booking_cancelled', booking: { code: booked.code } });
  });

  it('at the name step an English question is an aside, not the name; the name question comes back in English', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 11', { kind: 'clarify', has: ['Booking atas nama siapa?'] });
    await step(s, user, 'what are the opening hours?', { kind: 'clarify', has: ['Monday: 08:00–12:00 WIB', 'Whose name should the booking be under?'], not: ['Name: what are'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:', 'Thursday, 26 November 2026, 11:00 WIB', 'Name: Budi Santoso'] });
  });

  it('and back: an English booking, an Indonesian question, the question again in Indonesian', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_EN });
    await step(s, user, 'jam bukanya kapan ya?', { kind: 'clarify', has: ['Senin: 08.00–12.00 WIB', ...CONFIRM_ID], not: ['Confirm booking:'], options: ['Ya', 'Tidak'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Booking berhasil!'] });
  });
});
