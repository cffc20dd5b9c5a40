import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../../core/booking/booking-code.js';
import { Bookings } from '../../../core/booking/bookings.js';
import { AppError } from '../../../core/errors.js';
import type { Booking, LayaniTables } from '../../../core/records.js';
import { createMemoryStore } from '../../../data/store/memory-store.js';
import { FakeClock } from '../../fakes/clock.js';
import { engineHarness } from '../../fakes/engine.js';
import { testSettings } from '../../fakes/mpp.js';

// Monday 23 Nov 2026, 09:00 WIB
const NOW = '2026-11-23T02:00:00Z';
const slot = { service: 'ktp', variant: 'baru', date: '2026-11-24', time: '09:00' } as const;

describe('bookings', () => {
  it('never sells the last seat twice, even to 50 simultaneous requests', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const attempts = Array.from({ length: 50 }, (_, i) => bookings.book({ ...slot, user: `tg:${i}`, name: `Warga ${i}` }));
    const results = await Promise.allSettled(attempts);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(2); // capacity 2
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost.every((r) => r.reason instanceof AppError && r.reason.code === 'SLOT_TAKEN')).toBe(true);
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(2);
  });

  it('gives unique codes and queue numbers in booking order per service and day', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const a = await bookings.book({ ...slot, time: '10:00', user: 'tg:1', name: 'A' });
    const b = await bookings.book({ ...slot, time: '08:00', user: 'tg:2', name: 'B' });
    const c = await bookings.book({ ...slot, service: 'kk', variant: 'umum', time: '08:00', user: 'tg:3', name: 'C' });
    expect([a.queueNumber, b.queueNumber, c.queueNumber]).toEqual([1, 2, 1]);
    expect(new Set([a.code, b.code, c.code]).size).toBe(3);
    expect(a.code).toMatch(/^LY-[2-9A-HJKMNP-Z]{5}$/);
    expect(bookings.byCode(a.code.toLowerCase())?.id).toBe(a.id);
  });

  it('limits one booking per service per day and N active bookings per user', async () => {
    const { bookings } = engineHarness({ now: NOW });
    await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await expect(bookings.book({ ...slot, time: '10:00', user: 'tg:1', name: 'A' })).rejects.toMatchObject({ code: 'LIMIT_REACHED', message: 'same_service_day' });
    await bookings.book({ ...slot, date: '2026-11-25', user: 'tg:1', name: 'A' });
    await bookings.book({ ...slot, date: '2026-11-26', user: 'tg:1', name: 'A' });
    await expect(bookings.book({ ...slot, date: '2026-11-27', user: 'tg:1', name: 'A' })).rejects.toMatchObject({ message: 'max_active' });
  });

  it('frees the seat on cancel and keeps the code on move', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const first = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    await expect(bookings.book({ ...slot, user: 'tg:3', name: 'C' })).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
    const moved = await bookings.move(first, '2026-11-25', '13:00');
    expect(moved.code).toBe(first.code);
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(1);
    const third = await bookings.book({ ...slot, user: 'tg:3', name: 'C' });
    await bookings.cancel(third);
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(1);
    expect(bookings.byCode(third.code)).toBeUndefined();
  });

  it('refuses past, closed and full slots with a reason', async () => {
    const { bookings } = engineHarness({ now: NOW });
    await expect(bookings.book({ ...slot, date: '2026-11-23', time: '08:30', user: 'tg:1', name: 'A' })).rejects.toMatchObject({ code: 'SLOT_CLOSED', message: 'past' });
    await expect(bookings.book({ ...slot, date: '2026-11-29', user: 'tg:1', name: 'A' })).rejects.toMatchObject({ code: 'SLOT_CLOSED', message: 'closed_day' });
    await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    await bookings.book({ ...slot, user: 'tg:3', name: 'C' });
    await expect(bookings.book({ ...slot, user: 'tg:1', name: 'A' })).rejects.toMatchObject({ code: 'SLOT_TAKEN', message: 'full' });
    expect(bookings.activeFor('tg:1')).toEqual([]);
  });

  it('stores reminder due times in UTC from the MPP wall clock, skipping ones already past', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const tomorrow = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    expect(tomorrow.reminders).toEqual([
      { kind: 'day_before', at: '2026-11-23T11:00:00.000Z', state: 'pending' },
      { kind: 'hour_before', at: '2026-11-24T01:00:00.000Z', state: 'pending' },
    ]);
    const today = await bookings.book({ ...slot, date: '2026-11-23', time: '13:00', user: 'tg:2', name: 'B' });
    expect(today.reminders.map((r) => r.state)).toEqual(['skipped', 'pending']);
  });
});

