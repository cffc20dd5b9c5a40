/**
 * One booking's name corrected among a family's (session 48, a field test): a mother booked her KK, then her baby's birth
 * certificate under her own name; "ganti nama LY-…" with the baby's name renamed both bookings and her profile, and the KK
 * booking no longer matched her KTP at the counter. With a code, only that booking changes.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, start, step } from './chat.js';

describe("one booking's name corrected by its code (issue 11, conversation)", () => {
  it('renames that booking only', async () => {
    const s = await start();
    const aisyah = citizen();
    await book(s, aisyah, 'booking kk rabu jam 9', 'Aisyah');
    await step(s, aisyah, 'booking akta lahir kamis jam 9', { kind: 'clarify', has: ['Atas nama: Aisyah'] });
    const confirmed = await step(s, aisyah, 'ya', { kind: 'booking_confirmed' });
    const code = /LY-[A-Z0-9]{5}/.exec(confirmed.text)![0];
    await step(s, aisyah, `ganti nama ${code}`, { kind: 'clarify', has: [`nama yang benar untuk booking ${code} (sekarang: Aisyah)`] });
    await step(s, aisyah, 'Fatimah', { kind: 'clarify', has: [`Ganti nama pada booking ${code} menjadi "Fatimah"?`] });
    await step(s, aisyah, 'ya', { kind: 'answer', has: [`Nama pada booking ${code} sudah diganti menjadi Fatimah. Booking lain tidak diubah.`] });
    const listed = await step(s, aisyah, 'cek booking', { kind: 'answer', has: ['Atas nama: Aisyah', 'Atas nama: Fatimah'] });
    // The KK stays the mother's, the birth certificate is the baby's.
    expect(/KK-001[^]*?Atas nama: (\S+)/.exec(listed.text)?.[1]).toBe('Aisyah');
    expect(new RegExp(`${code}[^]*?Atas nama: (\\S+)`).exec(listed.text)?.[1]).toBe('Fatimah');
    // The chat's own name is still hers.
    await step(s, aisyah, 'ganti nama', { kind: 'clarify', has: ['(sekarang: Aisyah)'] });
  });
});
