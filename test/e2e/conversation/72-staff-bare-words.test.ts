/**
 * A counter verb typed without the slash (session 43, `npm run simulate`): staff's "panggil berikutnya ktp" was asked "Ambil
 * antrean or Pengaduan?", and "antrian hari ini" started a booking for the staff member. For staff they are the commands; a
 * citizen's "antrian hari ini" stays the citizen's own question.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('counter verbs without the slash (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"panggil berikutnya ktp" calls the next KTP number, and "antrian hari ini" lists the day', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 10', 'Siti Aminah');
    await step(s, user, 'baru', {});
    await s.advance('100m');
    const called = await s.say(STAFF, 'panggil berikutnya ktp');
    expect(called.find((l) => l.to === STAFF)?.text).toContain('KTP-001');
    expect(called.find((l) => l.to === user)?.kind).toBe('turn_now');
    const listed = (await s.say(STAFF, 'antrian hari ini')).filter((l) => l.to === STAFF);
    expect(listed.at(-1)?.kind).toBe('staff');
    expect(listed.at(-1)?.text).not.toContain('Pilih jam');
  });

  it("a citizen's \"antrian hari ini\" is not a staff command", async () => {
    await step(s, citizen(), 'antrian hari ini', { not: ['Perintah petugas', 'Menunggu:'] });
  });
});
