/** Complaints and human handoff through the simulator, as a citizen and the staff would live them. */
import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../core/types.js';
import { simulation } from './sim-harness.js';

const ADMIN: UserKey = 'term:admin'; // complaint handler in the sample settings
const COUNTER: UserKey = 'tg:9000';
// Monday 23 Nov 2026, 10:00 WIB: open hours.
const NOW = '2026-11-23T10:00:00+07:00';

describe('complaints', () => {
  it('takes a complaint, gives a ticket, routes it to the handlers, relays the answer, and shows status', async () => {
    const s = await simulation({ now: NOW });
    const [first] = await s.say('tg:1', 'saya mau lapor pungli di loket ktp, petugas minta uang 50rb biar cepat');
    // Category, service and the story were in the first message: only "when" and anonymity are asked.
    expect(first?.text).toContain('Kapan kejadiannya');
    const [anon] = await s.say('tg:1', 'hari ini');
    expect(anon?.options?.map((o) => o.label)).toContain('Anonim');
    const received = await s.say('tg:1', '1');
    const ticket = received.find((l) => l.kind === 'complaint_received');
    expect(ticket?.text).toContain('ADU-0001');
    expect(ticket?.text).toContain('lapor.go.id');
    const toHandler = received.find((l) => l.to === ADMIN);
    expect(toHandler?.kind).toBe('staff');
    expect(toHandler?.text).toContain('Pungutan liar');
    expect(toHandler?.text).not.toContain('tg:1');

    const [stranger] = await s.say('tg:2', '/jawab ADU-0001 sudah ditindak');
    expect(stranger?.kind).toBe('not_allowed');
    const answered = await s.say(ADMIN, '/jawab ADU-0001 Terima kasih, petugas tersebut sudah kami tegur.');
    expect(answered.find((l) => l.to === 'tg:1')).toMatchObject({ kind: 'complaint_update' });
    const [status] = await s.say('tg:1', 'status ADU-0001');
    expect(status?.text).toContain('sudah dijawab');
    expect(status?.text).toContain('sudah kami tegur');
    const [other] = await s.say('tg:2', 'ADU-0001');
    expect(other?.text).toContain('tidak ditemukan');
  });

  it('files a broker\'s offer told as a story under pungli/calo without asking what it is about', async () => {
    const s = await simulation({ now: NOW });
    const [first] = await s.say('tg:3', 'tadi di parkiran ada orang nawarin jalur cepat bikin skck, bayar 500rb langsung jadi. bener ga sih?');
    // A complaint, not a cost question, and its category is already known; "tadi" says the day (session 47): the next question is
    // whether to stay anonymous.
    expect(first?.kind).not.toBe('answer');
    expect(first?.text).toContain('Kirim sebagai anonim?');
    const received = await s.say('tg:3', '1');
    expect(received.find((l) => l.kind === 'complaint_received')?.text).toContain('ADU-0001');
    expect(received.find((l) => l.to === ADMIN)?.text).toContain('Pungutan liar');
  });

  it('asks every step when the first message says nothing, keeps anonymity, and notes a photo', async () => {
    const s = await simulation({ now: NOW });
    const [category] = await s.say('wa:628155@c.us', 'mau mengadu');
    expect(category?.options?.length).toBeGreaterThanOrEqual(6);
    const [story] = await s.say('wa:628155@c.us', '4'); // facilities
    expect(story?.text).toContain('Ceritakan');
    await s.sim.handle({ from: 'wa:628155@c.us', media: 'image' });
    expect(s.lines.at(-1)?.text).toContain('Foto dicatat');
    const [service] = await s.say('wa:628155@c.us', 'toilet lantai 2 kotor sekali dan airnya mati dari pagi');
    expect(service?.text).toContain('layanan apa');
    const [when] = await s.say('wa:628155@c.us', 'lewati');
    expect(when?.text).toContain('Kapan');
    await s.say('wa:628155@c.us', 'kemarin');
    const done = await s.say('wa:628155@c.us', 'anonim');
    expect(done.find((l) => l.kind === 'complaint_received')?.text).toContain('anonim');
    const card = done.find((l) => l.to === ADMIN)?.text ?? '';
    expect(card).toContain('Foto: ada');
    expect(card).toContain('anonim');
  });

  it('can be abandoned mid-way, storing nothing', async () => {
    const s = await simulation({ now: NOW });
    await s.say('tg:1', 'mau komplain');
    const [quit] = await s.say('tg:1', 'batal');
    expect(quit?.text).toContain('tidak jadi dikirim');
    const [list] = await s.say(ADMIN, '/pengaduan');
    expect(list?.text).toContain('Tidak ada pengaduan terbuka');
  });

  it('reminds the handlers once a day about unanswered complaints past the deadline, and stops once answered', async () => {
    const s = await simulation({ now: NOW });
    await s.say('tg:1', 'mau lapor petugas loket kk judes sekali membentak saya tadi pagi');
    await s.say('tg:1', 'hari ini');
    const filed = await s.say('tg:1', '1');
    const due = /Batas jawab: (\d{4}-\d{2}-\d{2})/.exec(filed.find((l) => l.to === ADMIN)?.text ?? '')?.[1];
    expect(due).toBe('2026-11-30'); // 5 working days from Monday 23 November
    // The answer is due by 23:59 WIB on that day: nothing until then, then one reminder a day.
    const overdueReminders = (lines: { to: string; text: string }[]) => lines.filter((l) => l.to === ADMIN && l.text.includes('melewati batas'));
    const untilDue = Math.round((Date.parse(`${due}T23:59:00+07:00`) - Date.parse(NOW)) / 60_000);
    expect(overdueReminders(await s.advance(`${untilDue}m`))).toEqual([]);
    const first = overdueReminders(await s.advance('2m'));
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toContain('ADU-0001');
    expect(overdueReminders(await s.advance(`${23 * 60 + 55}m`))).toEqual([]);
    expect(overdueReminders(await s.advance('10m'))).toHaveLength(1);
    expect(overdueReminders(await s.advance('1d'))).toHaveLength(1);
    await s.say(ADMIN, '/jawab ADU-0001 Mohon maaf, petugas sudah kami tegur');
    expect(overdueReminders(await s.advance('3d'))).toEqual([]);
  });
});

