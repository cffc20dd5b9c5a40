/**
 * Booked after an announcement to that service's day (session 48, a field test of a Tuesday that went wrong): at 22.00 staff
 * announced "layanan KTP besok mulai pukul 10.00" to the KTP bookers of the next day; a citizen who booked 08.00 after it was told
 * nothing, came at 08.00 and waited two hours; and "cek booking" the next morning showed the announcement's "besok", which then
 * read as the day after. The announcement now comes with the booking, and says when it was sent.
 */
import { describe, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('a booking made after an announcement to its day (issue 11, conversation)', () => {
  it('shows the announcement with the confirmation, dated', async () => {
    const s = await start();
    await book(s, citizen(), 'booking ktp besok jam 9', 'Ani');
    await s.advance('14h'); // Mon 22.00
    await step(s, STAFF, '/announce ktp besok Sistem SIAK masih gangguan, layanan KTP besok mulai pukul 10.00.', { kind: 'staff', has: ['1 penerima'] });
    await step(s, STAFF, 'ya', { kind: 'staff' });
    const cici = citizen();
    await step(s, cici, 'booking ktp besok jam 8', { kind: 'clarify' });
    await step(s, cici, 'Cici', { kind: 'clarify' });
    await step(s, cici, 'ya', {
      kind: 'booking_confirmed',
      has: ['📢 Pengumuman untuk jadwal ini (dikirim Sen 23 Nov 22.00 WIB): Sistem SIAK masih gangguan, layanan KTP besok mulai pukul 10.00.'],
    });
  });
});
