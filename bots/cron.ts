/** node-cron ticks → the engine's time-driven work. The only node-cron import; the logic is in core. */
import cron from 'node-cron';

import type { Logger } from '../core/ports.js';

/**
 * Runs `tick` every minute in the MPP's zone, and once at start so what fell due while the bot
 * was down (reminders, overdue complaints) happens now: node-cron never replays missed runs.
 */
export function startCron(tick: () => Promise<number>, timeZone: string, logger: Logger): Cron {
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
  const task = cron.schedule('* * * * *', run, { name: 'layani-tick', timezone: timeZone, noOverlap: true });
  return { stop: () => void task.stop(), lastTick: () => last };
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
 * Runs `job` every day at `expression` (e.g. `0 2 * * *`) in the MPP's zone; failures are logged.
 * Used for the daily backup (issue 13 item 2).
 */
export function startDaily(name: string, expression: string, job: () => Promise<unknown>, timeZone: string, logger: Logger): { stop(): void } {
  const run = (): void => {
    job().catch((error: unknown) => logger.error(`${name}_failed`, { error: error instanceof Error ? error.message : String(error) }));
  };
  const task = cron.schedule(expression, run, { name, timezone: timeZone, noOverlap: true });
  return { stop: () => void task.stop() };
}
