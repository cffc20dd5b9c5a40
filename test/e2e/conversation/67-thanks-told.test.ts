/**
 * Thanks told with what happened (session 43, `npm run simulate`): "udah selesai, makasih ya cepet" after being served was asked
 * "Untuk layanan apa?". The NLU reads it as thanks (0.71) beside a faint processing-time reading (0.05, "udah selesai?" asks
 * whether a document is ready), and the chat took the faint one because thanks is never offered as a choice.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('thanks told with what happened (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"udah selesai, makasih ya cepet" is thanked, not asked which service', async () => {
    await step(s, citizen(), 'udah selesai, makasih ya cepet', { kind: 'answer', has: ['Sama-sama'], not: ['Untuk layanan apa'] });
  });

  it('a question after the thanks is still answered, and "udah selesai belum?" alone still asks about processing time', async () => {
    await step(s, citizen(), 'makasih, kalau biaya paspor berapa?', { kind: 'answer', has: ['Biaya Paspor'] });
    await step(s, citizen(), 'udah selesai belum ktp saya?', { not: ['Sama-sama'] });
  });
});
