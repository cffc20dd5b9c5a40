/**
 * Moving a booking takes a slot the same way booking does (issue 16): every rule that refuses a
 * new booking refuses a move, and a refused move changes nothing (same slot, same seat, same queue number).
 */
import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../../core/booking/booking-code.js';
import { Bookings } from '../../../core/booking/bookings.js';
import type { Booking } from '../../../core/records.js';
import type { Settings } from '../../../core/schema.js';
import { engineHarness } from '../../fakes/engine.js';
import { testSettings } from '../../fakes/mpp.js';

// Monday 23 Nov 2026, 09:00 WIB
const NOW = '2026-11-23T02:00:00Z';
const ktp = { service: 'ktp', variant: 'baru' } as const;
const citizen = { user: 'tg:1', name: 'Ani' } as const;

type Harness = ReturnType<typeof engineHarness>;

/** A citizen booked for KTP on Tuesday 24 Nov at 09:00. */
async function booked(settings?: Settings) {
  const h = engineHarness({ now: NOW, ...(settings ? { settings } : {}) });
  const booking = await h.bookings.book({ ...citizen, ...ktp, date: '2026-11-24', time: '09:00' });
  return { ...h, booking };
}

function expectUnchanged(h: Harness, before: Booking) {
  const after = h.bookings.get(before.id);
  expect(after).toMatchObject({ date: before.date, time: before.time, queueNumber: before.queueNumber, status: before.status });
  expect(h.bookings.taken(before.service, before.date, before.time)).toBe(1);
}

describe('Bookings.move refuses what book refuses', () => {
  const slotRefusals: { why: string; date: string; time: string; code: string; reason: string; clock?: string }[] = [
    { why: 'a time already past today', date: '2026-11-23', time: '08:30', code: 'SLOT_CLOSED', reason: 'past' },
    { why: 'a day already past', date: '2026-11-20', time: '09:00', code: 'SLOT_CLOSED', reason: 'past' },
    { why: 'a day beyond the 14-day horizon', date: '2026-12-08', time: '09:00', code: 'SLOT_CLOSED', reason: 'beyond_horizon' },
    { why: 'a Saturday (closed day)', date: '2026-11-28', time: '09:00', code: 'SLOT_CLOSED', reason: 'closed_day' },
    { why: 'the lunch break (not a slot)', date: '2026-11-25', time: '12:00', code: 'SLOT_CLOSED', reason: 'not_a_slot' },
    { why: 'a time between two slots', date: '2026-11-25', time: '09:10', code: 'SLOT_CLOSED', reason: 'not_a_slot' },
    { why: 'a slot today inside the 30-minute cut-off', date: '2026-11-23', time: '09:30', code: 'SLOT_CLOSED', reason: 'cutoff', clock: '2026-11-23T02:10:00Z' },
  ];

  it.each(slotRefusals)('refuses $why ($reason) and keeps the booking where it was', async ({ date, time, code, reason, clock }) => {
    const h = await booked();
    if (clock) h.clock.set(clock);
    await expect(h.bookings.move(h.booking, date, time)).rejects.toMatchObject({ code, message: reason });
    expectUnchanged(h, h.booking);
  });

  it('refuses a holiday closure', async () => {
    const closures = [{ date: '2026-11-26', reason: { id: 'Cuti bersama', en: 'Collective leave' } }];
    const h = await booked(testSettings({ closures }));
    await expect(h.bookings.move(h.booking, '2026-11-26', '09:00')).rejects.toMatchObject({ code: 'SLOT_CLOSED', message: 'closure' });
    expectUnchanged(h, h.booking);
  });

  it('refuses a full slot, and keeps the seat it held', async () => {
    const h = await booked();
    await h.bookings.book({ user: 'tg:2', name: 'B', ...ktp, date: '2026-11-25', time: '10:00' });
    await h.bookings.book({ user: 'tg:3', name: 'C', ...ktp, date: '2026-11-25', time: '10:00' });
    await expect(h.bookings.move(h.booking, '2026-11-25', '10:00')).rejects.toMatchObject({ code: 'SLOT_TAKEN', message: 'full' });
    expect(h.bookings.taken('ktp', '2026-11-25', '10:00')).toBe(2);
    expectUnchanged(h, h.booking);
  });

  it('refuses a service no longer offered at the MPP (removed from mpp.json since booking)', async () => {
    const h = await booked();
    const withoutDukcapil = testSettings({ agencies: testSettings().agencies.filter((a) => a.id !== 'dukcapil') });
    const later = new Bookings({ store: h.store, settings: withoutDukcapil, clock: h.clock, random: seededRandom(1) });
    await expect(later.move(h.booking, '2026-11-25', '09:00')).rejects.toMatchObject({ code: 'SLOT_CLOSED', message: 'not_offered' });
    expectUnchanged(h, h.booking);
  });

  it('refuses a second booking for the same service on the same day (the reproduced bug)', async () => {
    const h = await booked();
    const wednesday = await h.bookings.book({ ...citizen, ...ktp, date: '2026-11-25', time: '09:00' });
    await expect(h.bookings.move(wednesday, '2026-11-24', '10:00')).rejects.toMatchObject({ code: 'LIMIT_REACHED', message: 'same_service_day' });
    expectUnchanged(h, wednesday);
    expect(h.bookings.activeFor('tg:1').filter((b) => b.service === 'ktp' && b.date === '2026-11-24')).toHaveLength(1);
  });

  it('refuses to make a fourth active booking out of an old one (max 3 active)', async () => {
    const h = engineHarness({ now: NOW });
    const stale = await h.bookings.book({ ...citizen, ...ktp, date: '2026-11-23', time: '13:00' });
    h.clock.set('2026-11-24T02:00:00Z'); // Tuesday: Monday's booking was never served and is no longer active
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27']) await h.bookings.book({ ...citizen, ...ktp, date, time: '09:00' });
    await expect(h.bookings.move(stale, '2026-11-30', '09:00')).rejects.toMatchObject({ code: 'LIMIT_REACHED', message: 'max_active' });
    expect(h.bookings.activeFor('tg:1')).toHaveLength(3);
    expect(h.bookings.get(stale.id)).toMatchObject({ date: '2026-11-23', time: '13:00' });
  });

  it.each(['cancelled', 'called', 'done', 'skipped'] as const)('refuses to move a booking that is %s', async (status) => {
    const h = await booked();
    const changed = status === 'cancelled' ? await h.bookings.cancel(h.booking) : h.bookings.patch(h.booking, { status });
    // The caller still holds the copy from before the change: the stored row decides.
    await expect(h.bookings.move(h.booking, '2026-11-25', '09:00')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'not_movable' });
    expect(h.bookings.get(h.booking.id)).toEqual(changed);
  });
});

