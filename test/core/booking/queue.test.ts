import { describe, expect, it } from 'vitest';

import { estimatedWaitMinutes, minutesPerPerson, peopleAhead, skipped, waiting } from '../../../core/booking/queue.js';
import type { UserKey } from '../../../core/types.js';
import { engineHarness } from '../../fakes/engine.js';

// Monday 23 Nov 2026, 07:00 WIB: book for 10:00–11:30 today, then the day starts.
const NOW = '2026-11-23T00:00:00Z';
const STAFF: UserKey = 'tg:900';

async function dayWithFiveBookings() {
  const harness = engineHarness({ now: NOW });
  const times = ['10:00', '10:00', '10:30', '10:30', '11:00'];
  for (const [i, time] of times.entries()) {
    await harness.bookings.book({ user: `tg:${i + 1}`, name: `Warga ${i + 1}`, service: 'ktp', variant: 'baru', date: '2026-11-23', time });
  }
  harness.clock.set('2026-11-23T03:00:00Z'); // 10:00 WIB
  const say = async (from: UserKey, text: string) => harness.engine.conversation.handle({ from, text, receivedAt: harness.clock.now() });
  return { ...harness, say };
}

describe('live queue', () => {
  it('calls the next number, tells that citizen where to go, and warns the next ones once', async () => {
    const { say, sent } = await dayWithFiveBookings();
    const [reply] = await say(STAFF, '/next ktp 3');
    expect(reply).toMatchObject({ kind: 'staff' });
    expect(reply?.text).toContain('KTP-001');
    expect(reply?.text).toContain('Loket 3');
    expect(sent[0]).toMatchObject({ to: 'tg:1', kind: 'turn_now' });
    expect(sent[0]?.text).toContain('Loket 3');
    // turnSoonAhead = 2: tg:2 (0 ahead), tg:3 (1 ahead), tg:4 (2 ahead)
    expect(sent.filter((m) => m.kind === 'turn_soon').map((m) => m.to)).toEqual(['tg:2', 'tg:3', 'tg:4']);
    sent.length = 0;
    await say(STAFF, '/done');
    await say(STAFF, '/next ktp 3');
    expect(sent.map((m) => `${m.kind}:${m.to}`)).toEqual(['survey:tg:1', 'turn_now:tg:2', 'turn_soon:tg:5']);
  });

  it('refuses staff commands from strangers and changes nothing', async () => {
    const { say, sent, bookings } = await dayWithFiveBookings();
    const [reply] = await say('tg:1', '/next ktp');
    expect(reply?.kind).toBe('not_allowed');
    expect(sent).toHaveLength(0);
    expect(bookings.day('ktp', '2026-11-23').every((b) => b.status === 'booked')).toBe(true);
  });

  it('marks an absent citizen skipped, tells them, and recalls them when the queue runs dry', async () => {
    const { say, sent } = await dayWithFiveBookings();
    await say(STAFF, '/next ktp');
    const [skip] = await say(STAFF, '/skip');
    expect(skip?.text).toContain('tidak hadir');
    expect(sent.find((m) => m.kind === 'turn_missed')?.to).toBe('tg:1');
    for (let i = 0; i < 4; i++) {
      await say(STAFF, '/next ktp');
      await say(STAFF, '/done');
    }
    const [recall] = await say(STAFF, '/next ktp');
    expect(recall?.text).toContain('KTP-001 (panggilan ulang)');
    const [empty] = await say(STAFF, '/next ktp');
    expect(empty?.text).toContain('Tidak ada antrean');
  });

  it('shows the queue and the day summary, with walk-ins', async () => {
    const { say } = await dayWithFiveBookings();
    const [walkIn] = await say(STAFF, '/walkin ktp Pak Budi');
    expect(walkIn?.text).toContain('KTP-006');
    await say(STAFF, '/next ktp');
    const [queue] = await say(STAFF, '/queue ktp');
    expect(queue?.text.split('\n')).toHaveLength(7);
    expect(queue?.text).toContain('📣 KTP-001');
    expect(queue?.text).toContain('Pak Budi (walk-in)');
    const [today] = await say(STAFF, '/today');
    expect(today?.text).toContain('ktp: 6 nomor — menunggu 5, dipanggil 1');
  });

  it('answers a staff command with a usage hint when the service is missing', async () => {
    const { say } = await dayWithFiveBookings();
    const [reply] = await say(STAFF, '/next');
    expect(reply?.text).toContain('Contoh: /next ktp 2');
  });
});

describe('staff on behalf of citizens', () => {
  it('cancels a booking on request, tells the citizen why, and frees the seat', async () => {
    const { say, sent, bookings } = await dayWithFiveBookings();
    const code = bookings.day('ktp', '2026-11-23').find((b) => b.user === 'tg:3')!.code;
    const [preview] = await say(STAFF, `/batalkan ${code} sakit, minta dijadwal ulang`);
    // Whose booking it is, and nothing cancelled yet (session 47).
    expect(preview?.text).toContain('Batalkan booking ini?');
    expect(sent.find((m) => m.to === 'tg:3')).toBeUndefined();
    const [reply] = await say(STAFF, 'ya');
    expect(reply?.text).toContain('dibatalkan');
    expect(sent.find((m) => m.to === 'tg:3')).toMatchObject({ kind: 'booking_cancelled' });
    expect(sent.find((m) => m.to === 'tg:3')?.text).toContain('sakit');
    expect(bookings.taken('ktp', '2026-11-23', '10:30')).toBe(1);
    expect((await say('tg:3', `/batalkan ${code}`))[0]?.kind).toBe('not_allowed');
  });
});

