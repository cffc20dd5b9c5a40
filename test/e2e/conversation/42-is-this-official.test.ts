/**
 * A citizen afraid of being cheated asks whether this chat is the MPP's own (session 30, dev set 171): the reply says whose
 * chat it is, what it never asks for and the MPP's phone to check by, then what it can do; then the citizen carries on.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('"is this chat official?" (issue 11, help)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('says whose chat it is and that it never asks for money or an OTP, then answers the next question', async () => {
    const user = citizen();
    await step(s, user, 'ini akun resmi MPP bukan? takut penipuan soalnya', {
      kind: 'answer',
      has: ['asisten chat MPP Contoh', 'tidak pernah meminta transfer uang, PIN, atau kode OTP', 'menelepon', 'Yang bisa saya bantu'],
    });
    await step(s, user, 'oke, syarat bikin kk apa aja', { kind: 'clarify', has: ['Kartu Keluarga'], not: ['kode OTP'] });
  });

  it('who runs the chat, in English too', async () => {
    await step(s, citizen(), 'yg ngelola chat ini siapa? dinas resmi atau pihak ketiga?', { kind: 'answer', has: ['asisten chat MPP Contoh', 'kode OTP'] });
    await step(s, citizen(), 'is this the official MPP account?', { kind: 'answer', has: ['chat assistant of MPP Contoh', 'never asks for a money transfer'] });
  });

  it('a plain help question gets the list without the warning', async () => {
    await step(s, citizen(), 'bot ini bisa apa aja', { kind: 'answer', has: ['Yang bisa saya bantu'], not: ['kode OTP'] });
  });
});
