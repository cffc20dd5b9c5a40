/**
 * Pure slot rules: which times a service can be booked on a day, given the MPP settings.
 * No store, no clock: callers pass `now` and a count of seats already taken.
 */
import { addDays, daysBetween, fromMinutes, localParts, toMinutes, weekdayOf } from '../local-time.js';
import type { Settings } from '../schema.js';
import { agencyOf } from '../service-info.js';

export interface SlotRule {
  readonly slotMinutes: number;
  readonly capacity: number;
}

export type SlotProblem =
  | 'not_offered'
  | 'past'
  | 'beyond_horizon'
  | 'closure'
  | 'closed_day'
  | 'not_a_slot'
  | 'cutoff'
  | 'full';

/** Seats already taken in a slot (active bookings). */
export type TakenSeats = (service: string, date: string, time: string) => number;

export function slotRule(settings: Settings, service: string): SlotRule {
  return settings.slots.perService[service] ?? settings.slots.default;
}

export type Closure = Settings['closures'][number];

/** The whole MPP's closure on `date` (a holiday, a flood), not one service's. */
export function closureOn(settings: Settings, date: string): Closure | undefined {
  return settings.closures.find((closure) => closure.date === date && closure.services === undefined);
}

/** Why `service` is closed on `date`: the whole MPP's closure first, else one naming the service. */
export function closureFor(settings: Settings, service: string, date: string): Closure | undefined {
  return closureOn(settings, date) ?? settings.closures.find((closure) => closure.date === date && closure.services?.includes(service) === true);
}

/** Opening periods of the counter serving `service` on `date` (agency hours win over the building's). */
export function openPeriods(settings: Settings, service: string, date: string): Settings['hours']['mon'] {
  if (closureFor(settings, service, date)) return [];
  const hours = agencyOf(settings, service)?.hours ?? settings.hours;
  return hours[weekdayOf(date)];
}

/** Every slot start on `date`, ignoring bookings and the clock. */
export function slotTimes(settings: Settings, service: string, date: string): string[] {
  const { slotMinutes } = slotRule(settings, service);
  const times: string[] = [];
  for (const period of openPeriods(settings, service, date)) {
    const close = toMinutes(period.close);
    for (let start = toMinutes(period.open); start + slotMinutes <= close; start += slotMinutes) {
      times.push(fromMinutes(start));
    }
  }
  return times;
}

/**
 * `slotTimes(…).length === 0 ? 'closed_day' : !slotTimes(…).includes(time) ? 'not_a_slot' : null`,
 * without building the day's list of slot strings: this runs for every booking attempt, 1,000 of
 * them in one tick in the bench's concurrent burst (issue 13 item 4: the longest stall).
 */
function slotStartProblem(settings: Settings, service: string, date: string, time: string): 'closed_day' | 'not_a_slot' | null {
  const { slotMinutes } = slotRule(settings, service);
  const at = toMinutes(time);
  let any = false;
  for (const period of openPeriods(settings, service, date)) {
    const open = toMinutes(period.open);
    const close = toMinutes(period.close);
    if (open + slotMinutes > close) continue;
    any = true;
    // The same string test as `includes`: "9:00" is not the slot "09:00".
    if (at >= open && at + slotMinutes <= close && (at - open) % slotMinutes === 0 && fromMinutes(at) === time) return null;
  }
  return any ? 'not_a_slot' : 'closed_day';
}

/** Why `date time` cannot be booked now, or null when it can. Order matters: the first problem is the one to explain. */
export function slotProblem(
  settings: Settings,
  service: string,
  date: string,
  time: string,
  now: Date,
  taken: TakenSeats,
): SlotProblem | null {
  if (!agencyOf(settings, service)) return 'not_offered';
  const today = localParts(now, settings.timeZone);
  const ahead = daysBetween(today.date, date);
  if (ahead < 0 || (ahead === 0 && toMinutes(time) <= today.minutes)) return 'past';
  if (ahead > settings.booking.horizonDays) return 'beyond_horizon';
  if (closureFor(settings, service, date)) return 'closure';
  const start = slotStartProblem(settings, service, date, time);
  if (start) return start;
  if (ahead === 0 && toMinutes(time) - today.minutes < settings.booking.sameDayCutoffMinutes) return 'cutoff';
  if (taken(service, date, time) >= slotRule(settings, service).capacity) return 'full';
  return null;
}

/** Bookable slot starts on `date`, earliest first. */
export function freeSlots(settings: Settings, service: string, date: string, now: Date, taken: TakenSeats): string[] {
  return slotTimes(settings, service, date).filter((time) => slotProblem(settings, service, date, time, now, taken) === null);
}

/** Up to `count` dates from `from` on (within the horizon) that still have a free slot. */
export function nextOpenDays(
  settings: Settings,
  service: string,
  from: string,
  now: Date,
  taken: TakenSeats,
  count: number,
): string[] {
  const today = localParts(now, settings.timeZone).date;
  const days: string[] = [];
  const start = daysBetween(today, from) < 0 ? today : from;
  for (let i = 0; days.length < count && daysBetween(today, addDays(start, i)) <= settings.booking.horizonDays; i++) {
    const date = addDays(start, i);
    if (freeSlots(settings, service, date, now, taken).length > 0) days.push(date);
  }
  return days;
}

/** Free slots nearest to `time` on `date` (by distance in minutes), at most `count`, in clock order. */
export function nearestFreeSlots(
  settings: Settings,
  service: string,
  date: string,
  time: string | null,
  now: Date,
  taken: TakenSeats,
  count: number,
): string[] {
  return nearestOf(freeSlots(settings, service, date, now, taken), time, count);
}

/** Of `free` (in clock order), the `count` nearest to `time`, in clock order; the first `count` when no time is asked. */
export function nearestOf(free: readonly string[], time: string | null, count: number): string[] {
  if (time === null) return free.slice(0, count);
  const target = toMinutes(time);
  return [...free]
    .sort((a, b) => Math.abs(toMinutes(a) - target) - Math.abs(toMinutes(b) - target))
    .slice(0, count)
    .sort();
}
