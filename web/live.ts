/**
 * Live updates over Server-Sent Events. Every change to a booking (from the console, the chat's
 * /next, a citizen's booking) marks its service changed and schedules one push; pushes coalesce,
 * so a burst of changes costs one push. A booking becoming `called` is also a `call` event: the
 * display flashes and speaks it. Event ids rise by one, so a display can tell it missed nothing.
 *
 * Under load (issue 15: 50 consoles, 20 displays, 1,000 calls a day) the work per change stays
 * small: the display and the waiting lists are recomputed only for the services that changed
 * (DisplayBoard, WaitingLists), each event is serialised once and the same bytes go to every
 * display, and consoles calling the same services share one serialised waiting list.
 */
import type { App } from '../core/app.js';
import type { Booking } from '../core/records.js';
import type { WebAuth, WebSession } from './auth.js';
import { chosenServices, consoleHead, type ConsoleState, consoleState, todayOf, waitingFor, WaitingLists } from './console-state.js';
import { currentAnnouncement, DisplayBoard, displayCall } from './display-state.js';
import { type LiveClient, sseFrame } from './sse.js';

const COALESCE_MS = 20;
/** How often the ticker looks for a new announcement (announcements change no booking, so nothing else tells it). */
const TICKER_MS = 30_000;
const ENDED = sseFrame('ended', '{}');

export class Live {
  readonly #displays = new Set<LiveClient>();
  /** Console client → its session id (re-read on each push: setup changes, logout, removal). */
  readonly #consoles = new Map<LiveClient, string>();
  readonly #board: DisplayBoard;
  readonly #lists: WaitingLists;
  #seq = 0;
  /** Call events waiting for the next push, in order. */
  #calls: Uint8Array[] = [];
  #scheduled = false;
  /** What changed since the last push: consoles calling other services need no new state. */
  #dirtyServices = new Set<string>();
  #dirtyUsers = new Set<string>();
  #dirtyAll = false;
  #announcement: string | null;
  readonly #ticker: NodeJS.Timeout;

