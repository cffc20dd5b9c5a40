/**
 * Live updates over Server-Sent Events. Every change to a booking (from the console, the chat's
 * /next, a citizen's booking) schedules one refresh; refreshes coalesce, so a burst of changes
 * costs one state per client. A booking becoming `called` is also a `call` event: the display
 * flashes and speaks it. Event ids rise by one, so a display can tell it missed nothing.
 */
import type { App } from '../core/app.js';
import type { Booking } from '../core/records.js';
import type { WebAuth } from './auth.js';
import { consoleState } from './console-state.js';
import { displayCall, displayState } from './display-state.js';

export interface LiveClient {
  send(event: string, data: unknown, id?: number): void;
  close(): void;
}

const COALESCE_MS = 20;

export class Live {
  readonly #displays = new Set<LiveClient>();
  /** Console client → its session id (re-read on each push: setup changes, logout, removal). */
  readonly #consoles = new Map<LiveClient, string>();
  readonly #lastCalled = new Map<string, string>();
  #seq = 0;
  #scheduled = false;
  /** What changed since the last push: consoles calling other services need no new state. */
  #dirtyServices = new Set<string>();
  #dirtyUsers = new Set<string>();
  #dirtyAll = false;

  constructor(
    private readonly app: App,
    private readonly auth: WebAuth,
  ) {
    app.bookings.onChange((booking) => this.#changed(booking));
    app.access.onRemove((user) => this.endSessions(auth.endAll(user)));
  }

  get clients(): { readonly displays: number; readonly consoles: number } {
    return { displays: this.#displays.size, consoles: this.#consoles.size };
  }

  addDisplay(client: LiveClient): () => void {
    this.#displays.add(client);
    client.send('state', displayState(this.app), this.#seq);
    return () => this.#displays.delete(client);
  }

  addConsole(client: LiveClient, sessionId: string): () => void {
    this.#consoles.set(client, sessionId);
    this.#pushConsole(client, sessionId);
    return () => this.#consoles.delete(client);
  }

  /** A call for the hall: flashed and spoken on every display. */
  call(booking: Booking, recall = false): void {
    this.#lastCalled.set(booking.id, booking.calledAt ?? '');
    const id = ++this.#seq;
    const call = { ...displayCall(this.app, booking), recall };
    for (const display of this.#displays) display.send('call', call, id);
    this.refresh(booking);
  }

  /** Closes the streams of ended sessions (logout, `/staff remove`) at once. */
  endSessions(ids: readonly string[]): void {
    for (const [client, id] of this.#consoles) {
      if (!ids.includes(id)) continue;
      this.#consoles.delete(client);
      client.send('ended', {});
      client.close();
    }
  }

  /**
   * Coalesces: everything changed in this turn of the event loop goes out once. Displays always
   * get the new state; a console only when one of its services or its own citizen changed
   * (no `booking` = everything, e.g. a console's setup).
   */
  refresh(booking?: Booking): void {
    if (booking) {
      this.#dirtyServices.add(booking.service);
      if (booking.calledBy) this.#dirtyUsers.add(booking.calledBy);
    } else this.#dirtyAll = true;
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A short window: one POST changes a booking two or three times (finish, call, alerts).
    // Calls themselves go out at once (`call`); only the lists wait.
    setTimeout(() => this.#flush(), COALESCE_MS).unref();
  }

  #flush(): void {
    const [all, services, users] = [this.#dirtyAll, this.#dirtyServices, this.#dirtyUsers];
    this.#scheduled = false;
    this.#dirtyAll = false;
    this.#dirtyServices = new Set();
    this.#dirtyUsers = new Set();
    const display = displayState(this.app);
    for (const client of this.#displays) client.send('state', display, this.#seq);
    for (const [client, id] of this.#consoles) {
      const session = this.auth.byId(id);
      const affected = all || !session || users.has(session.user) || (session.services ?? []).some((s) => services.has(s));
      if (affected) this.#pushConsole(client, id);
    }
  }

  closeAll(): void {
    for (const client of [...this.#displays, ...this.#consoles.keys()]) client.close();
    this.#displays.clear();
    this.#consoles.clear();
  }

  #pushConsole(client: LiveClient, sessionId: string): void {
    const session = this.auth.byId(sessionId);
    if (!session || !this.app.access.isStaff(session.user)) {
      this.endSessions([sessionId]);
      return;
    }
    client.send('state', consoleState(this.app, session));
  }

  #changed(booking: Booking): void {
    if (booking.status === 'called' && booking.calledAt && this.#lastCalled.get(booking.id) !== booking.calledAt) {
      this.call(booking);
      return;
    }
    this.refresh(booking);
  }
}
