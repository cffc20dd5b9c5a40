/** Class 5: the service discussed last carries to a booking (and to cost/duration follow-ups). */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('context carries from a question to a booking (issue 10, class 5)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('after "syarat perpanjang sim", "oke mau daftar antri besok jam 9" books SIM renewal', async () => {
    const user = citizen();
    await step(s, user, 'syarat perpanjang sim', { kind: 'answer', has: [/SIM/] });
    await step(s, user, 'oke mau daftar antri besok jam 9', { kind: 'clarify', has: ['atas nama'], not: ['layanan apa'] });
    await step(s, user, 'Joko', { kind: 'clarify', has: ['Perpanjang SIM', 'Selasa, 24 November 2026, 09.00'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'sim', date: '2026-11-24', time: '09:00' } });
  });

  // NIB, a service of one kind, since session 48 gave NPWP a company variant (its requirements now ask which first).
  it('after an answer about NIB, "ok can I book for tomorrow 9am" books NIB', async () => {
    const user = citizen();
    await step(s, user, 'what are the requirements for nib', { kind: 'answer', has: ['NIB'] });
    await step(s, user, 'ok can I book for tomorrow 9am', { kind: 'clarify', has: ['name'], not: ['Which service'] });
    await step(s, user, 'John Tan', { kind: 'clarify', has: ['NIB', 'Tuesday, 24 November 2026'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', booking: { service: 'nib', date: '2026-11-24', time: '09:00' } });
  });

  it('"biayanya berapa?" and "booking besok jam 10" both follow the paspor question', async () => {
    const user = citizen();
    await step(s, user, 'syarat paspor baru', { kind: 'answer' });
    await step(s, user, 'biayanya berapa?', { kind: 'answer', has: ['Rp'] });
    await step(s, user, 'booking besok jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Maya', { kind: 'clarify', has: ['Paspor', '10.00'] });
  });

  it('the context expires: after 31 minutes "booking besok jam 10" asks which service', async () => {
    const user = citizen();
    await step(s, user, 'syarat nib', { kind: 'answer' });
    await s.advance('31m');
    const reply = await step(s, user, 'booking besok jam 10', { kind: 'clarify' });
    expect(reply.text).toContain('layanan apa');
  });
});
