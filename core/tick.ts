/**
 * Everything that falls due with time, in one function the cron job calls every minute (and
 * the simulator on each virtual minute): reminders, overdue complaints, idle handoffs, early calls
 * left open, surveys for visits staff never closed, and the daily move of past days to the archive.
 */
import type { App } from './app.js';
import { sweepDayEnd } from './booking/day-end.js';
import type { Reminders } from './booking/reminders.js';
import { openPeriods } from './booking/slots.js';
import { alertUncalled } from './booking/waiting-uncalled.js';
import { SURVEY_AFTER_CALL_MINUTES, visitOver } from './care/survey.js';
import { addDays, localParts, toMinutes } from './local-time.js';
import { releaseEarlyCalls } from './staff/counter.js';

export function createTick(app: App, reminders: Reminders): () => Promise<number> {
  let archivedBefore = '';
  return async () => {
    let done = await reminders.sweep();
    done += await app.complaints.sweepOverdue();
    done += await app.handoffs.sweepIdle();
    done += await app.handoffs.remindWaiting();
    const local = localParts(app.clock.now(), app.settings.timeZone);
    const today = local.date;
    const todays = app.bookings.onDay(today);
    const called = todays.filter((b) => b.status === 'called');
    // An early call left open is no visit: back to the queue before the survey of visits never closed goes out.
    const released = await releaseEarlyCalls(app, called, app.clock.now(), SURVEY_AFTER_CALL_MINUTES);
    done += released.size;
    const dayEnded = (service: string): boolean => {
      const close = openPeriods(app.settings, service, today).at(-1)?.close;
      return close === undefined || local.minutes >= toMinutes(close);
    };
    const over = visitOver(todays, app.clock.now(), dayEnded);
    const surveyed = app.surveys.inviteOverdue(called.filter((b) => !released.has(b.id)), over) + app.surveys.expire();
    if (surveyed > 0) await app.store.flush();
    done += await alertUncalled(app, todays, app.clock.now());
    done += await sweepDayEnd(app, app.clock.now());
    // Yesterday stays hot (late questions about it); older days go to the archive once a day.
    const keepFrom = addDays(today, -1);
    if (keepFrom !== archivedBefore) {
      archivedBefore = keepFrom;
      if (app.bookings.archiveBefore(keepFrom) > 0) await app.store.flush();
    }
    return done + surveyed;
  };
}