describe('Bookings.move within the rules', () => {
  it('moves within the same day without counting the booking against itself', async () => {
    const h = await booked();
    const moved = await h.bookings.move(h.booking, '2026-11-24', '10:00');
    expect(moved).toMatchObject({ code: h.booking.code, date: '2026-11-24', time: '10:00', queueNumber: h.booking.queueNumber });
    expect(h.bookings.taken('ktp', '2026-11-24', '09:00')).toBe(0);
    expect(h.bookings.taken('ktp', '2026-11-24', '10:00')).toBe(1);
  });

  it('moves into the last seat of a slot, and its own seat does not count as taken when it stays', async () => {
    const h = await booked();
    await h.bookings.book({ user: 'tg:2', name: 'B', ...ktp, date: '2026-11-24', time: '09:00' });
    // 09:00 is full (2 of 2), one of them is this booking: "moving" to the same slot is allowed.
    await expect(h.bookings.move(h.booking, '2026-11-24', '09:00')).resolves.toMatchObject({ time: '09:00' });
    await h.bookings.book({ user: 'tg:3', name: 'C', ...ktp, date: '2026-11-25', time: '10:00' });
    const moved = await h.bookings.move(h.booking, '2026-11-25', '10:00');
    expect(moved.queueNumber).toBe(2); // a new day gives a new number on that day
    expect(h.bookings.taken('ktp', '2026-11-25', '10:00')).toBe(2);
    expect(h.bookings.taken('ktp', '2026-11-24', '09:00')).toBe(1);
  });

  it('keeps a third active booking movable (the limit counts the others)', async () => {
    const h = await booked();
    await h.bookings.book({ ...citizen, ...ktp, date: '2026-11-25', time: '09:00' });
    const third = await h.bookings.book({ ...citizen, ...ktp, date: '2026-11-26', time: '09:00' });
    await expect(h.bookings.move(third, '2026-11-27', '09:00')).resolves.toMatchObject({ date: '2026-11-27' });
  });
});
