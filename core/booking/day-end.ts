/**
 * The end of a service's day, for the citizens it did not reach. At 15.40 a citizen still waiting was told "Anda nomor
 * berikutnya", and the next morning "Anda belum punya booking aktif", with no word in between; one missed when called was still
 * told to report to the counter (session 47, a field test of a supervisor's week). Once the service's last opening period of
 * the day has ended, each citizen whose number was not served hears it once, with an apology and a way to another day.
 * A `dayEnds` row per service and day makes it once, across restarts.
 */
import type { Basics } from '../context.js';
import { formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { addDays, localParts, toMinutes } from '../local-time.js';
import { langOf, notify } from '../notify.js';
import type { Booking } from '../records.js';
import type { ServiceInfo } from '../service-info.js';
import type { Outgoing } from '../types.js';
import { queueLabel } from './booking-code.js';
import { type Bookings, UNSERVED_MOVABLE_DAYS, WALK_IN } from './bookings.js';
import { openPeriods } from './slots.js';

export interface DayEndDeps extends Basics {
  readonly bookings: Bookings;
  readonly info: ServiceInfo;
}

/** Tells today's unserved citizens of every service whose day has ended; returns how many were told. */
export async function sweepDayEnd(app: DayEndDeps, now: Date): Promise<number> {
  const local = localParts(now, app.settings.timeZone);
  const table = app.store.table('dayEnds');
  const messages: Outgoing[] = [];
  let endedDays = 0;
  for (const service of app.info.offered()) {
    const close = openPeriods(app.settings, service.id, local.date).at(-1)?.close;
    const id = `${service.id}|${local.date}`;
    if (close === undefined || local.minutes < toMinutes(close) || table.get(id)) continue;
    const day = app.bookings.day(service.id, local.date);
    const unserved = day.filter((b) => (b.status === 'booked' || b.status === 'skipped') && b.user !== WALK_IN);
    for (const booking of unserved) messages.push(ended(app, booking, close));
    // The counters that served the service today are told who was left, so nobody waits for them tomorrow morning.
    const left = day.filter((b) => b.status === 'booked' || b.status === 'skipped');
    const open = day.filter((b) => b.status === 'called');
    if (left.length > 0 || open.length > 0) messages.push(...staffSummary(day, left, open, service.id));
    table.put({ id, at: now.toISOString(), told: unserved.length });
    endedDays++;
  }
  if (endedDays === 0) return 0;
  await app.store.flush();
  notify(app, messages);
  return messages.length;
}

function staffSummary(day: readonly Booking[], left: readonly Booking[], open: readonly Booking[], service: string): Outgoing[] {
  const staff = new Set(day.flatMap((b) => (b.calledBy ? [b.calledBy] : [])));
  const labels = (list: readonly Booking[]): string => list.map((b) => queueLabel(b.service, b.queueNumber)).join(', ');
  const unserved = left.length > 0 ? ` ${left.length} nomor belum terlayani: ${labels(left)}. Warga yang booking lewat chat sudah diberi tahu dan ditawari jadwal lain.` : '';
  // A call never closed stays "Sedang dipanggil" for the citizen and 📣 on /queue (session 47, a field test): said, to be closed.
  const stillCalled = open.length > 0 ? ` Masih tercatat dipanggil: ${labels(open)}; tutup dengan /done atau /skip.` : '';
  const text = `🔚 Layanan ${service} hari ini sudah tutup.${unserved}${stillCalled}`;
  return [...staff].map((to) => ({ to, kind: 'staff' as const, text }));
}

function ended(app: DayEndDeps, booking: Booking, close: string): Outgoing {
  const lang = langOf(app, booking.user);
  const service = app.info.service(booking.service);
  const name = service ? pick(service.name, lang) : booking.service;
  const label = queueLabel(booking.service, booking.queueNumber);
  const at = formatTime(close, app.settings.timeZone, lang);
  const why =
    booking.status === 'skipped'
      ? tr(lang, `Nomor ${label} terlewat saat dipanggil, dan layanan ${name} hari ini sudah tutup (pukul ${at}).`, `Number ${label} was missed when called, and today's ${name} service has closed (at ${at}).`)
      : tr(lang, `Layanan ${name} hari ini sudah tutup (pukul ${at}) sebelum nomor ${label} sempat dilayani. Mohon maaf.`, `Today's ${name} service closed (at ${at}) before number ${label} could be served. We are sorry.`);
  return {
    to: booking.user,
    kind: 'day_ended',
    text: `${why}\n${booking.status === 'skipped' ? tr(lang, 'Silakan booking lagi untuk hari lain.', 'Please book again for another day.') : tr(lang, `Booking ${booking.code} tidak berlaku besok: pilih "Ganti jadwal" untuk hari lain (bisa sampai ${formatDate(addDays(booking.date, UNSERVED_MOVABLE_DAYS), lang)}).`, `Booking ${booking.code} does not carry over to tomorrow: choose "Reschedule" for another day (until ${formatDate(addDays(booking.date, UNSERVED_MOVABLE_DAYS), lang)}).`)}`,
    // A missed number cannot be moved (bookings.ts `move` takes only a booked one): it is booked anew.
    options:
      booking.status === 'skipped'
        ? [{ label: tr(lang, 'Booking lagi', 'Book again'), value: `booking ${booking.service}` }]
        : [{ label: tr(lang, 'Ganti jadwal', 'Reschedule'), value: `ganti jadwal ${booking.code}` }],
  };
}
