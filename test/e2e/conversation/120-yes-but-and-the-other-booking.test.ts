/**
 * A yes that is not one, and a booking that is not the one meant (session 48, a field test of citizens with uncommon paperwork).
 * At "Batalkan booking ini?", "iya kalau bisa jangan dibatalkan dulu" cancelled the booking (its "jangan dibatalkan dulu" was read
 * as taken back, leaving "iya"), and so did "iya tapi nanti dulu". A citizen with a passport booking who wrote "booking kk ubah
 * data selasa jam 9" was asked "Pindahkan booking LY-… ke Selasa?", with no word that it was the passport, and "ok tapi yang kk"
 * moved it.
 */
import { describe, it } from 'vitest';

import { book, citizen, start, step } from './chat.js';

describe('a yes with a no or a "but" in it (issue 11, conversation)', () => {
  it('keeps the booking', async () => {
    const s = await start();
    const tono = citizen();
    await book(s, tono, 'booking kk rabu jam 9', 'Tono');
    await step(s, tono, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, tono, 'iya kalau bisa jangan dibatalkan dulu', { kind: 'answer', has: ['tidak jadi'], not: ['dibatalkan dan slotnya dilepas'] });
    await step(s, tono, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, tono, 'iya tapi nanti dulu', { kind: 'clarify', has: ['Mohon jawab "ya" atau "tidak"', 'Batalkan booking ini?'], not: ['dilepas'] });
    await step(s, tono, 'tidak', { kind: 'answer', has: ['tidak jadi'] });
    await step(s, tono, 'cek booking', { kind: 'answer', has: ['Rabu, 25 November 2026'] });
  });
});

describe('a booking of another service than the one held (issue 11, conversation)', () => {
  it('books the service named, and a move asked for it leaves the held booking alone', async () => {
    const s = await start();
    const ani = citizen();
    await book(s, ani, 'booking paspor kamis jam 10', 'Ani Lestari');
    await step(s, ani, 'booking kk ubah data selasa jam 9', { kind: 'clarify', has: ['Konfirmasi booking:', 'KK', 'Selasa, 24 November 2026, 09.00 WIB'], not: ['Pindahkan'] });
    await step(s, ani, 'tidak', { kind: 'answer' });
    await step(s, ani, 'ganti jadwal kk ke selasa jam 9', {
      kind: 'answer',
      has: ['Anda belum punya booking Kartu Keluarga (KK) untuk dipindah.', '(Paspor, Kam 26 Nov 10:00) tidak diubah'],
      options: ['Booking Kartu Keluarga (KK)'],
    });
    // A move of the booking held says which booking it is.
    await step(s, ani, 'ganti jadwal ke selasa jam 9', { kind: 'clarify', has: ['ke Selasa, 24 November 2026, 09.00 WIB?\nLayanan: Paspor baru'] });
    await step(s, ani, 'ok tapi yang kk', { kind: 'clarify', has: ['Mohon jawab "ya" atau "tidak"'], not: ['berhasil dipindah'] });
  });
});

describe("another service's booking at the question which kind the first one is (issue 11, conversation)", () => {
  it('books that service, and leaves the first booking\'s kind to be asked', async () => {
    const s = await start();
    const budi = citizen();
    await step(s, budi, 'booking kk selasa jam 9', { kind: 'clarify' });
    await step(s, budi, 'Budi', { kind: 'clarify' });
    await step(s, budi, 'ya', { kind: 'booking_confirmed', options: ['KK baru'] });
    // "perubahan data" is also a KK kind: with KTP named, it is the KTP's.
    await step(s, budi, 'booking ktp perubahan data selasa jam 9.30', { kind: 'clarify', has: ['Konfirmasi booking:', 'KTP-el karena perubahan data', '09.30 WIB'], not: ['Dicatat: booking'] });
  });
});
