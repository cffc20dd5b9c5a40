/**
 * The engine's time-driven work: a tick every minute on the minute, and daily jobs at a wall-clock time in the
 * MPP's zone. Our own timers, not node-cron (issue 14): node-cron asks Intl for the wall time at every schedule,
 * and the first Intl date format maps ICU's data, ~7 MiB of the compiled start-up's peak RSS, for two schedules
 * that need none of it. A minute boundary is the same in every zone, and Indonesia's zones are fixed offsets
 * (core/local-time.ts), so 02:00 WIB is always 19:00 UTC the day before.
 */
import { addDays, localParts, toInstant } from '../core/local-time.js';
import type { Logger } from '../core/ports.js';

const MINUTE_MS = 60_000;

/**
 * Runs `tick` every minute on the minute (the same instants in every zone), and once at start so what fell due while the bot was down
 * (reminders, overdue complaints) happens now: no scheduler replays runs missed while the process was down.
 */
export function startCron(tick: () => Promise<number>, logger: Logger): Cron {
  let last: LastTick | undefined;
  const run = (): void => {
    tick().then(
      (done) => {
        last = { at: new Date(), ok: true };
        if (done > 0) logger.info('tick', { done });
      },
      (error: unknown) => {
        last = { at: new Date(), ok: false };
        logger.error('tick_failed', { error: String(error) });
      },
    );
  };
  run();
  const timer = every((after) => (Math.floor(after / MINUTE_MS) + 1) * MINUTE_MS, run);
  return { stop: () => timer.stop(), lastTick: () => last };
}

/** When the last tick finished and whether it worked: for /healthz. */
export interface LastTick {
  readonly at: Date;
  readonly ok: boolean;
}

export interface Cron {
  stop(): void;
  lastTick(): LastTick | undefined;
}

/**
 * Runs `job` every day at `at` (`HH:MM`, e.g. `02:00`) in the MPP's zone; failures are logged.
 * Used for the daily backup (issue 13 item 2).
 */
export function startDaily(name: string, at: string, job: () => Promise<unknown>, timeZone: string, logger: Logger): { stop(): void } {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) throw new Error(`${name}: the daily time must be HH:MM, got "${at}"`);
  const next = (after: number): number => {
    const today = localParts(new Date(after), timeZone).date;
    const instant = toInstant(today, at, timeZone).getTime();
    return instant > after ? instant : toInstant(addDays(today, 1), at, timeZone).getTime();
  };
  next(Date.now()); // an unsupported zone fails at start, not at the first run
  const run = (): void => {
    job().catch((error: unknown) => logger.error(`${name}_failed`, { error: error instanceof Error ? error.message : String(error) }));
  };
  return every(next, run);
}

/**
 * Calls `run` at each instant `next` gives, aiming one timer at a time at the next one (no drift over months).
 * The next instant is taken after the one just due, not after now: a timer that fires a millisecond early
 * must not run the same slot twice.
 */
function every(next: (after: number) => number, run: () => void): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const aim = (due: number): void => {
    timer = setTimeout(() => {
      run();
      aim(next(Math.max(Date.now(), due)));
    }, Math.max(0, due - Date.now()));
  };
  aim(next(Date.now()));
  return { stop: () => clearTimeout(timer) };
}
