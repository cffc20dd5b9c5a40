/**
 * An announcement aimed at several services at once (session 48, a field test of a Tuesday that went wrong): "/announce kk,ktp
 * hari ini Sistem Dukcapil gangguan" built a preview for the KK bookers alone, and the seven KTP bookers heard nothing;
 * "/announce dukcapil hari ini …" went to the info subscribers, not to anyone booked with Dukcapil. Staff are told, before
 * anything is made, that one announcement speaks to one service's day or to the whole day, with the commands for each.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('an announcement to several services (issue 11, staff)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
    await book(s, citizen(), 'booking ktp hari ini jam 13', 'Ani');
    await book(s, citizen(), 'booking kk hari ini jam 13', 'Agus');
  });

  it('refuses a list of services, naming the command for each and for the whole day', async () => {
    await step(s, STAFF, '/announce kk,ktp hari ini Sistem Dukcapil gangguan', {
      kind: 'staff',
      has: ['"kk,ktp" mencakup 2 layanan (kk, ktp)', '/announce kk TANGGAL TEKS, /announce ktp TANGGAL TEKS', '/announce semua TANGGAL TEKS'],
      not: ['Pratinjau'],
    });
    // Nothing waits for a "ya": the refusal made no preview.
    await step(s, STAFF, 'ya', { not: ['terkirim', 'Mengirim'] });
  });

  it("refuses an agency before a day, naming its services", async () => {
    await step(s, STAFF, '/announce dukcapil hari ini Sistem gangguan', { kind: 'staff', has: ['"dukcapil" mencakup 6 layanan (ktp, kk, kia, akta_lahir, akta_kematian, pindah)'], not: ['Pratinjau'] });
  });

  it('still sends a notice that only begins with an agency to the subscribers, and the whole day to everyone booked', async () => {
    await step(s, STAFF, '/announce Dukcapil libur besok, pelayanan dibuka lagi Rabu', { kind: 'staff', has: ['semua pelanggan info'], not: ['mencakup'] });
    await step(s, STAFF, '/announce semua hari ini Sistem Dukcapil gangguan', { kind: 'staff', has: ['semua warga yang booking pada Senin, 23 November 2026: 2 penerima'] });
  });
});
