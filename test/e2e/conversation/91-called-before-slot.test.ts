/**
 * A number called hours before its slot (session 45, two field tests). Wati booked KTP for 13.00; at 09.00 the queue was empty
 * before her, so "/next" called her: she was told "Giliran Anda!", the counter skipped her, and she was told to report at once
 * and could no longer cancel or move the booking. Dedi, booked for 10.00, was told at 08.05 "Mohon bersiap di dekat loket".
 * Now the early call says her slot stands, a skip before her time puts her back in the queue, and nobody is asked to wait at the
 * counter hours ahead.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('a number called long before its slot (issue 11, counter)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('tells the citizen the slot stands, puts a skipped early number back, and leaves the booking movable', async () => {
    const early = citizen();
    const late = citizen();
    await book(s, early, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await book(s, late, 'booking ktp hari ini jam 13', 'Wati Lestari');
    await s.advance('60m');
    await step(s, STAFF, '/next ktp 3', { kind: 'staff', has: ['KTP-001'] });
    await step(s, STAFF, '/done', { kind: 'staff', has: ['KTP-001 selesai'] });
    const lines = await s.say(STAFF, '/next');
    const told = lines.find((l) => l.to === late);
    if (!told?.text.includes('lebih awal dari jadwal Anda (13.00 WIB)') || told.text.includes('Giliran Anda!')) throw new Error(`early call told: ${told?.text}`);
    await step(s, STAFF, '/skip', { kind: 'staff', has: ['KTP-002 kembali ke antrean', '13.00'], not: ['tidak hadir'] });
    await step(s, late, 'ganti jadwal', { kind: 'clarify', has: ['Pilih tanggal'], not: ['sudah dipanggil hari ini'] });
  });

  it('does not ask a citizen booked hours later to wait by the counter', async () => {
    const s2 = await start();
    const first = citizen();
    const later = citizen();
    await book(s2, first, 'booking sim besok jam 8', 'Andi Wijaya');
    await book(s2, later, 'booking sim besok jam 11', 'Dedi Kurnia');
    await s2.advance('1d');
    const lines = await s2.say(STAFF, '/next sim 7');
    if (lines.some((l) => l.to === later)) throw new Error(`the 11.00 booking was alerted at 08.00: ${lines.find((l) => l.to === later)?.text}`);
  });
});
