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

/** What one service adds to the display: its latest calls (newest first) and who is next. */
interface ServicePart {
  readonly recent: readonly Booking[];
  /** Counter → the latest call there for this service. */
  readonly atCounter: ReadonlyMap<string, Booking>;
  readonly next: readonly string[];
}

const SHOWN_RECENT = 5;
/** "Loket 2" before "Loket 10". One collator: localeCompare with options builds a new one per comparison. */
const byCounter = new Intl.Collator('id', { numeric: true });
const SHOWN_NEXT = 3;
const newestFirst = (a: Booking, b: Booking): number => ((a.calledAt ?? '') < (b.calledAt ?? '') ? 1 : (a.calledAt ?? '') > (b.calledAt ?? '') ? -1 : 0);

function servicePart(app: App, service: string, date: string): ServicePart {
  const called = app.bookings
    .day(service, date)
    .filter((b) => b.calledAt && b.status !== 'booked' && b.status !== 'cancelled')
    .sort(newestFirst);
  const atCounter = new Map<string, Booking>();
  for (const b of called) if (b.counter && !atCounter.has(b.counter)) atCounter.set(b.counter, b);
  const next = waiting(app.bookings, service, date).slice(0, SHOWN_NEXT).map((b) => queueLabel(b.service, b.queueNumber));
  return { recent: called.slice(0, SHOWN_RECENT), atCounter, next };
}

/**
 * The display's state, kept per service: a change to a booking recomputes only its service's part
 * (issue 15: a day of 1,000 calls must not rebuild every queue on every call). `state()` merges
 * the parts; the result is the same as building everything from scratch (`displayState`).
 */
export class DisplayBoard {
  #date = '';
  readonly #parts = new Map<string, ServicePart>();

  constructor(private readonly app: App) {}

  /** Forgets these services' parts (a booking of theirs changed); no argument = all. */
  invalidate(services?: Iterable<string>): void {
    if (!services) this.#parts.clear();
    else for (const service of services) this.#parts.delete(service);
  }

  state(): DisplayState {
    const { app } = this;
    const date = today(app);
    if (date !== this.#date) this.invalidate();
    this.#date = date;
    const services = app.info.offered();
    const parts = services.map((s) => this.#part(s.id, date));
    // Ties (two counters calling in the same millisecond) keep the catalog's service order, as a full sort would.
    const recent = parts.flatMap((p) => p.recent).sort(newestFirst).slice(0, SHOWN_RECENT);
    const atCounter = new Map<string, Booking>();
    for (const part of parts) {
      for (const [counter, b] of part.atCounter) {
        const seen = atCounter.get(counter);
        if (!seen || newestFirst(b, seen) < 0) atCounter.set(counter, b);
      }
    }
    const counters = [...atCounter.values()].filter((b) => b.status === 'called').map((b) => displayCall(app, b));
    return {
      mpp: app.settings.name,
      timeZone: app.settings.timeZone,
      date,
      counters: counters.sort((a, b) => byCounter.compare(a.counter, b.counter)),
      recent: recent.map((b) => displayCall(app, b)),
      next: services.flatMap((s, i) => (parts[i]!.next.length > 0 ? [{ service: pick(s.name, 'id'), labels: parts[i]!.next }] : [])),
      announcement: currentAnnouncement(app),
    };
  }

  #part(service: string, date: string): ServicePart {
    let part = this.#parts.get(service);
    if (!part) this.#parts.set(service, (part = servicePart(this.app, service, date)));
    return part;
  }
}

/** The display's state built from scratch (GET /api/display/state: a reload always shows the truth). */
export function displayState(app: App): DisplayState {
  return new DisplayBoard(app).state();
}

/** The latest announcement sent to everyone today (not one aimed at some bookings), for the ticker. */
export function currentAnnouncement(app: App): string | null {
  const date = today(app);
  const sent = [...app.store.table('announcements').values()]
    .filter((a) => a.audience.kind === 'subscribers' && (a.status === 'sending' || a.status === 'done'))
    .filter((a) => localParts(new Date(a.confirmedAt ?? a.createdAt), app.settings.timeZone).date === date)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return sent[0]?.text ?? null;
}
