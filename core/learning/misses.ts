/**
 * The messages the bot did not understand, kept masked for staff to learn from (issue 11). One row per
 * miss in the `misses` table; ids are a sequence staff can type. Retention: at most MAX_ROWS rows and
 * none older than MAX_AGE_DAYS, enforced on every insert, so the table never grows without bound.
 */
import type { Store } from '../ports.js';
import type { LayaniTables, Miss } from '../records.js';

export const MAX_ROWS = 500;
export const MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;
const SEQUENCE = 'misses:seq';

export type NewMiss = Omit<Miss, 'id' | 'filed'>;

export class Misses {
  constructor(private readonly store: Store<LayaniTables>) {}

  /** Stores a masked miss and drops what is past retention; returns its row. */
  add(miss: NewMiss, now: Date): Miss {
    const counters = this.store.table('counters');
    const value = (counters.get(SEQUENCE)?.value ?? 0) + 1;
    counters.put({ id: SEQUENCE, value });
    const row: Miss = { ...miss, id: String(value) };
    this.store.table('misses').put(row);
    this.#prune(now);
    return row;
  }

  get(id: string): Miss | undefined {
    return this.store.table('misses').get(id);
  }

  /** Newest first; unfiled only unless `all`. */
  latest(limit: number, all = false): Miss[] {
    return this.#sorted()
      .filter((m) => all || m.filed === undefined)
      .slice(0, limit);
  }

  /** Every row, oldest first (for export). */
  all(): Miss[] {
    return this.#sorted().reverse();
  }

  markFiled(miss: Miss, filed: NonNullable<Miss['filed']>): void {
    this.store.table('misses').put({ ...miss, filed });
  }

  #sorted(): Miss[] {
    return [...this.store.table('misses').values()].sort((a, b) => Number(b.id) - Number(a.id));
  }

  #prune(now: Date): void {
    const table = this.store.table('misses');
    const oldest = new Date(now.getTime() - MAX_AGE_DAYS * DAY_MS).toISOString();
    const rows = this.#sorted();
    rows.forEach((row, i) => {
      if (i >= MAX_ROWS || row.at < oldest) table.delete(row.id);
    });
  }
}
