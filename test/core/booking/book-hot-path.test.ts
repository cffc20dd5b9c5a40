/**
 * The synchronous part of `book()` was cut for the bench's 1,000-call burst (issue 13 item 4):
 * reminders computed in milliseconds, the limit check counted in place, refusals without a
 * stack trace. These hold the cut paths to the answers of the code they replaced.
 */
import { describe, expect, it } from 'vitest';

import { AppError } from '../../../core/errors.js';
import { addDays, toInstant } from '../../../core/local-time.js';
import type { Settings } from '../../../core/schema.js';
import { engineHarness } from '../../fakes/engine.js';
import { testSettings } from '../../fakes/mpp.js';

/** What the reminders were before: the day before through `addDays`, as strings. */
function expectedReminders(settings: Settings, date: string, time: string): string[] {
  const { timeZone, booking } = settings;
  const dayBefore = toInstant(addDays(date, -1), booking.reminderDayBeforeAt, timeZone).toISOString();
  const hourBefore = new Date(toInstant(date, time, timeZone).getTime() - booking.reminderMinutesBefore * 60_000).toISOString();
  return [`day_before@${dayBefore}`, `hour_before@${hourBefore}`];
}

describe('book(): the hot path keeps its answers', () => {
  it.each([
    ['a month boundary', 'Asia/Jakarta', '2026-11-27T02:00:00Z', '2026-12-01', '08:00'],
    ['a year boundary', 'Asia/Jakarta', '2026-12-28T02:00:00Z', '2027-01-04', '13:30'],
    ['the leap day', 'Asia/Jakarta', '2028-02-28T02:00:00Z', '2028-03-01', '09:00'],
    ['another zone (WIT, +9)', 'Asia/Jayapura', '2026-11-27T00:00:00Z', '2026-12-01', '08:00'],
  ] as const)('sets the reminders at the same instants across %s', async (_label, timeZone, now, date, time) => {
    const settings = testSettings({ timeZone });
    const { bookings } = engineHarness({ now, settings });
    const booked = await bookings.book({ service: 'ktp', variant: 'baru', date, time, user: 'tg:1', name: 'A' });
    expect(booked.reminders.map((r) => `${r.kind}@${r.at}`)).toEqual(expectedReminders(settings, date, time));
    expect(booked.reminders.every((r) => r.state === 'pending')).toBe(true);
  });

  it('counts only upcoming active bookings against the limit: cancelled and past ones leave room', async () => {
    const { bookings, clock } = engineHarness({ now: '2026-11-23T02:00:00Z' });
    const book = (date: string, time = '09:00') => bookings.book({ service: 'ktp', variant: 'baru', date, time, user: 'tg:1', name: 'A' });
    const first = await book('2026-11-24');
    await book('2026-11-25');
    const third = await book('2026-11-26');
    await expect(book('2026-11-27')).rejects.toMatchObject({ code: 'LIMIT_REACHED', message: 'max_active' });
    await bookings.cancel(third);
    await book('2026-11-27'); // the cancelled one no longer counts
    await expect(book('2026-11-30')).rejects.toMatchObject({ message: 'max_active' });
    clock.set('2026-11-25T02:00:00Z'); // the 24th is past: that booking no longer holds a place
    expect(first.status).toBe('booked');
    await book('2026-11-30');
    // Full again, and the same-day rule is still decided first.
    await expect(book('2026-11-25', '14:00')).rejects.toMatchObject({ message: 'same_service_day' });
  });

  it('refuses with a named error and leaves Error.stackTraceLimit as it was', async () => {
    const { bookings } = engineHarness({ now: '2026-11-23T02:00:00Z' });
    const slot = { service: 'ktp', variant: 'baru', date: '2026-11-24', time: '09:00' } as const;
    await bookings.book({ ...slot, user: 'tg:1', name: 'A' });
    await bookings.book({ ...slot, user: 'tg:2', name: 'B' });
    const limit = Error.stackTraceLimit;
    const refused = await bookings.book({ ...slot, user: 'tg:3', name: 'C' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'SLOT_TAKEN', message: 'full' });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('probe').stack).toContain('book-hot-path.test');
  });
});
