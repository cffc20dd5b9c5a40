/**
 * "kenapa dibatalkan?", "kok booking saya batal", "why was my booking cancelled?" after staff cancelled the
 * citizen's booking with `/batalkan`: the NLU reads a cancel, a booking or a complaint in it, and the citizen
 * got "Booking tidak ditemukan", a date picker or the complaint dialog (issue 11, field test). The booking
 * says who cancelled it and why (records.ts `cancelledBy`, `cancelReason`), so the answer is that, and what
 * to do next: book again, or ask staff.
 */
import type { App, Turn } from '../app.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import type { Booking } from '../records.js';
import type { Reply } from '../types.js';
import { aside } from './aside.js';
import { holdsDraft } from './aside-reading.js';
import type { Step, Understood } from './step.js';

/** A why word and a word saying it is cancelled (not "batalkan", which asks to cancel), in either order. */
const WHY = /\b(kenapa|mengapa|knp|napa|ngapa|kok|koq|alasan\w*|why|how come)\b/i;
const CANCELLED = /\b(batal|dibatalkan|dibatalin|dibatalkn|dibatal|dicancel|kebatal|cancell?ed)\b/i;
/** A bare "kenapa?" is about the cancellation only when it is the answer to its notice. */
const WHY_ONLY = /^(kenapa|mengapa|knp|kok bisa|kok gitu|kok|why|how come|alasannya( apa)?|apa alasannya)( (ya|kak|min|pak|bu))?\s*[?!.]*$/i;
/** A question about a cancellation comes soon after it; an old one is no longer what "kenapa batal" is about. */
const RECENT_MS = 7 * 24 * 60 * 60_000;
const NOTICE_MS = 24 * 60 * 60_000;

export const cancelledWhyStep: Step<Understood> = async ({ app, turn, afterPush, u }) => {
  const text = turn.text.trim();
  const asks = WHY.test(text) && CANCELLED.test(text);
  if (!asks && !(afterPush && WHY_ONLY.test(text))) return null;
  const booking = app.bookings.lastCancelledFor(turn.user);
  const age = booking ? turn.now.getTime() - Date.parse(booking.updatedAt) : Infinity;
  if (!booking || age > (asks ? RECENT_MS : NOTICE_MS) || (!asks && booking.cancelledBy !== 'staff')) return null;
  // The classifier reads no intent in "why was my booking cancelled?", so the engine kept the chat's language: the question's is meant.
  const reply = whyCancelled(app, asks ? { ...turn, lang: u.lang } : turn, booking);
  return holdsDraft(turn.session.pending) ? aside(app, turn, () => [reply]) : [reply];
};

function whyCancelled(app: App, turn: Turn, booking: Booking): Reply {
  const { lang } = turn;
  const service = app.info.service(booking.service);
  const what = `${service ? app.info.title(service, null, lang) : booking.service}, ${formatDate(booking.date, lang)}, ${formatTime(booking.time, app.settings.timeZone, lang)}`;
  const head = `${tr(lang, 'Booking', 'Booking')} ${booking.code} (${what})`;
  const again = tr(lang, `Untuk jadwal baru, ketik "booking ${booking.service.replace(/_/g, ' ')}".`, `For a new slot, type "book ${booking.service.replace(/_/g, ' ')}".`);
  const ask = tr(lang, 'Bila ada yang ingin ditanyakan, ketik "bicara dengan petugas".', 'To ask about it, type "talk to staff".');
  if (booking.cancelledBy === 'staff') {
    const reason = booking.cancelReason
      ? tr(lang, `Alasan dari petugas: ${booking.cancelReason}.`, `The reason staff gave: ${booking.cancelReason}.`)
      : tr(lang, 'Petugas tidak menuliskan alasannya.', 'Staff did not give a reason.');
    return { kind: 'answer', text: `${head} ${tr(lang, `dibatalkan oleh petugas ${app.settings.name}.`, `was cancelled by ${app.settings.name} staff.`)}\n${reason}\n\n${again} ${ask}` };
  }
  if (booking.cancelledBy === 'citizen') {
    return { kind: 'answer', text: `${head} ${tr(lang, 'dibatalkan dari chat ini: Anda menjawab "ya" untuk membatalkannya.', 'was cancelled from this chat: you answered "yes" to cancel it.')}\n\n${again}` };
  }
  // Cancelled before who cancelled was kept.
  return { kind: 'answer', text: `${head} ${tr(lang, 'sudah dibatalkan.', 'is cancelled.')}\n\n${again} ${ask}` };
}
