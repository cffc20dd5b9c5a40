/**
 * Announcements: a staff member drafts a text for an audience, sees how many it reaches,
 * confirms, and the loop sends it to each recipient at most once.
 *
 * At most once, because `sendMessage` has no idempotency key: a message whose fate is unknown
 * cannot be retried without risking a second copy. So every batch is claimed (rows set to
 * 'sending' and flushed) before anything is handed to the channel. After a crash, rows still in
 * 'sending' become 'unknown' and are never resent: a crash can cost up to one batch of copies,
 * never a duplicate (docs/notes/store.md §7–§8).
 *
 * Pacing is the channel's job (bots/rate-limiter.ts: Telegram ~25/s plus 1/s per chat, with its
 * own 429 retries). This loop only stops for a 429 the channel gave up on, and for backoff.
 * One `Broadcasts` per store: rows in 'sending' at construction are taken as left by a crash.
 */
import { WALK_IN } from '../booking/bookings.js';
import { AppError, DeliveryError } from '../errors.js';
import type { Clock, Logger, Sender, Store } from '../ports.js';
import type { Announcement, Audience, Booking, Delivery, LayaniTables } from '../records.js';
import type { Outgoing, ReplyOption, UserKey } from '../types.js';
import { DeliveryIndex, type StatusCounts } from './broadcast-index.js';

export interface BroadcastDeps {
  readonly store: Store<LayaniTables>;
  readonly push: Sender;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Waits for a retry time or a 429 pause; virtual in tests. Default: `setTimeout`. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Deliveries claimed and flushed together; bounds the copies a crash can lose. Default 25. */
  readonly batchSize?: number;
  /** Tries per recipient for TRANSIENT failures before 'failed'. Default 3. */
  readonly maxAttempts?: number;
  /**
   * The recipient blocked the bot or the chat is gone: drop their subscriptions. Called before
   * the batch is flushed, so store changes it makes are written with it.
   */
  readonly onUnreachable?: (user: UserKey) => void;
}

/**
 * The stored announcement. `options` (e.g. cancel/reschedule buttons for a booked audience)
 * must survive a restart, so they live on the row: a structural superset of `Announcement`.
 */
export type AnnouncementRow = Announcement & { readonly options?: readonly ReplyOption[] };

export interface DraftInput {
  readonly createdBy: UserKey;
  readonly text: string;
  readonly audience: Audience;
  readonly options?: readonly ReplyOption[];
}

export interface BroadcastProgress extends StatusCounts {
  /** Audience size at draft time; recipients snapshotted once confirmed. */
  readonly total: number;
  readonly status: Announcement['status'];
}

type FinishedListener = (announcement: AnnouncementRow) => void;

const DEFAULT_BATCH_SIZE = 25;
const DEFAULT_MAX_ATTEMPTS = 3;
/** Used when a 429 comes without a retry time. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
/** TRANSIENT retries wait 5 s, 10 s, 20 s…: the channel already retried a few times quickly. */
const BACKOFF_BASE_MS = 5_000;
/** Bookings whose holder still expects to come (a closure notice concerns them). */
const ACTIVE: ReadonlySet<Booking['status']> = new Set(['booked', 'called', 'skipped']);

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const deliveryId = (announcement: string, user: UserKey): string => `${announcement}|${user}`;

export class Broadcasts {
  readonly #index = new DeliveryIndex();
  readonly #listeners: FinishedListener[] = [];
  readonly #batchSize: number;
  readonly #maxAttempts: number;
  readonly #sleep: (ms: number) => Promise<void>;
  /** Rows found in 'sending' at start: claimed before a crash, maybe delivered. */
  #inDoubt: string[] = [];
  #running: Promise<void> | undefined;
  /** The batch in flight (claim flush → sends → outcome flush); `cancel()` waits for it. */
  #batch: Promise<void> | undefined;
  /** No claims before this instant (epoch ms): the channel answered 429. */
  #pausedUntil = 0;

  constructor(private readonly deps: BroadcastDeps) {
    this.#batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
    this.#maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.#sleep = deps.sleep ?? realSleep;
    if (!(this.#batchSize >= 1) || !(this.#maxAttempts >= 1)) {
      throw new RangeError(`broadcast: batchSize and maxAttempts must be ≥ 1, got ${this.#batchSize} and ${this.#maxAttempts}`);
    }
    this.#rebuild();
  }

  get #deliveries() {
    return this.deps.store.table('deliveries');
  }

