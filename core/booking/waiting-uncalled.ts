/**
 * A citizen in the hall whom no counter calls (session 48, a field test of a Tuesday that went wrong): checked in at 10.45 for a
 * passport slot, told "Anda nomor berikutnya" at every look until the day ended at 15.30, while no staff member had called a
 * passport number all day and none was told. Once a checked-in citizen has waited past the slot by WAIT_ALERT_MINUTES at a
 * service no counter has called in that time, the staff who serve it are told once, with the number and how long.
 */
import type { Basics } from '../context.js';
import { formatTime } from '../format.js';
import { localParts, toInstant } from '../local-time.js';
import { notify } from '../notify.js';
import type { Booking } from '../records.js';
import type { Outgoing } from '../types.js';
import { queueLabel } from './booking-code.js';
import type { Bookings } from './bookings.js';
import { isOpenAt } from './working-days.js';

export interface UncalledDeps extends Basics {
  readonly bookings: Bookings;
}

/** How long past both the slot and the check-in a citizen waits before staff hear of it. */
export const WAIT_ALERT_MINUTES = 60;

/** When the wait counts from: the later of the check-in and the slot (one early for 10.00 waits from 10.00). */
function waitingSince(b: Booking, checkedInAt: string, timeZone: string): number {
  return Math.max(Date.parse(checkedInAt), toInstant(b.date, b.time, timeZone).getTime());
}

/** Tells staff of citizens waiting uncalled (see the file comment); returns how many were told of. */
export async function alertUncalled(app: UncalledDeps, todays: readonly Booking[], now: Date): Promise<number> {
  const { settings } = app;
  const local = localParts(now, settings.timeZone);
  if (!isOpenAt(settings, local.date, local.minutes)) return 0;
  const limit = WAIT_ALERT_MINUTES * 60_000;
  const lastCall = new Map<string, number>();
  for (const b of todays) if (b.calledAt) lastCall.set(b.service, Math.max(lastCall.get(b.service) ?? 0, Date.parse(b.calledAt)));
  const waits = todays.flatMap((b) => (b.status === 'booked' && b.checkedInAt && !b.waitAlerted ? [{ b, since: waitingSince(b, b.checkedInAt, settings.timeZone) }] : []));
  const due = waits.filter(({ b, since }) => now.getTime() - since >= limit && now.getTime() - (lastCall.get(b.service) ?? 0) >= limit);
  if (due.length === 0) return 0;
  const messages: Outgoing[] = [];
  for (const { b, since } of due) {
    app.bookings.patch(b, { waitAlerted: true });
    const at = formatTime(localParts(new Date(since), settings.timeZone).time, settings.timeZone, 'id');
    const text = `⏳ ${queueLabel(b.service, b.queueNumber)} sudah hadir dan menunggu sejak ${at}, tetapi belum ada loket yang memanggil ${b.service} dalam ${WAIT_ALERT_MINUTES} menit terakhir. Panggil dengan /next ${b.service}.`;
    for (const to of app.access.everyone().filter((u) => app.access.canServe(u, b.service))) messages.push({ to, kind: 'staff', text });
  }
  await app.store.flush();
  notify(app, messages);
  return due.length;
}
