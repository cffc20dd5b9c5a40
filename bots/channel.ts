/**
 * What both chat adapters share: the handle the composition root starts and stops, per-chat
 * ordering, and turning one incoming message into delivered replies.
 */
import { DeliveryError } from '../core/errors.js';
import type { Conversation, Logger, Sender } from '../core/ports.js';
import type { IncomingMessage, Outgoing, Reply, UserKey } from '../core/types.js';
import { createPushLane } from './push-lane.js';
import type { ChannelEvents } from './supervisor.js';

/** A running chat platform, as the composition root sees it. */
export interface ChatChannel {
  /** Resolves once messages are being received; rejects with a fix-it message otherwise. */
  start(): Promise<void>;
  /** Stops receiving, lets queued replies go out (bounded wait), then releases the platform. */
  stop(reason?: string): Promise<void>;
  /** For messages the core sends on its own (reminders, alerts); ordered with replies per chat. */
  readonly sender: Sender;
}

/** Options every channel takes from the composition root besides its own. */
export interface ChannelHooks {
  /** Tells the supervisor how the channel is doing (bots/supervisor.ts). */
  readonly events?: ChannelEvents;
  readonly undelivered?: Undelivered;
  readonly behind?: Behind;
}

/** Sent when the conversation failed on a message, so the user is not left waiting. */
export const ERROR_REPLY: Reply = {
  kind: 'error',
  text: 'Maaf, terjadi gangguan di sistem kami. Silakan coba lagi sebentar lagi.',
};

/** Runs tasks one after another per key; different keys run independently. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget idle keys so the map does not grow with every user ever seen.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}

export interface DispatcherOptions {
  readonly conversation: Conversation;
  readonly logger: Logger;
  /** Prefix of log events: `telegram.handler_failed`, … */
  readonly platform: 'telegram' | 'whatsapp';
  /** Sends one reply (all of its chunks) to one user; rejects with a `DeliveryError`. */
  readonly deliver: (to: UserKey, reply: Reply) => Promise<void>;
  /** Replies of a turn that could not go out (the failed one and those after it): the outbox keeps them. */
  readonly undelivered?: Undelivered;
  /** Asked before a turn's replies go out: true when the outbox took them to send behind that chat's older messages. */
  readonly behind?: Behind;
}

/** Where a channel hands replies it gave up on (bots/outbox.ts). */
export type Undelivered = (messages: readonly Outgoing[], error: unknown) => Promise<void>;
/** The outbox's `behind` (bots/outbox.ts): keeps a turn's replies in order after that chat's pending messages. */
export type Behind = (messages: readonly Outgoing[]) => Promise<boolean>;

export interface Dispatcher {
  /**
   * Queues a message: handled after earlier ones from the same user, never blocking others.
   * Resolves when its turn is over (replies sent, kept in the outbox, or given up); never rejects.
   */
  dispatch(message: IncomingMessage): Promise<void>;
  /** Delivers one reply after everything already queued for that user. */
  send(to: UserKey, reply: Reply): Promise<void>;
  /** For the core's own messages: behind that chat's replies, relays coalesced (bots/push-lane.ts). */
  push(to: UserKey, reply: Reply): Promise<void>;
  /** Resolves when nothing is queued any more, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * Two queues per user: `turns` serialises conversation handling, `sends` serialises delivery.
 * A turn waits for its own replies, but a send never waits for a turn, so an engine that
 * calls `sender.send` while handling a message (to anyone, even the same user) cannot deadlock.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { logger, platform } = options;
  const turns = new KeyedQueue();
  const sends = new KeyedQueue();

  const send = (to: UserKey, reply: Reply): Promise<void> => sends.run(to, () => options.deliver(to, reply));
  const push = createPushLane({ enqueue: (to, task) => sends.run(to, task), deliver: options.deliver });

  const answer = async (message: IncomingMessage): Promise<Reply[]> => {
    try {
      return await options.conversation.handle(message);
    } catch (error) {
      // The engine promises not to throw; if it does, the user still hears from us.
      logger.error(`${platform}.handler_failed`, { user: message.from, error: describe(error) });
      return [ERROR_REPLY];
    }
  };

  /** True when the outbox took the replies: the chat still has older messages waiting (issue 14, order after a reconnect). */
  const queuedBehind = async (to: UserKey, replies: readonly Reply[]): Promise<boolean> => {
    if (options.behind === undefined || replies.length === 0) return false;
    try {
      return await options.behind(replies.map((r): Outgoing => ({ ...r, to })));
    } catch (error) {
      // The store failed: answering now, even out of order, beats not answering.
      logger.error(`${platform}.outbox_failed`, { error: describe(error) });
      return false;
    }
  };

  const turn = async (message: IncomingMessage): Promise<void> => {
    const replies = await answer(message);
    if (await queuedBehind(message.from, replies)) return;
    for (const [index, reply] of replies.entries()) {
      try {
        await send(message.from, reply);
      } catch (error) {
        // Later replies of this turn would fail the same way (or arrive out of context).
        const code = error instanceof DeliveryError ? error.code : 'UNKNOWN';
        logger.warn(`${platform}.reply_failed`, { user: message.from, code, error: describe(error) });
        const rest = replies.slice(index).map((r): Outgoing => ({ ...r, to: message.from }));
        await options.undelivered?.(rest, error).catch((failure: unknown) => logger.error(`${platform}.outbox_failed`, { error: describe(failure) }));
        return;
      }
    }
  };

  return {
    dispatch(message) {
      return turns.run(message.from, () => turn(message)).catch(() => undefined);
    },
    send,
    push,
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([turns.idle().then(() => sends.idle()), timeout]);
      clearTimeout(timer);
    },
  };
}

/** Error text for logs: message only, no stack, no cause chain (causes may carry payloads). */
export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
