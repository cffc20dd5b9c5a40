/**
 * A lost SIM is replaced, not made anew or renewed (Perpol 5/2021 Pasal 9 ayat 3 huruf b): "sim hilang" was offered only "SIM
 * baru" (with the theory and practical tests) or "Perpanjang SIM" (session 47, a field test of a pickpocketing victim). The
 * catalog's third SIM variant answers it; a lost SIM already expired is a new one, said first.
 */
import { describe, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('a lost SIM (issue 11, conversation)', () => {
  it('is answered with the replacement: a police loss report, the renewal\'s fee, no tests', async () => {
    const s = await start();
    await step(s, citizen(), 'syarat ganti sim yang hilang', { kind: 'answer', has: ['Syarat Ganti SIM hilang atau rusak', 'surat keterangan kehilangan dari kepolisian'], not: ['sekolah mengemudi'] });
    await step(s, citizen(), 'biaya sim hilang berapa', { kind: 'answer', has: ['PNBP sama dengan perpanjangan'] });
    await step(s, citizen(), 'sim saya hilang, padahal udah mati 2 tahun, syaratnya apa', { has: ['SIM yang hilang dan sudah habis masa berlakunya tidak diganti, tetapi dibuat sebagai SIM baru'] });
  });
});
