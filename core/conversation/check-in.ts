/** "saya sudah sampai": marks today's booking as arrived, so the counter sees who is waiting. */
import type { App, Turn } from '../app.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Reply } from '../types.js';

export const CHECK_IN = /^(saya |aku |sy )?(sudah|udah|sdh|udh) (sampai|sampe|sampe?|tiba|datang|dtg|di ?lokasi|di ?mpp)\b|^check ?-?in\b|^i('| a)m here\b/i;

export async function checkIn(app: App, turn: Turn): Promise<Reply> {
  const today = localParts(turn.now, app.settings.timeZone).date;
  const booking = app.bookings.activeFor(turn.user).find((b) => b.date === today && b.status === 'booked');
  if (!booking) return noBookingToday(app, turn, today);
  app.bookings.patch(booking, { checkedInAt: turn.now.toISOString() });
  await app.store.flush();
  return { kind: 'answer', text: tr(turn.lang, `Terima kasih, kehadiran Anda untuk ${booking.code} sudah tercatat. Mohon tunggu panggilan.`, `Thanks, your arrival for ${booking.code} is noted. Please wait to be called.`) };
}

/**
 * "sudah sampai" with no booking today (field test, issue 11): "Booking tidak ditemukan" read as if
 * a booking for another day were lost. The citizen is told when it is, and what to do today.
 */
function noBookingToday(app: App, turn: Turn, today: string): Reply {
  const { lang } = turn;
  const other = app.bookings.activeFor(turn.user).filter((b) => b.status === 'booked').sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`))[0];
  const walkIn = tr(lang, 'Untuk dilayani hari ini, ambil nomor antrean di loket informasi.', 'To be served today, take a number at the information desk.');
  if (!other) return { kind: 'answer', text: `${tr(lang, 'Anda tidak punya booking untuk hari ini.', 'You have no booking for today.')} ${walkIn}` };
  const when = `${formatDate(other.date, lang)}, ${formatTime(other.time, app.settings.timeZone, lang)}`;
  const text = other.date < today
    ? tr(lang, `Booking ${other.code} untuk ${when} sudah lewat.`, `Booking ${other.code} was for ${when}, which has passed.`)
    : tr(lang, `Booking ${other.code} Anda untuk ${when}, bukan hari ini. Kehadiran dicatat pada hari itu.`, `Your booking ${other.code} is for ${when}, not today. Arrival is noted on that day.`);
  return { kind: 'answer', text: `${text} ${walkIn}` };
}
