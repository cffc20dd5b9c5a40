/**
 * What one counter console shows: the citizen being served (with the checklist to verify) and
 * who waits for the services this counter calls, with estimated waits. Names are shown here,
 * as in the chat's /queue: only logged-in staff within their service scope see this.
 */
import type { App } from '../core/app.js';
import { queueLabel } from '../core/booking/booking-code.js';
import { minutesPerPerson, skipped, waiting } from '../core/booking/queue.js';
import { pick } from '../core/i18n.js';
import { localParts } from '../core/local-time.js';
import type { Booking } from '../core/records.js';
import { counterName, currentOf } from '../core/staff/counter.js';
import type { WebSession } from './auth.js';

export interface ConsoleCitizen {
  readonly label: string;
  readonly name: string;
  readonly service: string;
  readonly variant: string;
  readonly code: string;
  readonly time: string;
  readonly checkedIn: boolean;
  readonly walkIn: boolean;
  readonly absent: boolean;
  /** Reserved for a counter by a transfer. */
  readonly reservedFor: string | null;
  readonly waitMinutes: number;
}

export interface ConsoleState {
  readonly user: string;
  readonly counter: string | null;
  readonly counterName: string | null;
  /** Services this person may call, and whether this console calls them. */
  readonly services: readonly { readonly id: string; readonly name: string; readonly chosen: boolean }[];
  /** Where Alihkan can send a citizen: any service (the receiving counter need not be this person's). */
  readonly transferTargets: readonly { readonly id: string; readonly name: string }[];
  readonly current: (ConsoleCitizen & { readonly checklist: readonly string[] }) | null;
  readonly waiting: readonly ConsoleCitizen[];
  /** Everyone waiting for these services (the list shows the first few). */
  readonly waitingCount: number;
}

/** The services a session calls: its choice, within the person's scope (scope may have shrunk since). */
export function chosenServices(app: App, session: WebSession): string[] {
  const allowed = app.info.offered().map((s) => s.id).filter((id) => app.access.canServe(session.user, id));
  return session.services ? session.services.filter((s) => allowed.includes(s)) : [];
}

/** Rows shown in the waiting list; the count covers everyone. */
const SHOWN = 50;

function citizen(app: App, booking: Booking, waitMinutes = 0): ConsoleCitizen {
  const service = app.info.service(booking.service);
  return {
    label: queueLabel(booking.service, booking.queueNumber),
    name: booking.name,
    service: service ? pick(service.name, 'id') : booking.service,
    variant: service ? pick(app.info.variant(service, booking.variant).name, 'id') : booking.variant,
    code: booking.walkIn ? '' : booking.code,
    time: booking.time,
    checkedIn: booking.checkedInAt !== undefined,
    walkIn: booking.walkIn,
    absent: booking.status === 'skipped',
    reservedFor: booking.status === 'booked' ? (booking.counter ?? null) : null,
    waitMinutes,
  };
}

/** What a console's waiting list shows; the same for every console calling the same services. */
export interface ConsoleWaiting {
  readonly waiting: readonly ConsoleCitizen[];
  readonly waitingCount: number;
}

/**
 * Each service's waiting rows (waiting citizens with estimated waits, then absent ones), kept
 * until a booking of that service changes: a call recomputes one service's list, not every
 * console's (issue 15, the 50-console load).
 */
export class WaitingLists {
  #date = '';
  readonly #rows = new Map<string, readonly ConsoleCitizen[]>();

  constructor(private readonly app: App) {}

  /** Forgets these services' rows; no argument = all. */
  invalidate(services?: Iterable<string>): void {
    if (!services) this.#rows.clear();
    else for (const service of services) this.#rows.delete(service);
  }

  of(service: string, date: string): readonly ConsoleCitizen[] {
    if (date !== this.#date) this.invalidate();
    this.#date = date;
    let rows = this.#rows.get(service);
    if (!rows) this.#rows.set(service, (rows = serviceRows(this.app, service, date)));
    return rows;
  }
}

// One pass per service: position × minutes per person (estimatedWaitMinutes per row would be quadratic).
function serviceRows(app: App, service: string, date: string): ConsoleCitizen[] {
  const perPerson = minutesPerPerson(app.bookings, app.settings, service, date);
  const waits = waiting(app.bookings, service, date).map((b, ahead) => citizen(app, b, Math.round(ahead * perPerson)));
  return [...waits, ...skipped(app.bookings, service, date).map((b) => citizen(app, b))];
}

const byWait = (a: ConsoleCitizen, b: ConsoleCitizen): number => Number(a.absent) - Number(b.absent) || a.waitMinutes - b.waitMinutes || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0);

export function waitingFor(lists: WaitingLists, services: readonly string[], date: string): ConsoleWaiting {
  const queue = services.flatMap((s) => lists.of(s, date));
  return { waiting: (services.length > 1 ? queue.sort(byWait) : queue).slice(0, SHOWN), waitingCount: queue.length };
}

/** Everything but the waiting list: who is at this console and whom they serve. */
export function consoleHead(app: App, session: WebSession, chosen: readonly string[]): Omit<ConsoleState, keyof ConsoleWaiting> {
  const current = currentOf(app, { staff: session.user, now: app.clock.now() });
  const service = current ? app.info.service(current.service) : undefined;
  const checklist = service && current ? app.info.variant(service, current.variant).requirements.map((r) => pick(r, 'id')) : [];
  return {
    user: session.user,
    counter: session.counter ?? null,
    counterName: session.counter ? counterName(app, chosen[0] ?? '', session.counter) : null,
    services: app.info
      .offered()
      .filter((s) => app.access.canServe(session.user, s.id))
      .map((s) => ({ id: s.id, name: pick(s.name, 'id'), chosen: chosen.includes(s.id) })),
    transferTargets: app.info.offered().map((s) => ({ id: s.id, name: pick(s.name, 'id') })),
    current: current ? { ...citizen(app, current), checklist } : null,
  };
}

export const todayOf = (app: App): string => localParts(app.clock.now(), app.settings.timeZone).date;

/** One console's state; `lists` shares the waiting rows between consoles (a fresh one computes them now). */
export function consoleState(app: App, session: WebSession, lists = new WaitingLists(app)): ConsoleState {
  const chosen = chosenServices(app, session);
  return { ...consoleHead(app, session, chosen), ...waitingFor(lists, chosen, todayOf(app)) };
}
