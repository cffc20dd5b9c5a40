/**
 * "lanjut" after a dialog was let go for too many asides (aside.ts): its question again, the draft
 * as it was. Whatever happened since is checked when it is answered (a slot taken meanwhile is
 * explained, a booking cancelled meanwhile is not found), so nothing stale is saved.
 */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import type { Parked, Pending } from '../session.js';
import { unsentAnnouncement } from '../staff/announce-commands.js';
import type { Reply } from '../types.js';
import { heldText } from './aside.js';
import { holdsDraft } from './aside-reading.js';
import { askAgain } from './ask-again.js';
import type { Step, Understood } from './step.js';

export const RESUME = /^(lanjut|lanjutkan|lanjutin|teruskan|terusin|continue|resume)( (booking|bookingnya|pengaduan|pengaduannya|yang tadi|tadi|the booking|it))*( (dong|ya|aja|saja|please))?[.!]*$/i;

export const resumeStep: Step<Understood> = ({ app, session, turn }) => {
  const parked = session.parked;
  if (!RESUME.test(turn.text.trim())) return null;
  if (!parked) return session.replied && !session.pending ? [nothingToResume(turn)] : null;
  // Another dialog is open: "lanjut" answers that one.
  if (session.pending && session.pending.kind !== 'choose') return null;
  // The held bookings under it wait for this one, as it waited for the dialog it was left for.
  session.parked = parked.earlier;
  session.pending = parked.pending;
  // Asked again in the citizen's current language, which may have changed meanwhile.
  if (!holdsDraft(parked.pending) || !parked.lang) return [parked.asked];
  session.askedLang = parked.lang;
  return [askAgain(app, turn, parked.pending, parked.asked)];
};

/** "lanjut" after "batal", or twice: nothing is kept (it got "Maaf, saya belum paham", field test). */
function nothingToResume(turn: Turn): Reply {
  return {
    kind: 'answer',
    text: tr(turn.lang, 'Tidak ada booking atau pertanyaan yang tertunda untuk dilanjutkan. Ketik "booking" untuk mulai, misalnya "booking ktp kamis jam 9", atau "cek booking" untuk melihat booking Anda.', 'There is no unfinished booking or question to continue. Type "book" to start, e.g. "book ktp thursday at 9", or "my booking" to see your bookings.'),
  };
}

/**
 * Once the dialog a held draft waited on is over (booked, declined, left), one reminder that
 * "lanjut" brings the draft back. `before`: the question open when this message came; a draft
 * held by this very message was just explained.
 */
export function heldReminder(app: App, turn: Turn, before: Pending | undefined): Reply | null {
  const { session } = turn;
  const parked = session.parked;
  if (!parked?.held || session.pending || !before || parked.pending === before || !holdsDraft(parked.pending)) return null;
  // Reminded once; from now on it is kept like a dialog let go: until another dialog opens.
  const { held: _held, ...reminded } = parked;
  session.parked = reminded;
  return { kind: 'answer', text: heldText(app, turn, parked.pending) };
}

/** "ya", "tidak", "iya dong" alone. Not "ok booking": that asks for something. */
const YES_NO_ONLY = /^(ya|iya+|iye|y|yes|yep|yup|betul|benar|bener|setuju|boleh|jadi|konfirmasi|confirm|tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|no|nope|batal|gajadi|ga jadi|gak jadi|tidak jadi)( (dong|deh|aja|saja|kak|min|please))?[.!]*$/i;
/**
 * "ok", "oke", "sip", "siap" alone: the answer to a confirm question too, unless a reminder or
 * another push came since the citizen last wrote: then it acknowledges that (leftover 3).
 */
const ACK_ONLY = /^(ok+|oke+|okay|okey|okei|oce|okeh|okok|sip+|siap|baik|baiklah|noted|alright|sure)( (dong|deh|aja|saja|kak|min|ya|pak|bu|please))?[.!]*$/i;
/** Messages that only make sense as the answer to a question: "2", "09.00", "jam 9". */
const ANSWER_ONLY = /^(\d{1,2}[.)]?|(jam |pukul |at )?\d{1,2}([.:]\d{2})?( ?(wib|wita|wit))?)$/i;
/**
 * A day alone, the answer to "Kapan kejadiannya?" or "Pilih tanggal": "hari ini", an hour after the complaint form had lapsed,
 * started a booking, and the next message told a booked citizen "Booking Selasa … belum disimpan" (session 48, a field test).
 */
const DAY_ONLY = /^(hari ini|tadi|tadi pagi|tadi siang|barusan|kemarin|kemaren|kmrn|besok|lusa|today|yesterday|tomorrow|(hari )?(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)( lalu| kemarin| kemaren)?)[.!]*$/i;

/**
 * Field bug 7 (issue 11): drafts live in memory only (core/session.ts says why), so after a restart,
 * or 30 idle minutes, "ya" to "Konfirmasi booking?" reached a session with no question and was told
 * "nothing to confirm", which reads as if the booking were made. A new session whose first message
 * is only an answer is told plainly that the question is gone and an unfinished booking was not saved.
 */
export const lostQuestionStep: Step<Understood> = ({ app, session, turn, afterPush }) => {
  const unsent = unsentAnnouncement(app, turn);
  if (unsent) return [unsent];
  if (session.replied || session.pending || session.parked) return null;
  const text = turn.text.trim();
  const answerOnly = ANSWER_ONLY.test(text) || DAY_ONLY.test(text) || RESUME.test(text) || YES_NO_ONLY.test(text) || (ACK_ONLY.test(text) && !afterPush);
  if (!answerOnly) return null;
  return [
    {
      kind: 'answer',
      text: tr(
        turn.lang,
        `Maaf, saya tidak tahu "${text}" menjawab pertanyaan yang mana: percakapan sebelumnya sudah tidak tersimpan (layanan sempat dimulai ulang, atau lebih dari 30 menit tidak ada balasan).\nBooking yang belum dikonfirmasi belum tersimpan: ketik "booking" untuk mulai lagi, misalnya "booking ktp kamis jam 9". Pengaduan yang belum terkirim juga belum tersimpan: ketik "pengaduan" untuk mengulang.\nBooking yang sudah berhasil tetap aman: ketik "cek booking" untuk melihatnya.`,
        `Sorry, I cannot tell which question "${text}" answers: our earlier conversation is no longer kept (the service restarted, or there was no reply for over 30 minutes).\nA booking that was not confirmed was not saved: type "book" to start again, e.g. "book ktp thursday at 9". A complaint not yet sent was not saved either: type "complaint" to start it again.\nBookings already confirmed are safe: type "my booking" to see them.`,
      ),
    },
  ];
};

/**
 * A new booking for the service of a held draft ("menu" left a KIA draft, then "booking kia rabu jam
 * 10" again) is that draft typed anew: the held copy goes, or it would be offered again after being booked.
 */
export function withoutSameBooking(parked: Parked | undefined, pending: Pending | undefined): Parked | undefined {
  if (!parked || pending?.kind !== 'booking' || pending.draft.moving || !pending.draft.service) return parked;
  const earlier = withoutSameBooking(parked.earlier, pending);
  const top = parked.pending;
  if (top.kind === 'booking' && !top.draft.moving && top.draft.service === pending.draft.service) return earlier;
  const { earlier: _old, ...rest } = parked;
  return earlier ? { ...rest, earlier } : rest;
}
