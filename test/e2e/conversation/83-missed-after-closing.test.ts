/**
 * A number missed when called, asked about after the counter closed (session 44, `npm run simulate`): at 16.00 "cek booking"
 * still said "segera lapor ke loket". Once the service's day is over the citizen is told so, and how to take a new slot.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('a missed number after closing time (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('says "lapor ke loket" while the counter is open, and that the day is over after it closes', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await step(s, user, 'baru', {});
    await s.advance('60m');
    await s.say(STAFF, '/next ktp 1');
    await s.say(STAFF, '/skip');
    await step(s, user, 'cek booking', { kind: 'answer', has: ['segera lapor ke loket'] });
    await s.advance('7h');
    await step(s, user, 'cek booking', { kind: 'answer', has: ['sudah tutup', 'booking'], not: ['segera lapor ke loket'] });
  });
});
