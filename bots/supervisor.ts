/**
 * Keeps one chat channel alive without letting it take the others down (issue 14 item 1).
 *
 * A channel that fails to start, or reports that it died, is stopped and a fresh one is built
 * after a capped exponential backoff, with one log line per attempt. Only errors the channel
 * marks as fatal (a token Telegram rejects) end the process, through `onFatal`, so the service
 * manager shows them. Meanwhile `sender` answers "not connected" (a `TRANSIENT` delivery error),
 * which the outbox keeps for later.
 */
import { DeliveryError } from '../core/errors.js';
import type { Clock, Logger, Sender } from '../core/ports.js';
import type { Channel, Outgoing } from '../core/types.js';
import { type ChatChannel, describe } from './channel.js';

export type ChannelState = 'starting' | 'running' | 'degraded' | 'restarting' | 'stopped' | 'failed';

/** One channel as /healthz shows it. */
export interface ChannelStatus {
  readonly state: ChannelState;
  /** When the state last changed (ISO). */
  readonly since: string;
  /** What the channel said about itself, e.g. "waiting for a QR scan". */
  readonly detail?: string;
  readonly restarts: number;
  readonly lastError?: string;
}

/** How a running channel talks back to its supervisor. */
export interface ChannelEvents {
  /** The channel works, fully or not (`degraded`: e.g. WhatsApp waiting for a QR scan). */
  status(state: 'running' | 'degraded', detail?: string): void;
  /** The channel died: it will be stopped and rebuilt after a backoff. */
  failed(error: unknown): void;
}

/** An error the channel cannot recover from by restarting (bad token): exit non-zero. */
export class FatalChannelError extends Error {
  override readonly name = 'FatalChannelError';
}

export interface SupervisorOptions {
  readonly logger: Logger;
  readonly clock: Clock;
  /** Called once when the channel fails fatally; the composition root exits non-zero. */
  readonly onFatal: (error: Error) => void;
  /** Called each time the channel is (again) running: the outbox retries then. */
  readonly onRunning?: () => void;
  /** First restart delay, doubled per failed attempt up to `maxDelayMs`. Default 2 s and 5 min. */
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Waits between attempts; resolves early when `signal` aborts (on stop). */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface SupervisedChannel {
  readonly name: Channel;
  /** Starts the first attempt; resolves when it settled (running or scheduled for a retry). */
  start(): Promise<void>;
  stop(reason: string): Promise<void>;
  status(): ChannelStatus;
  readonly sender: Sender;
}

export type ChannelFactory = (events: ChannelEvents) => ChatChannel | Promise<ChatChannel>;

export function superviseChannel(name: Channel, factory: ChannelFactory, options: SupervisorOptions): SupervisedChannel {
  const { logger, clock } = options;
  const initialDelayMs = options.initialDelayMs ?? 2000;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  const wait = options.wait ?? abortableDelay;
  const stopping = new AbortController();
  let current: ChatChannel | undefined;
  let status: ChannelStatus = { state: 'stopped', since: clock.now().toISOString(), restarts: 0 };
  let loop: Promise<void> | undefined;

  const set = (state: ChannelState, extra: Partial<ChannelStatus> = {}): void => {
    const { detail: _, ...rest } = status;
    status = { ...rest, ...extra, state, since: state === status.state ? status.since : clock.now().toISOString() };
  };

  /** One generation: build, start, run until it reports failure or we stop. Rejects on a failed start. */
  const runOnce = async (onStarted: () => void): Promise<unknown> => {
    let died!: (error: unknown) => void;
    const death = new Promise<unknown>((resolve) => (died = resolve));
    let live = true;
    const events: ChannelEvents = {
      status: (state, detail) => {
        if (live && current) set(state, detail === undefined ? {} : { detail });
      },
      failed: (error) => {
        if (live) died(error);
      },
    };
    try {
      current = await factory(events);
      await current.start();
      set('running');
      onStarted();
      options.onRunning?.();
      const aborted = new Promise<undefined>((resolve) => stopping.signal.addEventListener('abort', () => resolve(undefined)));
      return await Promise.race([death, aborted]);
    } finally {
      live = false;
    }
  };

  const run = async (onSettled: () => void): Promise<void> => {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      set(attempt === 0 && status.restarts === 0 ? 'starting' : 'restarting');
      let error: unknown;
      try {
        error = await runOnce(() => {
          attempt = -1;
          onSettled();
        });
        if (stopping.signal.aborted) break;
        logger.error(`${name}.channel_died`, { error: describe(error) });
      } catch (startError) {
        error = startError;
      }
      await retire(current, logger, name);
      current = undefined;
      if (error instanceof FatalChannelError) {
        set('failed', { lastError: error.message });
        onSettled();
        options.onFatal(error);
        return;
      }
      const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt));
      set('restarting', { lastError: describe(error), restarts: status.restarts + 1 });
      logger.warn(`${name}.channel_restart`, { attempt: Math.max(0, attempt) + 1, inMs: delay, error: describe(error) });
      onSettled();
      await wait(delay, stopping.signal);
    }
  };

  return {
    name,
    start() {
      return new Promise<void>((resolve) => {
        loop = run(resolve).catch((error: unknown) => logger.error(`${name}.supervisor_failed`, { error: describe(error) }));
      });
    },
    async stop(reason) {
      stopping.abort();
      const channel = current;
      current = undefined;
      if (channel) await channel.stop(reason).catch((error: unknown) => logger.warn(`${name}.stop_failed`, { error: describe(error) }));
      await loop;
      set('stopped');
    },
    status: () => status,
    sender: {
      send(message: Outgoing) {
        const channel = current;
        if (!channel || (status.state !== 'running' && status.state !== 'degraded')) {
          return Promise.reject(new DeliveryError('TRANSIENT', `${name} is not connected (${status.state})`));
        }
        return channel.sender.send(message);
      },
    },
  };
}

async function retire(channel: ChatChannel | undefined, logger: Logger, name: string): Promise<void> {
  await channel?.stop('restart').catch((error: unknown) => logger.info(`${name}.stop_failed`, { error: describe(error) }));
}

/** setTimeout that ends early when `signal` aborts; unref'd so it never holds the process open. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref();
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
