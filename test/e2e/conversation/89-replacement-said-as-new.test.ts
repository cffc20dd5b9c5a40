/**
 * A replacement said as "bikin baru" (session 45, a field test): "bapak saya ktp nya udh rusak, mau bikin baru syaratnya apa ya?"
 * was given the first-time KTP's requirements (age 17, form F-1.02, fingerprints), and so was "bukan yg baru kak, ktp nya rusak"
 * at "KTP-el yang mana?". The damaged card is the paper asked about; "bikin baru" is how a replacement is said.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a damaged or lost card, said as making a new one (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers for the damaged card, never with the first-time requirements', async () => {
    await step(s, citizen(), 'bapak saya ktp nya udh rusak, mau bikin baru syaratnya apa ya?', {
      kind: 'answer',
      has: ['Syarat Ganti KTP-el rusak', 'KTP-el yang rusak'],
      not: ['baru (pemula)', 'F-1.02'],
    });
  });

  it('takes "not the new one, it is broken" at "which KTP?" as the damaged card', async () => {
    const user = citizen();
    await step(s, user, 'syarat ktp', { kind: 'clarify', has: ['yang mana?'] });
    await step(s, user, 'bukan yg baru kak, ktp nya rusak patah gitu', { kind: 'answer', has: ['Syarat Ganti KTP-el rusak'], not: ['baru (pemula)'] });
  });
});
