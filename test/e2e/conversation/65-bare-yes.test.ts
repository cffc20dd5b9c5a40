/**
 * A bare "ya" with nothing open got the "belum paham" menu, while "iya" and "ok" were acknowledged; and "iya" under that menu was
 * "not one of the options" (session 42, `npm run simulate`). A bare yes with nothing open is acknowledged like the others.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a bare "ya" with nothing open (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('is acknowledged, as "ok" is', async () => {
    const user = citizen();
    await step(s, user, 'jam buka mpp', { kind: 'answer', has: ['Jam buka'] });
    await step(s, user, 'ya', { kind: 'answer', has: ['Sama-sama'], not: ['belum paham'] });
    await step(s, user, 'ok', { kind: 'answer', has: ['Sama-sama'] });
  });

  it('at an open question it is still no answer: "ya" at "Booking atas nama siapa?" asks for the name again', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify', has: ['Booking atas nama siapa?'] });
    await step(s, user, 'ya', { kind: 'clarify', has: ['Mohon tulis nama saja'] });
  });

  // Session 43 (`npm run simulate`): after a reminder, "iya saya berhalangan besok" asked "Batal booking or Ganti jadwal?", and the
  // "ya" that followed was "Maaf, saya belum paham".
  it('at "Maksud Anda yang mana?" it picks neither: the choices come again', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify' });
    await step(s, user, 'Rahmat', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'nanti', {});
    await step(s, user, 'iya saya berhalangan besok', { kind: 'clarify', has: ['Maksud Anda yang mana?'] });
    await step(s, user, 'ya', { kind: 'clarify', has: ['Batal booking', 'Ganti jadwal'], not: ['belum paham'] });
  });
});
