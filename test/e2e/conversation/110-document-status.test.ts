/**
 * "Is my KTP printed yet?" (session 47, a field test): "tolong cek status e-KTP saya sudah dicetak belum" was answered "Anda
 * belum punya booking aktif", which reads as if the application were unknown. The chat cannot see an application's state; it
 * says so, where to ask and with what, and offers the usual time.
 */
import { describe, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('the state of a paper already applied for (issue 11, conversation)', () => {
  it('says where to ask, with what, and offers the processing time', async () => {
    const s = await start();
    const joko = citizen();
    await step(s, joko, 'tolong cek status e-KTP saya sudah dicetak belum', {
      kind: 'answer',
      has: ['Status berkas KTP-el (KTP elektronik) yang sudah Anda ajukan tidak bisa saya lihat', 'Lantai 1, loket 1–6', 'tanda terima'],
      not: ['belum punya booking'],
      options: ['Lama proses', 'Bicara dengan petugas'],
    });
    await step(s, joko, '1', { kind: 'answer', has: ['Lama proses KTP-el'] });
    await step(s, citizen(), 'paspor saya sudah bisa diambil?', { kind: 'answer', has: ['Status berkas Paspor', 'Lantai 2, loket 10–11'] });
    // A rule about a finished paper is still answered as a rule.
    await step(s, citizen(), 'ktp yang sudah jadi bisa diwakilkan ambilnya?', { kind: 'answer', not: ['Status berkas'] });
  });
});
