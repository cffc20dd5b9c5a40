/**
 * Class 13, the part the conversation owns: "boleh diwakilkan?" is routed to the catalog's
 * yes/no-first answer (the 700-character requirements answer itself is the catalog's work).
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('yes/no first for "boleh diwakilkan?" (issue 10, class 13)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('after "syarat ktp baru", "boleh diwakilkan?" answers no first, with why and the source', async () => {
    const user = citizen();
    await step(s, user, 'syarat ktp baru', { kind: 'answer' });
    const reply = await step(s, user, 'boleh diwakilkan?', { kind: 'answer', has: ['Sumber'] });
    expect(reply.text).toMatch(/^Tidak/);
  });

  it('"perpanjang sim bisa diwakilin gak?" names the service itself', async () => {
    const reply = await step(s, citizen(), 'perpanjang sim bisa diwakilin gak?', { kind: 'answer' });
    expect(reply.text).toMatch(/^(Tidak|Ya|Boleh)/);
  });

  it('without a service it asks which, then answers', async () => {
    const user = citizen();
    await step(s, user, 'kalau surat kuasa bisa?', { kind: 'clarify', has: ['Untuk layanan apa?'] });
    await step(s, user, 'npwp', { kind: 'answer', has: [/Ya|Tidak|Boleh/] });
  });

  it('in English: "can someone else do it on my behalf?" after a passport question', async () => {
    const user = citizen();
    await step(s, user, 'what are the requirements for a new passport', { kind: 'answer' });
    const reply = await step(s, user, 'can someone else do it on my behalf?', { kind: 'answer' });
    expect(reply.text).toMatch(/^(No|Yes)/);
  });
});

describe('"detail" typed later gives the detail of what was discussed last (issue 12 leftover, class 13)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const word of ['detail', 'lengkapnya', 'yg lengkap dong', 'minta detailnya']) {
    it(`"${word}" two turns after a requirements answer: the full requirements of that variant, not a fallback`, async () => {
      const user = citizen();
      await step(s, user, 'syarat ktp', { kind: 'clarify', has: ['yang mana?'] });
      const brief = await step(s, user, '2', { kind: 'answer', has: ['Syarat Ganti KTP-el hilang'], options: ['Detail'] });
      await step(s, user, 'biayanya berapa?', { kind: 'answer', has: ['Biaya Ganti KTP-el hilang'] });
      await step(s, user, 'lama prosesnya?', { kind: 'answer', has: ['Lama proses'] });
      const full = await step(s, user, word, { kind: 'answer', has: ['Syarat Ganti KTP-el hilang', 'Boleh diwakilkan?'], not: ['belum paham'] });
      expect(full.text.length).toBeGreaterThan(brief.text.length);
    });
  }

  it('in English: "more" after a passport answer and a fee follow-up', async () => {
    const user = citizen();
    await step(s, user, 'requirements for a new passport', { kind: 'answer', options: ['Details'] });
    await step(s, user, 'how much does it cost?', { kind: 'answer' });
    await step(s, user, 'more', { kind: 'answer', has: ['passport'], not: ['did not get that'] });
  });

  it('with nothing discussed, or after the context has gone stale, "detail" does not invent a service', async () => {
    const user = citizen();
    await step(s, user, 'detail', { not: ['Syarat'] });
    await step(s, user, 'syarat nib', { kind: 'answer' });
    await s.advance('31m');
    await step(s, user, 'detail', { not: ['NIB'] });
  });
});
