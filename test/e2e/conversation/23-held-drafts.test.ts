/**
 * Leftover 4 (issue 11): one booking draft was held at a time, so a third booking started at the
 * second one's confirm step silently replaced the first held draft ("Tidak hilang", then lost). A
 * citizen with errands for the family (KTP for himself, a passport, the KK) expects each to wait:
 * every held draft is kept, said to be when another is left aside, and reminded once, in turn.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { bookingsListed, citizen, type Sim, start, step } from './chat.js';

const CONFIRM_KTP = ['Konfirmasi booking:', 'KTP-el (KTP elektronik)', 'Kamis, 26 November 2026, 09.00 WIB', 'Atas nama: Harjo'];
const CONFIRM_PASSPORT = ['Konfirmasi booking:', 'Paspor', 'Kamis, 26 November 2026, 11.00 WIB'];
const KTP_HELD = 'KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB';
const PASSPORT_HELD = 'Paspor, Kamis, 26 November 2026, 11.00 WIB';

describe('three bookings started one at another\'s confirm step are all kept (leftover 4)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  it('KTP, then passport, then KK: both held drafts are named, come back one by one with one reminder each, and all three get booked', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor kamis jam 11', { kind: 'clarify', has: [`${KTP_HELD} belum disimpan. Tidak hilang`, ...CONFIRM_PASSPORT] });
    await step(s, user, 'booking kk jumat jam 9', { kind: 'clarify', has: [`${PASSPORT_HELD} belum disimpan. Tidak hilang`, `Booking ${KTP_HELD} juga tetap menunggu.`, 'Kartu Keluarga (KK)'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'kk' }, has: ['Balas dengan nomornya'] });
    // The latest held draft is reminded (once), the earlier one waits its turn.
    await step(s, user, '1', { kind: 'answer', has: ['Dicatat', `${PASSPORT_HELD} belum disimpan. Ketik "lanjut"`], not: [KTP_HELD] });
    await step(s, user, 'jam buka?', { kind: 'answer', not: ['belum disimpan'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_PASSPORT, not: [KTP_HELD] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'paspor', time: '11:00' } });
    await step(s, user, '1', { kind: 'answer', has: ['Dicatat', `${KTP_HELD} belum disimpan. Ketik "lanjut"`] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', date: '2026-11-26', time: '09:00' } });
    await step(s, user, '1', { kind: 'answer', has: ['Dicatat'], not: ['belum disimpan', 'lanjut'] });
    expect(await bookingsListed(s, user)).toBe(3);
  });

  it('the earlier held draft survives the latest one being declined, and comes back after it', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor kamis jam 11', { kind: 'clarify', has: CONFIRM_PASSPORT });
    await step(s, user, 'booking kk jumat jam 9', { kind: 'clarify', has: ['juga tetap menunggu'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat', `${PASSPORT_HELD} belum disimpan. Ketik "lanjut"`] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_PASSPORT });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat', `${KTP_HELD} belum disimpan. Ketik "lanjut"`] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('in English the held bookings are "not saved yet", and "kept too"', async () => {
    const user = citizen();
    await step(s, user, 'book ktp thursday at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'John Smith', { kind: 'clarify', has: ['Confirm booking:'] });
    await step(s, user, 'book a passport for thursday at 11', { kind: 'clarify', has: ['(Electronic ID card (KTP-el), Thursday, 26 November 2026, 09:00 WIB) is not saved yet. It is kept'] });
    await step(s, user, 'book kk for friday at 9', { kind: 'clarify', has: ['(Passport, Thursday, 26 November 2026, 11:00 WIB) is not saved yet. It is kept', 'The booking (Electronic ID card (KTP-el), Thursday, 26 November 2026, 09:00 WIB) is kept too.', 'Family card (KK)'], not: ['was not saved'] });
  });
});

describe('a fourth booking left aside (issue 11, field leftover of session 6)', () => {
  it('a fourth held draft: the oldest that no longer fits is named, with the words to start it again; the three others stay', async () => {
    const s = await start(undefined, 50);
    const user = citizen();
    await step(s, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Harjo', { kind: 'clarify', has: CONFIRM_KTP });
    await step(s, user, 'booking paspor kamis jam 11', { kind: 'clarify', has: CONFIRM_PASSPORT });
    await step(s, user, 'booking kk jumat jam 9', { kind: 'clarify', has: ['juga tetap menunggu'], not: ['tidak disimpan lagi'] });
    await step(s, user, 'booking skck jumat jam 10', { kind: 'clarify', has: ['juga tetap menunggu', 'SKCK'], not: ['tidak disimpan lagi'] });
    await step(s, user, 'booking akta kelahiran jumat jam 11', {
      kind: 'clarify',
      has: [`Booking ${KTP_HELD} tidak disimpan lagi: paling banyak 3 booking bisa menunggu. Ketik "booking ktp" untuk memulainya lagi.`, 'Akta kelahiran'],
    });
    // The three kept come back in turn, newest first; the KTP one is not among them.
    await step(s, user, 'tidak', { kind: 'answer', has: ['SKCK (Surat Keterangan Catatan Kepolisian), Jumat, 27 November 2026, 10.00 WIB belum disimpan. Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: ['SKCK'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['Kartu Keluarga (KK), Jumat, 27 November 2026, 09.00 WIB belum disimpan. Ketik "lanjut"'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: ['Kartu Keluarga (KK)'] });
    await step(s, user, 'tidak', { kind: 'answer', has: [`${PASSPORT_HELD} belum disimpan. Ketik "lanjut"`] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: CONFIRM_PASSPORT });
    await step(s, user, 'tidak', { kind: 'answer', has: ['booking tidak jadi dibuat'], not: [KTP_HELD] });
    await step(s, user, 'lanjut', { kind: 'answer', has: ['Tidak ada booking atau pertanyaan yang tertunda'] });
  });
});
