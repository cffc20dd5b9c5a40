/**
 * Session 24 (issue 11): asking whether one must book is a question about applying, not a request for a slot. Before,
 * the engine saw the word "booking" with no topic word and opened the booking flow ("Pilih tanggal:") although the NLU had
 * read a procedure question. Read turn by turn, as a citizen reads the screen. Messages written for this test; "now" is
 * Monday 23 November 2026, 08:00 WIB.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('session 24: whether one must book', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"harus booking dulu ga?" asks which service, then gives its steps, with no date to pick', async () => {
    const user = citizen();
    await step(s, user, 'harus booking dulu ga?', { kind: 'clarify', has: ['Untuk layanan apa?'], not: ['Mau ambil antrean', 'Pilih tanggal'] });
    // NPWP has two kinds since session 48 (a person's, a company's): which one, then its steps.
    await step(s, user, 'npwp', { kind: 'clarify', has: ['NPWP (Nomor Pokok Wajib Pajak) yang mana?'], not: ['Pilih tanggal'] });
    await step(s, user, '1', { kind: 'answer', has: ['Alur Daftar NPWP orang pribadi'], not: ['Pilih tanggal'] });
  });

  it('for a passport, the steps say the slot is taken in the M-Paspor app', async () => {
    const user = citizen();
    await step(s, user, 'kalau mau bikin paspor wajib booking dulu atau bisa langsung datang?', { kind: 'clarify', has: ['Paspor yang mana?'], not: ['Maksud Anda yang mana?', 'Pilih tanggal'] });
    await step(s, user, 'paspor baru', { kind: 'answer', has: ['Alur Paspor baru', 'M-Paspor'] });
  });

  it('in English too', async () => {
    await step(s, citizen(), 'do I need to book first for skck?', { kind: 'answer', has: ['Steps for'], not: ['Which did you mean?', 'Pick a date'] });
  });

  it('a need said as a request still books', async () => {
    const user = citizen();
    await step(s, user, 'saya perlu booking ktp besok', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'] });
  });
});
