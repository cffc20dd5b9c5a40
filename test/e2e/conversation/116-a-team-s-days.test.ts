/**
 * A counter team's three days, tried by an outside player (session 47), each problem turn by turn:
 * - reopening a closed day left its bookers with the closure notice (and "cek booking" showed it over the newer one);
 * - on a day staff closed, /next and /walkin went on, and citizens told "tidak dapat dilayani" got "Giliran Anda!";
 * - walk-ins were counted as told of a closure, though they have no chat;
 * - after the day-end notice, "cek booking" still gave a place in the queue;
 * - two staff sent two citizens to one counter; /skip and /next looped on one no-show.
 */
import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../../core/types.js';
import { simulation } from '../sim-harness.js';
import { book, citizen, MONDAY, type Sim, STAFF, start, step } from './chat.js';

const to = async (s: Sim, who: UserKey, text: string): Promise<string> =>
  (await s.say(who, text))
    .filter((l) => l.to === who)
    .map((l) => l.text)
    .join('\n');

describe('a counter team\'s days (issue 11, conversation)', () => {
  it('reopening tells the day\'s bookers, and their booking shows the newer notice', async () => {
    const s = await start();
    const joko = citizen();
    await book(s, joko, 'booking ktp besok jam 10', 'Joko Susilo');
    await to(s, STAFF, '/tutuplayanan ktp besok server down');
    await to(s, STAFF, 'ya');
    const reopened = await s.say(STAFF, '/bukalayanan ktp besok');
    expect(reopened.filter((l) => l.to === STAFF).map((l) => l.text).join('\n')).toContain('1 warga yang booking hari itu diberi tahu');
    expect(reopened.find((l) => l.to === joko)?.text).toContain('BUKA lagi. Booking Anda hari itu tetap berlaku');
    await step(s, joko, 'cek booking', { kind: 'answer', has: [/Pengumuman untuk jadwal ini \(dikirim [^)]+\): MPP Contoh \(data contoh\): layanan KTP-el \(KTP elektronik\) pada Selasa, 24 November 2026 BUKA lagi/], not: ['Layanan tutup pada hari itu'] });
  });

  it('a service closed today takes no call and no walk-in, /today says it is closed, and a walk-in is told in person', async () => {
    const s = await start();
    await book(s, citizen(), 'booking ktp hari ini jam 9', 'Budi Santoso');
    await to(s, STAFF, '/walkin ktp Pak Udin');
    const preview = await to(s, STAFF, '/tutuplayanan ktp hari ini server pusat down');
    expect(preview).toContain('1 warga yang sudah booking akan diberi tahu');
    expect(preview).toContain('Walk-in tanpa chat, beri tahu langsung: KTP-002 Pak Udin');
    expect(await to(s, STAFF, 'ya')).toContain('dikirim ke 1 warga');
    expect(await to(s, STAFF, '/next ktp 1')).toContain('🚫 ktp ditutup hari ini (server pusat down)');
    expect(await to(s, STAFF, '/walkin ktp Bu Sri')).toContain('🚫 ktp ditutup hari ini');
    expect(await to(s, STAFF, '/today')).toContain('🚫 ktp tutup: server pusat down');
  });

  it('after the day-end notice "cek booking" says the day is over, not a place in the queue', async () => {
    const s = await start();
    const rudi = citizen();
    await book(s, rudi, 'booking ktp hari ini jam 9.30', 'Rudi Hartono');
    await s.advance('470m'); // 15.50
    await step(s, rudi, 'cek booking', { kind: 'answer', has: ['Layanan hari ini sudah tutup sebelum nomor Anda dilayani'], not: ['Posisi'] });
  });

  it('two staff are told when a counter is taken, and a no-show missed at the recall is not called again', async () => {
    const s = await simulation({ now: MONDAY, staff: [STAFF, 'tg:901'] });
    const budi = citizen();
    await book(s, budi, 'booking ktp hari ini jam 9', 'Budi Santoso');
    await book(s, citizen(), 'booking kk hari ini jam 9', 'Wati Lestari');
    await s.advance('60m');
    await to(s, STAFF, '/next ktp 1');
    expect(await to(s, 'tg:901', '/next kk 1')).toContain('⚠️ KTP-001 di Loket 1 belum ditutup');
    await to(s, 'tg:901', '/done KK-001');
    await to(s, STAFF, '/skip');
    await to(s, STAFF, '/next');
    const final = await s.say(STAFF, '/skip');
    expect(final.find((l) => l.to === STAFF)?.text).toContain('tidak dipanggil lagi hari ini');
    expect(final.find((l) => l.to === budi)?.text).toContain('tidak dipanggil lagi hari ini');
    expect(await to(s, STAFF, '/next')).toContain('Tidak ada antrean ktp yang menunggu');
  });
});