describe('archiving', () => {
  it('moves past days out of the hot set and drops the citizen name from them', async () => {
    const { bookings, store, clock } = engineHarness({ now: NOW });
    const old = bookings.patch(await bookings.book({ ...slot, user: 'tg:1', name: 'Ani' }), { status: 'done' });
    await bookings.book({ ...slot, date: '2026-11-26', user: 'tg:2', name: 'Budi' });
    clock.set('2026-11-26T01:00:00Z');
    expect(bookings.archiveBefore('2026-11-25')).toBe(1);
    expect(bookings.get(old.id)).toBeUndefined();
    expect(bookings.day('ktp', '2026-11-24')).toEqual([]);
    expect(store.archived('bookings', '2026-11')).toEqual([expect.objectContaining({ id: old.id, name: '' })]);
  });

  it('keeps a booking its day ended on unserved for the week it may still be moved, then archives it', async () => {
    const { bookings, store, clock } = engineHarness({ now: NOW });
    const unserved = await bookings.book({ ...slot, user: 'tg:1', name: 'Ani' }); // Tue 24 Nov, never called
    clock.set('2026-11-26T01:00:00Z');
    expect(bookings.archiveBefore('2026-11-25')).toBe(0);
    expect(bookings.unservedFor('tg:1').map((b) => b.id)).toEqual([unserved.id]);
    expect(bookings.activeFor('tg:1')).toEqual([]); // it holds no seat of a day to come
    clock.set('2026-12-01T01:00:00Z'); // the seventh day after: still movable
    expect(bookings.archiveBefore('2026-11-30')).toBe(0);
    clock.set('2026-12-02T01:00:00Z');
    expect(bookings.unservedFor('tg:1')).toEqual([]);
    expect(bookings.archiveBefore('2026-12-01')).toBe(1);
    expect(store.archived('bookings', '2026-11')).toEqual([expect.objectContaining({ id: unserved.id, name: '' })]);
  });
});

