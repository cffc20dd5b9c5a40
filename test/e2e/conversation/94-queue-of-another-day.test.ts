/**
 * Another day's queue (session 45, a field test): "/queue ktp besok" ignored the day and said "Belum ada antrean ktp hari ini",
 * which read as nothing booked at all. The day asked for is listed; a day that is no date is said to be unknown.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, STAFF, start, step } from './chat.js';

describe("staff asking for another day's queue (issue 11, staff)", () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9 atas nama Budi Santoso', { kind: 'clarify', has: ['Budi Santoso'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
  });

  it("lists tomorrow's bookings for \"/queue ktp besok\", and today's stay today's", async () => {
    await step(s, STAFF, '/queue ktp besok', { kind: 'staff', has: ['Antrean ktp pada Selasa, 24 November 2026', 'KTP-001 09:00 Budi Santoso'] });
    await step(s, STAFF, '/antrian ktp', { kind: 'staff', has: ['Belum ada antrean ktp hari ini'] });
    await step(s, STAFF, '/queue ktp kemarinan', { kind: 'staff', has: ['tidak dikenal', '/queue ktp besok'] });
  });
});
