/**
 * Class 10 (and issue 13 item 12): free answers at "Kirim sebagai anonim?", a ticket plus a
 * secret word for anonymous reporters, tickets unreadable without owner or word, and wrong
 * codes rate-limited per user.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { citizen, MONDAY, type Sim, start, step } from './chat.js';

const STORY = 'petugas loket ktp minta uang lima puluh ribu supaya cepat';

async function toAnonymousQuestion(s: Sim, user: ReturnType<typeof citizen>): Promise<void> {
  await step(s, user, `mau lapor, ${STORY}`, { kind: 'clarify' });
  await step(s, user, 'kemarin', { kind: 'clarify', has: ['Kirim sebagai anonim?'] });
}

describe('complaint dialog accepts free answers (issue 10, class 10)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  // "ga usah sebut nama" had been filed with the chat by its leading "ga" (session 43, `npm run simulate`).
  for (const answer of ['jgn sebut nama sy, takut', 'rahasiakan nama saya', 'anonim aja', 'please hide my name', 'ga usah sebut nama', 'nama saya jangan disebut']) {
    it(`"${answer}" sends anonymously with a ticket and a secret word that opens it`, async () => {
      const user = citizen();
      await toAnonymousQuestion(s, user);
      const received = await step(s, user, answer, { kind: 'complaint_received', has: ['ADU-', /[a-z]+-[a-z]+-\d{2}/] });
      const [ticket, secret] = /(ADU-\d{4}) ([a-z]+-[a-z]+-\d{2})/.exec(received.text)!.slice(1);
      // Without the word, nobody learns the category or status, not even the same chat.
      await step(s, user, ticket!, { kind: 'answer', has: ['tidak ditemukan'], not: ['Pungutan', 'ditangani'] });
      await step(s, citizen(), `${ticket} ${secret}`, { kind: 'complaint_update', has: ['sedang ditangani'] });
      await s.say('term:admin', `/jawab ${ticket} Petugas sudah kami tegur, terima kasih.`);
      await step(s, user, `${ticket} ${secret}`, { kind: 'complaint_update', has: ['sudah dijawab', 'sudah kami tegur'] });
    });
  }

  // "ga usah anonim" had been filed as anonymous by its "anonim" (session 41, `npm run simulate`).
  for (const answer of ['tidak', 'pakai nama saja', 'gapapa pake identitas', 'ga usah anonim']) {
    it(`"${answer}" sends with the chat identity, readable by its owner only`, async () => {
      const user = citizen();
      await toAnonymousQuestion(s, user);
      const received = await step(s, user, answer, { kind: 'complaint_received', not: [/[a-z]+-[a-z]+-\d{2}/] });
      const ticket = /ADU-\d{4}/.exec(received.text)![0];
      await step(s, user, ticket, { kind: 'complaint_update', has: ['sedang ditangani'] });
      await step(s, citizen(), ticket, { kind: 'answer', has: ['tidak ditemukan'], not: ['Pungutan'] });
    });
  }

  it('an answer that fits no option re-asks instead of guessing', async () => {
    const user = citizen();
    await toAnonymousQuestion(s, user);
    await step(s, user, 'hmm maksudnya gimana', { kind: 'clarify', has: ['belum menangkap', 'Kirim sebagai anonim?'] });
    await step(s, user, '2', { kind: 'complaint_received', has: [/[a-z]+-[a-z]+-\d{2}/] });
  });
});

describe('guessing is not reading (issue 13, item 12)', () => {
  it('after 10 wrong ticket or booking codes in an hour, lookups wait politely; an hour later they work again', async () => {
    const s = await start();
    const user = citizen();
    for (let i = 1; i <= 5; i++) await step(s, user, `ADU-${String(i).padStart(4, '0')}`, { kind: 'answer', has: ['tidak ditemukan'] });
    for (const code of ['LY-AAAAA', 'LY-BBBBB', 'LY-CCCCC', 'LY-DDDDD', 'LY-EEEEE']) await step(s, user, `cek booking ${code}`, { kind: 'answer', has: ['tidak ditemukan'] });
    await step(s, user, 'ADU-0006', { kind: 'answer', has: ['terlalu banyak', 'menit'] });
    await step(s, user, 'cek booking LY-FFFFF', { kind: 'answer', has: ['terlalu banyak'] });
    // Another citizen is not affected.
    await step(s, citizen(), 'ADU-0001', { kind: 'answer', has: ['tidak ditemukan'] });
    await s.advance('61m');
    const later = await step(s, user, 'ADU-0001', { kind: 'answer' });
    expect(later.text).not.toContain('terlalu banyak');
  });
});

describe('the guess limit survives a restart (issue 13, item 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layani-guesses-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('10 wrong codes, a restart on the same data folder, and the 11th try within the hour is still refused', async () => {
    const user = citizen();
    const first = await simulation({ now: MONDAY, dataDir: dir });
    for (let i = 1; i <= 10; i++) await step(first, user, `ADU-${String(i).padStart(4, '0')}`, { kind: 'answer', has: ['tidak ditemukan'] });
    await first.sim.close();

    // A new engine on the same store, 20 minutes later.
    const second = await simulation({ now: '2026-11-23T08:20:00+07:00', dataDir: dir });
    await step(second, user, 'cek booking LY-KKKKK', { kind: 'answer', has: ['terlalu banyak', 'menit'] });
    await step(second, citizen(), 'ADU-0001', { kind: 'answer', has: ['tidak ditemukan'] });
    // The hour is counted from the tries, not from the restart.
    await second.advance('41m');
    const later = await step(second, user, 'ADU-0001', { kind: 'answer' });
    expect(later.text).not.toContain('terlalu banyak');
    await second.sim.close();
  });
});
