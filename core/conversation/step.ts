/**
 * One incoming message on its way through the engine. Each branch of the conversation is a
 * `Step`: it answers the message (returns replies) or passes (returns null) to the next one.
 */
import type { App, Turn } from '../app.js';
import type { Understanding } from '../nlu.js';
import type { Session } from '../session.js';
import type { IncomingMessage, Reply } from '../types.js';

/** A message before understanding: commands, relays and survey digits need no NLU. */
export interface Arrival {
  readonly app: App;
  readonly message: IncomingMessage;
  readonly session: Session;
  readonly now: Date;
  /** Trimmed and capped text. */
  readonly text: string;
  /** A message was pushed to this citizen (reminder, call, announcement) since their last message. */
  readonly afterPush: boolean;
  /** The turn in the session's current language. */
  readonly turn: Turn;
}

/** A message after understanding. */
export interface Understood extends Arrival {
  readonly u: Understanding;
}

export type Step<T extends Arrival> = (input: T) => Promise<Reply[] | null> | Reply[] | null;
