/** Announcements, subscriptions and the satisfaction survey through the simulator. */
import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../core/types.js';
import { simulation } from './sim-harness.js';

const STAFF: UserKey = 'tg:9000';
const NOW = '2026-11-23T07:00:00+07:00';

async function bookKtp(s: Awaited<ReturnType<typeof simulation>>, user: UserKey, name: string, time = '9') {
  await s.say(user, `booking ktp baru besok jam ${time}`);
  await s.say(user, name);
  return (await s.say(user, 'ya')).at(-1)!;
}

describe('announcements', () => {
  it('previews with a recipient count, sends only after confirmation, once each, then reports', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await s.say('tg:1', 'mau dapat info pengumuman');
    await s.say('wa:6281@c.us', 'langganan info dong');
    await s.say('tg:3', 'mau dapat info pengumuman');
    const [stop] = await s.say('tg:3', 'BERHENTI');
    expect(stop?.text).toContain('tidak akan menerima pengumuman');
    const [booked] = [await bookKtp(s, 'tg:4', 'Tono')]; // a booking alone is no subscription
    expect(booked.kind).toBe('booking_confirmed');

    const [preview] = await s.say(STAFF, '/announce Besok MPP buka lebih awal, pukul 07.30 WIB.');
    expect(preview?.kind).toBe('staff');
    expect(preview?.text).toContain('2 penerima');
    expect(s.lines.filter((l) => l.kind === 'announcement')).toHaveLength(0);

    const sent = await s.say(STAFF, 'ya');
    const announcements = sent.filter((l) => l.kind === 'announcement');
    expect(announcements.map((l) => l.to).sort()).toEqual(['tg:1', 'wa:6281@c.us']);
    expect(announcements[0]?.text).toContain('07.30');
    const report = sent.filter((l) => l.to === STAFF && l.text.includes('📊 Laporan'));
    expect(report).toHaveLength(1);
    expect(report[0]?.text).toContain('terkirim 2');
    const [progress] = await s.say(STAFF, '/announce status A1');
    expect(progress?.text).toContain('terkirim 2');
  });

  it('targets only citizens booked for a service and day, with reschedule and cancel options', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await bookKtp(s, 'tg:1', 'Ani');
    await bookKtp(s, 'tg:2', 'Budi', '10');
    await s.say('tg:3', 'booking kk baru besok jam 9');
    await s.say('tg:3', 'Citra');
    await s.say('tg:3', 'ya');
    const [preview] = await s.say(STAFF, '/announce ktp besok Layanan KTP besok ditutup karena gangguan jaringan.');
    expect(preview?.text).toContain('2 penerima');
    const sent = await s.say(STAFF, 'ya');
    const notices = sent.filter((l) => l.kind === 'announcement');
    expect(notices.map((l) => l.to).sort()).toEqual(['tg:1', 'tg:2']);
    expect(notices[0]?.options?.map((o) => o.label)).toEqual(['Ganti jadwal', 'Batalkan booking']);
    const [cancelAsk] = await s.say('tg:1', 'batal booking');
    expect(cancelAsk?.text).toContain('Batalkan booking ini?');
  });

  it('refuses /announce from citizens with no announcement sent, and explains usage to staff', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await s.say('tg:1', 'mau dapat info pengumuman');
    const [refused] = await s.say('tg:1', '/announce halo semua');
    expect(refused?.kind).toBe('not_allowed');
    await s.say('tg:1', 'ya');
    expect(s.lines.filter((l) => l.kind === 'announcement')).toHaveLength(0);
    const [usage] = await s.say(STAFF, '/announce');
    expect(usage?.text).toContain('Cara memakai /announce');
    await s.say(STAFF, '/announce Tes');
    const [cancelled] = await s.say(STAFF, 'tidak');
    expect(cancelled?.text).toContain('dibatalkan');
    expect(s.lines.filter((l) => l.kind === 'announcement')).toHaveLength(0);
  });
});

describe('satisfaction survey', () => {
  it('asks the nine questions after /done, records the answers, never asks twice, and feeds /ikm', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await bookKtp(s, 'tg:1', 'Ani');
    await s.advance('26h'); // Tuesday 09:00
    await s.say(STAFF, '/next ktp');
    const done = await s.say(STAFF, '/done');
    const invite = done.find((l) => l.kind === 'survey');
    expect(invite?.to).toBe('tg:1');
    expect(invite?.text).toContain('1/9');
    expect(invite?.options).toHaveLength(5);
    const answers = ['4', '3', '4', '4', '3', '4', '4', '3', '4'];
    let last;
    for (const a of answers) [last] = await s.say('tg:1', a);
    expect(last?.text).toContain('Terima kasih atas penilaian');
    const [after] = await s.say('tg:1', '4');
    expect(after?.kind).not.toBe('survey');
    const [ikm] = await s.say(STAFF, '/ikm ktp bulan ini');
    // (4+3+4+4+3+4+4+3+4)/9 = 3.6667 → ×25 = 91.67 → A
    expect(ikm?.text).toContain('91,67');
    expect(ikm?.text).toContain('A');
  });

  it('can be skipped, and when staff never close a call it waits for the visit to be over: the counter\'s next call (session 47)', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await bookKtp(s, 'tg:1', 'Ani');
    await bookKtp(s, 'tg:2', 'Budi', '9.15');
    await s.advance('26h');
    await s.say(STAFF, '/next ktp 1');
    // Still at the counter half an hour on: no survey yet (it had come at 30 minutes, to citizens still being served).
    expect((await s.advance('40m')).filter((l) => l.kind === 'survey')).toEqual([]);
    await s.say(STAFF, '/next ktp 1');
    const later = await s.advance('1m');
    expect(later.find((l) => l.kind === 'survey')?.to).toBe('tg:1');
    const [skipped] = await s.say('tg:1', 'lewati');
    expect(skipped?.text).toContain('dilewati');
    await s.say(STAFF, '/done');
    expect(s.lines.filter((l) => l.kind === 'survey' && l.to === 'tg:1' && l.text.includes('1/9'))).toHaveLength(1);
  });

  it('a call left open near closing is surveyed once the service\'s day has ended (session 47)', async () => {
    const s = await simulation({ now: NOW, staff: [STAFF] });
    await bookKtp(s, 'tg:1', 'Ani', '15');
    await s.advance('32h'); // Tuesday 15.00
    await s.say(STAFF, '/next ktp 1');
    expect((await s.advance('25m')).filter((l) => l.kind === 'survey')).toEqual([]);
    const closed = await s.advance('10m'); // 15.35, after the 15.30 closing
    expect(closed.find((l) => l.kind === 'survey')?.to).toBe('tg:1');
  });
});

