/**
 * The process's last line of defence and its one shutdown path (issue 14 items 2 and 4).
 *
 * - SIGINT/SIGTERM run Layani's own shutdown once (stop taking updates, drain replies, close
 *   WhatsApp's browser, flush and unlock the store), bounded by a deadline; a second signal
 *   exits at once. Puppeteer's own signal handlers are off (see bots/whatsapp.ts).
 * - `unhandledRejection` / `uncaughtException` are logged (structured, masked by the logger)
 *   and decided deliberately: a channel's error (puppeteer, telegraf, the network) keeps the
 *   process running, since the supervisor restarts that channel; a store error exits non-zero
 *   so the service manager restarts us on a clean store; anything else uncaught exits non-zero
 *   (the process state is unknown), anything else unhandled is logged and survived.
 */
import { AppError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { describe } from './channel.js';

export type CrashOrigin = 'store' | 'channel' | 'unknown';

const CHANNEL_ERROR_NAMES = new Set([
  'TargetCloseError',
  'ProtocolError',
  'TimeoutError',
  'TelegramError',
  'FetchError',
  'DeliveryError',
  'AbortError',
]);
const CHANNEL_STACK = /node_modules\/(whatsapp-web\.js|puppeteer|puppeteer-core|telegraf|node-fetch|ws)\/|\/bots\/(telegram|whatsapp)\.[jt]s/;
const STORE_STACK = /\/data\/store\/[\w-]+\.[jt]s/;

/** Where an error that escaped every handler came from, by its name, code and stack. */
export function crashOrigin(error: unknown): CrashOrigin {
  if (error instanceof AppError && error.code.startsWith('STORE')) return 'store';
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  if (STORE_STACK.test(stack)) return 'store';
  if (error instanceof Error && CHANNEL_ERROR_NAMES.has(error.name)) return 'channel';
  if (CHANNEL_STACK.test(stack)) return 'channel';
  return 'unknown';
}

/** The slice of `process` the guard uses; tests pass an EventEmitter. */
export interface GuardedProcess {
  on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  exit(code: number): void;
}

export interface ProcessGuardOptions {
  readonly logger: Logger;
  /** Layani's shutdown; must not throw (the guard catches and logs if it does). */
  readonly shutdown: (reason: string) => Promise<void>;
  /** After this long the process exits even if shutdown has not finished. Default 15 s. */
  readonly deadlineMs?: number;
  readonly process?: GuardedProcess;
}

export interface ProcessGuard {
  /** Runs the shutdown once, then exits with `code` (also used at the end of a terminal session). */
  exit(reason: string, code: number): Promise<void>;
}

export function installProcessGuard(options: ProcessGuardOptions): ProcessGuard {
  const { logger } = options;
  const proc: GuardedProcess = options.process ?? process;
  const deadlineMs = options.deadlineMs ?? 15_000;
  let closing: Promise<void> | undefined;

  const exit = (reason: string, code: number): Promise<void> => {
    closing ??= (async () => {
      const deadline = setTimeout(() => {
        logger.error('shutdown_timeout', { reason, afterMs: deadlineMs });
        proc.exit(code || 1);
      }, deadlineMs);
      deadline.unref();
      try {
        await options.shutdown(reason);
      } catch (error) {
        logger.error('shutdown_failed', { reason, error: describe(error) });
        code ||= 1;
      }
      clearTimeout(deadline);
      logger.info('stopped', { reason, code });
      proc.exit(code);
    })();
    return closing;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) {
      logger.warn('shutdown_forced', { signal });
      proc.exit(130);
      return;
    }
    logger.info('shutdown', { signal });
    void exit(signal, 0);
  };
  proc.on('SIGINT', onSignal);
  proc.on('SIGTERM', onSignal);

  const crashed = (kind: 'unhandled_rejection' | 'uncaught_exception', error: unknown): void => {
    const origin = crashOrigin(error);
    const fatal = origin === 'store' || (origin === 'unknown' && kind === 'uncaught_exception');
    logger.error(kind, { origin, action: fatal ? 'exit' : 'keep_running', error: describe(error), stack: topFrames(error) });
    if (fatal) void exit(kind, 1);
  };
  proc.on('unhandledRejection', (reason) => crashed('unhandled_rejection', reason));
  proc.on('uncaughtException', (error) => crashed('uncaught_exception', error));
  return { exit };
}

/** A few frames are enough to find the code; the full stack can carry payloads in messages. */
function topFrames(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 4)
    .map((line) => line.trim())
    .join(' | ');
}
