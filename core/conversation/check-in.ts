/** "saya sudah sampai": marks today's booking as arrived, so the counter sees who is waiting. */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Reply } from '../types.js';
import { notFound } from './booking-dialog.js';

export const CHECK_IN = /^(saya |aku |sy )?(sudah|udah|sdh|udh) (sampai|sampe|sampe?|tiba|datang|dtg|di ?lokasi|di ?mpp)\b|^check ?-?in\b|^i('| a)m here\b/i;

export async function checkIn(app: App, turn: Turn): Promise<Reply> {
  const today = localParts(turn.now, app.settings.timeZone).date;
  const booking = app.bookings.activeFor(turn.user).find((b) => b.date === today && b.status === 'booked');
  if (!booking) return notFound(turn);
  app.bookings.patch(booking, { checkedInAt: turn.now.toISOString() });
  await app.store.flush();
  return { kind: 'answer', text: tr(turn.lang, `Terima kasih, kehadiran Anda untuk ${booking.code} sudah tercatat. Mohon tunggu panggilan.`, `Thanks, your arrival for ${booking.code} is noted. Please wait to be called.`) };
}
