/** Texts about bookings, shared by the dialog, reminders and queue alerts. */
import { formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { toMinutes } from '../local-time.js';
import type { Booking } from '../records.js';
import type { Settings } from '../schema.js';
import type { ServiceInfo } from '../service-info.js';
import type { BookingSummary, Lang } from '../types.js';
import { queueLabel } from './booking-code.js';
import type { Bookings } from './bookings.js';
import { EARLY_CALL_MINUTES, estimatedWaitMinutes, peopleAhead } from './queue.js';
import { openPeriods } from './slots.js';

export function summary(booking: Booking): BookingSummary {
  return {
    code: booking.code,
    service: booking.service,
    date: booking.date,
    time: booking.time,
    queueNumber: queueLabel(booking.service, booking.queueNumber),
  };
}

/** The block that identifies a booking: code, number, service, slot, place. */
/** What a booking card reads: the settings, the catalog and the live book. */
export interface BookingView {
  readonly settings: Settings;
  readonly info: ServiceInfo;
  readonly bookings: Bookings;
}

export function bookingCard(app: BookingView, booking: Booking, lang: Lang): string {
  const service = app.info.service(booking.service);
  const title = service ? app.info.title(service, booking.variantOpen ? null : app.info.variant(service, booking.variant), lang) : booking.service;
  return [
    `${tr(lang, 'Kode booking', 'Booking code')}: ${booking.code}`,
    `${tr(lang, 'Nomor antrean', 'Queue number')}: ${queueLabel(booking.service, booking.queueNumber)}`,
    `${tr(lang, 'Layanan', 'Service')}: ${title}`,
    `${tr(lang, 'Jadwal', 'When')}: ${formatDate(booking.date, lang)}, ${formatTime(booking.time, app.settings.timeZone, lang)}`,
    `${tr(lang, 'Tempat', 'Where')}: ${service ? app.info.where(service, lang) : app.settings.name}`,
    // Whose booking it is: a mother booking for her son and her husband read "besok Anda punya jadwal" with no name (session 46,
    // a field test). The card goes only to the chat that booked it, which gave the name.
    `${tr(lang, 'Atas nama', 'Name')}: ${booking.name}`,
  ].join('\n');
}

export function checklistBlock(app: BookingView, booking: Booking, lang: Lang): string {
  const service = app.info.service(booking.service);
  if (!service) return '';
  if (booking.variantOpen) {
    const kinds = service.variants.map((v) => pick(v.name, lang)).join(' / ');
    return tr(lang, `Dokumen yang dibawa bergantung pada jenisnya (${kinds}): ketik "syarat ${service.id}" untuk melihatnya.`, `The documents to bring depend on which one (${kinds}): type "requirements ${service.id}" to see them.`);
  }
  const list = app.info.checklist(app.info.variant(service, booking.variant), lang);
  return `${tr(lang, 'Bawa dokumen berikut (asli dan fotokopi):', 'Bring these documents (originals and copies):')}\n${list}`;
}

/** Live state for "cek booking": position and estimated wait when it is today. */
/**
 * `noticed`: staff announced something to this booking's service and day (a delay, a late start). No minute estimate then: "±3 menit"
 * beside "tertunda sekitar 2 jam" was read as the shorter of the two (session 48, a field test); the announcement is shown with it.
 */
export function liveStatus(app: BookingView, booking: Booking, today: string, lang: Lang, nowMinutes?: number, noticed = false): string {
  if (booking.status === 'called') {
    return tr(lang, `🔔 Sedang dipanggil ke ${booking.counter ?? 'loket'}.`, `🔔 Being called to ${booking.counter ?? 'the counter'}.`);
  }
  // Missed, and the counter has closed since: reporting to it now helps nobody. At 16.00 "cek booking" still said "segera lapor
  // ke loket" (session 44, `npm run simulate`).
  if (booking.status === 'skipped' && counterClosed(app, booking, today, nowMinutes)) {
    return tr(lang, 'Nomor Anda terlewat saat dipanggil dan layanan hari itu sudah tutup. Ketik "booking" untuk mengambil jadwal baru.', 'Your number was missed when called and that day\'s service has closed. Type "book" to take a new slot.');
  }
  if (booking.status === 'skipped' && booking.noShow) {
    return tr(lang, 'Nomor Anda sudah dipanggil ulang tetapi Anda belum hadir, jadi tidak dipanggil lagi hari ini. Bila sudah di MPP, lapor ke loket; atau ketik "booking" untuk jadwal baru.', 'Your number was called again while you were away, so it will not be called again today. If you are at the MPP, report to the counter; or type "book" for a new slot.');
  }
  if (booking.status === 'skipped') {
    return tr(lang, 'Nomor Anda sudah dipanggil tetapi Anda belum hadir: segera lapor ke loket.', 'Your number was called while you were away: please report to the counter.');
  }
  if (booking.date !== today) return '';
  // Waiting when the day ended: told so at closing (day-end.ts), yet "cek booking" at 15.50 still gave a place in the queue
  // (session 47, a field test).
  if (booking.status === 'booked' && counterClosed(app, booking, today, nowMinutes)) {
    return tr(lang, 'Layanan hari ini sudah tutup sebelum nomor Anda dilayani. Mohon maaf: ketik "ganti jadwal" untuk hari lain.', 'Today\'s service closed before your number was served. We are sorry: type "reschedule" for another day.');
  }
  // Hours before the slot the position says nothing: at 08.00 one booked for 14.30 was told "Anda nomor berikutnya" and "±3
  // menit" because nobody else was booked before (session 46, a field test of a counter's day). The slot is what to keep.
  if (nowMinutes !== undefined && toMinutes(booking.time) - nowMinutes > EARLY_CALL_MINUTES) {
    const at = formatTime(booking.time, app.settings.timeZone, lang);
    return tr(lang, `Jadwal Anda pukul ${at}: datanglah 15 menit sebelumnya. Posisi antrean ditampilkan mulai satu jam sebelum jadwal.`, `Your slot is at ${at}: come 15 minutes before. Your place in the queue shows from an hour before the slot.`);
  }
  const ahead = peopleAhead(app.bookings, booking);
  const wait = estimatedWaitMinutes(app.bookings, app.settings, booking);
  // "Anda nomor berikutnya" from 10.45 to 15.05 while no counter called the service at all (session 48, a field test): said so.
  // Only once the slot is half an hour past: at opening nobody has been called yet, and that is no news.
  const late = nowMinutes !== undefined && nowMinutes - toMinutes(booking.time) >= 30;
  const uncalled = late && app.bookings.day(booking.service, booking.date).every((b) => b.calledAt === undefined)
    ? tr(lang, ` Belum ada loket yang memanggil layanan ini hari ini${booking.waitAlerted ? '; petugas sudah diberi tahu bahwa Anda menunggu' : ''}.`, ` No counter has called this service yet today${booking.waitAlerted ? '; the staff have been told you are waiting' : ''}.`)
    : '';
  if (ahead === 0) return tr(lang, 'Posisi: Anda nomor berikutnya.', 'Position: you are next.') + uncalled;
  const estimate = noticed ? tr(lang, ' (waktu tunggu: lihat pengumuman di bawah)', ' (waiting time: see the announcement below)') : wait > 0 ? tr(lang, ` (perkiraan tunggu ±${wait} menit)`, ` (estimated wait about ${wait} min)`) : '';
  return tr(lang, `Posisi: ${ahead} orang sebelum Anda${estimate}.`, `Position: ${ahead} people before you${estimate}.`);
}

/** The booking's day is over at its counter: a day past, or today after the service's last closing time. */
function counterClosed(app: BookingView, booking: Booking, today: string, nowMinutes: number | undefined): boolean {
  if (booking.date < today) return true;
  if (booking.date !== today || nowMinutes === undefined) return false;
  const closes = openPeriods(app.settings, booking.service, booking.date).map((p) => toMinutes(p.close));
  return closes.length === 0 || nowMinutes >= Math.max(...closes);
}
