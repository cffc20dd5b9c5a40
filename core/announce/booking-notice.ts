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
    // Two in the same second (a closure's notice, then "buka lagi"): the later id is the later one (session 47, a field test).
    if (!latest || later(a, latest)) latest = a;
  }
  return latest;
}

function later(a: Announcement, b: Announcement): boolean {
  const at = (x: Announcement): string => x.confirmedAt ?? x.createdAt;
  if (at(a) !== at(b)) return at(a) > at(b);
  return Number(a.id.replace(/\D/g, '')) > Number(b.id.replace(/\D/g, ''));
}
