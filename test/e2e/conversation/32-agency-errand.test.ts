/**
 * Session 14 (issue 11): an errand of an agency this MPP does not host ("syarat klaim pensiun taspen apa aja") was
 * answered "Untuk layanan apa?" with our list, as if Taspen were one of ours. The reply now says first that Taspen is not
 * here. And a facility of our own building is no office: "parkir motor sebelah mana?" was answered "Motor tidak ada di
 * MPP". A story the NLU rejects is no question about sending someone in one's place, whatever its "titip". Read turn by turn, as a citizen reads the screen. Messages written for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('agencies we do not host, and our own facilities (session 14)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('says Taspen is not here and what it can help with, then answers a question about one of ours', async () => {
    const user = citizen();
    // Since session 16 the errand is out of scope (elsewhere.ts OTHER_TENANTS); the reply still names Taspen first.
    await step(s, user, 'syarat klaim pensiun taspen apa aja', { kind: 'fallback', has: ['Taspen tidak ada di', 'Saya bisa membantu'], not: ['belum paham'] });
    await step(s, user, 'syarat kk', { kind: 'clarify', has: ['Kartu Keluarga (KK) yang mana?'], not: ['Taspen'] });
  });

  it('does not take a story about a bank queue for a question about sending someone in one\'s place', async () => {
    const user = citizen();
    await step(s, user, 'saya lagi antri di bank dari pagi terus nomornya masih jauh banget, nah boleh ga sih titip nomor ke satpam terus pulang dulu', {
      kind: 'fallback',
      not: ['Untuk layanan apa?'],
    });
    await step(s, user, 'yang datang cucu saya boleh?', { kind: 'clarify', has: ['Untuk layanan apa?'] });
  });

  it('answers where the motorbike parking is, naming no missing office', async () => {
    const user = citizen();
    // Since session 15 the answer is the parking's place from mpp.json (33-facilities.test.ts), not the street address.
    await step(s, user, 'parkir motor sebelah mana?', { kind: 'answer', has: ['🅿️ Parkir'], not: ['tidak ada di', 'Motor'] });
  });
});
