/**
 * A newlywed's two questions (session 44, `npm run simulate`): "sy kan br nikah bulan lalu trus mo pisah kk dr ortu, itu hrs
 * ngurus apa aja y? trus ktp sy statusnya msh belum kawin jg hrs diganti ga?" was asked which KUA marriage registration. "bulan
 * lalu" had split the story at "lalu", the told piece became a question of its own, and "belum kawin" named the marriage service.
 * The family card and the KTP are what is asked.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a newlywed asking about the family card and the KTP (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('asks which family card, then answers for it and for the KTP; never the KUA', async () => {
    const user = citizen();
    await step(
      s,
      user,
      'pagi kak.. sy mo tny, sy kan br nikah bulan lalu trus mo pisah kk dr ortu, itu hrs ngurus apa aja y? trus ktp sy statusnya msh belum kawin jg hrs diganti ga? makasih sblmnya',
      { kind: 'clarify', has: ['Kartu Keluarga (KK) yang mana?', 'KTP-el'], not: ['KUA'] },
    );
    await step(s, user, 'kk baru', { has: ['Syarat KK baru', 'KTP-el'], not: ['Pendaftaran nikah'] });
  });
});
