/**
 * Answering an aside while a dialog waits (field bug, issue 11): "jam buka?" at "Konfirmasi
 * booking … Lanjutkan?" gets the opening hours and then the same question again, word for word,
 * as the last bubble; the draft, the question and anything owed after it stay as they were, so
 * "ya" still confirms the original booking. Only a few asides in a row are re-asked: after that
 * the dialog is let go (nothing saved) and kept aside: "lanjut" brings its question back (resume.ts).
 */
import type { App, Turn } from '../app.js';
import { formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { BookingDraft, Parked, Request } from '../session.js';
import type { Lang, Reply } from '../types.js';
import { type DraftPending, holdsDraft } from './aside-reading.js';
import { askAgain } from './ask-again.js';
import { routeRequest } from './dispatch.js';
import { intentLabel } from './intent-labels.js';

/** Asides answered in a row before the open question is let go instead of asked a fourth time. */
export const MAX_ASIDES = 3;

/**
 * `answer` runs with no question open and must open none (its replies carry no options): then the
 * open question comes back as it was asked (`turn.session.asked`), right above where the citizen types.
 */
export async function aside(app: App, turn: Turn, answer: () => Promise<Reply[]> | Reply[]): Promise<Reply[]> {
  const { session } = turn;
  const pending = session.pending as DraftPending;
  const { owed, asked } = session;
  const count = (session.asides ?? 0) + 1;
  session.pending = undefined;
  if (count > MAX_ASIDES || !asked) {
    session.owed = undefined;
    return [letGo(app, turn, pending, asked), ...(await answer())];
  }
  const replies = await answer();
  session.pending = pending;
  session.owed = owed;
  // In the citizen's latest language: built again if they switched.
  const again = askAgain(app, turn, pending, asked);
  session.asides = count;
  return [...replies, again];
}

/**
 * Informational requests as an aside ("jam buka sama lokasinya?" is two), each with the draft's
 * service when it names none. After too many asides they are answered as usual, options and all.
 */
export function asideRequests(app: App, turn: Turn, requests: readonly Request[]): Promise<Reply[]> {
  const pending = turn.session.pending as DraftPending;
  const context = draftService(app, pending);
  const fill = (r: Request): Request => (r.service || !context ? r : { ...r, service: context.service, variant: context.variant });
  const letGo = (turn.session.asides ?? 0) >= MAX_ASIDES;
  return aside(app, turn, async () => {
    const replies: Reply[] = [];
    for (const request of requests.map(fill)) {
      // A greeting mid-dialog needs no menu: the question below is what to answer.
      if (request.intent === 'greeting' && !letGo) replies.push({ kind: 'answer', text: tr(turn.lang, 'Halo! 👋', 'Hello! 👋') });
      else replies.push(await routeRequest(app, turn, request));
    }
    if (letGo) return replies;
    turn.session.pending = undefined;
    return replies.map((reply, i) => (reply.kind === 'clarify' ? noQuestion(turn, reply, requests[i]!.intent) : withoutOptions(reply)));
  });
}

export function asideRequest(app: App, turn: Turn, request: Request): Promise<Reply[]> {
  return asideRequests(app, turn, [request]);
}

/** The service (and variant) the open dialog is about: the draft's, or the booking being cancelled. */
function draftService(app: App, pending: DraftPending): { service: string; variant: string | null } | null {
  if (pending.kind === 'booking' && pending.draft.service) return { service: pending.draft.service, variant: pending.draft.variant ?? null };
  if (pending.kind === 'complaint' && pending.draft.service) return { service: pending.draft.service, variant: null };
  const booking = pending.kind === 'cancel' ? app.bookings.get(pending.bookingId) : undefined;
  return booking ? { service: booking.service, variant: booking.variantOpen ? null : booking.variant } : null;
}

function withoutOptions(reply: Reply): Reply {
  const { options: _options, numberedInText: _numbered, ...rest } = reply;
  return rest;
}

/**
 * "syaratnya apa aja?" for a service with several kinds would ask "KTP yang mana?", which would
 * replace the open question. Instead the kinds (or services) are listed, to ask for one by name.
 */
function noQuestion(turn: Turn, reply: Reply, intent: Request['intent']): Reply {
  const labels = (reply.options ?? []).map((o) => o.label);
  const example = `${intentLabel(intent as IntentName, turn.lang).toLowerCase()} ${labels[0] ?? ''}`.trim();
  const list = labels.map((l) => `• ${l}`).join('\n');
  const hint = tr(turn.lang, `Tanyakan lagi dengan namanya, misalnya "${example}".`, `Ask again with its name, e.g. "${example}".`);
  return { kind: 'answer', text: [reply.text, list, hint].filter(Boolean).join('\n') };
}

/** After too many asides: the dialog is closed but kept aside, saying what was (not) done and how to come back. */
function letGo(app: App, turn: Turn, pending: DraftPending, asked: Reply | undefined): Reply {
  if (!asked) return { kind: 'answer', text: droppedText(app, turn, pending) };
  const { earlier, dropped } = heldBefore(turn);
  turn.session.parked = { pending, asked, ...langOf(turn), ...(earlier ? { earlier } : {}) };
  const text = `${draftStatus(app, turn, pending, true)} ${tr(turn.lang, 'Ketik "lanjut" untuk kembali ke pertanyaan tadi.', 'Type "continue" to get back to that question.')}`;
  return { kind: 'answer', text: withDropped(app, turn, text, dropped) };
}

/** Held bookings already waiting stay under a newly parked dialog, at most MAX_HELD deep. */
export const MAX_HELD = 3;

/**
 * The held bookings to keep under a newly parked dialog, and the oldest ones that no longer fit (MAX_HELD).
 * A 4th draft left aside drops the oldest rather than refusing the new request: the citizen asked for the new
 * one plainly, and refusing it would cost a turn and block what they want now, while the oldest draft is the
 * one they have been away from longest, nothing of it was saved, and at most 3 bookings may be active anyway
 * (settings). Dropping it silently, as before, left "Tidak hilang" untrue (issue 11, field leftover): it is named.
 */
function heldBefore(turn: Turn): { earlier?: Parked; dropped: DraftPending[] } {
  const previous = turn.session.parked;
  const earlier = previous?.held ? previous : previous?.earlier;
  if (!earlier) return { dropped: [] };
  const kept = capped(earlier, MAX_HELD - 1);
  return { earlier: kept, dropped: heldList(earlier).slice(heldList(kept).length) };
}

function capped(parked: Parked, depth: number): Parked {
  const { earlier, ...top } = parked;
  return earlier && depth > 1 ? { ...top, earlier: capped(earlier, depth - 1) } : top;
}

/** `text`, then which held bookings were let go for lack of room and the words that start each again. */
function withDropped(app: App, turn: Turn, text: string, dropped: readonly DraftPending[]): string {
  const { lang } = turn;
  const lines = dropped.flatMap((p) => {
    if (p.kind !== 'booking') return [];
    if (p.draft.moving) return [`${droppedText(app, turn, p)}`];
    const what = draftWhat(app, turn, p.draft);
    const again = p.draft.service ? `booking ${p.draft.service.replace(/_/g, ' ')}` : 'booking';
    return [tr(lang, `Booking ${what} tidak disimpan lagi: paling banyak ${MAX_HELD} booking bisa menunggu. Ketik "${again}" untuk memulainya lagi.`, `The booking (${what}) is no longer kept: at most ${MAX_HELD} bookings can wait. Type "${again.replace(/^booking/, 'book')}" to start it again.`)];
  });
  return [text, ...lines].join('\n');
}

/** The held bookings under the top one, for "… juga masih disimpan". */
function heldList(parked: Parked | undefined): DraftPending[] {
  const list: DraftPending[] = [];
  for (let p = parked; p; p = p.earlier) if (holdsDraft(p.pending)) list.push(p.pending);
  return list;
}

/**
 * A booking draft left for another request ("booking paspor" at a KTP confirm step, field bug 1):
 * the citizen asked for something new, so it starts, but what was typed for the first booking is
 * kept aside rather than lost (many come for two errands): "lanjut" brings it back once the new
 * dialog is over (resume.ts). Asking "which one?" first would cost a turn for a request that was clear.
 */
export function holdDraft(app: App, turn: Turn, pending: DraftPending, asked: Reply): string {
  const { earlier, dropped } = heldBefore(turn);
  const parked: Parked = { pending, asked, ...langOf(turn), held: true, ...(earlier ? { earlier } : {}) };
  turn.session.parked = parked;
  const kept = tr(turn.lang, 'Tidak hilang: setelah yang ini selesai, ketik "lanjut" untuk kembali ke booking itu.', 'It is kept: when this one is done, type "continue" to get back to it.');
  // A second booking left aside does not replace the first one held: both are kept, and said to be.
  const also = heldList(parked.earlier).map((p) => (p.kind === 'booking' ? draftWhat(app, turn, p.draft) : '')).filter(Boolean);
  const alsoText = also.length > 0 ? ` ${tr(turn.lang, `Booking ${also.join('; ')} juga tetap menunggu.`, `The booking (${also.join('; ')}) is kept too.`)}` : '';
  return withDropped(app, turn, `${draftStatus(app, turn, pending, true)} ${kept}${alsoText}`, dropped);
}

/** The reminder once the other dialog is over: the held draft is still waiting. */
export function heldText(app: App, turn: Turn, pending: DraftPending): string {
  return `${draftStatus(app, turn, pending, true)} ${tr(turn.lang, 'Ketik "lanjut" untuk kembali ke booking itu.', 'Type "continue" to get back to it.')}`;
}

/** The language the parked question was asked in, so "lanjut" can ask it in the citizen's current one. */
function langOf(turn: Turn): { lang?: Lang } {
  const lang = turn.session.askedLang;
  return lang ? { lang } : {};
}

/** What leaving this dialog means for the citizen, and the words that start it again. */
export function droppedText(app: App, turn: Turn, pending: DraftPending): string {
  return `${draftStatus(app, turn, pending)} ${restartHint(app, turn, pending)}`;
}

/** `kept`: the draft waits for "lanjut" ("is not saved yet"), rather than being dropped ("was not saved"). */
function draftStatus(app: App, turn: Turn, pending: DraftPending, kept = false): string {
  const { lang } = turn;
  if (pending.kind === 'cancel') {
    const code = app.bookings.get(pending.bookingId)?.code ?? '';
    return tr(lang, `Booking ${code} tetap aktif (tidak dibatalkan).`, `Booking ${code} stays active (not cancelled).`);
  }
  if (pending.kind === 'rename') return tr(lang, 'Nama tidak diganti.', 'The name was not changed.');
  if (pending.kind === 'complaint') return tr(lang, 'Pengaduan belum dikirim; tidak ada yang disimpan.', 'The complaint was not sent; nothing was stored.');
  const draft = pending.draft;
  if (draft.moving) {
    const code = app.bookings.get(draft.moving)?.code ?? '';
    return tr(lang, `Jadwal booking ${code} tidak diubah.`, `Booking ${code} keeps its time.`);
  }
  const what = draftWhat(app, turn, draft);
  return tr(lang, `Booking${what ? ` ${what}` : ''} belum disimpan.`, `The booking${what ? ` (${what})` : ''} ${kept ? 'is not saved yet' : 'was not saved'}.`);
}

function restartHint(app: App, turn: Turn, pending: DraftPending): string {
  const { lang } = turn;
  if (pending.kind === 'cancel') {
    const code = app.bookings.get(pending.bookingId)?.code ?? '';
    return tr(lang, `Ketik "batal booking ${code}" bila ingin membatalkannya.`, `Type "cancel booking ${code}" to cancel it.`);
  }
  if (pending.kind === 'rename') return tr(lang, 'Ketik "ganti nama" untuk mencoba lagi.', 'Type "change name" to try again.');
  if (pending.kind === 'complaint') return tr(lang, 'Ketik "pengaduan" untuk mulai lagi.', 'Type "complaint" to start again.');
  if (pending.draft.moving) return tr(lang, 'Ketik "ganti jadwal" untuk mencoba lagi.', 'Type "reschedule" to try again.');
  return tr(lang, 'Ketik "booking" untuk mulai lagi.', 'Type "book" to start again.');
}

/** "KTP-el (KTP elektronik), Kamis, 26 November 2026, 09.00 WIB": as much of the draft as is known. */
function draftWhat(app: App, turn: Turn, draft: BookingDraft): string {
  const { lang } = turn;
  const service = draft.service ? app.info.service(draft.service) : undefined;
  return [service ? pick(service.name, lang) : '', draft.date ? formatDate(draft.date, lang) : '', draft.time ? formatTime(draft.time, app.settings.timeZone, lang) : ''].filter(Boolean).join(', ');
}
