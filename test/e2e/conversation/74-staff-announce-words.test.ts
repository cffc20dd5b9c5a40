/**
 * Staff's own words at the counter and the announcement preview (session 44, `npm run simulate`): "kirim", the word the preview
 * asks with ("Kirim sekarang?"), unsubscribed the staff member from announcements and sent nothing; "/announce ktp hari ini …"
 * was refused though the refusal offers "hari ini"; and "panggil ktp loket 3" sent the citizen to "Loket loket 3".
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('staff words at the announcement preview and the counter (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"kirim" at the preview sends the announcement to the subscriber', async () => {
    const subscriber = citizen();
    await step(s, subscriber, 'mau dapat info pengumuman', { has: ['menerima pengumuman'] });
    await step(s, STAFF, '/announce Besok layanan buka jam 9', { kind: 'staff', has: ['Kirim sekarang?'] });
    const sent = await s.say(STAFF, 'kirim');
    expect(sent.filter((l) => l.to === STAFF).map((l) => l.text).join('\n')).toContain('dikirim ke');
    expect(sent.filter((l) => l.to === STAFF).map((l) => l.text).join('\n')).not.toContain('tidak akan menerima pengumuman');
    expect(sent.find((l) => l.to === subscriber)?.text).toBe('Besok layanan buka jam 9');
  });

  it('"jangan kirim" at the preview sends nothing', async () => {
    await step(s, STAFF, '/announce Lift lantai 2 rusak', { kind: 'staff', has: ['Kirim sekarang?'] });
    await step(s, STAFF, 'jangan kirim', { kind: 'staff', has: ['dibatalkan', 'tidak ada yang dikirim'] });
  });

  it('"/announce ktp hari ini …" reaches the citizens booked today, and "loket 3" is Loket 3', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 10', 'Budi Santoso');
    await step(s, user, 'baru', {});
    await step(s, STAFF, '/announce ktp hari ini Server dukcapil gangguan, mohon bersabar', { kind: 'staff', has: ['warga yang booking ktp pada Senin, 23 November 2026: 1 penerima'] });
    const sent = await s.say(STAFF, 'ya');
    expect(sent.find((l) => l.to === user)?.text).toContain('Server dukcapil gangguan');
    await s.advance('120m');
    const called = await s.say(STAFF, 'panggil ktp loket 3');
    const told = called.find((l) => l.to === user)?.text ?? '';
    expect(told).toContain('Loket 3');
    expect(told).not.toMatch(/loket loket/i);
  });
});
