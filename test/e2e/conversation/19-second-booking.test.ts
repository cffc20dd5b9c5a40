/**
 * Field bug 1 (issue 11): "booking paspor" typed at a KTP booking's confirm step dropped the KTP
 * draft. A citizen asking for a second booking most likely has two errands (or changed their mind):
 * the passport booking starts at once, as asked, and the KTP draft is held. The bot says so, reminds
 * once the passport dialog is over, and "lanjut" brings the KTP confirm step back.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { bookingsListed, citizen, type Sim, start, step } from './chat.js';

const CONFIRM_KTP = ['Konfirmasi booking:', 'KTP-el (KTP elektronik)', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Budi Santoso'];


describe('a second booking at the first one\'s confirm step keeps the first (field bug 1)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('the passport booking starts and names the held KTP draft; after it is booked, a reminder; "lanjut" brings the KTP question back and "ya" books it', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor', { kind: 'clarify', has: ['KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB belum disimpan', 'ketik "lanjut"', 'Pilih tanggal:'], not: ['Booking berhasil'] });
    await step(s, user, 'kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
    // The name given for the KTP booking goes with the passport one, shown to be checked.
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['Konfirmasi booking:', 'Paspor', 'Kamis, 26 November 2026, 10.00 WIB', 'Atas nama: Budi Santoso'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'paspor', time: '10:00' }, has: ['Balas dengan nomornya'] });
    await step(s, user, '1', { kind: 'answer', has: ['Dicatat', 'KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB belum disimpan', 'Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP, options: ['Ya', 'Tidak'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
    expect(await bookingsListed(s, user)).toBe(2);
  });

  it('"tidak" to the passport booking also leads back: the reminder comes with the answer', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor kamis jam 11', { kind: 'clarify', has: ['belum disimpan', 'Konfirmasi booking:', 'Paspor', 'Kamis, 26 November 2026, 11.00 WIB'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat', 'KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB belum disimpan. Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"lanjut" while the passport dialog is open says to finish it first; "batal" leaves it and "lanjut" then works', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor', { kind: 'clarify', has: ['Pilih tanggal:'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: ['Booking tadi tetap disimpan: selesaikan yang ini dulu', 'Pilih tanggal:'], not: ['Konfirmasi booking:'] });
    await step(s, user, 'batal', { kind: 'answer', has: ['tidak dilanjutkan', 'KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB belum disimpan. Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  it('the held booking comes back in the language the citizen uses now', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'booking paspor kamis jam 11', { kind: 'clarify', has: ['belum disimpan', 'Konfirmasi booking:', 'Paspor'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP, not: ['Confirm booking:'], options: ['Ya', 'Tidak'] });
  });

  it('in English: "book a passport" at the KTP confirm step says the KTP booking is kept, and "continue" brings it back', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'book a passport for thursday at 11', { kind: 'clarify', has: ['is not saved yet. It is kept', 'type "continue"', 'Confirm booking:', 'Passport'] });
    await step(s, user, 'no', { kind: 'answer', has: ['no booking was made', 'Type "continue" to get back to it.'] });
    await step(s, user, 'continue', { kind: 'clarify', has: ['Confirm booking:', 'Thursday, 26 November 2026, 09:00 WIB', 'Name: Budi Santoso'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
  });
});
