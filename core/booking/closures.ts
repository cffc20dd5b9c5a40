/**
 * Days staff close after the settings were written: one service's system is down, its officer away, or the whole MPP is
 * flooded. An announcement alone told the day's bookers, yet new bookings for that day were still taken and its reminders
 * still went out (session 46, a field test). So a closure is a record: held in the store, it outlives a restart, and it is
 * kept in the engine's own copy of `settings.closures`, the one calendar the slot rules, the hours replies and the reminders
 * already read. Nothing else has to learn a second calendar.
 */
import type { Store } from '../ports.js';
import type { DeclaredClosure, LayaniTables } from '../records.js';
import type { Settings } from '../schema.js';
import type { UserKey } from '../types.js';

export interface ClosuresDeps {
  readonly store: Store<LayaniTables>;
  /** The engine's own settings: their closure list is extended in place (create-engine.ts copies it for that). */
  readonly settings: Settings;
}

export interface ClosureInput {
  readonly date: string;
  /** Absent: the whole MPP. */
  readonly service?: string;
  readonly reason: string;
  readonly by: UserKey;
  readonly at: Date;
}

const WHOLE_MPP = '*';
/** The `source` of the entries added to the settings' list: what tells them from the file's. */
const DECLARED = 'declared by staff in chat (store table "closures")';

export const closureId = (date: string, service: string | undefined): string => `${date}|${service ?? WHOLE_MPP}`;

export class Closures {
  constructor(private readonly deps: ClosuresDeps) {
    for (const row of this.#table.values()) this.#apply(row);
  }

  get #table() {
    return this.deps.store.table('closures');
  }

  /** The staff closure of `service` (or of the whole MPP) on `date`, if one was declared. */
  declared(date: string, service?: string): DeclaredClosure | undefined {
    return this.#table.get(closureId(date, service));
  }

  /** Closes the day; a second closure of the same day and reach replaces the reason. Resolves once it is on disk. */
  async declare(input: ClosureInput): Promise<DeclaredClosure> {
    const row: DeclaredClosure = {
      id: closureId(input.date, input.service),
      date: input.date,
      ...(input.service ? { services: [input.service] } : {}),
      reason: input.reason,
      declaredBy: input.by,
      declaredAt: input.at.toISOString(),
    };
    this.#table.put(row);
    this.#apply(row);
    await this.deps.store.flush();
    return row;
  }

  /** Opens the day again; undefined when staff had not closed it (a holiday in the settings stays). */
  async reopen(date: string, service?: string): Promise<DeclaredClosure | undefined> {
    const row = this.declared(date, service);
    if (!row) return undefined;
    this.#table.delete(row.id);
    this.#unapply(row);
    await this.deps.store.flush();
    return row;
  }

  /** Staff closures on `from` or later, earliest first. */
  upcoming(from: string): DeclaredClosure[] {
    return [...this.#table.values()].filter((row) => row.date >= from).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  }

  #apply(row: DeclaredClosure): void {
    this.#unapply(row);
    // Staff type one reason; the citizen's language does not change what they typed.
    const reason = { id: row.reason, en: row.reason };
    this.deps.settings.closures.push({ date: row.date, reason, source: DECLARED, ...(row.services ? { services: [...row.services] } : {}) });
  }

  /** Takes out the entry `#apply` added; a holiday of the settings file on the same day is not staff's to lift. */
  #unapply(row: DeclaredClosure): void {
    const closures = this.deps.settings.closures;
    const reach = (services: readonly string[] | undefined): string => services?.join(',') ?? WHOLE_MPP;
    const index = closures.findIndex((c) => c.source === DECLARED && c.date === row.date && reach(c.services) === reach(row.services));
    if (index >= 0) closures.splice(index, 1);
  }
}
