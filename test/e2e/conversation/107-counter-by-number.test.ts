/**
 * The counter by queue number (session 47, field tests of a supervisor's week and of hard citizen cases):
 * - a no-show back at the desk could not be called until the whole queue was empty: "/next KTP-001" and "/panggil KTP-001 1"
 *   were "Layanan tidak dikenal";
 * - a citizen who lost their phone could not be helped: /queue showed no booking codes and /batalkan took only a code, and the
 *   chat from the new number said only "Booking tidak ditemukan".
 */
import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../../core/types.js';
import { simulation } from '../sim-harness.js';
import { book, citizen, MONDAY, STAFF, start, step } from './chat.js';

describe('the counter by queue number (issue 11, conversation)', () => {
  it('calls a missed number back by its number, at the counter named, and says what is open or done', async () => {
    const s = await start();
    const budi = citizen();
    const siti = citizen();
    await book(s, budi, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await book(s, siti, 'booking ktp hari ini jam 9', 'Siti Aminah');
    await s.advance('60m');
    const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    await staff('/next ktp 1');
    await staff('/skip');
    expect(await staff('/next ktp 1')).toContain('KTP-002 — Siti Aminah → Loket 1');
    const back = await s.say(STAFF, '/panggil KTP-001 2');
    expect(back.find((l) => l.to === STAFF)?.text).toContain('📣 KTP-001 (panggilan ulang) — Budi Santoso → Loket 2');
    expect(back.find((l) => l.to === budi)?.text).toContain('Nomor KTP-001 silakan menuju Loket 2');
    expect(await staff('/next KTP-001')).toContain('KTP-001 sedang dipanggil ke Loket 2');
    await staff('/done KTP-001');
    expect(await staff('/next ktp-1')).toContain('KTP-001 sudah selesai dilayani hari ini');
  });

  it('a booking made from a lost phone: the new number is pointed to staff, who find it by its number and cancel it', async () => {
    const s = await start();
    const lost = citizen();
    await book(s, lost, 'booking samsat rabu jam 9', 'Taufik Hidayat');
    await step(s, citizen(), 'batal booking', { kind: 'answer', has: ['Booking dibuat dari nomor lain', 'bicara dengan petugas'] });
    const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(await staff('/queue samsat rabu')).toMatch(/SMS-001 09:00 Taufik Hidayat · LY-[A-Z0-9]{5}/);
    // Whose booking it is comes first; nothing is cancelled before "ya" (session 47, a field test: a wrong day cancelled another's).
    expect(await staff('/batalkan SMS-001 hp hilang')).toMatch(/^Batalkan booking ini\?\nLY-[A-Z0-9]{5} \(SMS-001\) · Taufik Hidayat · Samsat/);
    const cancelled = await s.say(STAFF, 'ya');
    expect(cancelled.find((l) => l.to === STAFF)?.text).toMatch(/✖️ LY-[A-Z0-9]{5} \(SMS-001\) dibatalkan/);
    expect(cancelled.find((l) => l.to === lost)?.text).toContain('dibatalkan oleh petugas');
  });

  it('a bare /next goes to the counter that is free, and a colleague can finish a call at a shift change', async () => {
    const s = await simulation({ now: MONDAY, staff: [STAFF, 'tg:901'] });
    for (const name of ['Budi Santoso', 'Siti Aminah', 'Agus Salim']) await book(s, citizen(), 'booking ktp hari ini jam 9', name);
    await s.advance('60m');
    const say = async (who: UserKey, text: string): Promise<string> => (await s.say(who, text)).filter((l) => l.to === who).map((l) => l.text).join('\n');
    expect(await say(STAFF, '/next ktp 2')).toContain('KTP-001 — Budi Santoso → Loket 2');
    expect(await say(STAFF, '/next ktp 1')).toContain('KTP-002 — Siti Aminah → Loket 1');
    await say(STAFF, '/done KTP-002');
    const next = await say(STAFF, '/next');
    expect(next).toContain('KTP-003 — Agus Salim → Loket 1');
    expect(next).not.toContain('belum ditutup');
    expect(await say('tg:901', '/done KTP-001')).toBe('✅ KTP-001 (panggilan petugas lain) selesai.');
  });

  it('refuses a counter the agency does not have, naming the ones it has', async () => {
    const s = await start();
    const budi = citizen();
    await book(s, budi, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await s.advance('60m');
    const refused = await s.say(STAFF, '/next ktp 99');
    expect(refused.find((l) => l.to === STAFF)?.text).toContain('Loket 99 bukan loket Dinas Kependudukan dan Pencatatan Sipil (Dukcapil) (loketnya: 1, 2, 3, 4, 5, 6)');
    expect(refused.some((l) => l.to === budi)).toBe(false);
    const called = await s.say(STAFF, '/next ktp loket 3');
    expect(called.find((l) => l.to === budi)?.text).toContain('silakan menuju Loket 3');
  });
});
