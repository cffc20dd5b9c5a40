/**
 * The latest announcement sent to the citizens booked for one service on one day ("Layanan KK hari Senin mulai jam 10 karena
 * gangguan jaringan"), shown under that booking when the citizen looks at it. Asked "jadi saya datang jam berapa?" right after
 * such an announcement, the booking reply said "datang paling lambat 08.45" and nothing of it (session 42, `npm run simulate`):
 * the chat cannot read what staff wrote, but it can put it where the citizen is looking. Only announcements staff confirmed.
 */
import type { Store } from '../ports.js';
import type { Announcement, Booking, LayaniTables } from '../records.js';

export function bookingNotice(store: Store<LayaniTables>, booking: Pick<Booking, 'service' | 'date'>): Announcement | undefined {
  let latest: Announcement | undefined;
  for (const a of store.table('announcements').values()) {
    const { audience } = a;
    const forThisDay = audience.kind === 'bookedDay' ? audience.date === booking.date : audience.kind === 'booked' && audience.service === booking.service && audience.date === booking.date;
    if (!forThisDay) continue;
    if (a.status !== 'sending' && a.status !== 'done') continue;
    if (!latest || (a.confirmedAt ?? a.createdAt) > (latest.confirmedAt ?? latest.createdAt)) latest = a;
  }
  return latest;
}
