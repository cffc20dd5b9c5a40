/**
 * Durable outbox (issue 14 item 5). A message a channel could not deliver for a temporary reason
 * (channel down, 429 beyond our patience, network) is stored and retried, in its original order
 * per chat, when the channel is running again and on every scheduler tick. A permanent refusal
 * (blocked, too long) is recorded with the reason and without the text.
 *
 * Order: while a chat has pending entries, new messages for it queue behind them: the core's own
 * messages (`sender`) and the channels' replies (`behind`, asked before a turn's replies go out), so
 * a reply given while the first retry after a reconnect is under way never overtakes older messages.
 * One flush per chat at a time, re-reading the chat's entries until none is left.
 */
import { DeliveryError } from '../core/errors.js';
import type { Clock, Logger, Sender, Store } from '../core/ports.js';
import type { LayaniTables, OutboxEntry } from '../core/records.js';
import type { Outgoing, UserKey } from '../core/types.js';
import { describe, KeyedQueue } from './channel.js';

export interface OutboxOptions {
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The channels' router: delivers or rejects with a `DeliveryError`. */
  readonly deliver: Sender;
}

export interface Outbox {
  /** For the engine's own messages: temporary failures are kept, so this resolves once durable. */
  readonly sender: Sender;
  /** For channel dispatchers: replies a channel gave up on (the first failed, the rest of the turn after it). */
  undelivered(messages: readonly Outgoing[], error: unknown): Promise<void>;
  /**
   * For channel dispatchers, before a turn's replies go out: when their chat has pending entries, keeps
   * them behind those and resolves true once that chat's flush is over (sent, or durable for later).
   * False when the chat has nothing pending: send directly.
   */
  behind(messages: readonly Outgoing[]): Promise<boolean>;
  /** Sends what is pending, oldest first per chat; a chat stops at its first temporary failure. */
  retry(): Promise<number>;
  counts(): { readonly pending: number; readonly failed: number };
}

/** Temporary: worth keeping and trying again later. */
export function isTemporary(error: unknown): boolean {
  return error instanceof DeliveryError && (error.code === 'TRANSIENT' || error.code === 'RATE_LIMITED');
}

const reasonOf = (error: unknown): string =>
  error instanceof DeliveryError ? `${error.code}: ${error.message}` : describe(error);

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, clock, logger } = options;
  const table = store.table('outbox');
  let seq = Math.max(0, ...[...table.values()].map((e) => e.seq));
  let running: Promise<number> | undefined;

  const pendingFor = (to?: UserKey): OutboxEntry[] =>
    [...table.values()].filter((e) => e.state === 'pending' && (to === undefined || e.to === to)).sort((a, b) => a.seq - b.seq);

  const park = (message: Outgoing, error: unknown): void => {
    const now = clock.now().toISOString();
    seq += 1;
    const id = String(seq).padStart(12, '0');
    table.put({ id, seq, to: message.to, state: 'pending', message, kind: message.kind, attempts: 0, reason: reasonOf(error), createdAt: now, updatedAt: now });
    logger.warn('outbox.kept', { to: message.to, kind: message.kind, reason: reasonOf(error) });
  };

  const fail = (entry: Pick<OutboxEntry, 'to' | 'kind'> & Partial<OutboxEntry>, error: unknown): void => {
    const now = clock.now().toISOString();
    const id = entry.id ?? String((seq += 1)).padStart(12, '0');
    const { message: _, ...rest } = entry;
    table.put({ ...rest, id, seq: entry.seq ?? seq, state: 'failed', attempts: (entry.attempts ?? 0) + 1, reason: reasonOf(error), createdAt: entry.createdAt ?? now, updatedAt: now });
    logger.warn('outbox.undeliverable', { to: entry.to, kind: entry.kind, reason: reasonOf(error) });
  };

  /** Sends `entries` in order; false at the first temporary failure (that entry and the rest stay pending). */
  const sendInOrder = async (entries: readonly OutboxEntry[], count: () => void): Promise<boolean> => {
    for (const entry of entries) {
      try {
        await options.deliver.send(entry.message!);
        table.delete(entry.id);
        count();
      } catch (error) {
        if (!isTemporary(error)) {
          fail(entry, error);
          continue;
        }
        table.put({ ...entry, attempts: entry.attempts + 1, reason: reasonOf(error), updatedAt: clock.now().toISOString() });
        return false;
      }
    }
    return true;
  };

  const chats = new KeyedQueue();
  /** One chat's pending entries, oldest first, until none is left (entries kept meanwhile too) or one fails for a temporary reason. */
  const flushChat = (to: UserKey): Promise<number> =>
    chats.run(to, async () => {
      let sent = 0;
      for (let entries = pendingFor(to); entries.length > 0; entries = pendingFor(to)) {
        if (!(await sendInOrder(entries, () => sent++))) break;
      }
      return sent;
    });

  const retryAll = async (): Promise<number> => {
    const chatsWithPending = new Set(pendingFor().map((e) => e.to));
    if (chatsWithPending.size === 0) return 0;
    const sent = (await Promise.all([...chatsWithPending].map(flushChat))).reduce((a, b) => a + b, 0);
    await store.flush();
    if (sent > 0) logger.info('outbox.sent', { sent, pending: pendingFor().length });
    return sent;
  };

  const outbox: Outbox = {
    sender: {
      async send(message) {
        if (pendingFor(message.to).length > 0) {
          park(message, new DeliveryError('TRANSIENT', 'queued behind earlier messages'));
          await store.flush();
          return;
        }
        try {
          await options.deliver.send(message);
        } catch (error) {
          if (!isTemporary(error)) {
            fail({ to: message.to, kind: message.kind }, error);
            throw error;
          }
          park(message, error);
          await store.flush();
        }
      },
    },
    async undelivered(messages, error) {
      const [first, ...rest] = messages;
      if (!first) return;
      if (isTemporary(error)) for (const message of messages) park(message, error);
      else {
        fail({ to: first.to, kind: first.kind }, error);
        if (rest.length > 0) logger.info('outbox.dropped_after_refusal', { to: first.to, count: rest.length });
      }
      await store.flush();
    },
    async behind(messages) {
      const to = messages[0]?.to;
      if (to === undefined || pendingFor(to).length === 0) return false;
      for (const message of messages) park(message, new DeliveryError('TRANSIENT', 'queued behind earlier messages'));
      await store.flush();
      await flushChat(to);
      await store.flush();
      return true;
    },
    retry() {
      // One pass at a time: a second caller shares the running pass.
      running ??= retryAll().finally(() => (running = undefined));
      return running;
    },
    counts() {
      let pending = 0;
      let failed = 0;
      for (const entry of table.values()) {
        if (entry.state === 'pending') pending++;
        else failed++;
      }
      return { pending, failed };
    },
  };
  return outbox;
}
