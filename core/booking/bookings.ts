/**
 * The booking book: creates, cancels and moves bookings without ever selling a seat twice.
 *
 * Every check-then-write runs synchronously (no `await` between reading the seat count and
 * `put`), so concurrent requests are serialised by the event loop. The promise resolves only
 * after `store.flush()`: a citizen is told "booked" only once it is on disk.
 */
import { AppError } from '../errors.js';
import { addDays, isoString, localParts, toInstant } from '../local-time.js';
import type { Clock, Store } from '../ports.js';
import type { Booking, LayaniTables, ReminderState } from '../records.js';
import type { Settings } from '../schema.js';
import type { UserKey } from '../types.js';
import { newBookingCode } from './booking-code.js';
import { type SlotProblem, slotProblem } from './slots.js';

export interface BookingsDeps {
  readonly store: Store<LayaniTables>;
  readonly settings: Settings;
  readonly clock: Clock;
  readonly random: () => number;
}

/** The fractional part of the golden ratio: steps that spread evenly over [0, 1). */
const GOLDEN_STEP = 0.6180339887498949;

/** Walk-ins have no chat: they hold a number but receive no messages. */
export const WALK_IN = 'term:walk-in' as const satisfies UserKey;

/** What a booking needs from the dialog (or a walk-in from staff). */
export type BookingRequest = Pick<Booking, 'user' | 'name' | 'service' | 'variant' | 'date' | 'time'> & { readonly walkIn?: boolean; readonly variantOpen?: boolean };

/** Where a citizen wants to sit: what the shared slot rules need. */
export type SlotRequest = Pick<Booking, 'user' | 'service' | 'date' | 'time'>;

export type LimitProblem = 'same_service_day' | 'max_active';

/** Why a slot cannot be taken, with the error code `book` and `move` throw for it. */
export type Refusal =
  | { readonly code: 'SLOT_TAKEN' | 'SLOT_CLOSED'; readonly reason: SlotProblem }
  | { readonly code: 'LIMIT_REACHED'; readonly reason: LimitProblem };

/** Who cancelled a booking, and the reason staff gave. */
export interface CancelNote {
  readonly by: 'citizen' | 'staff';
  readonly reason?: string;
}

/** Told of every saved booking, with the version it replaced (undefined for a new one). */
type Listener = (booking: Booking, previous: Booking | undefined) => void;

const ACTIVE: ReadonlySet<Booking['status']> = new Set(['booked', 'called', 'skipped']);
/** How long a booking the MPP did not reach on its day may still be moved (`unservedFor`): a week, as the day-end message says. */
export const UNSERVED_MOVABLE_DAYS = 7;
/** Statuses that hold a seat in their slot (a finished visit still used it). */
const SEATED: ReadonlySet<Booking['status']> = new Set(['booked', 'called', 'skipped', 'done']);

/** One service's day: its bookings by id (any status) and the seats held per slot time. */
interface Day {
  readonly bookings: Map<string, Booking>;
  /** time → seats held (SEATED statuses). */
  readonly seats: Map<string, number>;
}

export class Bookings {
  /**
   * service → date → that day's bookings and seat counts. Kept in step with the table. One map
   * for both: built for every booking at start-up, so one key per booking, not two (issue 13).
   * Nested rather than keyed by `service|date`: no key string to build and hash per booking.
   */
  readonly #days = new Map<string, Map<string, Day>>();
  /**
   * user → id(s) of their bookings, any status: the limit check reads these, not every booking
   * (issue 13 item 4). One id is kept as the string itself, an array only from the second: most
   * users hold one, and 100k one-element arrays cost start-up time and GC marking.
   */
  readonly #byUser = new Map<UserKey, string | string[]>();
  readonly #byCode = new Map<string, string>();
  /**
   * Codes of cancelled bookings still in the table: never issued again. A cancelled code was given to the next booker after a
   * restart (the simulator's seeded codes replay), and staff cancelling "LY-WVGFD" for the caller who quoted it cancelled the
   * new holder's booking (session 47, a field test).
   */
  readonly #retired = new Set<string>();
  /** staff → ids of the bookings they called and have not finished: a console asks on every push (issue 15). */
  readonly #calledBy = new Map<UserKey, Map<string, Booking>>();
  readonly #listeners: Listener[] = [];

  constructor(private readonly deps: BookingsDeps) {
    for (const booking of this.#table.values()) this.#index(booking);
  }

  get #table() {
    return this.deps.store.table('bookings');
  }

