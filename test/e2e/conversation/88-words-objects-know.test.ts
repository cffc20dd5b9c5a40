/**
 * Words every JavaScript object already knows (session 45): the slang table was a plain object, so `SLANG['constructor']` was
 * a function, and "syarat SKCK buat constructor" got "Maaf, terjadi gangguan di sistem kami". A staff member's "/constructor"
 * looked up the staff aliases the same way. Both are ordinary words now: read like any other, or an unknown command.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, STAFF, start, step } from './chat.js';

describe("words an object's prototype holds are only words (issue 11, bad input)", () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('a citizen who writes "constructor" is answered, not told the system failed', async () => {
    const user = citizen();
    await step(s, user, 'syarat skck buat kerja jadi constructor apa aja', { has: ['SKCK'], not: ['gangguan'] });
    await step(s, user, 'constructor', { not: ['gangguan'] });
    await step(s, user, '/constructor', { kind: 'fallback', has: ['Perintah /constructor tidak dikenal'] });
  });

  it('a staff member who types /constructor or /__proto__ is told the command is unknown', async () => {
    await step(s, STAFF, '/constructor', { kind: 'staff', has: ['Perintah /constructor tidak dikenal', '/next'] });
    await step(s, STAFF, '/__proto__', { kind: 'staff', has: ['Perintah /__proto__ tidak dikenal'] });
  });
});
