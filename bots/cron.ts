/** node-cron ticks → the reminder sweep. The only node-cron import; the logic is in core/reminders.ts. */
import cron from 'node-cron';

import type { Logger } from '../core/ports.js';

export interface Sweeper {
  sweep(): Promise<number>;
}

/**
 * Sweeps every minute in the MPP's zone, and once at start so reminders missed while the bot
 * was down go out now (node-cron never replays missed runs).
 */
export function startReminderCron(sweeper: Sweeper, timeZone: string, logger: Logger): { stop(): void } {
  const run = (): void => {
    sweeper.sweep().then(
      (sent) => {
        if (sent > 0) logger.info('reminders_sent', { count: sent });
      },
      (error: unknown) => logger.error('reminder_sweep_failed', { error: String(error) }),
    );
  };
  run();
  const task = cron.schedule('* * * * *', run, { name: 'reminder-sweep', timezone: timeZone, noOverlap: true });
  return { stop: () => void task.stop() };
}
