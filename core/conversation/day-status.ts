/**
 * Why a day cannot be booked, in the citizen's words (issue 10, class 7): "Minggu tutup",
 * "25 Desember libur (Hari Raya Natal)", "pemesanan paling jauh 14 hari". "Penuh" is only for
 * seats that are taken, and is decided elsewhere.
 */
import type { App, Turn } from '../app.js';
import { closureFor, openPeriods, slotTimes } from '../booking/slots.js';
import { dayName, formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { addDays, localParts, toMinutes, weekdayOf } from '../local-time.js';

/** The reason `date` is closed or out of reach for `service`, or null when it is an open day. */
export function dayClosedReason(app: App, turn: Turn, service: string, date: string): string | null {
  const { lang } = turn;
  const { settings } = app;
  const now = localParts(turn.now, settings.timeZone);
  const today = now.date;
  const closure = closureFor(settings, service, date);
  if (date < today) return tr(lang, `${formatDate(date, lang)} sudah lewat.`, `${formatDate(date, lang)} has passed.`);
  const last = addDays(today, settings.booking.horizonDays);
  const horizon = tr(lang, `Pemesanan paling jauh ${settings.booking.horizonDays} hari ke depan (sampai ${formatDate(last, lang)}).`, `Bookings open at most ${settings.booking.horizonDays} days ahead (until ${formatDate(last, lang)}).`);
  if (closure) {
    // One service closed (its system down, staff away) is no holiday: the other counters are open.
    const name = pick(app.info.service(service)?.name ?? { id: service, en: service }, lang);
    const holiday = closure.services
      ? tr(lang, `Layanan ${name} tutup pada ${formatDate(date, lang)} (${pick(closure.reason, lang)}).`, `${name} is closed on ${formatDate(date, lang)} (${pick(closure.reason, lang)}).`)
      : tr(lang, `${formatDate(date, lang)} libur (${pick(closure.reason, lang)}).`, `${formatDate(date, lang)} is a holiday (${pick(closure.reason, lang)}).`);
    // "ganti ke natal" a month ahead: the days offered next are this fortnight's, so say why (field test, issue 11).
    return date > last ? `${holiday} ${horizon}` : holiday;
  }
  if (date > last) return horizon;
  if (openPeriods(settings, service, date).length === 0) {
    const day = dayName(weekdayOf(date), lang);
    return tr(lang, `${day} tutup (${formatDate(date, lang)}).`, `Closed on ${day}s (${formatDate(date, lang)}).`);
  }
  // Today, once its last slot has begun, is over, not full: "booking kk hari ini" at 16.00 was told the day was fully booked
  // (session 45, a field test).
  const lastSlot = date === today ? slotTimes(settings, service, date).at(-1) : undefined;
  if (lastSlot !== undefined && toMinutes(lastSlot) <= now.minutes) {
    const close = openPeriods(settings, service, date).at(-1)?.close ?? lastSlot;
    const at = formatTime(close, settings.timeZone, lang);
    return tr(lang, `Layanan hari ini sudah tutup (pukul ${at}).`, `Today's service has closed (at ${at}).`);
  }
  return null;
}
