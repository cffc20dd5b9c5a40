/**
 * One citizen's question to a person, two staff on duty (session 48, a field test of a Tuesday that went wrong): both answered,
 * "jam 10.30" and "jam 13.00", neither told of the other; the citizen's "jadi yang bener jam berapa??" went to the first alone,
 * and with no reply the chat closed 30 minutes later, the question unanswered. The first reply now takes the case and tells the
 * others what was said; a colleague's later reply is copied to the one who holds it; a message waiting for an answer keeps the
 * chat open, and its holder is reminded once.
 */
import { describe, expect, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { citizen, MONDAY, STAFF, step } from './chat.js';

const COLLEAGUE = 'tg:901' as const;

describe('two staff, one request for a person (issue 11, staff)', () => {
  it('tells the others who took it, copies a second answer to the holder, and keeps an unanswered chat open', async () => {
    const s = await simulation({ now: MONDAY, staff: [STAFF, COLLEAGUE] });
    const ibu = citizen();
    await step(s, ibu, 'saya mau bicara dengan petugas', { kind: 'handoff' });
    await s.say(ibu, 'sistem ktp rusak sampai jam berapa?');

    const first = await s.say(STAFF, '/balas H-0001 Perkiraan jam 10.30, bu.');
    expect(first.find((l) => l.to === COLLEAGUE)?.text).toBe('✋ H-0001 dijawab oleh tg:900: "Perkiraan jam 10.30, bu.". Pesan warga berikutnya hanya ke petugas itu.');
    const second = await s.say(COLLEAGUE, '/balas H-0001 Baru bisa siang bu, sekitar jam 13.00.');
    expect(second.find((l) => l.to === STAFF)?.text).toBe('💬 Rekan tg:901 juga membalas H-0001: "Baru bisa siang bu, sekitar jam 13.00."');
    expect(second.find((l) => l.to === COLLEAGUE)?.text).toContain('H-0001 dipegang tg:900; salinan balasan Anda dikirim kepadanya.');

    await s.say(ibu, 'jadi yang bener jam berapa??');
    const reminded = await s.advance('16m');
    expect(reminded.filter((l) => l.to === STAFF).map((l) => l.text)).toEqual(['⏰ Pesan warga di H-0001 sejak 08.00 WIB belum dibalas. Balas: /balas H-0001 TEKS · Selesai: /selesai H-0001']);
    // Half an hour on, no reply yet: the chat is still with staff, not closed on the citizen.
    const later = await s.advance('20m');
    expect(later.filter((l) => l.to === ibu)).toEqual([]);
    expect((await s.say(ibu, 'halo? kok diam')).filter((l) => l.to === ibu)).toEqual([]);
    // Answered, the usual idle close comes back.
    await s.say(STAFF, '/balas H-0001 Maaf bu, yang benar jam 13.00.');
    const closed = await s.advance('31m');
    expect(closed.find((l) => l.to === ibu)?.text).toContain('Percakapan dengan petugas selesai');
  });
});
