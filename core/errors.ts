/**
 * Named errors. Each carries a stable `code` so callers branch on codes, not on messages,
 * and messages say how to fix the problem.
 */

export type AppErrorCode =
  | 'CONFIG'
  | 'DATA_FILE'
  | 'STORE_LOCKED'
  | 'STORE_CORRUPT'
  /** The disk is full: the change is not on disk; the store retries by itself once there is room. */
  | 'DISK_FULL'
  | 'SLOT_TAKEN'
  | 'SLOT_CLOSED'
  | 'UNKNOWN_SERVICE'
  | 'LIMIT_REACHED'
  | 'NOT_FOUND';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Why a channel could not deliver a message. Adapters map platform errors to these. */
export type DeliveryErrorCode =
  /** Slow down: try again after `retryAfterMs`. */
  | 'RATE_LIMITED'
  /** The user blocked the bot or the chat is gone: never retry, drop their subscriptions. */
  | 'UNREACHABLE'
  /** Network or server trouble: retry with backoff. */
  | 'TRANSIENT'
  /** We sent something the platform rejects (too long, bad markup): do not retry as is. */
  | 'REJECTED';

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly code: DeliveryErrorCode,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
