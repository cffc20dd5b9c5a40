/** "saya sudah sampai": marks today's booking as arrived, so the counter sees who is waiting. */
import type { App, Turn } from '../app.js';
import { queueLabel } from '../booking/booking-code.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Reply } from '../types.js';
import { calledToday } from './called-asked.js';

export const CHECK_IN = /^(saya |aku |sy )?(sudah|udah|sdh|udh) (sampai|sampe|sampe?|tiba|datang|dtg|di ?lokasi|di ?mpp)\b|^check ?-?in\b|^i('| a)m here\b/i;

export async function checkIn(app: App, turn: Turn): Promise<Reply> {
  const today = localParts(turn.now, app.settings.timeZone).date;
  const booking = app.bookings.activeFor(turn.user).find((b) => b.date === today && b.status === 'booked');
  if (!booking) {
    // "saya sudah sampai" while the number is being called, or after it was missed: told "you have no booking for today"
    // and to take a number at the desk (session 42, `npm run simulate`). Where to go now is the answer.
    const called = calledToday(app, turn);
    return called ? { kind: 'answer', text: calledText(turn, queueLabel(called.service, called.queueNumber), called.status === 'called', called.counter) } : noBookingToday(app, turn, today);
  }
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

function calledText(turn: Turn, code: string, now: boolean, counter: string | undefined): string {
  const where = counter ?? tr(turn.lang, 'loket', 'the counter');
  return now
    ? tr(turn.lang, `🔔 Nomor ${code} sedang dipanggil: silakan langsung ke ${where}.`, `🔔 ${code} is being called: please go straight to ${where}.`)
    : tr(turn.lang, `Nomor ${code} tadi terlewat saat dipanggil. Segera lapor ke ${where}: nomor Anda dipanggil ulang setelah antrean layanan itu habis.`, `${code} was called while you were away. Report to ${where} now: your number is called again once that service's queue is empty.`);
}
