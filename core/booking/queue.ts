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

/** How many finished visits weigh as much as the slot settings' guess: the estimate moves towards the day's own pace gently. */
const PRIOR_VISITS = 2;

/**
 * Minutes between two calls of one service today: what the slot settings imply (slot length / seats per slot) at first, moving
 * towards the median of today's finished visits, each divided by the counters serving the service. A field test of a Tuesday that
 * went wrong (session 48) saw "±10, ±8, ±5" minutes and then "1 orang, ±20" as the third visit switched the mean in at once, and
 * "1 orang, ±55 menit" once a visit that sat through a two-hour outage entered the mean; a median weighs that one visit as one.
 */
export function minutesPerPerson(bookings: Bookings, settings: Settings, service: string, date: string): number {
  const day = bookings.day(service, date);
  const counters = new Set(day.flatMap((b) => ((b.status === 'done' || b.status === 'called') && b.counter ? [b.counter] : []))).size;
  const durations = day
    .filter((b) => b.status === 'done' && b.calledAt && b.doneAt)
    .map((b) => (Date.parse(b.doneAt!) - Date.parse(b.calledAt!)) / 60_000)
    .sort((a, b) => a - b);
  const rule = slotRule(settings, service);
  const guess = rule.slotMinutes / rule.capacity;
  if (durations.length === 0) return guess;
  const mid = durations.length / 2;
  const median = durations.length % 2 === 1 ? durations[Math.floor(mid)]! : (durations[mid - 1]! + durations[mid]!) / 2;
  const observed = median / Math.max(1, counters);
  const weight = durations.length / (durations.length + PRIOR_VISITS);
  return weight * observed + (1 - weight) * guess;
}

export function estimatedWaitMinutes(bookings: Bookings, settings: Settings, booking: Booking): number {
  const ahead = Math.max(0, peopleAhead(bookings, booking));
  return Math.round(ahead * minutesPerPerson(bookings, settings, booking.service, booking.date));
}