  get #announcements() {
    return this.deps.store.table('announcements');
  }

  /** Called when an announcement is done (not when cancelled), after that is on disk. */
  onFinished(listener: FinishedListener): void {
    this.#listeners.push(listener);
  }

  /**
   * Recipients the audience resolves to now. Users marked unreachable are left out of both
   * kinds: a send to them would only fail again.
   */
  audience(audience: Audience): UserKey[] {
    if (audience.kind === 'subscribers') return this.#subscribers(audience.topic);
    return this.#booked(audience.kind === 'booked' ? audience.service : null, audience.date);
  }

  /** Stores a draft (the staff preview): nothing is sent until `confirm`. */
  async draft(input: DraftInput): Promise<AnnouncementRow> {
    if (input.text.trim() === '') throw new RangeError('broadcast: an announcement needs text');
    const row: AnnouncementRow = {
      id: this.#nextId(),
      createdBy: input.createdBy,
      createdAt: this.#nowIso(),
      text: input.text,
      audience: input.audience,
      status: 'draft',
      total: this.audience(input.audience).length,
      ...(input.options?.length ? { options: input.options } : {}),
    };
    this.#announcements.put(row);
    await this.deps.store.flush();
    return row;
  }

  /**
   * Snapshots the recipients and starts sending (with the next `run()`). Anything but a draft
   * comes back unchanged: a second tap on "send" must not send twice.
   */
  async confirm(id: string): Promise<AnnouncementRow> {
    const draft = this.#get(id);
    if (draft.status !== 'draft') return draft;
    const at = this.#nowIso();
    const recipients = this.audience(draft.audience);
    // One synchronous step: the recipient rows and the status change are flushed together.
    for (const user of recipients) this.#addDelivery(id, user, at);
    const sending = this.#saveAnnouncement({ ...draft, status: 'sending', total: recipients.length, confirmedAt: at });
    const finished = this.#finishIfSettled(id, at); // nobody to reach: done at once
    await this.deps.store.flush();
    this.deps.logger.info('broadcast.confirmed', { id, recipients: recipients.length });
    if (finished) this.#fire([finished]);
    return finished ?? sending;
  }

  /**
   * Stops a draft or a sending announcement. Unsent rows stay 'pending' and are never sent;
   * resolves once the batch in flight has settled, so `progress()` is final.
   */
  async cancel(id: string): Promise<AnnouncementRow> {
    const row = this.#get(id);
    if (row.status !== 'draft' && row.status !== 'sending') return row;
    this.#index.drop(id);
    const cancelled = this.#saveAnnouncement({ ...row, status: 'cancelled', finishedAt: this.#nowIso() });
    await this.deps.store.flush();
    this.deps.logger.info('broadcast.cancelled', { id });
    await this.#batch?.catch(() => undefined); // its failure is reported by run()
    return cancelled;
  }

  /**
   * Sends every pending delivery of every sending announcement; resolves when none is left.
   * Single-flight: a call while running returns the running promise. Safe after a crash: rows
   * left in 'sending' become 'unknown' first.
   */
  run(): Promise<void> {
    this.#running ??= this.#drain();
    return this.#running;
  }

  /** The author's newest announcement still in 'draft' created at or after `since`: a preview left unanswered. */
  latestDraft(by: UserKey, since: Date): AnnouncementRow | undefined {
    let latest: AnnouncementRow | undefined;
    for (const row of this.#announcements.values()) {
      if (row.status !== 'draft' || row.createdBy !== by || Date.parse(row.createdAt) < since.getTime()) continue;
      if (!latest || row.createdAt >= latest.createdAt) latest = row;
    }
    return latest;
  }

  progress(id: string): BroadcastProgress {
    const row = this.#get(id);
    return { total: row.total, status: row.status, ...this.#index.counts(id) };
  }

  // -------------------------------------------------------------------------------------------
  // Audience

  #subscribers(topic: string | undefined): UserKey[] {
    const users: UserKey[] = [];
    for (const user of this.deps.store.table('users').values()) {
      if (!user.subscribedAt || user.unreachableAt) continue;
      if (topic === undefined || !user.topics?.length || user.topics.includes(topic)) users.push(user.id);
    }
    return users;
  }

  /** `service` null: every service's bookers that day. */
  #booked(service: string | null, date: string): UserKey[] {
    const profiles = this.deps.store.table('users');
    const users = new Set<UserKey>(); // one copy per citizen, however many bookings they hold
    for (const booking of this.deps.store.table('bookings').values()) {
      if ((service !== null && booking.service !== service) || booking.date !== date || !ACTIVE.has(booking.status)) continue;
      // A walk-in has no chat: counted as told, the person in the hall was never told (session 47, a field test).
      if (booking.user === WALK_IN) continue;
      if (!profiles.get(booking.user)?.unreachableAt) users.add(booking.user);
    }
    return [...users];
  }

  // -------------------------------------------------------------------------------------------
  // The sending loop

  async #drain(): Promise<void> {
    try {
      // An `await` always suspends, so `run()` has stored this promise before `finally` can clear it.
      await this.#recover();
      for (;;) {
        const now = this.deps.clock.now().getTime();
        const claimed = this.#claim(now);
        if (claimed.length > 0) {
          await this.#runBatch(claimed);
          continue;
        }
        const wait = this.#idleWait(now);
        if (wait === undefined) break;
        if (wait > 0) await this.#sleep(wait);
      }
    } finally {
      // Cleared in the same step as the "nothing left" check: a confirm() after it needs a new run().
      this.#running = undefined;
    }
  }

  /** Turns rows claimed before a crash into 'unknown' and closes announcements with nothing left. */
  async #recover(): Promise<void> {
    const at = this.#nowIso();
    let marked = 0;
    for (const id of this.#inDoubt.splice(0)) {
      const row = this.#deliveries.get(id);
      if (row?.status !== 'sending') continue;
      this.#saveDelivery({ ...row, status: 'unknown', lastError: 'IN_DOUBT', updatedAt: at });
      marked++;
    }
    if (marked > 0) this.deps.logger.warn('broadcast.in_doubt', { deliveries: marked });
    const finished = this.#finishSettled([...this.#announcements.values()].map((a) => a.id), at);
    await this.deps.store.flush();
    this.#fire(finished);
  }

  /** Takes a batch of due rows and marks them 'sending' (in memory; flushed before sending). */
  #claim(now: number): Delivery[] {
    if (now < this.#pausedUntil) return [];
    const at = new Date(now).toISOString();
    const claimed: Delivery[] = [];
    for (const id of this.#index.take(this.#batchSize, now)) {
      const row = this.#deliveries.get(id);
      if (row?.status !== 'pending') continue;
      claimed.push(this.#saveDelivery({ ...row, status: 'sending', attempts: row.attempts + 1, updatedAt: at }));
    }
    return claimed;
  }

  /** Milliseconds until a row may be claimed (0: now), or undefined when nothing is left. */
  #idleWait(now: number): number | undefined {
    const next = this.#index.hasReady ? now : this.#index.nextDueAt;
    return next === undefined ? undefined : Math.max(next, this.#pausedUntil) - now;
  }

  async #runBatch(claimed: readonly Delivery[]): Promise<void> {
    const batch = this.#sendBatch(claimed);
    this.#batch = batch;
    try {
      await batch;
    } finally {
      this.#batch = undefined;
    }
  }

  async #sendBatch(claimed: readonly Delivery[]): Promise<void> {
    await this.deps.store.flush(); // the claim is on disk before anything leaves
    const live = this.#dropRevoked(claimed);
    const results = await Promise.allSettled(live.map((row) => this.#send(row)));
    const now = this.deps.clock.now();
    live.forEach((row, i) => this.#settle(row, results[i]!, now));
    const finished = this.#finishSettled(new Set(claimed.map((row) => row.announcement)), now.toISOString());
    await this.deps.store.flush(); // one write per batch, not per row
    this.#fire(finished);
  }

  /** Rows of announcements cancelled while their claim was being flushed go back unsent. */
  #dropRevoked(claimed: readonly Delivery[]): Delivery[] {
    const live: Delivery[] = [];
    for (const row of claimed) {
      if (this.#announcements.get(row.announcement)?.status === 'sending') live.push(row);
      else this.#saveDelivery({ ...row, status: 'pending', attempts: row.attempts - 1 });
    }
    return live;
  }

  async #send(row: Delivery): Promise<void> {
    // The table's row type does not know `options`; every row written here is an AnnouncementRow.
    const announcement = this.#announcements.get(row.announcement) as AnnouncementRow;
    const message: Outgoing = { to: row.user, kind: 'announcement', text: announcement.text };
    await this.deps.push.send(announcement.options ? { ...message, options: announcement.options } : message);
  }

  // -------------------------------------------------------------------------------------------
  // Outcomes

  #settle(row: Delivery, result: PromiseSettledResult<void>, now: Date): void {
    const at = now.toISOString();
    if (result.status === 'fulfilled') {
      this.#saveDelivery({ ...row, status: 'sent', updatedAt: at });
      return;
    }
    const error: unknown = result.reason;
    const delivery = error instanceof DeliveryError ? error : undefined;
    const code = delivery?.code;
    if (code === 'UNREACHABLE') {
      this.#saveDelivery({ ...row, status: 'unreachable', lastError: code, updatedAt: at });
      this.#unreachable(row);
    } else if (code === 'RATE_LIMITED') {
      this.#rateLimited(row, delivery?.retryAfterMs, now);
    } else if (code === 'TRANSIENT' && row.attempts < this.#maxAttempts) {
      this.#retry(row, code, now.getTime() + BACKOFF_BASE_MS * 2 ** (row.attempts - 1), now);
    } else {
      this.#fail(row, error, code, at);
    }
  }

  /** A 429 the channel gave up on: hold every claim until then. It costs no attempt (nothing was sent). */
  #rateLimited(row: Delivery, retryAfterMs: number | undefined, now: Date): void {
    const until = now.getTime() + (retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
    if (until > this.#pausedUntil) this.deps.logger.warn('broadcast.rate_limited', { retryAfterMs: until - now.getTime() });
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
    this.#retry({ ...row, attempts: row.attempts - 1 }, 'RATE_LIMITED', until, now);
  }

  #retry(row: Delivery, code: string, dueAt: number, now: Date): void {
    const saved = this.#saveDelivery({
      ...row,
      status: 'pending',
      nextAttemptAt: new Date(dueAt).toISOString(),
      lastError: code,
      updatedAt: now.toISOString(),
    });
    if (this.#announcements.get(row.announcement)?.status === 'sending') this.#index.queue(saved, dueAt, now.getTime());
  }

  #fail(row: Delivery, error: unknown, code: string | undefined, at: string): void {
    // Only a code or an error class name: messages can quote chat ids or text.
    const lastError = code ?? (error instanceof Error ? error.name : 'Error');
    this.#saveDelivery({ ...row, status: 'failed', lastError, updatedAt: at });
    const fields = { announcement: row.announcement, error: lastError };
    // A non-DeliveryError is a bug on our side (the channels map every platform failure).
    if (code === undefined) this.deps.logger.error('broadcast.delivery_failed', fields);
    else this.deps.logger.warn('broadcast.delivery_failed', fields);
  }

  #unreachable(row: Delivery): void {
    try {
      this.deps.onUnreachable?.(row.user);
    } catch (error) {
      this.deps.logger.error('broadcast.on_unreachable_failed', { announcement: row.announcement, error: String(error) });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Completion

  #finishSettled(ids: Iterable<string>, at: string): AnnouncementRow[] {
    const finished: AnnouncementRow[] = [];
    for (const id of ids) {
      const row = this.#finishIfSettled(id, at);
      if (row) finished.push(row);
    }
    return finished;
  }

  #finishIfSettled(id: string, at: string): AnnouncementRow | undefined {
    const row = this.#announcements.get(id);
    if (row?.status !== 'sending' || this.#index.unsettled(id) > 0) return undefined;
    return this.#saveAnnouncement({ ...row, status: 'done', finishedAt: at });
  }

  /** Tells listeners; call only once the finished rows are flushed. */
  #fire(finished: readonly AnnouncementRow[]): void {
    for (const row of finished) {
      this.deps.logger.info('broadcast.done', { id: row.id, ...this.#index.counts(row.id) });
      for (const listener of this.#listeners) {
        try {
          listener(row);
        } catch (error) {
          this.deps.logger.error('broadcast.listener_failed', { id: row.id, error: String(error) });
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Rows and indexes

  /** Indexes the table once: counts per status, due rows, rows left in 'sending' by a crash. */
  #rebuild(): void {
    const now = this.deps.clock.now().getTime();
    for (const row of this.#deliveries.values()) {
      this.#index.count(row.announcement, undefined, row.status);
      if (row.status === 'sending') this.#inDoubt.push(row.id);
      else if (row.status === 'pending' && this.#announcements.get(row.announcement)?.status === 'sending') {
        this.#index.queue(row, row.nextAttemptAt ? Date.parse(row.nextAttemptAt) : 0, now);
      }
    }
  }

  #addDelivery(announcement: string, user: UserKey, at: string): void {
    const row = this.#saveDelivery({ id: deliveryId(announcement, user), announcement, user, status: 'pending', attempts: 0, updatedAt: at });
    this.#index.queue(row);
  }

  /** Every delivery write goes through here, so the per-status counts stay exact. */
  #saveDelivery(row: Delivery): Delivery {
    const before = this.#deliveries.get(row.id)?.status;
    this.#deliveries.put(row);
    this.#index.count(row.announcement, before, row.status);
    return row;
  }

  #saveAnnouncement(row: AnnouncementRow): AnnouncementRow {
    this.#announcements.put(row);
    return row;
  }

  #get(id: string): AnnouncementRow {
    const row = this.#announcements.get(id);
    if (row === undefined) throw new AppError('NOT_FOUND', `announcement ${id} not found`);
    return row;
  }

  #nextId(): string {
    const counters = this.deps.store.table('counters');
    const value = (counters.get('announcement')?.value ?? 0) + 1;
    counters.put({ id: 'announcement', value });
    return `A${value}`;
  }

  #nowIso(): string {
    return this.deps.clock.now().toISOString();
  }
}
