/**
 * Whether a booking is still on, asked after staff announced its day closed (session 47, a field test): "jadi booking saya batal
 * atau tidak?" was answered "Batalkan booking ini? [Ya/Tidak]", and a "ya" meaning "yes, that is my question" would have cancelled
 * it. The booking is shown, with the announcement, and stays.
 */
import { describe, expect, it } from 'vitest';

import { book, bookingsListed, citizen, STAFF, start, step } from './chat.js';

describe('"is my booking cancelled?" (issue 11, conversation)', () => {
  it('shows the booking and the announcement, and cancels nothing', async () => {
    const s = await start();
    const budi = citizen();
    await book(s, budi, 'booking paspor besok jam 9', 'Budi Santoso');
    await s.say(STAFF, '/announce paspor besok Layanan paspor besok tutup karena server SIMKIM gangguan.');
    const sent = await s.say(STAFF, 'ya');
    expect(sent.some((l) => l.to === budi && l.kind === 'announcement')).toBe(true);
    await step(s, budi, 'jadi booking saya batal atau tidak?', {
      kind: 'answer',
      has: ['Booking Anda:', /Pengumuman untuk jadwal ini \(dikirim [^)]+\): Layanan paspor besok tutup/],
      not: ['Batalkan booking ini?'],
    });
    await step(s, budi, 'ya', { not: ['dibatalkan'] });
    expect(await bookingsListed(s, budi)).toBe(1);
  });
});