describe('human handoff', () => {
  it('hands over to staff, keeps the bot quiet, relays both ways, and ends on "selesai"', async () => {
    const s = await simulation({ now: NOW, staff: [COUNTER] });
    const start = await s.say('tg:1', 'bisa bicara dengan petugas?');
    expect(start.find((l) => l.to === 'tg:1')?.kind).toBe('handoff');
    const alert = start.find((l) => l.to === COUNTER);
    expect(alert?.text).toContain('H-0001');
    expect(alert?.text).not.toContain('tg:1');

    const quiet = await s.say('tg:1', 'syarat ktp apa ya');
    expect(quiet.filter((l) => l.to === 'tg:1')).toHaveLength(0);
    expect(quiet.find((l) => l.to === COUNTER)?.text).toContain('syarat ktp apa ya');

    const relayed = await s.say(COUNTER, '/balas H-0001 Bawa KK asli ya Bu.');
    expect(relayed.find((l) => l.to === 'tg:1')?.text).toContain('MPP Contoh');
    expect(relayed.find((l) => l.to === 'tg:1')?.text).toContain('Bawa KK asli');

    const ended = await s.say('tg:1', 'selesai');
    expect(ended.find((l) => l.to === 'tg:1')?.text).toContain('selesai');
    const [bot] = await s.say('tg:1', 'jam buka');
    expect(bot?.kind).toBe('answer');
  });

  it('says when staff will answer outside opening hours, waits for staff, and times out only after their reply (issue 10)', async () => {
    const s = await simulation({ now: '2026-11-28T20:00:00+07:00', staff: [COUNTER] }); // Saturday night
    const start = await s.say('tg:1', 'mau ngobrol sama orang');
    expect(start.find((l) => l.to === 'tg:1')?.text).toContain('Senin, 30 November 2026');
    const waiting = await s.advance('31m');
    expect(waiting.filter((l) => l.to === 'tg:1')).toHaveLength(0);
    await s.say(COUNTER, '/balas H-0001 Selamat malam, ada yang bisa dibantu?');
    const idle = await s.advance('31m');
    expect(idle.find((l) => l.to === 'tg:1')?.text).toContain('selesai');
    const [bot] = await s.say('tg:1', 'jam buka');
    expect(bot?.kind).toBe('answer');
  });
});
