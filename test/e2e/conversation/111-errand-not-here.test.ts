/**
 * An errand this MPP does not do, asked for by name (session 47, a field test of a foreign spouse): "Do you handle visa or stay
 * permit (KITAS/KITAP) for foreign spouses?" got the Indonesian "belum paham", "What documents do I need for KITAS?" got "For
 * which service?" with our seventeen, and no answer said where stay permits are done. The settings' `notHere` says it, in the
 * chat's language; a question about a service of ours that mentions a KITAS is answered as before.
 */
import { describe, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('an errand not done here (issue 11, conversation)', () => {
  it('says where stay permits are done, in English to an English question and in Indonesian to an Indonesian one', async () => {
    const s = await start();
    await step(s, citizen(), 'Do you handle visa or stay permit (KITAS/KITAP) for foreign spouses?', {
      kind: 'answer',
      has: ['Stay permits for foreigners (KITAS/KITAP): not handled at MPP Contoh', 'evisa.imigrasi.go.id', 'only issues passports to Indonesian citizens'],
      not: ['belum paham'],
    });
    await step(s, citizen(), 'What documents do I need for KITAS?', { kind: 'answer', has: ['not handled at MPP Contoh'], not: ['For which service?'] });
    await step(s, citizen(), 'perpanjang kitas suami saya WNA', { kind: 'answer', has: ['Izin tinggal orang asing (KITAS/KITAP) tidak dilayani di MPP Contoh', 'Kantor Imigrasi'] });
    // NPWP has two kinds since session 48 (a person's, a company's): asked which, then answered; never "not handled".
    const spouse = citizen();
    await step(s, spouse, 'Hello, my KITAS was just approved. I would like to apply for an NPWP now. What documents should I bring?', {
      kind: 'clarify',
      has: ['Which Taxpayer number (NPWP) service?'],
      not: ['not handled'],
    });
    await step(s, spouse, '1', { kind: 'answer', has: ['Requirements for Individual tax registration'] });
  });
});
