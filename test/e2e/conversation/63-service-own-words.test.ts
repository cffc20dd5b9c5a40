/**
 * A question about the service just talked about, in its own catalog's words (session 42, `npm run simulate`): after the birth
 * certificate's requirements, "anaknya lahir di rumah, ga ada surat dari bidan" and "terus kalau saksinya tetangga boleh?" were
 * "Maaf, saya belum paham", though the requirements' own lines answer both. Every line is shown, the conditional ones too.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a follow-up in the words of the service\'s own requirements (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('a home birth without a midwife\'s letter, and neighbours as witnesses, get every requirement line', async () => {
    const user = citizen();
    await step(s, user, 'bikin akta lahir anak syaratnya apa ya bu', { kind: 'answer', has: ['Syarat Akta kelahiran'] });
    await step(s, user, 'anaknya lahir di rumah, ga ada surat dari bidan', { kind: 'answer', has: ['Tidak ada surat lahir: SPTJM'], not: ['belum paham'] });
    await step(s, user, 'terus kalau saksinya tetangga boleh?', { kind: 'answer', has: ['dengan 2 saksi'], not: ['belum paham'] });
  });

  it('a word the service shares with another says nothing: "cara beli rumah subsidi" is still not understood', async () => {
    const user = citizen();
    await step(s, user, 'syarat akta lahir', { kind: 'answer', has: ['Syarat Akta kelahiran'] });
    await step(s, user, 'cara beli rumah subsidi gimana?', { not: ['Syarat Akta kelahiran'] });
  });
});
