/**
 * Staff's slips in an announcement (session 45, a field test). "/announce ktpp hari ini …" went to every subscriber while
 * today's KTP bookers heard nothing; "/announce ktp 23/11 …" on 23 November read next year's date, offered "Kirim ke 0
 * penerima" and reported it sent. A mistyped service before a day is that service (as "/next ktpp" is), today's date is today,
 * a day already past is refused, and nobody to tell is said before anything is made.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('an announcement with a slip in it (issue 11, staff)', () => {
  let s: Sim;
  let booked: ReturnType<typeof citizen>;
  beforeAll(async () => {
    s = await start();
    booked = citizen();
    await book(s, booked, 'booking ktp hari ini jam 13', 'Budi Santoso');
  });

  it('reads a mistyped service before "hari ini" as that service, and reaches its bookers', async () => {
    await step(s, STAFF, '/announce ktpp hari ini Sistem KTP gangguan sore ini', { kind: 'staff', has: ['warga yang booking ktp pada Senin, 23 November 2026: 1 penerima'] });
    await step(s, STAFF, 'tidak', { kind: 'staff', has: ['tidak ada yang dikirim'] });
  });

  it("reads today's date as today", async () => {
    await step(s, STAFF, '/announce ktp 23/11 Sistem KTP gangguan sore ini', { kind: 'staff', has: ['Senin, 23 November 2026: 1 penerima'], not: ['2027'] });
    await step(s, STAFF, 'tidak', { kind: 'staff', has: ['tidak ada yang dikirim'] });
  });

  it('refuses a day already past, and says so when nobody would receive it', async () => {
    await step(s, STAFF, '/announce ktp 2026-11-20 Sistem KTP gangguan', { kind: 'staff', has: ['sudah lewat'], not: ['Pratinjau'] });
    await step(s, STAFF, '/announce paspor hari ini Sistem paspor gangguan', { kind: 'staff', has: ['Tidak ada penerima', 'Periksa layanan dan tanggalnya'], not: ['Kirim ke 0'] });
  });
});
