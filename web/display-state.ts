/**
 * What the hall TV shows, built only from queue labels, counter names and service names: no
 * name, chat id, booking code or anything else personal can reach the display, because nothing
 * else is copied into these objects.
 */
import type { App } from '../core/app.js';
import { queueLabel } from '../core/booking/booking-code.js';
import { waiting } from '../core/booking/queue.js';
import { pick } from '../core/i18n.js';
import { localParts } from '../core/local-time.js';
import type { Booking } from '../core/records.js';

/** One call as the hall hears it. */
export interface DisplayCall {
  readonly label: string;
  readonly counter: string;
  readonly service: string;
  readonly at: string;
}

export interface DisplayState {
  readonly mpp: string;
  readonly timeZone: string;
  readonly date: string;
  /** The number at each counter now (latest call per counter, still being served). */
  readonly counters: readonly DisplayCall[];
  readonly recent: readonly DisplayCall[];
  readonly next: readonly { readonly service: string; readonly labels: readonly string[] }[];
  readonly announcement: string | null;
}

export function displayCall(app: App, booking: Booking): DisplayCall {
  return {
    label: queueLabel(booking.service, booking.queueNumber),
    counter: booking.counter ?? '',
    service: pick(app.info.service(booking.service)?.name ?? { id: booking.service, en: booking.service }, 'id'),
    at: booking.calledAt ?? '',
  };
}

const today = (app: App): string => localParts(app.clock.now(), app.settings.timeZone).date;

export function displayState(app: App): DisplayState {
  const date = today(app);
  const services = app.info.offered();
  const calledToday = services
    .flatMap((s) => app.bookings.day(s.id, date))
    .filter((b) => b.calledAt && b.status !== 'booked' && b.status !== 'cancelled')
    .sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
  const atCounter = new Map<string, Booking>();
  for (const b of calledToday) if (b.counter && !atCounter.has(b.counter)) atCounter.set(b.counter, b);
  const counters = [...atCounter.values()].filter((b) => b.status === 'called').map((b) => displayCall(app, b));
  return {
    mpp: app.settings.name,
    timeZone: app.settings.timeZone,
    date,
    counters: counters.sort((a, b) => a.counter.localeCompare(b.counter, 'id', { numeric: true })),
    recent: calledToday.slice(0, 5).map((b) => displayCall(app, b)),
    next: services.flatMap((s) => {
      const labels = waiting(app.bookings, s.id, date).slice(0, 3).map((b) => queueLabel(b.service, b.queueNumber));
      return labels.length > 0 ? [{ service: pick(s.name, 'id'), labels }] : [];
    }),
    announcement: currentAnnouncement(app),
  };
}

/** The latest announcement sent to everyone today (not one aimed at some bookings), for the ticker. */
function currentAnnouncement(app: App): string | null {
  const date = today(app);
  const sent = [...app.store.table('announcements').values()]
    .filter((a) => a.audience.kind === 'subscribers' && (a.status === 'sending' || a.status === 'done'))
    .filter((a) => localParts(new Date(a.confirmedAt ?? a.createdAt), app.settings.timeZone).date === date)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return sent[0]?.text ?? null;
}
