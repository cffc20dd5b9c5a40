/**
 * A counter's day typed turn by turn (issue 11, field leftover of session 6): after "/next ktp 3" and "/skip",
 * "/next ktp" sent the next citizen to the agency's whole floor ("Lantai 1, loket 1–6") instead of Loket 3,
 * and "/next" alone got the command list. A /next without a counter calls to the counter of the staff
 * member's last call today, like the "/next ktp 3" before it; "/next" alone calls the same service.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start } from './chat.js';

describe('/next after /skip', () => {
  it('calls to the same counter as the last call, and "/next" alone to the same service', async () => {
    const s = await start();
    const [first, second, third] = [citizen(), citizen(), citizen()];
    await book(s, first, 'booking ktp hari ini jam 9');
    await book(s, second, 'booking ktp hari ini jam 9.15');
    await book(s, third, 'booking ktp hari ini jam 9.30');
    // Half an hour on, every slot is within the hour: a call earlier than that is an early call (counter.ts calledEarly).
    await s.advance('30m');
    const staff = async (text: string) => s.say(STAFF, text);
    const to = (lines: Awaited<ReturnType<typeof staff>>, user: string) => lines.find((l) => l.to === user);

    let lines = await staff('/next ktp 3');
    expect(to(lines, first)?.text).toContain('silakan menuju Loket 3.');
    lines = await staff('/skip');
    expect(to(lines, STAFF)?.text).toContain('tidak hadir');
    lines = await staff('/next ktp');
    expect(to(lines, second)?.text).toContain('silakan menuju Loket 3.');
    expect(to(lines, STAFF)?.text).toMatch(/KTP-002 — .* → Loket 3\./);
    expect(lines.map((l) => l.text).join('\n')).not.toContain('loket 1–6');
    lines = await staff('/skip');
    lines = await staff('/next');
    expect(to(lines, third)?.text).toContain('silakan menuju Loket 3.');
    expect(to(lines, STAFF)?.text).not.toContain('Perintah petugas');
    // A counter given again wins: "/next 5" moves to Loket 5 for the same service.
    await staff('/done');
    lines = await staff('/next 5');
    expect(to(lines, first)?.text).toContain('silakan menuju Loket 5.');
    expect(to(lines, STAFF)?.text).toContain('KTP-001 (panggilan ulang)');
  });

  it('a first call without a counter still names the agency\'s counter, and "/next" with no call today asks for the service', async () => {
    const s = await start();
    const user = citizen();
    await book(s, user, 'booking kk hari ini jam 10');
    const [usage] = await s.say(STAFF, '/next');
    expect(usage?.text).toContain('Contoh: /next ktp 2');
    const lines = await s.say(STAFF, '/next kk');
    expect(lines.find((l) => l.to === user)?.text).toContain('Lantai 1, loket 1–6');
  });
});
