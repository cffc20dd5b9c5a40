/**
 * "parkir gratis ga?" (session 41, `npm run simulate`): the NLU reads a facility's fee as a fee question, so the chat asked
 * "Biaya or Pengaduan?", and under a SIM booking answered with the SIM's fee. The parking reply says where it is and that it is
 * free; a service named with it still gets its own fee.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('the fee of a facility of the building (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"parkir gratis ga?" gets the parking answer, not a choice between fee and complaint', async () => {
    await step(s, citizen(), 'parkir gratis ga?', { kind: 'answer', has: ['Parkir gratis'], not: ['Maksud Anda'] });
  });

  it('asked at a SIM booking\'s "Pilih jam", it is answered as an aside and the question stays', async () => {
    const user = citizen();
    await step(s, user, 'booking sim besok', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'] });
    await step(s, user, 'parkir gratis ga?', { kind: 'clarify', has: ['Parkir gratis', 'Pilih jam'], not: ['Biaya SIM'] });
  });

  it('after a SIM fee, "parkir bayar berapa" is about parking; a service named with it keeps its own fee', async () => {
    const user = citizen();
    await step(s, user, 'berapa biaya sim?', { kind: 'answer', has: ['Biaya SIM'] });
    await step(s, user, 'parkir bayar berapa', { kind: 'answer', has: ['Parkir gratis'], not: ['Biaya SIM'] });
    await step(s, citizen(), 'biaya ktp berapa, parkir gratis?', { kind: 'answer', has: ['Biaya KTP-el'] });
  });
});