  constructor(
    private readonly app: App,
    private readonly auth: WebAuth,
  ) {
    this.#board = new DisplayBoard(app);
    this.#lists = new WaitingLists(app);
    app.bookings.onChange((booking, previous) => this.#changed(booking, previous));
    app.access.onRemove((user) => this.endSessions(auth.endAll(user)));
    this.#announcement = currentAnnouncement(app);
    this.#ticker = setInterval(() => this.#checkAnnouncement(), TICKER_MS);
    this.#ticker.unref();
  }

  get clients(): { readonly displays: number; readonly consoles: number } {
    return { displays: this.#displays.size, consoles: this.#consoles.size };
  }

  addDisplay(client: LiveClient): () => void {
    this.#displays.add(client);
    client.write(sseFrame('state', JSON.stringify(this.#board.state()), this.#seq));
    return () => this.#displays.delete(client);
  }

  addConsole(client: LiveClient, sessionId: string): () => void {
    this.#consoles.set(client, sessionId);
    this.#pushConsoles([[client, sessionId]]);
    return () => this.#consoles.delete(client);
  }

  /** A console's state now, from the shared waiting lists (the answer to a console's POST). */
  consoleState(session: WebSession): ConsoleState {
    return consoleState(this.app, session, this.#lists);
  }

  /**
   * A call for the hall: flashed and spoken on every display. It goes out with the next push
   * (≤ 20 ms), in the same write as the new state: one write per display per call, not two.
   */
  call(booking: Booking, recall = false): void {
    this.#calls.push(sseFrame('call', JSON.stringify({ ...displayCall(this.app, booking), recall }), ++this.#seq));
    this.refresh(booking);
  }

  /** Closes the streams of ended sessions (logout, `/staff remove`) at once. */
  endSessions(ids: readonly string[]): void {
    for (const [client, id] of this.#consoles) {
      if (!ids.includes(id)) continue;
      this.#consoles.delete(client);
      client.write(ENDED);
      client.close();
    }
  }

  /**
   * Coalesces: everything changed in this turn of the event loop goes out once. Displays always
   * get the new state; a console only when one of its services or its own citizen changed
   * (no `booking` = everything, e.g. a console's setup). The cached parts are dropped at once,
   * so a POST answered before the push already sees the change.
   */
  refresh(...changed: (Booking | undefined)[]): void {
    const bookings = changed.filter((b): b is Booking => b !== undefined);
    if (bookings.length === 0) {
      this.#dirtyAll = true;
      this.#board.invalidate();
      this.#lists.invalidate();
    }
    for (const booking of bookings) {
      this.#dirtyServices.add(booking.service);
      if (booking.calledBy) this.#dirtyUsers.add(booking.calledBy);
      this.#board.invalidate([booking.service]);
      this.#lists.invalidate([booking.service]);
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A short window: one POST changes a booking two or three times (finish, call, alerts).
    // The hall still hears a call within the window (well under the 1 s the issue allows).
    setTimeout(() => this.#flush(), COALESCE_MS).unref();
  }

  closeAll(): void {
    clearInterval(this.#ticker);
    for (const client of [...this.#displays, ...this.#consoles.keys()]) client.close();
    this.#displays.clear();
    this.#consoles.clear();
  }

  #flush(): void {
    const [all, services, users] = [this.#dirtyAll, this.#dirtyServices, this.#dirtyUsers];
    this.#scheduled = false;
    this.#dirtyAll = false;
    this.#dirtyServices = new Set();
    this.#dirtyUsers = new Set();
    const calls = this.#calls;
    this.#calls = [];
    if (this.#displays.size > 0) {
      const frame = Buffer.concat([...calls, sseFrame('state', JSON.stringify(this.#board.state()), this.#seq)]);
      for (const client of this.#displays) client.write(frame);
    }
    const affected = [...this.#consoles].filter(([, id]) => {
      const session = this.auth.byId(id);
      return all || !session || users.has(session.user) || (session.services ?? []).some((s) => services.has(s));
    });
    this.#pushConsoles(affected);
  }

  /** Each console's own head (who, counter, current citizen) plus a waiting list serialised once per set of services. */
  #pushConsoles(targets: readonly (readonly [LiveClient, string])[]): void {
    const today = todayOf(this.app);
    const shared = new Map<string, string>();
    for (const [client, id] of targets) {
      const session = this.auth.byId(id);
      if (!session || !this.app.access.isStaff(session.user)) {
        this.endSessions([id]);
        continue;
      }
      const chosen = chosenServices(this.app, session);
      const key = chosen.join(' ');
      let waiting = shared.get(key);
      if (waiting === undefined) shared.set(key, (waiting = JSON.stringify(waitingFor(this.#lists, chosen, today))));
      const head = JSON.stringify(consoleHead(this.app, session, chosen));
      // Two JSON objects joined into one: `{…head}` + `{…waiting}` → `{…head,…waiting}`.
      client.write(sseFrame('state', `${head.slice(0, -1)},${waiting.slice(1)}`));
    }
  }

  /** A new announcement today (or none any more): the displays' ticker changes, no console does. */
  #checkAnnouncement(): void {
    const now = currentAnnouncement(this.app);
    if (now === this.#announcement) return;
    this.#announcement = now;
    this.#schedule();
  }

  #changed(booking: Booking, previous: Booking | undefined): void {
    // A new call: just `called`, or called again at a new time (a recall is sent by the console itself).
    if (booking.status === 'called' && booking.calledAt && (previous?.status !== 'called' || previous.calledAt !== booking.calledAt)) {
      this.call(booking);
      this.refresh(previous);
      return;
    }
    // A transfer moves a citizen between services (and off a counter): both sides change.
    this.refresh(booking, previous);
  }
}
