/**
 * A mother's bookings for her family, read turn by turn (session 47, a field test of hard citizen cases):
 * - "ganti jadwal" with two bookings asked "Booking yang mana?", and "kamis jam 10" became a third booking of the baby's service
 *   under the mother's name, both old ones kept. The day and hour now ride with the question asked again.
 * - A second booking in the chat reused the mother's name; the baby's name typed at "Lanjutkan?" got "Mohon jawab ya atau
 *   tidak", and "ya" booked it in the mother's name. A full name typed there is whose booking it is, and the mother's profile keeps
 *   hers.
 * - "eh ganti layanan jadi skck aja" at "Lanjutkan?" got "Mohon jawab ya atau tidak", and "ya" booked the passport.
 */
import { describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, start, step } from './chat.js';

describe('whose booking, and which one moves (issue 11, conversation)', () => {
  it('a day and hour at "Booking yang mana?" is where the move goes, not a new booking', async () => {
    const s = await start();
    const ibu = citizen();
    await book(s, ibu, 'booking kk rabu jam 9', 'Dewi Lestari');
    await book(s, ibu, 'booking akta kelahiran rabu jam 10 untuk anak saya', 'Putri Lestari');
    await step(s, ibu, 'ganti jadwal', { kind: 'clarify', has: ['Booking yang mana?'] });
    await step(s, ibu, 'kamis jam 10', { kind: 'clarify', has: ['Pindah ke Kamis, 26 November 2026, 10.00 WIB: booking yang mana?'], not: ['Konfirmasi booking'] });
    await step(s, ibu, 'yang akta', { kind: 'clarify', has: ['ke Kamis, 26 November 2026, 10.00 WIB?'] });
    await step(s, ibu, 'ya', { kind: 'booking_moved', has: ['Atas nama: Putri Lestari', 'Kamis, 26 November 2026, 10.00 WIB'] });
    expect(await bookingsListed(s, ibu)).toBe(2);
  });

  it('a full name typed at "Lanjutkan?" is whose booking it is, and the profile keeps the citizen\'s own', async () => {
    const s = await start();
    const ibu = citizen();
    await book(s, ibu, 'booking kk rabu jam 9', 'Dewi Lestari');
    await step(s, ibu, 'booking akta kelahiran rabu jam 9.15', { kind: 'clarify', has: ['Atas nama: Dewi Lestari', 'untuk orang lain? ketik "ganti nama"'] });
    await step(s, ibu, 'Putri Lestari', { kind: 'clarify', has: ['Atas nama: Putri Lestari'], not: ['Mohon jawab'] });
    await step(s, ibu, 'ya', { kind: 'booking_confirmed', has: ['Atas nama: Putri Lestari'] });
    await step(s, ibu, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['Atas nama: Dewi Lestari'] });
    // A yes is still a yes.
    await step(s, ibu, 'Iya Betul', { kind: 'booking_confirmed', has: ['Atas nama: Dewi Lestari'] });
  });

  it('"eh ganti layanan jadi skck aja" at "Lanjutkan?" changes the service and keeps the day and hour', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'booking paspor rabu jam 10', { kind: 'clarify', has: [/atas nama siapa/i] });
    await step(s, user, 'Kurniawan', { kind: 'clarify', has: ['Paspor'] });
    await step(s, user, 'eh ganti layanan jadi skck aja', { kind: 'clarify', has: ['SKCK', 'Rabu, 25 November 2026, 10.00 WIB'], not: ['Mohon jawab'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['SKCK'] });
  });
});
