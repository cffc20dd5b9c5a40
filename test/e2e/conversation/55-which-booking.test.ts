/**
 * A cancel or a move that names which booking (session 42, `npm run simulate`): with a SKCK booking on Thursday and a KTP one on
 * Friday, "batal yang kamis" asked "Booking yang mana?", the "iya" that followed was thanked and the cancel lost, and "yang jumat
 * dipindah ke senin aja" asked again. The day or service named picks the booking; a move's new day does not.
 */
import { beforeAll, describe, it } from 'vitest';

import type { UserKey } from '../../../core/types.js';
import { book, citizen, type Sim, start, step } from './chat.js';

describe('the booking a cancel or a move names (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  async function twoBookings(): Promise<UserKey> {
    const user = citizen();
    await book(s, user, 'booking skck kamis jam 10', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    await book(s, user, 'booking ktp jumat jam 13.30', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    return user;
  }

  it('"batal yang kamis" asks to cancel the Thursday booking, and "iya" cancels it', async () => {
    const user = await twoBookings();
    await step(s, user, 'batal yang kamis', { kind: 'clarify', has: ['Batalkan booking ini?', 'Kamis, 26 November 2026'], not: ['Booking yang mana'] });
    await step(s, user, 'iya', { kind: 'booking_cancelled', has: ['sudah dibatalkan'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: ['Jumat, 27 November 2026'], not: ['Kamis, 26 November 2026'] });
  });

  it('"yang jumat dipindah ke senin aja" moves the Friday booking to Monday', async () => {
    const user = await twoBookings();
    await step(s, user, 'yang jumat dipindah ke senin aja', { kind: 'clarify', has: ['Pindahkan booking', 'Senin, 30 November 2026, 13.30'], not: ['Booking yang mana'] });
    await step(s, user, 'jam 9', { kind: 'clarify', has: ['Pindahkan booking', 'Senin, 30 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_moved', has: ['KTP-el', 'Senin, 30 November 2026, 09.00'] });
  });

  it('named by neither, it asks which; "iya" there is asked again, not thanked, and the service picks', async () => {
    const user = await twoBookings();
    await step(s, user, 'batalin booking', { kind: 'clarify', has: ['Booking yang mana?'] });
    await step(s, user, 'iya', { kind: 'clarify', has: ['Booking yang mana?'], not: ['Sama-sama'] });
    await step(s, user, 'yang skck', { kind: 'clarify', has: ['Batalkan booking ini?', 'SKCK'] });
    // At "Batalkan booking ini?" a move keeps that booking and moves it instead.
    await step(s, user, 'pindah ke senin aja', { kind: 'clarify', has: ['tetap aktif', 'Pindahkan booking', 'Senin, 30 November 2026, 10.00'] });
  });
});
