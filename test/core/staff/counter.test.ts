/**
 * The counter actions the chat and the web console share: transfer (Alihkan) to another service
 * or counter, and calling the longest-waiting citizen among several services.
 */
import { describe, expect, it } from 'vitest';

import { callNext, callNextAmong, currentOf, transfer } from '../../../core/staff/counter.js';
import type { UserKey } from '../../../core/types.js';
import { engineHarness } from '../../fakes/engine.js';

const NOW = '2026-11-23T03:00:00Z'; // Monday 10:00 WIB
const DATE = '2026-11-23';
const STAFF: UserKey = 'tg:900';

function harness() {
  const h = engineHarness({ now: NOW });
  const actor = () => ({ staff: STAFF, now: h.clock.now() });
  const book = (user: UserKey, service: string, time: string) => h.bookings.book({ user, name: 'Warga', service, variant: service === 'ktp' ? 'baru' : h.engine.app.info.service(service)!.defaultVariant, date: DATE, time });
  const say = async (from: UserKey, text: string) => (await h.engine.conversation.handle({ from, text, receivedAt: h.clock.now() }))[0];
  return { ...h, actor, book, say };
}

describe('transfer (Alihkan)', () => {
  it('sends the citizen to another service with a new number, ahead of later slots, and tells them', async () => {
    const h = harness();
    await h.book('tg:1', 'ktp', '10:30');
    await h.book('tg:2', 'kk', '11:00');
    await callNext(h.engine.app, h.actor(), 'ktp', '2');
    const result = await transfer(h.engine.app, h.actor(), { service: 'kk' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toMatchObject({ service: 'ktp', queueNumber: 1, counter: 'Loket 2' });
    expect(result.booking).toMatchObject({ service: 'kk', queueNumber: 2, status: 'booked', time: '10:30' });
    expect(result.booking.counter).toBeUndefined();
    expect(currentOf(h.engine.app, h.actor())).toBeUndefined();
    expect(h.sent.at(-1)).toMatchObject({ to: 'tg:1', kind: 'turn_soon' });
    expect(h.sent.at(-1)?.text).toContain('KK-002');
    // The KK counter calls the transferred citizen first (their 10:30 slot is before 11:00).
    const next = await callNext(h.engine.app, { staff: 'term:admin', now: h.clock.now() }, 'kk', '5');
    expect(next.ok && next.booking.user).toBe('tg:1');
  });

  it('reserves the citizen for another counter of the same service: only that counter calls them', async () => {
    const h = harness();
    await h.book('tg:1', 'ktp', '10:30');
    await h.book('tg:2', 'ktp', '11:00');
    await callNext(h.engine.app, h.actor(), 'ktp', '2');
    const moved = await transfer(h.engine.app, h.actor(), { counter: '3' });
    expect(moved.ok && moved.booking).toMatchObject({ queueNumber: 1, counter: 'Loket 3', status: 'booked' });
    const atFour = await callNext(h.engine.app, { staff: 'term:admin', now: h.clock.now() }, 'ktp', '4');
    expect(atFour.ok && atFour.booking.user).toBe('tg:2');
    const atThree = await callNext(h.engine.app, h.actor(), 'ktp', '3');
    expect(atThree.ok && atThree.booking).toMatchObject({ user: 'tg:1', counter: 'Loket 3' });
  });

  it('tells a transferred citizen once: no "your turn is coming" alert again before they are called', async () => {
    const h = harness();
    await h.book('tg:1', 'ktp', '11:30');
    await h.book('tg:2', 'kk', '11:00');
    await callNext(h.engine.app, h.actor(), 'ktp', '2');
    await transfer(h.engine.app, h.actor(), { service: 'kk' });
    const told = h.sent.filter((m) => m.to === 'tg:1').length;
    // The KK counter calls tg:2 (earlier slot): tg:1 is now next, and was already told to wait.
    const next = await callNext(h.engine.app, { staff: 'term:admin', now: h.clock.now() }, 'kk', '5');
    expect(next.ok && next.booking.user).toBe('tg:2');
    expect(h.sent.filter((m) => m.to === 'tg:1')).toHaveLength(told);
  });

  it('refuses without a citizen at the counter or without a different target', async () => {
    const h = harness();
    expect(await transfer(h.engine.app, h.actor(), { service: 'kk' })).toEqual({ ok: false, reason: 'nothing_called' });
    await h.book('tg:1', 'ktp', '10:30');
    await callNext(h.engine.app, h.actor(), 'ktp', '2');
    expect(await transfer(h.engine.app, h.actor(), {})).toEqual({ ok: false, reason: 'no_target' });
    expect(await transfer(h.engine.app, h.actor(), { service: 'nope' })).toEqual({ ok: false, reason: 'unknown_service' });
  });

  it('works from the chat too: /alihkan kk 3', async () => {
    const h = harness();
    await h.book('tg:1', 'ktp', '10:30');
    await h.say(STAFF, '/next ktp 2');
    expect((await h.say(STAFF, '/alihkan kk 3'))?.text).toBe('↪️ KTP-001 dialihkan → KK-001 (Loket 3).');
    expect((await h.say(STAFF, '/alihkan kk'))?.text).toContain('Belum ada nomor');
  });
});

describe('calling among several services', () => {
  it('calls whoever has waited longest across the counter\'s services, never one outside the scope', async () => {
    const h = harness();
    await h.book('tg:1', 'ktp', '11:30');
    await h.book('tg:2', 'kk', '11:00');
    const first = await callNextAmong(h.engine.app, h.actor(), ['ktp', 'kk'], '2');
    expect(first.ok && first.booking.user).toBe('tg:2');
    await h.say('term:admin', '/staff add tg:77 ktp');
    const scoped = await callNextAmong(h.engine.app, { staff: 'tg:77', now: h.clock.now() }, ['kk'], '3');
    expect(scoped).toEqual({ ok: false, reason: 'not_in_scope' });
  });
});

describe('/console in chat', () => {
  it('says the web console is off when no web server runs', async () => {
    const h = harness();
    expect((await h.say(STAFF, '/console'))?.text).toContain('tidak aktif');
  });
});
