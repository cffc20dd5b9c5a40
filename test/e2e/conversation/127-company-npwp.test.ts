/**
 * A company's NPWP (session 48, a field test of citizens with uncommon paperwork): "syarat npwp badan", "npwp perusahaan", a PT
 * or a company NPWP in English were all answered "KTP-el: NIK Anda dipakai sebagai NPWP", and the owner would have come with only
 * a KTP. NPWP now has a company variant (deed, the officer's NIK, proof of address; flagged as to be confirmed at the KPP), and a
 * plain "syarat npwp" asks which.
 */
import { describe, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe("a company's NPWP (issue 11, conversation)", () => {
  it('is answered with the company papers, in either language', async () => {
    const s = await start();
    await step(s, citizen(), 'syarat npwp badan', { kind: 'answer', has: ['Syarat NPWP badan', 'Akta pendirian', 'pengurus'], not: ['NIK Anda dipakai sebagai NPWP'] });
    await step(s, citizen(), 'npwp untuk PT saya syaratnya apa', { kind: 'answer', has: ['Akta pendirian'] });
    await step(s, citizen(), 'what do I need for a company NPWP?', { kind: 'answer', has: ['deed of establishment'] });
  });

  it('asks which, for NPWP alone, and shows what is still to confirm', async () => {
    const s = await start();
    const owner = citizen();
    await step(s, owner, 'syarat npwp', { kind: 'clarify', options: ['Daftar NPWP orang pribadi / NIK sebagai NPWP', 'NPWP badan (PT, CV, yayasan, koperasi)'] });
    await step(s, owner, '2', { kind: 'answer', has: ['Syarat NPWP badan'] });
    await step(s, owner, 'detail', { has: ['panduan pihak ketiga', 'Pastikan di loket KPP'] });
  });
});
