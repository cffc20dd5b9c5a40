/**
 * The live queue of one service on one day: who waits, in which order, and how long.
 * Order is slot time, then booking order; walk-ins get their arrival time as slot.
 */
import type { Booking } from '../records.js';
import type { Settings } from '../schema.js';
import type { Bookings } from './bookings.js';
import { slotRule } from './slots.js';

/** How long before its slot a call is early: a citizen booked for 13.00 is likely not in the hall at 09.00 (sessions 44, 45). */
export const EARLY_CALL_MINUTES = 60;

const bySlot = (a: Booking, b: Booking): number => a.time.localeCompare(b.time) || a.seq - b.seq;

/** Bookings still waiting to be called, in calling order. */
export function waiting(bookings: Bookings, service: string, date: string): Booking[] {
  return bookings.day(service, date).filter((b) => b.status === 'booked').sort(bySlot);
}

/** Absent tickets that can be recalled, in their original order. */
export function skipped(bookings: Bookings, service: string, date: string): Booking[] {
  return bookings.day(service, date).filter((b) => b.status === 'skipped' && b.noShow !== true).sort(bySlot);
}

/** How many people will be called before this booking (0 = next). */
export function peopleAhead(bookings: Bookings, booking: Booking): number {
  return waiting(bookings, booking.service, booking.date).findIndex((b) => b.id === booking.id);
}

/**
 * Minutes one citizen takes at the counter: the mean of today's finished visits once there
 * are a few, otherwise what the slot settings imply (slot length / seats per slot).
 */
export function minutesPerPerson(bookings: Bookings, settings: Settings, service: string, date: string): number {
  const durations = bookings
    .day(service, date)
    .filter((b) => b.status === 'done' && b.calledAt && b.doneAt)
    .map((b) => (Date.parse(b.doneAt!) - Date.parse(b.calledAt!)) / 60_000);
  if (durations.length >= 3) return durations.reduce((sum, d) => sum + d, 0) / durations.length;
  const rule = slotRule(settings, service);
  return rule.slotMinutes / rule.capacity;
}

export function estimatedWaitMinutes(bookings: Bookings, settings: Settings, booking: Booking): number {
  const ahead = Math.max(0, peopleAhead(bookings, booking));
  return Math.round(ahead * minutesPerPerson(bookings, settings, booking.service, booking.date));
}
