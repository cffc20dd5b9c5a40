/**
 * "stop info" in a chat held in Indonesian was answered in English by its one English word (session 42, `npm run simulate`). Two
 * words still set the language of a new chat, and a longer message still switches it.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('the chat\'s language, kept through a short message (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"stop info" after Indonesian is answered in Indonesian', async () => {
    const user = citizen();
    await step(s, user, 'mau dapat info pengumuman dong', { kind: 'answer', has: ['Anda sekarang menerima pengumuman'] });
    await step(s, user, 'stop info', { kind: 'answer', has: ['Baik, Anda tidak akan menerima pengumuman lagi'] });
  });

  it('two English words open a chat in English, and a longer English message switches an Indonesian one', async () => {
    await step(s, citizen(), 'cancel booking', { has: ['booking'], not: ['Anda'] });
    const user = citizen();
    await step(s, user, 'syarat bikin paspor apa aja', { kind: 'clarify', has: ['Paspor yang mana?'] });
    await step(s, user, 'how much does it cost?', { kind: 'answer', has: ['Fee'] });
  });
});
