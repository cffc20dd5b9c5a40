/**
 * "info ktp" (session 44, `npm run simulate`): "min info ktp dong" and "info sim" subscribed the citizen to the service's
 * announcements. They ask about the service; subscribing still takes a word of receiving ("langganan info paspor").
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('"info" and a service (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"min info ktp dong" shows what can be asked of KTP, and subscribes to nothing', async () => {
    await step(s, citizen(), 'min info ktp dong', { kind: 'answer', has: ['KTP-el', 'Apa yang ingin Anda ketahui?'], not: ['menerima pengumuman'] });
  });

  it('"langganan info paspor" still subscribes to passport announcements', async () => {
    await step(s, citizen(), 'langganan info paspor', { kind: 'answer', has: ['menerima pengumuman', 'tentang paspor'] });
  });
});
