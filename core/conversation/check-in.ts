/** "saya sudah sampai": marks today's booking as arrived, so the counter sees who is waiting. */
import { bookingNotice } from '../announce/booking-notice.js';
import type { App, Turn } from '../app.js';
import { queueLabel } from '../booking/booking-code.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Reply } from '../types.js';
import { calledToday } from './called-asked.js';

const SAID_ARRIVED = /^(saya |aku |sy )?(sudah|udah|sdh|udh) (sampai|sampe|sampe?|tiba|datang|dtg|di ?lokasi|di ?mpp)\b|^check ?-?in\b|^i('| a)m here\b/i;
/**
 * Arriving late, or back at the hall, said in a few words: "maaf saya telat, baru sampai", "saya sudah kembali, tadi keluar
 * sebentar", "I'm back". The first started the complaint form, the second was read as a complaint or not understood, while a
 * delay announcement had the whole hall waiting (session 48, a field test). A longer message tells a story, which is read as one.
 */
const BACK_OR_LATE = /^(maaf,? |mohon maaf,? )?(pak,? |bu,? |kak,? |min,? )?(saya |aku |sy )?((telat|terlambat)( \w+)?,? )?(baru|sudah|udah|sdh|udh) (sampai|sampe|tiba|datang|dtg|kembali|balik)\b|^i('| a)m back\b/i;
const BACK_OR_LATE_WORDS = 10;

/** Whether `text` says the citizen is here (see SAID_ARRIVED and BACK_OR_LATE). */
export function saysArrived(text: string): boolean {
  const t = text.trim();
  return SAID_ARRIVED.test(t) || (BACK_OR_LATE.test(t) && t.split(/\s+/).length <= BACK_OR_LATE_WORDS);
}

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
  // A delay announced to this slot is said again: the citizen arriving is the one who most needs it.
  const notice = bookingNotice(app.store, booking);
  const heed = notice ? `\n\n📢 ${tr(turn.lang, 'Pengumuman untuk jadwal ini', 'Announcement for this slot')}: ${notice.text}` : '';
  return { kind: 'answer', text: tr(turn.lang, `Terima kasih, kehadiran Anda untuk ${booking.code} sudah tercatat. Mohon tunggu panggilan.`, `Thanks, your arrival for ${booking.code} is noted. Please wait to be called.`) + heed };
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
