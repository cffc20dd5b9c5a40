/**
 * The counter's own words for the citizen in front of it (session 44, `npm run simulate`): "selesai" asked the staff member
 * "Untuk layanan apa?", "/selesai" was "Percakapan tidak ditemukan", and "tidak hadir" looked for a booking. And a number booked
 * for 15.00 called at 08.00 reached the counter as a name only; the citizen was likely not there yet.
 */
import { beforeEach, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('the counter\'s words for done and absent, and a number called before its slot (issue 11, conversation)', () => {
  let s: Sim;
  beforeEach(async () => {
    s = await start();
  });

  it('"selesai", "tidak hadir" and "/selesai" close the number called', async () => {
    const first = citizen();
    const second = citizen();
    const third = citizen();
    for (const [user, name] of [[first, 'Budi Santoso'], [second, 'Siti Aminah'], [third, 'Rina Marlina']] as const) {
      await book(s, user, 'booking ktp hari ini jam 9', name);
      await step(s, user, 'baru', {});
    }
    await s.advance('60m');
    await step(s, STAFF, 'panggil ktp loket 3', { kind: 'staff', has: ['KTP-001'] });
    await step(s, STAFF, 'selesai', { kind: 'staff', has: ['✅ KTP-001 selesai.'], not: ['Untuk layanan apa'] });
    await step(s, STAFF, 'panggil ktp', { kind: 'staff', has: ['KTP-002'] });
    await step(s, STAFF, 'tidak hadir', { kind: 'staff', has: ['KTP-002 ditandai tidak hadir'] });
    await step(s, STAFF, 'panggil ktp', { kind: 'staff', has: ['KTP-003'] });
    await step(s, STAFF, '/selesai', { kind: 'staff', has: ['✅ KTP-003 selesai.'], not: ['Percakapan tidak ditemukan'] });
  });

  it('a number called more than an hour before its slot warns the counter', async () => {
    const early = citizen();
    await book(s, early, 'booking ktp hari ini jam 15', 'Rudi Hartono');
    await step(s, early, 'baru', {});
    const called = await s.say(STAFF, '/next ktp 1');
    expect(called.find((l) => l.to === STAFF)?.text).toContain('Jadwal bookingnya 15.00 WIB');
    await step(s, STAFF, '/done', { kind: 'staff' });
    const onTime = citizen();
    await book(s, onTime, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await step(s, onTime, 'baru', {});
    await step(s, STAFF, '/next ktp 1', { kind: 'staff', not: ['Jadwal bookingnya'] });
  });
});
