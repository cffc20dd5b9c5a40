/**
 * Whose name a booking is under (session 46, `npm run simulate`): "booking ktp besok jam 11 buat ibu saya" from a citizen who had
 * booked as Sari Dewi was shown "Atas nama: Sari Dewi"; a father's name given for his booking became the citizen's own, so "…
 * buat saya sendiri" was booked as the father; and "ganti nama" renamed the father's booking too. The counter checks the name
 * against the KTP of the person served.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a booking for someone else (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('asks the name of the person served instead of offering the citizen\'s own', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 10', 'Sari Dewi');
    await step(s, user, 'booking ktp besok jam 11 buat ibu saya', { kind: 'clarify', has: ['nama orang yang akan dilayani'], not: ['Sari Dewi'] });
    await step(s, user, 'Suminah', { kind: 'clarify', has: ['Atas nama: Suminah'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
    // The citizen's own next booking is under her own name again.
    await step(s, user, 'booking skck rabu jam 9', { kind: 'clarify', has: ['Atas nama: Sari Dewi'] });
    await step(s, user, 'tidak', {});
    // The evening before, each reminder says whose booking it is.
    const evening = (await s.advance('10h')).filter((l) => l.to === user && l.kind === 'reminder').map((l) => l.text);
    expect(evening.find((t) => t.includes('KTP'))).toContain('Atas nama: Suminah');
    expect(evening.find((t) => t.includes('Kartu Keluarga'))).toContain('Atas nama: Sari Dewi');
  });

  it('a father\'s name does not become the citizen\'s: "buat saya sendiri" asks again', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 10 buat bapak saya', { kind: 'clarify', has: ['nama orang yang akan dilayani'] });
    await step(s, user, 'Sutrisno', { kind: 'clarify', has: ['Atas nama: Sutrisno'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'sekarang booking ktp besok jam 11 buat saya sendiri', { kind: 'clarify', has: ['atas nama siapa'], not: ['Sutrisno'] });
    await step(s, user, 'Bambang Sutrisno', { kind: 'clarify', has: ['Atas nama: Bambang Sutrisno'] });
  });

  it('"ganti nama" renames the citizen\'s own bookings and leaves the mother\'s', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 9', 'Sari Dewi');
    await book(s, user, 'booking ktp besok jam 13 buat ibu saya', 'Suminah');
    await step(s, user, 'ganti nama', { kind: 'clarify' });
    await step(s, user, 'Sari Dewi Lestari', { kind: 'clarify', has: ['Sari Dewi Lestari'] });
    await step(s, user, 'ya', { kind: 'answer', has: ['Sari Dewi Lestari', 'orang lain (1) tidak diubah'] });
    await step(s, user, 'cek booking', { has: ['Suminah', 'Sari Dewi Lestari'] });
  });
});
