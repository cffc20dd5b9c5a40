/**
 * A ticket typed short by staff (session 43, `npm run simulate`): "/balas 1 Halo, …" to the citizen waiting in H-0001 was
 * "Percakapan tidak ditemukan", and so would "/jawab 1 …" to ADU-0001 have been. The number alone, "h1" and the full form work.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, STAFF, start, step } from './chat.js';

describe('a ticket typed short by staff (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"/balas 1 …" reaches the citizen of H-0001, and "/selesai h1" ends it', async () => {
    const user = citizen();
    const asked = await step(s, user, 'mau ngomong sama admin asli', { kind: 'handoff' });
    expect(asked.text).toContain('petugas');
    const replied = await s.say(STAFF, '/balas 1 Halo, dengan petugas Rina, ada yang bisa dibantu?');
    expect(replied.find((l) => l.to === user)?.text).toContain('dengan petugas Rina');
    const ended = await s.say(STAFF, '/selesai h1');
    expect(ended.find((l) => l.to === user)?.text).toContain('selesai');
  });

  it('"/jawab 1 …" answers ADU-0001, which its reporter then reads; an unknown number is still not found', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain, petugas loket kk tadi kasar', { kind: 'clarify' });
    await step(s, user, 'tadi pagi', { kind: 'clarify', has: ['Kirim sebagai anonim?'] });
    const received = await step(s, user, 'pakai nama aja', { kind: 'complaint_received' });
    const ticket = /ADU-(\d{4})/.exec(received.text)!;
    // Complaints are answered by their handlers (the demo's admin), not every staff member.
    await s.say('term:admin', `/jawab ${Number(ticket[1])} Petugas sudah kami tegur, terima kasih.`);
    await step(s, user, ticket[0], { kind: 'complaint_update', has: ['sudah dijawab', 'sudah kami tegur'] });
    const unknown = await s.say('term:admin', '/jawab 999 tes');
    expect(unknown.find((l) => l.to === 'term:admin')?.text).toContain('tidak ditemukan');
  });
});