  /** Called after every change (reminder index, queue alerts). */
  onChange(listener: Listener): void {
    this.#listeners.push(listener);
  }

  readonly taken = (service: string, date: string, time: string): number => this.#days.get(service)?.get(date)?.seats.get(time) ?? 0;

  day(service: string, date: string): readonly Booking[] {
    const day = this.#days.get(service)?.get(date);
    return day ? [...day.bookings.values()] : [];
  }

  /** Every service's bookings on `date`, any status: a counter's numbers are unique only with their service, and staff type them. */
  onDay(date: string): Booking[] {
    const found: Booking[] = [];
    for (const dates of this.#days.values()) found.push(...(dates.get(date)?.bookings.values() ?? []));
    return found;
  }

  /** Every booking on `from` or later, any status: staff look one up by its queue number (`/batalkan SMS-001`). */
  onOrAfter(from: string): Booking[] {
    const found: Booking[] = [];
    for (const dates of this.#days.values()) {
      for (const [date, day] of dates) if (date >= from) found.push(...day.bookings.values());
    }
    return found;
  }

  get(id: string): Booking | undefined {
    return this.#table.get(id);
  }

  /** Bookings this staff member called and has not finished (any day), without scanning the days. */
  calledBy(staff: UserKey): Booking[] {
    return [...(this.#calledBy.get(staff)?.values() ?? [])];
  }

  byCode(code: string): Booking | undefined {
    const id = this.#byCode.get(code.toUpperCase());
    return id === undefined ? undefined : this.#table.get(id);
  }

  /** Upcoming bookings of a user that still hold a seat, soonest first. */
  activeFor(user: UserKey): Booking[] {
    const today = localParts(this.deps.clock.now(), this.deps.settings.timeZone).date;
    const ids = this.#byUser.get(user) ?? [];
    return (typeof ids === 'string' ? [ids] : ids)
      .map((id) => this.#table.get(id))
      .filter((b): b is Booking => b !== undefined && ACTIVE.has(b.status) && b.date >= today)
      .sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  }

  /**
   * The user's bookings of the last `UNSERVED_MOVABLE_DAYS` days that the MPP did not reach: still booked when their day ended
   * (day-end.ts told them so), newest first. They hold no seat, and may still be moved to another day (session 48, a field test:
   * told at closing to choose "Ganti jadwal", the citizen found no booking the next morning, and staff no number).
   */
  unservedFor(user: UserKey): Booking[] {
    const today = localParts(this.deps.clock.now(), this.deps.settings.timeZone).date;
    const since = addDays(today, -UNSERVED_MOVABLE_DAYS);
    const ids = this.#byUser.get(user) ?? [];
    return (typeof ids === 'string' ? [ids] : ids)
      .map((id) => this.#table.get(id))
      .filter((b): b is Booking => b !== undefined && b.status === 'booked' && b.date < today && b.date >= since)
      .sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`));
  }

  /** The citizen's latest visit since `fromDate` (called or served), for a survey asked for; undefined if none. */
  lastVisitFor(user: UserKey, fromDate: string): Booking | undefined {
    const ids = this.#byUser.get(user) ?? [];
    let last: Booking | undefined;
    for (const id of typeof ids === 'string' ? [ids] : ids) {
      const b = this.#table.get(id);
      if (!b || (b.status !== 'done' && b.status !== 'called') || b.date < fromDate) continue;
      if (last === undefined || `${b.date}${b.time}` > `${last.date}${last.time}`) last = b;
    }
    return last;
  }

  /** The citizen's booking cancelled last (by them or by staff), while it is still in the book; undefined if none. */
  lastCancelledFor(user: UserKey): Booking | undefined {
    const ids = this.#byUser.get(user) ?? [];
    let last: Booking | undefined;
    for (const id of typeof ids === 'string' ? [ids] : ids) {
      const b = this.#table.get(id);
      if (b?.status === 'cancelled' && (last === undefined || b.updatedAt > last.updatedAt)) last = b;
    }
    return last;
  }

  async book(request: BookingRequest): Promise<Booking> {
    const booking = this.#reserve(request);
    try {
      await this.deps.store.flush();
    } catch (error) {
      this.#release(booking);
      throw error;
    }
    return booking;
  }

  /** `by`: who cancelled and why, kept on the booking for "why was it cancelled?". */
  async cancel(booking: Booking, by?: CancelNote): Promise<Booking> {
    const note = by ? { cancelledBy: by.by, ...(by.reason ? { cancelReason: by.reason } : {}) } : {};
    const cancelled = this.#save({ ...booking, status: 'cancelled', reminders: skipAll(booking.reminders), ...note });
    await this.deps.store.flush();
    return cancelled;
  }

  /**
   * Why `request` cannot take its slot now, or null when it can: the one decision `book`, `move`
   * and the reschedule dialog share (slot rules, then per-citizen limits). `moving` is the booking
   * that gives up its seat in the same step: its seat and its day do not count against it.
   */
  refusal(request: SlotRequest, moving?: Booking): Refusal | null {
    const { settings, clock } = this.deps;
    // No closure per attempt unless a move needs one: this runs for each of 1,000 attempts in one tick (issue 13 item 4).
    const taken = moving === undefined ? this.taken : (s: string, d: string, t: string) => this.taken(s, d, t) - heldBy(moving, s, d, t);
    const problem = slotProblem(settings, request.service, request.date, request.time, clock.now(), taken);
    if (problem) return { code: problem === 'full' ? 'SLOT_TAKEN' : 'SLOT_CLOSED', reason: problem };
    const limit = this.#limitProblem(request, moving);
    return limit ? { code: 'LIMIT_REACHED', reason: limit } : null;
  }

  /**
   * Same code, new slot; the old seat is freed in the same synchronous step. The new slot goes
   * through the same rules as a new booking (issue 16: a move used to skip the per-citizen limits).
   */
  async move(booking: Booking, date: string, time: string): Promise<Booking> {
    // The caller's copy may be stale (a counter may have called it since): decide on the stored row.
    const current = this.#table.get(booking.id);
    if (!current || current.status !== 'booked') throw new AppError('NOT_FOUND', 'not_movable');
    this.#assertCanTake({ user: current.user, service: current.service, date, time }, current);
    const now = this.deps.clock.now();
    const moved = this.#save({
      ...current,
      date,
      time,
      queueNumber: date === current.date ? current.queueNumber : this.#nextQueueNumber(current.service, date),
      reminders: this.#reminders(date, time, now),
      turnSoonSent: false,
    });
    await this.deps.store.flush();
    return moved;
  }

  /**
   * Back into a queue, as a transfer from a counter: a new queue number when the service changes,
   * the slot time kept so the citizen is called soon; `counter` reserves the next call for that
   * counter. In memory; durable with the next flush.
   */
  requeue(booking: Booking, to: { readonly service: string; readonly variant: string; readonly counter?: string }): Booking {
    const { calledAt: _calledAt, calledBy: _calledBy, counter: _counter, ...rest } = booking;
    const queueNumber = to.service === booking.service ? booking.queueNumber : this.#nextQueueNumber(to.service, booking.date);
    return this.#save({ ...rest, service: to.service, variant: to.variant, queueNumber, status: 'booked', turnSoonSent: true, ...(to.counter ? { counter: to.counter } : {}) });
  }

  /** Applies a change (call, skip, done, check-in, alert sent) in memory; durable with the next flush. */
  patch(booking: Booking, patch: Partial<Omit<Booking, 'id' | 'code'>>): Booking {
    return this.#save({ ...booking, ...patch });
  }

  /**
   * Moves bookings of days before `date` out of the hot set into monthly archives, so the hot
   * file stays small (the store rewrites it on compaction). Returns how many moved. A booking its day ended on unserved stays
   * for the week it may still be moved (`unservedFor`).
   */
  archiveBefore(date: string): number {
    const today = localParts(this.deps.clock.now(), this.deps.settings.timeZone).date;
    const movableFrom = addDays(today, -UNSERVED_MOVABLE_DAYS);
    const old = [...this.#table.values()].filter((b) => b.date < date && !(b.status === 'booked' && b.date < today && b.date >= movableFrom));
    for (const booking of old) {
      this.#unindex(booking);
      // The visit is over: the name was only for the counter (UU 27/2022 data minimisation).
      this.#table.put({ ...booking, name: '' });
      this.#table.archive(booking.id, booking.date.slice(0, 7));
    }
    return old.length;
  }

  /** Marks one reminder of a booking; persisted with the next flush. */
  markReminder(booking: Booking, kind: ReminderState['kind'], state: ReminderState['state']): Booking {
    return this.#save({ ...booking, reminders: booking.reminders.map((r) => (r.kind === kind ? { ...r, state } : r)) });
  }

  #reserve(request: BookingRequest): Booking {
    const now = this.deps.clock.now();
    // A walk-in is at the counter now: the slot rules and limits are for booking ahead.
    if (!request.walkIn) this.#assertCanTake(request);
    const iso = isoString(now.getTime());
    const seq = this.#next('seq');
    return this.#insert({
      id: `b${seq}`,
      code: this.#uniqueCode(),
      user: request.user,
      name: request.name,
      service: request.service,
      variant: request.variant,
      ...(request.variantOpen ? { variantOpen: true } : {}),
      date: request.date,
      time: request.time,
      queueNumber: this.#nextQueueNumber(request.service, request.date),
      seq,
      status: 'booked',
      walkIn: request.walkIn ?? false,
      createdAt: iso,
      updatedAt: iso,
      reminders: request.walkIn ? [] : this.#reminders(request.date, request.time, now),
      turnSoonSent: false,
    });
  }

  #assertCanTake(request: SlotRequest, moving?: Booking): void {
    const refusal = this.refusal(request, moving);
    if (refusal) throw refusalError(refusal);
  }

  /**
   * The citizen's other active bookings (all but `moving`) must leave room for this one. The same
   * answer as filtering `activeFor`, counted in place: no arrays, no sort, and no "today" for a
   * citizen without bookings (most attempts in a burst; issue 13 item 4).
   */
  #limitProblem(request: SlotRequest, moving?: Booking): LimitProblem | null {
    const ids = this.#byUser.get(request.user);
    let others = 0;
    if (ids !== undefined) {
      const today = localParts(this.deps.clock.now(), this.deps.settings.timeZone).date;
      const list = typeof ids === 'string' ? [ids] : ids;
      for (const id of list) {
        const b = this.#table.get(id);
        if (b === undefined || !ACTIVE.has(b.status) || b.date < today || b.id === moving?.id) continue;
        if (b.service === request.service && b.date === request.date) return 'same_service_day';
        others++;
      }
    }
    return others >= this.deps.settings.booking.maxActivePerUser ? 'max_active' : null;
  }

  /**
   * The day before is 24 h before the same clock time on the day: the zones have no daylight
   * saving (local-time.ts), so no `addDays` string round trip; the instants stay numbers until
   * written (issue 13 item 4: this ran for every accepted attempt of the burst).
   */
  #reminders(date: string, time: string, now: Date): ReminderState[] {
    const { timeZone, booking } = this.deps.settings;
    const nowMs = now.getTime();
    const reminders = [reminderAt('day_before', toInstant(date, booking.reminderDayBeforeAt, timeZone).getTime() - DAY_MS, nowMs)];
    if (booking.reminderMinutesBefore > 0) {
      reminders.push(reminderAt('hour_before', toInstant(date, time, timeZone).getTime() - booking.reminderMinutesBefore * 60_000, nowMs));
    }
    return reminders;
  }

  #uniqueCode(): string {
    // After a collision each draw is shifted by a golden-ratio step, so a generator that repeats itself (a seed replayed after a
    // restart, a test's constant) still reaches a free code instead of looping.
    for (let attempt = 0; ; attempt++) {
      const random = attempt === 0 ? this.deps.random : (): number => (this.deps.random() + attempt * GOLDEN_STEP) % 1;
      const code = newBookingCode(random);
      if (!this.#byCode.has(code) && !this.#retired.has(code)) return code;
    }
  }

  #nextQueueNumber(service: string, date: string): number {
    return this.#next(`queue|${service}|${date}`);
  }

  #next(counter: string): number {
    const counters = this.deps.store.table('counters');
    const value = (counters.get(counter)?.value ?? 0) + 1;
    counters.put({ id: counter, value });
    return value;
  }

  #save(booking: Booking): Booking {
    const previous = this.#table.get(booking.id);
    if (previous) this.#unindex(previous);
    const saved = { ...booking, updatedAt: this.deps.clock.now().toISOString() };
    this.#table.put(saved);
    this.#index(saved);
    for (const listener of this.#listeners) listener(saved, previous);
    return saved;
  }

  /** A new booking, built with `updatedAt` of this instant: stored as is, not copied again as `#save` does. */
  #insert(booking: Booking): Booking {
    if (this.#table.get(booking.id) !== undefined) return this.#save(booking); // never, while seq only grows
    this.#table.put(booking);
    this.#index(booking);
    for (const listener of this.#listeners) listener(booking, undefined);
    return booking;
  }

  /**
   * The citizen is told a booking that did not reach the disk (disk full) failed, so it must
   * not keep the seat either: removed in memory, and on disk once writes resume.
   */
  #release(booking: Booking): void {
    if (this.#table.get(booking.id) !== booking) return; // changed since: leave it to its owner
    this.#unindex(booking);
    try {
      this.#table.delete(booking.id);
    } catch {
      // The store stopped after a write error: it takes no changes until a restart, which
      // recovers only what reached the disk (not this booking).
    }
  }

  #index(booking: Booking): void {
    let days = this.#days.get(booking.service);
    if (days === undefined) this.#days.set(booking.service, (days = new Map<string, Day>()));
    let day = days.get(booking.date);
    if (day === undefined) days.set(booking.date, (day = { bookings: new Map(), seats: new Map() }));
    day.bookings.set(booking.id, booking);
    if (SEATED.has(booking.status)) day.seats.set(booking.time, (day.seats.get(booking.time) ?? 0) + 1);
    const ids = this.#byUser.get(booking.user);
    if (ids === undefined) this.#byUser.set(booking.user, booking.id);
    else if (typeof ids === 'string') {
      if (ids !== booking.id) this.#byUser.set(booking.user, [ids, booking.id]);
    } else if (!ids.includes(booking.id)) ids.push(booking.id);
    if (booking.status !== 'cancelled') this.#byCode.set(booking.code, booking.id);
    else this.#retired.add(booking.code);
    if (booking.status === 'called' && booking.calledBy) addTo(this.#calledBy, booking.calledBy, booking);
  }

  #unindex(booking: Booking): void {
    const days = this.#days.get(booking.service);
    const day = days?.get(booking.date);
    if (days !== undefined && day !== undefined) {
      day.bookings.delete(booking.id);
      if (SEATED.has(booking.status)) {
        const seats = (day.seats.get(booking.time) ?? 0) - 1;
        if (seats > 0) day.seats.set(booking.time, seats);
        else day.seats.delete(booking.time);
      }
      if (day.bookings.size === 0) days.delete(booking.date);
      if (days.size === 0) this.#days.delete(booking.service);
    }
    this.#unindexUser(booking);
    if (this.#byCode.get(booking.code) === booking.id) this.#byCode.delete(booking.code);
    if (booking.calledBy) removeFrom(this.#calledBy, booking.calledBy, booking.id);
  }

  #unindexUser(booking: Booking): void {
    const ids = this.#byUser.get(booking.user);
    if (ids === booking.id) this.#byUser.delete(booking.user);
    if (typeof ids !== 'object') return;
    const at = ids.indexOf(booking.id);
    if (at >= 0) ids.splice(at, 1);
    if (ids.length === 1) this.#byUser.set(booking.user, ids[0]!);
  }
}

const DAY_MS = 86_400_000;

/** A reminder due at `at`; one whose moment has passed at booking time would only repeat the confirmation. */
function reminderAt(kind: ReminderState['kind'], at: number, nowMs: number): ReminderState {
  return { kind, at: isoString(at), state: at <= nowMs ? 'skipped' : 'pending' };
}

/** 1 when `moving` holds a seat in this slot (a move does not compete with itself). */
function heldBy(moving: Booking, service: string, date: string, time: string): number {
  return service === moving.service && date === moving.date && time === moving.time && SEATED.has(moving.status) ? 1 : 0;
}

/**
 * A refusal is an answer to the citizen, not a fault: no stack trace. Capturing one was the
 * largest single cost of a refused attempt (issue 13 item 4), and nobody reads it: callers
 * branch on `code`.
 */
function refusalError(refusal: Refusal): AppError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new AppError(refusal.code, refusal.reason);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function skipAll(reminders: readonly ReminderState[]): ReminderState[] {
  return reminders.map((r) => (r.state === 'pending' ? { ...r, state: 'skipped' } : r));
}

/** Adds a booking to a two-level index (key → id → booking). */
function addTo<K>(index: Map<K, Map<string, Booking>>, key: K, booking: Booking): void {
  const inner = index.get(key);
  if (inner) inner.set(booking.id, booking);
  else index.set(key, new Map([[booking.id, booking]]));
}

/** Removes a booking from a two-level index, dropping the key when it empties. */
function removeFrom<K>(index: Map<K, Map<string, Booking>>, key: K, id: string): void {
  const inner = index.get(key);
  inner?.delete(id);
  if (inner?.size === 0) index.delete(key);
}
