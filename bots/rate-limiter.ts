/**
 * Outgoing pacing. Telegram gets token buckets (one shared, one per chat) because its limits
 * are rates with short bursts; WhatsApp gets a plain minimum gap with jitter, because there
 * the risk is looking like a bulk sender, not a 429.
 * Time comes in through `now`/`sleep` so tests run on virtual time.
 */

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A refill rate with a burst allowance. */
export interface BucketLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface RateLimiterOptions {
  readonly global: BucketLimit;
  readonly perChat: BucketLimit;
  /** Milliseconds on any monotonic-enough scale; defaults to `Date.now`. */
  readonly now?: () => number;
  readonly sleep?: Sleep;
}

export interface RateLimiter {
  /** Resolves once a message to `chat` may go out, and spends the tokens for it. */
  acquire(chat: string): Promise<void>;
  /** Holds every send for `ms` (the platform answered 429 with a retry_after). */
  pauseFor(ms: number): void;
}

/** Per-chat buckets that are full again carry no state; drop them now and then. */
const PRUNE_EVERY = 1000;

class Bucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly limit: BucketLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = now;
  }

  /** Milliseconds until one token is available (0 = now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.limit.perSecond) * 1000);
  }

  take(): void {
    this.tokens -= 1;
  }

  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.limit.burst;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed / 1000) * this.limit.perSecond);
    this.updatedAt = now;
  }
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  for (const limit of [options.global, options.perChat]) {
    if (!(limit.perSecond > 0) || !(limit.burst >= 1)) {
      throw new RangeError(`rate limit needs perSecond > 0 and burst ≥ 1, got ${JSON.stringify(limit)}`);
    }
  }
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const global = new Bucket(options.global, now());
  const chats = new Map<string, Bucket>();
  let pausedUntil = 0;
  let acquired = 0;

  const chatBucket = (chat: string): Bucket => {
    let bucket = chats.get(chat);
    if (!bucket) chats.set(chat, (bucket = new Bucket(options.perChat, now())));
    return bucket;
  };

  const prune = (): void => {
    const at = now();
    for (const [chat, bucket] of chats) if (bucket.isFull(at)) chats.delete(chat);
  };

  return {
    async acquire(chat) {
      const bucket = chatBucket(chat);
      for (;;) {
        const at = now();
        const wait = Math.max(pausedUntil - at, global.waitMs(at), bucket.waitMs(at));
        if (wait <= 0) break;
        await sleep(wait);
      }
      global.take();
      bucket.take();
      if (++acquired % PRUNE_EVERY === 0) prune();
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}

export interface PacerOptions {
  /** Minimum gap between two sends. */
  readonly intervalMs: number;
  /** Up to this much is added to each gap at random, so sends do not tick like a machine. */
  readonly jitterMs: number;
  readonly now?: () => number;
  readonly sleep?: Sleep;
  /** [0, 1); defaults to Math.random. */
  readonly random?: () => number;
}

/** Spaces sends at least `intervalMs` (+ jitter) apart, across all chats, in call order. */
export function createPacer(options: PacerOptions): () => Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();

  const waitTurn = async (): Promise<void> => {
    const dueAt = lastSentAt + options.intervalMs + random() * options.jitterMs;
    const wait = dueAt - now();
    if (wait > 0) await sleep(Math.ceil(wait));
    lastSentAt = now();
  };

  return () => {
    // Chained so concurrent callers each get their own gap instead of all waking together.
    const turn = queue.then(waitTurn);
    queue = turn.catch(() => undefined);
    return turn;
  };
}
