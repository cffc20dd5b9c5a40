/**
 * A move said as the day booked and another (session 42, `npm run simulate`): "waduh besok saya ada urusan, bisa lusa?" from a
 * citizen booked for tomorrow was "Maaf, saya belum paham". The day booked is the one left, the other the one asked for.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('the day booked and another, in one message (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"waduh besok saya ada urusan, bisa lusa?" moves tomorrow\'s booking to the day after', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 9', 'Rina Marlina');
    await step(s, user, 'nanti', {});
    await step(s, user, 'waduh besok saya ada urusan, bisa lusa?', { kind: 'clarify', has: ['Pindahkan booking', 'Rabu, 25 November 2026, 09.00'], not: ['belum paham'] });
    await step(s, user, 'ya', { kind: 'booking_moved', has: ['Rabu, 25 November 2026, 09.00'] });
  });

  it('another service named is a second booking, and with no booking held nothing is moved', async () => {
    const user = citizen();
    await book(s, user, 'booking kk besok jam 9', 'Rina Marlina');
    await step(s, user, 'nanti', {});
    await step(s, user, 'besok kk, terus lusa mau booking skck juga', { not: ['Pindahkan booking'] });
    await step(s, citizen(), 'waduh besok saya ada urusan, bisa lusa?', { not: ['Pindahkan booking', 'Pilih jam'] });
  });
});
