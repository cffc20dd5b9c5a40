/**
 * The kernel services every capability may use, and one incoming message being handled.
 * Capabilities take these narrow dependencies in their constructors instead of the whole `App`,
 * so no capability imports the wiring that holds it (no import circle through `app.ts`).
 */
import type { Access } from './access.js';
import type { Clock, Logger, Sender, Store } from './ports.js';
import type { LayaniTables } from './records.js';
import type { Settings } from './schema.js';
import type { Session } from './session.js';
import type { Lang, UserKey } from './types.js';

export interface Basics {
  readonly settings: Settings;
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  /** Pushes messages to other users (alerts); failures are logged, never thrown at the caller. */
  readonly push: Sender;
  readonly logger: Logger;
  readonly access: Access;
}

/** One incoming message being handled. */
export interface Turn {
  readonly user: UserKey;
  readonly session: Session;
  readonly lang: Lang;
  readonly now: Date;
  readonly text: string;
  /**
   * The message as written, when `text` is the NLU's reading without a part taken back (core/nlu.ts `read`). A yes or no is
   * read on the whole: "iya kalau bisa jangan dibatalkan dulu" lost its "jangan dibatalkan dulu" as taken back, and its "iya"
   * cancelled the booking (session 48, a field test).
   */
  readonly written?: string;
}
