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

export function consoleState(app: App, session: WebSession): ConsoleState {
  const now = app.clock.now();
  const date = localParts(now, app.settings.timeZone).date;
  const chosen = chosenServices(app, session);
  const current = currentOf(app, { staff: session.user, now });
  const service = current ? app.info.service(current.service) : undefined;
  const checklist = service && current ? app.info.variant(service, current.variant).requirements.map((r) => pick(r, 'id')) : [];
  // One pass per service: position × minutes per person (estimatedWaitMinutes per row would be quadratic).
  const queue = chosen.flatMap((s) => {
    const perPerson = minutesPerPerson(app.bookings, app.settings, s, date);
    const waits = waiting(app.bookings, s, date).map((b, ahead) => citizen(app, b, Math.round(ahead * perPerson)));
    return [...waits, ...skipped(app.bookings, s, date).map((b) => citizen(app, b))];
  });
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
    waiting: queue.sort((a, b) => Number(a.absent) - Number(b.absent) || a.waitMinutes - b.waitMinutes || a.time.localeCompare(b.time)).slice(0, SHOWN),
    waitingCount: queue.length,
  };
}
