/**
 * Ports: the few things the core needs from the outside world. Each has an in-memory twin
 * (test/fakes, data/memory-store.ts) so the core is tested without disk, network or clock.
 */
import type { IncomingMessage, Outgoing, Reply, UserKey } from './types.js';

/** Time is a dependency: never call `new Date()` in core code, ask the clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Delivers a message the core produced on its own (reminder, alert, announcement). */
export interface Sender {
  /** Resolves when the channel accepted it; rejects with a `DeliveryError` otherwise. */
  send(message: Outgoing): Promise<void>;
}

/** Structured log. Implementations mask personal data (see core/mask.ts). */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** Every stored row has a string id, unique within its table. */
export interface Row {
  readonly id: string;
}

/**
 * One table of the store, held in memory. Changes are visible at once and become durable
 * with the next `Store.flush()`. Callers do check-then-put synchronously, with no `await`
 * in between, which is what keeps a slot from being sold twice.
 */
export interface Table<T extends Row> {
  get(id: string): T | undefined;
  values(): IterableIterator<T>;
  readonly size: number;
  put(row: T): void;
  delete(id: string): void;
  /** Moves a row out of the hot set into an append-only archive bucket (e.g. `2026-11`). */
  archive(id: string, bucket: string): void;
}

/**
 * The persistence port. `tables` maps names to row types (see core/records.ts); the store
 * creates a table the first time it is asked for one.
 */
export interface Store<Tables extends Record<string, Row>> {
  table<K extends keyof Tables & string>(name: K): Table<Tables[K]>;
  /** Appends to an append-only log (audit trail, delivery status). Durable after `flush()`. */
  appendLog(log: string, entry: Record<string, unknown>): void;
  /** Resolves once every change made before the call is on disk (fsync'd). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** The engine as adapters see it: one message in, the replies to send back, in order. */
export interface Conversation {
  /** Never rejects: a failure inside becomes a polite `error` reply. */
  handle(message: IncomingMessage): Promise<Reply[]>;
}

/** Why no login link was issued. */
export type LoginLinkRefusal = 'rate_limited' | 'disabled';

/**
 * One-time login links to the web console and dashboard (`/console` in a staff chat). The web
 * edge implements it; the core only asks for a link for a user it already checked is staff.
 */
export interface LoginLinks {
  issue(user: UserKey): { readonly ok: true; readonly url: string; readonly expiresInMinutes: number } | { readonly ok: false; readonly reason: LoginLinkRefusal };
}
