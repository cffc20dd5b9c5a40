/**
 * A cancel said in the passive (session 46, `npm run simulate`): "booking yg besok dibatalkan" read book beside cancel, and the
 * words that decide between them knew "batalkan" but not "dibatalkan". A citizen holding a booking was offered the times of a new
 * one; one whose booking was already cancelled was asked which service to book. Now the booking is offered for cancelling, or
 * the citizen is told there is none.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('a cancel said in the passive (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('offers the booking for cancelling, and cancels it on "ya"', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk besok jam 10');
    await step(s, user, 'booking yg besok dibatalkan', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code], not: ['Pilih jam'] });
    await step(s, user, 'ya', { kind: 'booking_cancelled', has: [booked.code] });
  });

  it('after the cancel, asking again says there is no booking instead of starting one', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp besok jam 9');
    await step(s, user, 'batalkan booking besok', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'ya', { kind: 'booking_cancelled' });
    await step(s, user, 'booking saya yang besok dibatalin aja', { kind: 'answer', has: ['tidak ditemukan'], not: ['Pilih jam', 'layanan apa'] });
  });

  it('a move said in the passive still moves', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk besok jam 11');
    await step(s, user, 'booking kk saya diundur ke kamis aja', { kind: 'clarify', has: [`Pindahkan booking ${booked.code} ke Kamis`] });
  });
});
