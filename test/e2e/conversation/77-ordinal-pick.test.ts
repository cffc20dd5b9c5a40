/**
 * An option picked by its place in words (session 44, `npm run simulate`): at "Pilih jam", which the reply says to answer with a
 * number, "yg kedua" was "Maaf, jawaban itu tidak ada di pilihan". And a fee asked of a service with several variants listed the
 * same laws three times under "Dasar hukum".
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('an option said by its place, and a fee\'s legal basis said once (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"yg kedua" at "Pilih jam" picks the second hour', async () => {
    const user = citizen();
    await step(s, user, 'sy mau antri buat ktp yg ilang', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'], options: ['08.15 WIB'] });
    await step(s, user, 'yg kedua', { kind: 'clarify', has: ['atas nama siapa'], not: ['tidak ada di pilihan'] });
    await step(s, user, 'Rudi Hartono', { kind: 'clarify', has: ['Kamis, 26 November 2026, 08.15'] });
  });

  it('the fee of KTP, variant not said, names each law once', async () => {
    const reply = await step(s, citizen(), 'biaya ktp brp', { kind: 'answer', has: ['Dasar hukum'] });
    const basis = /Dasar hukum: ([^\n]*)/.exec(reply.text)?.[1] ?? '';
    expect(basis.split('; ').length).toBe(new Set(basis.split('; ')).size);
    expect(basis.match(/UU 23\/2006/g)?.length).toBe(1);
  });
});
