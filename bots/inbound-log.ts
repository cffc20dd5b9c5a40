/**
 * Incoming updates recorded before they are acknowledged (issue 14 item 5). Telegram confirms an
 * update with the next `getUpdates` offset, which telegraf asks for once our handler returns: the
 * handler returns only after the update is on disk. After a crash the `received` ones are answered
 * again; an id seen before (answered, or in flight in this process) is never answered twice.
 */
import type { Clock, Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';

export interface InboundLog {
  /**
   * Records the update durably and claims it for this process. False when it must be skipped:
   * answered already, or being answered right now.
   */
  claim(id: string, payload: unknown): Promise<boolean>;
  /** The turn is over (replies sent or kept in the outbox): forget the payload. */
  answered(id: string): void;
  /** Updates received but never answered, oldest first, for ids starting with `prefix`. */
  unanswered(prefix: string): { readonly id: string; readonly payload: unknown }[];
  /** Drops answered ids older than `before` (Telegram redelivers for at most 24 h). */
  prune(before: Date): number;
}

export function createInboundLog(store: Store<LayaniTables>, clock: Clock): InboundLog {
  const table = store.table('inbound');
  const inFlight = new Set<string>();
  return {
    async claim(id, payload) {
      const row = table.get(id);
      if (row?.state === 'answered' || inFlight.has(id)) return false;
      inFlight.add(id);
      if (!row) table.put({ id, state: 'received', payload, receivedAt: clock.now().toISOString() });
      await store.flush();
      return true;
    },
    answered(id) {
      inFlight.delete(id);
      const row = table.get(id);
      if (row) table.put({ id, state: 'answered', receivedAt: row.receivedAt });
    },
    unanswered(prefix) {
      return [...table.values()]
        .filter((row) => row.state === 'received' && row.id.startsWith(prefix) && !inFlight.has(row.id))
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id, 'en', { numeric: true }))
        .map((row) => ({ id: row.id, payload: row.payload }));
    },
    prune(before) {
      let dropped = 0;
      for (const row of [...table.values()]) {
        if (row.state === 'answered' && row.receivedAt < before.toISOString()) {
          table.delete(row.id);
          dropped++;
        }
      }
      return dropped;
    },
  };
}
