/**
 * Which citizens were sent something (a reminder, "your turn", an announcement, a staff answer)
 * that they have not reacted to yet. A bare "ok" in a new session then acknowledges that message;
 * without one, "ok" most likely answers a question asked before a restart, and is told that the
 * question is gone (resume.ts, issue 11 leftover 3). In memory, like the sessions: after a restart
 * nothing is awaited, and "ok" is told the truth either way (confirmed bookings are safe).
 */
import type { UserKey } from '../types.js';

/** A reaction this long after the push still acknowledges it (a reminder read in the evening). */
const WINDOW_MS = 24 * 3_600_000;
/** Bounded like the sessions: an announcement to every subscriber adds one entry each. */
const MAX_ENTRIES = 100_000;

export class AwaitedPushes {
  readonly #sentAt = new Map<UserKey, number>();

  sent(user: UserKey, at: Date): void {
    this.#sentAt.delete(user);
    this.#sentAt.set(user, at.getTime());
    if (this.#sentAt.size > MAX_ENTRIES) this.#sentAt.delete(this.#sentAt.keys().next().value!);
  }

  /** Whether a push awaited this citizen's reaction; any message from them is that reaction. */
  take(user: UserKey, now: Date): boolean {
    const at = this.#sentAt.get(user);
    this.#sentAt.delete(user);
    return at !== undefined && now.getTime() - at < WINDOW_MS;
  }
}
