/**
 * Arriving late or coming back to the hall, said in a few words, on a morning with a delay announced (session 48, a field test of
 * a Tuesday that went wrong): "maaf saya telat, baru sampai" started the complaint form ("Mohon maaf atas pengalaman yang kurang
 * baik…"), and "saya sudah kembali, tadi keluar sebentar" was read as a complaint. Both note the arrival, as "saya sudah sampai"
 * does, and repeat the announcement for the slot.
 */
import { describe, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('late, or back at the hall (issue 11, conversation)', () => {
  it('notes the arrival and repeats the delay announced', async () => {
    const s = await start();
    const eka = citizen();
    const budi = citizen();
    await book(s, eka, 'booking ktp besok jam 9', 'Eka');
    await book(s, budi, 'booking ktp besok jam 9', 'Budi');
    await s.advance('1d');
    await step(s, STAFF, '/announce ktp hari ini Sistem gangguan, layanan KTP tertunda sekitar 2 jam.', { kind: 'staff', has: ['2 penerima'] });
    await step(s, STAFF, 'ya', { kind: 'staff' });
    await s.advance('30m');
    await step(s, eka, 'maaf saya telat, baru sampai', {
      kind: 'answer',
      has: ['kehadiran Anda untuk LY-', 'sudah tercatat', 'Pengumuman untuk jadwal ini: Sistem gangguan, layanan KTP tertunda sekitar 2 jam.'],
      not: ['pengalaman yang kurang baik'],
    });
    await step(s, budi, 'saya sudah kembali, tadi keluar sebentar', { kind: 'answer', has: ['sudah tercatat'], not: ['pengalaman yang kurang baik'] });
  });

  it('still reads a story that starts so as a story', async () => {
    const s = await start();
    const rudi = citizen();
    await book(s, rudi, 'booking ktp hari ini jam 13', 'Rudi');
    await step(s, rudi, 'saya baru datang dari kampung jauh jauh tapi petugasnya malah marah marah dan menyuruh saya pulang, kecewa sekali', { not: ['sudah tercatat'] });
  });
});