describe('the booking book, as citizens and counters rely on it', () => {
  it('after a restart knows every seat and code already given out', async () => {
    const { bookings, store, clock } = engineHarness({ now: NOW });
    const a = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    const restarted = new Bookings({ store, settings: testSettings(), clock, random: seededRandom(7) });
    expect(restarted.taken('ktp', '2026-11-24', '09:00')).toBe(2);
    expect(restarted.byCode(a.code)?.id).toBe(a.id);
    expect(restarted.day('ktp', '2026-11-24')).toHaveLength(2);
    await expect(restarted.book({ ...slot, user: 'tg:3', name: 'C' })).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
  });

  it('never hands out a code already in use, even when the generator repeats itself', async () => {
    const { store, clock } = engineHarness({ now: NOW });
    const repeating = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    const bookings = new Bookings({ store, settings: testSettings(), clock, random: () => repeating[i++ % repeating.length]! });
    const a = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    const b = await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    expect(b.code).not.toBe(a.code);
  });

  it("lists a citizen's active bookings soonest first, today's included, finished and cancelled ones left out", async () => {
    const { bookings } = engineHarness({ now: NOW });
    const later = await bookings.book({ ...slot, date: '2026-11-26', user: 'tg:1', name: 'A' });
    const today = await bookings.book({ ...slot, date: '2026-11-23', time: '13:00', user: 'tg:1', name: 'A' });
    const kk = await bookings.book({ ...slot, service: 'kk', variant: 'umum', date: '2026-11-23', time: '14:00', user: 'tg:1', name: 'A' });
    expect(bookings.activeFor('tg:1').map((b) => b.id)).toEqual([today.id, kk.id, later.id]);
    bookings.patch(kk, { status: 'done' });
    await bookings.cancel(later);
    expect(bookings.activeFor('tg:1').map((b) => b.id)).toEqual([today.id]);
  });

  // The user index keeps one booking as a bare id and several as a list (issue 13): it must follow both ways.
  it("keeps a citizen's bookings indexed as they go from several to one to none", async () => {
    const { bookings } = engineHarness({ now: NOW });
    const first = await bookings.book({ ...slot, date: '2026-11-24', user: 'tg:1', name: 'A' });
    const second = await bookings.book({ ...slot, date: '2026-11-25', user: 'tg:1', name: 'A' });
    const third = await bookings.book({ ...slot, date: '2026-11-26', user: 'tg:1', name: 'A' });
    expect(bookings.activeFor('tg:1').map((b) => b.id)).toEqual([first.id, second.id, third.id]);
    bookings.archiveBefore('2026-11-26'); // the first two leave the hot set
    expect(bookings.activeFor('tg:1').map((b) => b.id)).toEqual([third.id]);
    const again = await bookings.book({ ...slot, date: '2026-11-27', user: 'tg:1', name: 'A' });
    expect(bookings.activeFor('tg:1').map((b) => b.id)).toEqual([third.id, again.id]);
    bookings.archiveBefore('2026-11-28');
    expect(bookings.activeFor('tg:1')).toEqual([]);
  });

  it('lets a citizen book two different services on the same day', async () => {
    const { bookings } = engineHarness({ now: NOW });
    await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await expect(bookings.book({ ...slot, service: 'kk', variant: 'umum', time: '10:00', user: 'tg:1', name: 'A' })).resolves.toMatchObject({ service: 'kk' });
  });

  it('gives a walk-in a number with no reminders', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const walkIn = await bookings.book({ ...slot, date: '2026-11-23', time: '09:07', user: 'term:walk-in', name: 'W', walkIn: true });
    expect(walkIn).toMatchObject({ walkIn: true, reminders: [], queueNumber: 1, status: 'booked' });
  });

  it('on cancel, skips the reminders still pending and keeps the record of those sent', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const booked = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    const reminded = bookings.markReminder(booked, 'day_before', 'sent');
    expect(reminded.reminders.map((r) => `${r.kind}:${r.state}`)).toEqual(['day_before:sent', 'hour_before:pending']);
    expect(reminded.reminders[0]).toEqual({ kind: 'day_before', at: '2026-11-23T11:00:00.000Z', state: 'sent' });
    const cancelled = await bookings.cancel(reminded);
    expect(cancelled.reminders.map((r) => `${r.kind}:${r.state}`)).toEqual(['day_before:sent', 'hour_before:skipped']);
  });

  it('keeps who cancelled and the reason staff gave; the last cancelled is found for "kenapa dibatalkan?"', async () => {
    const { bookings, clock } = engineHarness({ now: NOW });
    const mine = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    const other = await bookings.book({ ...slot, service: 'kk', variant: 'umum', user: 'tg:1', name: 'A' });
    expect(bookings.lastCancelledFor('tg:1')).toBeUndefined();
    await bookings.cancel(mine, { by: 'citizen' });
    clock.advance(1);
    await bookings.cancel(other, { by: 'staff', reason: 'loket tutup' });
    expect(bookings.lastCancelledFor('tg:1')).toMatchObject({ id: other.id, cancelledBy: 'staff', cancelReason: 'loket tutup' });
    expect(bookings.get(mine.id)).toMatchObject({ cancelledBy: 'citizen' });
    expect(bookings.get(mine.id)?.cancelReason).toBeUndefined();
    expect(bookings.lastCancelledFor('tg:2')).toBeUndefined();
  });

  it('a moved booking is alerted again when its turn comes near', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const booked = bookings.patch(await bookings.book({ ...slot, user: 'tg:1', name: 'A' }), { turnSoonSent: true });
    const moved = await bookings.move(booked, '2026-11-25', '09:00');
    expect(moved.turnSoonSent).toBe(false);
    expect(moved.reminders.every((r) => r.state === 'pending')).toBe(true);
  });

  it('refuses a move into a full slot at the same time on another day, or another time on the same day', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const mine = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    for (const user of ['tg:2', 'tg:3'] as const) {
      await bookings.book({ ...slot, date: '2026-11-25', user, name: 'X' });
      await bookings.book({ ...slot, time: '10:00', user, name: 'X' });
    }
    await expect(bookings.move(mine, '2026-11-25', '09:00')).rejects.toMatchObject({ message: 'full' });
    await expect(bookings.move(mine, '2026-11-24', '10:00')).rejects.toMatchObject({ message: 'full' });
  });

  it('archives days before the given date, never that date itself', async () => {
    const { bookings, clock } = engineHarness({ now: NOW });
    bookings.patch(await bookings.book({ ...slot, user: 'tg:1', name: 'A' }), { status: 'done' });
    const kept = await bookings.book({ ...slot, date: '2026-11-25', user: 'tg:2', name: 'B' });
    clock.set('2026-11-25T01:00:00Z');
    expect(bookings.archiveBefore('2026-11-25')).toBe(1);
    expect(bookings.get(kept.id)).toMatchObject({ name: 'B' });
    expect(bookings.taken('ktp', '2026-11-25', '09:00')).toBe(1);
  });
});

