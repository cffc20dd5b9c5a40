/** Class 12: citizen-facing text only (no internal names, no "0 orang", no "1. 1.", STOP in the citizen's language). */
import { describe, expect, it } from 'vitest';

import { book, checkCitizenText, citizen, STAFF, start, step } from './chat.js';

describe('citizen-facing text only (issue 10, class 12)', () => {
  it('"halo makasih" never offers a "greeting" or "thanks" button', async () => {
    const s = await start();
    const reply = await step(s, citizen(), 'halo makasih', {});
    for (const option of reply.options ?? []) expect(option.label).not.toMatch(/greeting|thanks/i);
  });

  it('a citizen with nobody ahead reads "Anda nomor berikutnya", never "0 orang" or "±0 menit"', async () => {
    const s = await start();
    const user = citizen();
    await book(s, user, 'booking npwp hari ini jam 10');
    // Within the hour before the slot: earlier, the slot is shown instead of the place in the queue (session 46).
    await s.advance('61m');
    await step(s, user, 'cek booking', { kind: 'answer', has: ['Anda nomor berikutnya'], not: ['0 orang', '±0'] });
  });

  it('the survey options are numbered once ("1. Tidak sesuai", not "1. 1. Tidak sesuai")', async () => {
    const s = await start();
    const user = citizen();
    await book(s, user, 'booking npwp hari ini jam 9');
    await s.advance('61m');
    await s.say(STAFF, '/next npwp');
    const done = await s.say(STAFF, '/done');
    const invite = done.find((l) => l.kind === 'survey' && l.to === user);
    expect(invite?.options?.[0]?.label).not.toMatch(/^\d/);
    checkCitizenText(invite!);
    await step(s, user, '4', { kind: 'survey', has: ['2/9'] });
  });

  it('"STOP" from an Indonesian subscriber is answered in Indonesian', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'mau dapat info pengumuman', { kind: 'answer', has: ['Balas "BERHENTI"'], not: [' .'] });
    await step(s, user, 'STOP', { kind: 'answer', has: ['tidak akan menerima pengumuman'] });
  });

  it('"info paspor" subscription reads without stray spaces', async () => {
    const s = await start();
    await step(s, citizen(), 'mau langganan info paspor', { kind: 'answer', has: ['tentang paspor.'] });
  });
});
