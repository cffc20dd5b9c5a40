/** Class 9: two questions in one message get two answers, never a fallback or an unasked topic. */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('two questions, two answers (issue 10, class 9)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"jam buka sama alamatnya dmn" → opening hours and the address', async () => {
    await step(s, citizen(), 'jam buka sama alamatnya dmn', { kind: 'answer', has: ['Jam buka', '📍', 'Jl. Contoh'], not: ['belum paham'] });
  });

  it('"syarat sama biaya paspor brp" → the fee, and the requirements question for passports', async () => {
    const user = citizen();
    await step(s, user, 'syarat sama biaya paspor brp', { kind: 'clarify', has: ['Biaya Paspor', 'Paspor yang mana?'], not: ['belum paham'] });
    await step(s, user, '1', { kind: 'answer', has: ['Syarat'] });
  });

  it('"syarat sim trus bisa booking kamis?" → the booking question, with the requirements promised with it', async () => {
    const user = citizen();
    await step(s, user, 'syarat sim trus bisa booking kamis?', { kind: 'clarify', has: ['SIM (Surat Izin Mengemudi) yang mana?', 'syarat'] });
    await step(s, user, 'perpanjang', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
  });

  it('"biaya dan lama proses npwp?" → fee and processing time', async () => {
    const lines = (await s.say('tg:7101', 'biaya dan lama proses npwp?')).filter((l) => l.to === 'tg:7101');
    expect(lines.length).toBe(2);
    expect(lines.map((l) => l.text).join('\n')).toMatch(/Biaya[\s\S]*Lama/);
  });

  it('"where is it and what time do you open" → both, in English', async () => {
    await step(s, citizen(), 'where is it and what time do you open', { kind: 'answer', has: ['Opening hours', '📍'] });
  });

  it('"sama-sama" and one-topic messages are not split', async () => {
    await step(s, citizen(), 'syarat ktp dan kk', { kind: 'clarify', not: ['Jam buka'] });
  });
});