describe('queue position and waiting time (what "cek booking" tells a citizen)', () => {
  const at = (minute: number) => new Date(Date.parse('2026-11-23T03:00:00.000Z') + minute * 60_000).toISOString();

  it('counts the people ahead in calling order, and estimates from the slot settings before any visit is done', async () => {
    const { bookings, engine } = await dayWithFiveBookings();
    const day = [...bookings.day('ktp', '2026-11-23')].sort((a, b) => a.seq - b.seq);
    expect(day.map((b) => peopleAhead(bookings, b))).toEqual([0, 1, 2, 3, 4]);
    // 30-minute slots with 2 seats: 15 minutes a person.
    expect(minutesPerPerson(bookings, engine.app.settings, 'ktp', '2026-11-23')).toBe(15);
    expect(day.map((b) => estimatedWaitMinutes(bookings, engine.app.settings, b))).toEqual([0, 15, 30, 45, 60]);
    const cancelled = await bookings.cancel(day[1]!);
    expect(peopleAhead(bookings, cancelled)).toBe(-1);
    expect(estimatedWaitMinutes(bookings, engine.app.settings, cancelled)).toBe(0);
    expect(peopleAhead(bookings, day[4]!)).toBe(3);
  });

  it('moves from the slot settings towards the median of finished visits; absent or unfinished ones do not count', async () => {
    const { bookings, engine } = await dayWithFiveBookings();
    const day = [...bookings.day('ktp', '2026-11-23')].sort((a, b) => a.seq - b.seq);
    const { settings } = engine.app;
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBe(15); // 30-minute slots of 2 seats
    bookings.patch(day[0]!, { status: 'done', calledAt: at(0), doneAt: at(4) });
    bookings.patch(day[1]!, { status: 'done', calledAt: at(4), doneAt: at(10) });
    bookings.patch(day[2]!, { status: 'skipped', calledAt: at(10), doneAt: at(40) });
    // Two visits (median 5) weigh as much as the guess: halfway, no jump.
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBe(10);
    bookings.patch(day[2]!, { status: 'done', calledAt: at(10), doneAt: at(18) });
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBeCloseTo(0.6 * 6 + 0.4 * 15);
    bookings.patch(day[3]!, { status: 'called', calledAt: at(18) });
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBeCloseTo(9.6);
    expect(estimatedWaitMinutes(bookings, settings, bookings.get(day[4]!.id)!)).toBe(0);
    const walkIn = await bookings.book({ user: 'term:walk-in', name: 'W', service: 'ktp', variant: 'baru', date: '2026-11-23', time: '11:05', walkIn: true });
    expect(estimatedWaitMinutes(bookings, settings, walkIn)).toBe(10);
  });

  it('weighs a visit that sat through an outage as one visit, and divides by the counters serving', async () => {
    const { bookings, engine } = await dayWithFiveBookings();
    const day = [...bookings.day('ktp', '2026-11-23')].sort((a, b) => a.seq - b.seq);
    const { settings } = engine.app;
    bookings.patch(day[0]!, { status: 'done', calledAt: at(0), doneAt: at(20), counter: 'Loket 1' });
    bookings.patch(day[1]!, { status: 'done', calledAt: at(20), doneAt: at(135), counter: 'Loket 1' }); // two hours down
    bookings.patch(day[2]!, { status: 'done', calledAt: at(135), doneAt: at(155), counter: 'Loket 1' });
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBeCloseTo(0.6 * 20 + 0.4 * 15); // not the mean, 51.7
    bookings.patch(day[3]!, { status: 'called', calledAt: at(155), counter: 'Loket 2' });
    expect(minutesPerPerson(bookings, settings, 'ktp', '2026-11-23')).toBeCloseTo(0.6 * 10 + 0.4 * 15);
  });
});

describe('calling order', () => {
  it('calls by slot time, then by booking order, however the day was last changed', async () => {
    const h = engineHarness({ now: NOW });
    const book = (user: UserKey, time: string) => h.bookings.book({ user, name: user, service: 'ktp', variant: 'baru', date: '2026-11-23', time });
    const late = await book('tg:1', '11:00'); // booked first, for a later slot
    const first = await book('tg:2', '10:00');
    const second = await book('tg:3', '10:00');
    h.bookings.patch(first, { checkedInAt: NOW }); // a change moves it to the end of the day's index
    expect(waiting(h.bookings, 'ktp', '2026-11-23').map((b) => b.id)).toEqual([first.id, second.id, late.id]);
    h.bookings.patch(h.bookings.get(late.id)!, { status: 'skipped' });
    h.bookings.patch(h.bookings.get(second.id)!, { status: 'skipped' });
    h.bookings.patch(h.bookings.get(first.id)!, { status: 'skipped' });
    expect(skipped(h.bookings, 'ktp', '2026-11-23').map((b) => b.id)).toEqual([first.id, second.id, late.id]);
  });
});
