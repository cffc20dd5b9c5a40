/**
 * The complaint dialog asked "Ceritakan apa yang terjadi" after a first message that had told it
 * (issue 11, field leftover of session 6): the story is taken from that message and the dialog goes on.
 * A message that only asks to complain, or names a topic, still gets the question.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a complaint whose first message tells the story', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"mau komplain, petugas loket 3 tadi kasar banget sama ibu saya": no story question, and the ticket holds the story', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain, petugas loket 3 tadi kasar banget sama ibu saya', { kind: 'clarify', has: ['Terkait layanan apa?'], not: ['Ceritakan apa yang terjadi'] });
    // "tadi" said the day (session 47): not asked again.
    await step(s, user, 'ktp', { kind: 'clarify', has: ['Kirim sebagai anonim?'], not: ['Kapan kejadiannya?'] });
    const lines = await s.say(user, 'pakai nama saja');
    expect(lines.find((l) => l.to === user)).toMatchObject({ kind: 'complaint_received' });
    // The complaint desk reads the story the citizen told first.
    expect(lines.find((l) => l.to !== user && l.text.startsWith('📮 Pengaduan baru'))?.text).toContain('Isi: mau komplain, petugas loket 3 tadi kasar banget sama ibu saya');
  });

  it('a short story after the words asking to complain is a story too; "mau komplain" alone and a bare topic are not', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain petugasnya tadi judes', { kind: 'clarify', has: ['Terkait layanan apa?'], not: ['Ceritakan apa yang terjadi'] });
    const other = citizen();
    await step(s, other, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, other, 'pelayanan lambat', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    const english = citizen();
    await step(s, english, 'I want to complain, the officer at counter 2 ignored my father', { kind: 'clarify', has: ['What is your complaint about?'] });
    await step(s, english, '1', { kind: 'clarify', has: ['Which service was it about?'], not: ['Tell us what happened'] });
  });
});
