/**
 * A full MPP day through the simulator: citizens book, change their minds, get reminded,
 * and staff call numbers. Monday 23 Nov 2026; the MPP opens 08:00 WIB.
 */
import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../core/types.js';
import { simulation } from './sim-harness.js';

const STAFF: UserKey = 'tg:9000';

async function book(s: Awaited<ReturnType<typeof simulation>>, user: UserKey, text: string, name: string) {
  let lines = await s.say(user, text);
  for (let guard = 0; guard < 6 && lines.at(-1)?.kind !== 'booking_confirmed'; guard++) {
    const last = lines.at(-1)!;
    if (last.text.includes('atas nama')) lines = await s.say(user, name);
    else if (last.text.startsWith('Konfirmasi')) lines = await s.say(user, 'ya');
    else if (last.options?.length) lines = await s.say(user, '1');
    else throw new Error(`stuck at: ${last.text}`);
  }
  return lines.at(-1)!;
}

describe('booking from chat', () => {
  it('books in one message, asking only for the name and confirmation', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00' });
    const [q1] = await s.say('tg:1', 'booking ktp hilang besok jam 9');
    expect(q1?.text).toContain('atas nama');
    const [q2] = await s.say('tg:1', 'Siti Aminah');
    expect(q2?.text).toContain('Selasa, 24 November 2026, 09.00 WIB');
    expect(q2?.options?.map((o) => o.label)).toEqual(['Ya', 'Tidak']);
    const [done] = await s.say('tg:1', 'iya');
    expect(done?.kind).toBe('booking_confirmed');
    expect(done?.booking).toMatchObject({ service: 'ktp', date: '2026-11-24', time: '09:00', queueNumber: 'KTP-001' });
    expect(done?.booking?.code).toMatch(/^LY-[2-9A-HJKMNP-Z]{5}$/);
    expect(done?.text).toContain('Surat keterangan kehilangan');
    expect(done?.text).toContain('Lantai 1');
  });

  it('remembers the name for the next booking', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00' });
    await book(s, 'tg:1', 'booking kk baru besok jam 10', 'Budi');
    const [confirm] = await s.say('tg:1', 'mau booking skck baru rabu jam 9');
    expect(confirm?.text).toContain('Atas nama: Budi');
  });

  it('offers the nearest free slots when the asked one is full, and the next days when closed', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00', capacity: 1 });
    await book(s, 'tg:1', 'booking kk baru besok jam 9', 'Ani');
    const [full] = await s.say('tg:2', 'booking kk baru besok jam 9');
    expect(full?.text).toContain('sudah penuh');
    expect(full?.options?.map((o) => o.value)).toContain('08:45');
    expect(full?.options?.map((o) => o.value)).toContain('09:15');
    const [sunday] = await s.say('tg:3', 'booking kk baru hari minggu jam 9');
    expect(sunday?.text).toMatch(/tutup/);
    expect(sunday?.options?.[0]?.value).toMatch(/^2026-11-\d\d$/);
    // A date without a year that has passed means next year: beyond the 14-day horizon.
    const [nextYear] = await s.say('tg:4', 'booking kk baru tgl 20 november jam 9');
    expect(nextYear?.text).toContain('Pemesanan paling jauh 14 hari ke depan');
    const [past] = await s.say('tg:4', 'booking kk baru tgl 20 november 2026 jam 9');
    expect(past?.text).toContain('20 November 2026 09.00 WIB sudah lewat.');
    for (const reply of [nextYear, past]) expect(reply?.options?.every((o) => o.value >= '2026-11-23' && o.value <= '2026-12-07')).toBe(true);
  });

  it('never lets two citizens take the last seat', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00', capacity: 1 });
    for (const user of ['tg:1', 'tg:2'] as const) {
      await s.say(user, 'booking kk baru besok jam 9');
      await s.say(user, user === 'tg:1' ? 'Ani' : 'Budi');
    }
    // Both were shown the free slot; both say yes at the same moment.
    const [a, b] = await Promise.all([s.sim.handle({ from: 'tg:1', text: 'ya' }), s.sim.handle({ from: 'tg:2', text: 'ya' })]).then(() => s.lines.slice(-2));
    expect([a?.kind, b?.kind].filter((k) => k === 'booking_confirmed')).toHaveLength(1);
    expect([a, b].find((l) => l?.kind !== 'booking_confirmed')?.text).toContain('penuh');
  });

  it('shows, moves and cancels only the citizen’s own booking, each after confirmation', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00' });
    const booked = await book(s, 'tg:1', 'booking paspor baru kamis jam 10', 'Rina');
    const code = booked.booking!.code;
    const [mine] = await s.say('tg:1', 'cek booking saya');
    expect(mine?.text).toContain(code);
    const [stranger] = await s.say('tg:2', `cek booking ${code}`);
    expect(stranger?.text).not.toContain('Rina');
    expect(stranger?.text).toContain('tidak ditemukan');
    const [strangerCancel] = await s.say('tg:2', `batal booking ${code}`);
    expect(strangerCancel?.text).toContain('tidak ditemukan');
    const [moveAsk] = await s.say('tg:1', 'ganti jadwal ke jumat jam 9');
    expect(moveAsk?.text).toContain('Pindahkan booking');
    const [moved] = await s.say('tg:1', 'ya');
    expect(moved).toMatchObject({ kind: 'booking_moved', booking: { code, date: '2026-11-27', time: '09:00' } });
    const [cancelAsk] = await s.say('tg:1', 'batalkan booking saya');
    expect(cancelAsk?.text).toContain('Batalkan booking ini?');
    const [kept] = await s.say('tg:1', 'tidak');
    expect(kept?.text).toContain('tidak jadi');
    await s.say('tg:1', 'batalkan booking saya');
    const [cancelled] = await s.say('tg:1', 'ya');
    expect(cancelled).toMatchObject({ kind: 'booking_cancelled', booking: { code } });
    const [none] = await s.say('tg:1', 'cek booking');
    expect(none?.text).toContain('belum punya booking');
  });

  it('limits hoarding: one booking per service per day', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00' });
    await book(s, 'tg:1', 'booking sim baru besok jam 9', 'Dedi');
    const [again] = await s.say('tg:1', 'booking sim baru besok jam 10');
    const final = again?.text.startsWith('Konfirmasi') ? (await s.say('tg:1', 'ya'))[0] : again;
    expect(final?.text).toContain('sudah punya booking untuk layanan ini');
  });

  it('refuses a reschedule onto a day that already has a booking for the service, before asking to confirm', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00' });
    await book(s, 'tg:1', 'booking ktp baru besok jam 9', 'Dedi');
    const wednesday = await book(s, 'tg:1', 'booking ktp baru rabu jam 9', 'Dedi');
    const [refused] = await s.say('tg:1', `ganti jadwal ${wednesday.booking!.code} ke besok jam 10`);
    expect(refused?.text).toContain('sudah punya booking untuk layanan ini');
    expect(refused?.text).not.toContain('Pindahkan booking');
    const [confirm] = await s.say('tg:1', 'ya');
    expect(confirm?.kind).not.toBe('booking_moved');
    const [mine] = await s.say('tg:1', 'cek booking');
    expect(mine?.text).toContain('Rabu, 25 November 2026');
  });
});