describe('the booking book when things happen twice, late or at the edge', () => {
  it('frees a seat once when a citizen cancels the same booking twice (a double tap on "Batalkan")', async () => {
    const { bookings } = engineHarness({ now: NOW });
    const mine = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    await bookings.cancel(mine);
    await bookings.cancel(mine); // the second tap still holds the copy from before the first
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(1);
    await bookings.book({ ...slot, user: 'tg:3', name: 'C' });
    await expect(bookings.book({ ...slot, user: 'tg:4', name: 'D' })).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
  });

  it('never gives a cancelled booking\'s code again, even from a generator that always draws the same, and finds each after archiving', async () => {
    const { store, clock } = engineHarness({ now: NOW });
    // A generator that always draws the same code. A cancelled code given again had let staff cancel the new holder's booking for
    // the caller who quoted it (session 47, a field test).
    const bookings = new Bookings({ store, settings: testSettings(), clock, random: () => 0.5 });
    const old = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await bookings.cancel(old);
    const current = await bookings.book({ ...slot, date: '2026-11-26', user: 'tg:2', name: 'B' });
    expect(current.code).not.toBe(old.code);
    expect(bookings.byCode(old.code)).toBeUndefined();
    clock.set('2026-11-25T01:00:00Z');
    bookings.archiveBefore('2026-11-25');
    expect(bookings.byCode(current.code)?.id).toBe(current.id);
  });

  it('sets no reminder shortly before the slot when the MPP turned it off (0 minutes)', async () => {
    const settings = testSettings();
    const { bookings } = engineHarness({ now: NOW, settings: testSettings({ booking: { ...settings.booking, reminderMinutesBefore: 0 } }) });
    const booked = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    expect(booked.reminders.map((r) => r.kind)).toEqual(['day_before']);
  });

  it('does not send the day-before reminder right after a booking made at that very moment', async () => {
    const { bookings } = engineHarness({ now: '2026-11-23T11:00:00Z' }); // 18:00 WIB, the day-before reminder time
    const booked = await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    expect(booked.reminders.map((r) => `${r.kind}:${r.state}`)).toEqual(['day_before:skipped', 'hour_before:pending']);
  });

  it('keeps a booking a counter already called when its write then fails (disk full): the call stands', async () => {
    const inner = createMemoryStore<LayaniTables>();
    let failWrite: (error: Error) => void = () => undefined;
    const store = { ...inner, flush: () => new Promise<void>((_, reject) => (failWrite = reject)) };
    const bookings = new Bookings({ store, settings: testSettings(), clock: new FakeClock(NOW), random: seededRandom(7) });
    const booking = bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    const [waiting] = bookings.day('ktp', '2026-11-24') as [Booking];
    bookings.patch(waiting, { status: 'called', counter: 'Loket 1' });
    failWrite(new AppError('DISK_FULL', 'simulated'));
    await expect(booking).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(bookings.get(waiting.id)).toMatchObject({ status: 'called', counter: 'Loket 1' });
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(1);
  });

  it('takes the seat back when the write of a new booking fails and nobody acted on it', async () => {
    const inner = createMemoryStore<LayaniTables>();
    const store = { ...inner, flush: () => Promise.reject(new AppError('DISK_FULL', 'simulated')) };
    const bookings = new Bookings({ store, settings: testSettings(), clock: new FakeClock(NOW), random: seededRandom(7) });
    await expect(bookings.book({ ...slot, user: 'tg:1', name: 'A' })).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(bookings.taken('ktp', '2026-11-24', '09:00')).toBe(0);
    expect(bookings.activeFor('tg:1')).toEqual([]);
  });
});
