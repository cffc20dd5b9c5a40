/**
 * The end of a service's day for the citizens it did not reach (session 47, a field test of a supervisor's week): at 15.40 a
 * citizen still waiting heard nothing, and the next morning was told "Anda belum punya booking aktif"; one missed when called was
 * still told to report to the counter. Once the day's last period ends, each unserved citizen hears it once, with an apology and
 * a way to another day, and the waiting one can move the booking that same evening.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('the end of a service\'s day (issue 11, conversation)', () => {
  it('tells the waiting and the missed once, after closing, and the waiting one moves the booking that evening', async () => {
    const s = await start();
    const budi = citizen();
    const rina = citizen();
    const served = citizen();
    await book(s, budi, 'booking ktp hari ini jam 15', 'Budi Santoso');
    await book(s, rina, 'booking ktp hari ini jam 14.30', 'Rina Marlina');
    await book(s, served, 'booking ktp hari ini jam 14', 'Agus Salim');
    await s.advance('390m'); // 14.30
    await s.say(STAFF, '/next ktp 1');
    await s.say(STAFF, '/done');
    await s.say(STAFF, '/next ktp 1');
    await s.say(STAFF, '/skip');

    const before = await s.advance('55m'); // 15.25: still open
    expect(before.filter((l) => l.kind === 'day_ended')).toEqual([]);
    const after = await s.advance('10m'); // 15.35
    const ended = after.filter((l) => l.kind === 'day_ended');
    expect(ended.map((l) => l.to).sort()).toEqual([budi, rina].sort());
    const toBudi = ended.find((l) => l.to === budi)!;
    expect(toBudi.text).toContain('sudah tutup (pukul 15.30 WIB) sebelum nomor KTP-001 sempat dilayani. Mohon maaf.');
    expect(toBudi.options?.map((o) => o.label)).toEqual(['Ganti jadwal']);
    const toRina = ended.find((l) => l.to === rina)!;
    expect(toRina.text).toContain('Nomor KTP-002 terlewat saat dipanggil');
    expect(toRina.options?.map((o) => o.value)).toEqual(['booking ktp']);
    // The counter that served the day is told who was left.
    expect(after.find((l) => l.to === STAFF)?.text).toBe('🔚 Layanan ktp hari ini sudah tutup. 2 nomor belum terlayani: KTP-001, KTP-002. Warga yang booking lewat chat sudah diberi tahu dan ditawari jadwal lain.');
    // Once: the next minutes and hours say nothing more.
    expect((await s.advance('2h')).filter((l) => l.kind === 'day_ended')).toEqual([]);

    await step(s, budi, toBudi.options![0]!.value, { kind: 'clarify', options: ['Sel 24 Nov'] });
  });
});