describe('a day at the counter', () => {
  it('reminds, calls, alerts and skips through a whole day', async () => {
    const s = await simulation({ now: '2026-11-23T07:00:00+07:00', staff: [STAFF] });
    const citizens: UserKey[] = ['tg:1', 'tg:2', 'wa:6281100000003@c.us', 'wa:77000004@lid', 'tg:5'];
    for (const [i, user] of citizens.entries()) await book(s, user, `booking ktp baru besok jam ${i < 3 ? 8 : 9}`, `Warga ${'ABCDE'[i]}`);
    const cancelled = await book(s, 'tg:6', 'booking ktp baru besok jam 9', 'Warga F');
    await s.say('tg:6', `batal booking ${cancelled.booking!.code}`);
    await s.say('tg:6', 'ya');

    // 18:00 the day before: one reminder each, none for the cancelled booking.
    const evening = await s.advance('11h');
    const reminders = evening.filter((l) => l.kind === 'reminder');
    expect(reminders.map((l) => l.to).sort()).toEqual([...citizens].sort());
    expect(reminders[0]?.at).toBe('2026-11-23T11:00:00.000Z');
    expect(reminders[0]?.text).toContain('☐');

    // Next morning 07:00: the one-hour reminders for the 08:00 slot.
    const morning = await s.advance('13h');
    expect(morning.filter((l) => l.kind === 'reminder').map((l) => l.to).sort()).toEqual(citizens.slice(0, 3).sort());

    await s.say('wa:6281100000003@c.us', 'saya sudah sampai');
    const [queue] = await s.say(STAFF, '/queue ktp');
    expect(queue?.text).toContain('(sudah hadir)');

    const call1 = await s.say(STAFF, '/next ktp 2');
    expect(call1.find((l) => l.kind === 'turn_now')).toMatchObject({ to: 'tg:1' });
    // At 07:00 only the 08:00 slots are near: the two booked for 09:00 are told by a later call, nearer their time (session 45).
    expect(call1.filter((l) => l.kind === 'turn_soon').map((l) => l.to)).toEqual(['tg:2', 'wa:6281100000003@c.us']);
    expect(call1.at(-1)).toMatchObject({ to: STAFF, kind: 'staff' });

    // Two hours before a 09:00 slot the place in the queue says nothing; the slot does (session 46, a field test).
    const [position] = await s.say('tg:5', 'cek booking');
    expect(position?.text).toContain('Jadwal Anda pukul 09.00 WIB: datanglah 15 menit sebelumnya.');
    expect(position?.text).not.toContain('Posisi:');

    await s.advance('7m');
    await s.say(STAFF, '/done');
    const call2 = await s.say(STAFF, '/next ktp 2');
    expect(call2.filter((l) => l.kind === 'turn_soon')).toHaveLength(0); // nobody is warned twice
    const skip = await s.say(STAFF, '/skip');
    expect(skip.find((l) => l.kind === 'turn_missed')?.to).toBe('tg:2');
    const [stranger] = await s.say('tg:5', '/next ktp');
    expect(stranger?.kind).toBe('not_allowed');
    const [summary] = await s.say(STAFF, '/today');
    expect(summary?.text).toContain('ktp: 5 nomor');
    expect(summary?.text).toContain('tidak hadir 1');

    // Reminders are never sent twice, whatever happens later.
    const rest = await s.advance('1d');
    expect(rest.filter((l) => l.kind === 'reminder')).toHaveLength(2); // hour-before for the two 09:00 bookings
    expect(s.lines.filter((l) => l.kind === 'reminder')).toHaveLength(10);
  });
});
