/**
 * In-memory indexes of the broadcast loop, rebuilt from the `deliveries` table at start:
 * which deliveries are due (so a claim costs O(batch), not O(all deliveries)), which wait for
 * a retry time, and how many rows of each announcement are in each status (so `progress()`
 * costs O(1)). The table stays the truth; these only say where to look.
 */
import { DueQueue } from '../due-queue.js';
import type { Delivery } from '../records.js';

export type DeliveryStatus = Delivery['status'];
export type StatusCounts = Record<DeliveryStatus, number>;

const zeroCounts = (): StatusCounts => ({ pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0, unknown: 0 });

interface Delayed {
  readonly announcement: string;
  readonly id: string;
}

export class DeliveryIndex {
  /** Announcement id → ids of its pending deliveries that may go now, in snapshot order. */
  readonly #ready = new Map<string, Set<string>>();
  /** Pending deliveries with a future `nextAttemptAt`, sorted by it (retries only: stays small). */
  readonly #delayed = new DueQueue<Delayed>();
  readonly #counts = new Map<string, StatusCounts>();

  counts(announcement: string): StatusCounts {
    return { ...(this.#counts.get(announcement) ?? zeroCounts()) };
  }

  /** Rows not settled yet: pending (queued or not) plus sending. */
  unsettled(announcement: string): number {
    const counts = this.#counts.get(announcement);
    return counts === undefined ? 0 : counts.pending + counts.sending;
  }

  /** Moves one row from `before` (undefined: a new row) to `after` in the counts. */
  count(announcement: string, before: DeliveryStatus | undefined, after: DeliveryStatus): void {
    let counts = this.#counts.get(announcement);
    if (counts === undefined) this.#counts.set(announcement, (counts = zeroCounts()));
    if (before !== undefined) counts[before]--;
    counts[after]++;
  }

  /** Queues a pending delivery: due now, or at `at` (epoch ms). */
  queue(delivery: Delivery, at = 0, now = 0): void {
    if (at <= now) this.#readySet(delivery.announcement).add(delivery.id);
    else this.#delayed.insert(at, { announcement: delivery.announcement, id: delivery.id });
  }

  /** Forgets every queued delivery of an announcement (cancelled: they are never sent). */
  drop(announcement: string): void {
    this.#ready.delete(announcement);
    this.#delayed.retain((entry) => entry.announcement !== announcement);
  }

  /** Takes up to `limit` due delivery ids, oldest announcement first. */
  take(limit: number, now: number): string[] {
    this.#promote(now);
    const taken: string[] = [];
    for (const [announcement, ids] of this.#ready) {
      for (const id of ids) {
        if (taken.length >= limit) break;
        ids.delete(id); // deleting the current entry keeps a Set iterator valid
        taken.push(id);
      }
      if (ids.size === 0) this.#ready.delete(announcement);
      if (taken.length >= limit) break;
    }
    return taken;
  }

  get hasReady(): boolean {
    return this.#ready.size > 0;
  }

  /** When the earliest delayed delivery falls due (epoch ms), if any. */
  get nextDueAt(): number | undefined {
    return this.#delayed.next;
  }

  #readySet(announcement: string): Set<string> {
    let ids = this.#ready.get(announcement);
    if (ids === undefined) this.#ready.set(announcement, (ids = new Set()));
    return ids;
  }

  #promote(now: number): void {
    for (const { value } of this.#delayed.takeDue(now)) this.#readySet(value.announcement).add(value.id);
  }
}
