/** Class 11: a handoff waits for staff; the idle timeout starts after the first staff reply. */
import { describe, expect, it } from 'vitest';

import { citizen, STAFF, start, step } from './chat.js';

describe('handoff waits for staff (issue 10, class 11)', () => {
  it('asked before opening: not closed at 06:31, staff reminded once 15 minutes after opening', async () => {
    const s = await start('2026-11-23T06:00:00+07:00'); // Monday, before 08:00
    const user = citizen();
    await step(s, user, 'mau bicara dengan petugas', { kind: 'handoff', has: ['08.00'] });
    const early = await s.advance('60m');
    expect(early.filter((l) => l.to === user)).toHaveLength(0);
    // 07:00 → 08:14: still no reminder (under 15 opening minutes).
    const before = await s.advance('74m');
    expect(before.filter((l) => l.text.includes('menunggu balasan'))).toHaveLength(0);
    const at = await s.advance('2m');
    const reminders = at.filter((l) => l.to === STAFF && l.text.includes('menunggu balasan'));
    expect(reminders).toHaveLength(1);
    // In the MPP's own time, not UTC (session 46, a field test: "sejak 23:00 UTC").
    expect(reminders[0]!.text).toContain('sejak 06.00 WIB');
    const later = await s.advance('60m');
    expect(later.filter((l) => l.text.includes('menunggu balasan'))).toHaveLength(0);
    // The citizen is still connected: their message goes to staff, not to the bot.
    const relayed = await s.say(user, 'halo, masih ada orang?');
    expect(relayed.find((l) => l.to === STAFF)?.text).toContain('masih ada orang');
    expect(relayed.filter((l) => l.to === user)).toHaveLength(0);
  });

  it('after the first staff reply, 30 idle minutes end it and the bot answers again', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'bisa ngobrol sama petugas?', { kind: 'handoff' });
    await s.say(STAFF, '/balas H-0001 Halo, ada yang bisa dibantu?');
    const idle = await s.advance('31m');
    expect(idle.find((l) => l.to === user)?.text).toContain('selesai');
    await step(s, user, 'jam buka', { kind: 'answer', has: ['Senin'] });
  });

  it('a reply from staff within the wait keeps the conversation going past 30 minutes from the start', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'talk to a human please', { kind: 'handoff' });
    await s.advance('25m');
    await s.say(STAFF, '/balas H-0001 Maaf menunggu, saya bantu sekarang.');
    const quiet = await s.advance('20m');
    expect(quiet.filter((l) => l.to === user)).toHaveLength(0);
  });
});
