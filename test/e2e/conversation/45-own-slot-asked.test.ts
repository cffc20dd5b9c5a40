/**
 * One's own queue slot asked about is no request for a new one (session 37, tried with `npm run simulate`): "kalau saya telat 15
 * menit antrian saya hangus ga?" named "antrian", and the engine's plain-booking rule met it with "Mau ambil antrean untuk
 * layanan apa?" before the NLU's my_booking was heard. A bare "booking" still starts one.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('one\'s own queue slot asked about (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('with no booking, says there is none instead of starting one; "booking" still starts one', async () => {
    const user = citizen();
    await step(s, user, 'kalau saya telat 15 menit antrian saya hangus ga?', { kind: 'answer', has: ['belum punya booking aktif'], not: ['Mau ambil antrean'] });
    await step(s, user, 'booking', { kind: 'clarify', has: ['Mau ambil antrean untuk layanan apa?'] });
  });

  it('with a booking, shows it', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Atas nama: Budi Santoso'] });
    const booked = await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'nanti', { kind: 'answer', has: ['tetap tersimpan'] });
    await step(s, user, 'kalau saya telat 15 menit antrian saya hangus ga?', { kind: 'answer', has: ['Booking Anda', booked.booking!.code] });
  });

  it('right after booking, while "which KK?" is still open, shows the booking just made (session 38)', async () => {
    const user = citizen();
    await step(s, user, 'booking kk lusa jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sri Wahyuni', { kind: 'clarify', has: ['Atas nama: Sri Wahyuni'] });
    const booked = await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    // The booking, and what happens to a number missed when called (the counter calls it again once the queue is empty).
    await step(s, user, 'kalau saya telat 15 menit antrian saya hangus ga?', { kind: 'answer', has: ['Booking Anda', booked.booking!.code, 'Bila Anda terlambat', 'dipanggil'], not: ['tidak ada di pilihan'] });
    // Asked without lateness, the booking alone.
    await step(s, user, 'antrian saya nomor berapa ya', { kind: 'answer', has: ['Booking Anda'], not: ['Bila Anda terlambat'] });
  });

  it('right after booking, a call-off said with its reason asks to cancel the booking just made (session 39)', async () => {
    const user = citizen();
    await step(s, user, 'booking kk lusa jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sri Wahyuni', { kind: 'clarify', has: ['Atas nama: Sri Wahyuni'] });
    const booked = await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    await step(s, user, 'cancel yg lusa ya, mau nonton final', { kind: 'clarify', has: ['Batalkan booking ini?', booked.booking!.code], not: ['tidak ada di pilihan'] });
    await step(s, user, 'ya', { kind: 'booking_cancelled', has: [booked.booking!.code] });
  });

  it('in English, lateness is answered with the booking and the counter\'s rule, not "my booking or cancel?" (session 38)', async () => {
    const user = citizen();
    await step(s, user, 'book a KK appointment tomorrow at 9', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Name: Budi Santoso'] });
    const booked = await step(s, user, 'yes', { kind: 'booking_confirmed' });
    await step(s, user, 'I will be 20 minutes late for my appointment, will I lose my slot?', { kind: 'answer', has: [booked.booking!.code, 'If you are late', 'call it again'], not: ['Which did you mean'] });
  });
});
