/**
 * Families and elders, tried by an outside player (session 47):
 * - "apakah ada layanan prioritas untuk lansia?" got "Prioritas tidak ada di MPP", and one such question opened a complaint;
 * - "anak saya mau bikin KIA rabu jam 10" was booked in the mother's name;
 * - "Aisyah" at "Booking yang mana?" under options ending "· Aisyah" got "belum paham", and the cancel was dropped;
 * - "surat kehilangan dari polisi itu bisa diurus di sini juga?" got the list of services.
 */
import { describe, it } from 'vitest';

import { book, citizen, start, step } from './chat.js';

describe('families and elders (issue 11, conversation)', () => {
  it('answers a priority question with the law and where to ask, and keeps a grievance about it a complaint', async () => {
    const s = await start();
    await step(s, citizen(), 'Apakah ada layanan prioritas untuk lansia seperti saya? Saya sudah sulit berdiri lama.', {
      kind: 'answer',
      has: ['UU 25/2009 tentang Pelayanan Publik, Pasal 29', 'meja informasi', 'Kursi roda'],
      not: ['tidak ada di MPP', 'Pengaduan Anda tentang apa'],
    });
    await step(s, citizen(), 'ada loket khusus lansia?', { kind: 'answer', has: ['didahulukan'] });
  });

  it('asks the child\'s name when the child is the one who wants the paper', async () => {
    const s = await start();
    const ibu = citizen();
    await book(s, ibu, 'booking KK besok jam 9', 'Siti Aminah');
    await step(s, ibu, 'anak saya mau bikin KIA rabu jam 10', { kind: 'clarify', has: ['Tulis nama orang yang akan dilayani'], not: ['Atas nama: Siti Aminah'] });
    await step(s, ibu, 'Budi Santoso', { kind: 'clarify', has: ['Atas nama: Budi Santoso'] });
  });

  it('picks a booking by the person\'s name at "Booking yang mana?"', async () => {
    const s = await start();
    const ibu = citizen();
    await book(s, ibu, 'booking KIA rabu jam 10 atas nama Budi Santoso', 'Budi Santoso');
    await book(s, ibu, 'booking KIA kamis jam 10 atas nama Aisyah Putri', 'Aisyah Putri');
    await step(s, ibu, 'batal booking', { kind: 'clarify', has: ['Booking yang mana?'] });
    await step(s, ibu, 'Aisyah', { kind: 'clarify', has: ['Batalkan booking ini?', 'Atas nama: Aisyah Putri'] });
  });

  it('says where a police loss report is made', async () => {
    const s = await start();
    await step(s, citizen(), 'surat kehilangan dari polisi itu bisa diurus di sini juga?', { kind: 'answer', has: ['SPKT Polsek atau Polres', 'hanya melayani SIM dan SKCK'] });
  });
});
