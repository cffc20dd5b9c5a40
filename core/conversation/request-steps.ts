/**
 * The last branches: "saya sudah sampai", "ganti nama", the answer to the open question or a new
 * request, and "which did you mean?" when the understanding is split between two intents.
 */
import type { App, Turn } from '../app.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Choice, Request } from '../session.js';
import type { Reply } from '../types.js';
import { aside, asideRequest, droppedText, holdDraft } from './aside.js';
import { ASIDE_INTENTS, type DraftPending, holdsDraft } from './aside-reading.js';
import { askAgain } from './ask-again.js';
import { acceptName, askOtherSlot, cleanName } from './booking-dialog.js';
import { checkIn, saysArrived } from './check-in.js';
import { confirmQuestion } from './confirm-answer.js';
import { routeRequest } from './dispatch.js';
import { IMPOSSIBLE_LINE, impossibleDateText } from './impossible-date.js';
import { offered } from './intent-hints.js';
import { intentLabel } from './intent-labels.js';
import { misunderstood } from './misunderstood.js';
import { pickedForCitizen } from './picked-slot.js';
import { ACKNOWLEDGED, afterBooking, MENU, namedElsewhere, readRequest } from './read-request.js';
import { askRenameConfirm, RENAME } from './rename.js';
import { RESUME } from './resume.js';
import { withOwed } from './several-questions.js';
import type { Step, Understood } from './step.js';

/** "sudah sampai" in the middle of a dialog is an aside: the open question comes back after it. */
export const checkInStep: Step<Understood> = async ({ app, session, turn }) => {
  if (!saysArrived(turn.text)) return null;
  return holdsDraft(session.pending) ? aside(app, turn, async () => [await checkIn(app, turn)]) : [await checkIn(app, turn)];
};

/** "ganti nama" (not "ganti nama di KTP", which is a KTP service question). */
export const renameStep: Step<Understood> = async ({ app, turn, u }) => (RENAME.test(turn.text.trim()) && !u.service ? [await routeRequest(app, turn, { intent: 'rename' })] : null);

export const request: Step<Understood> = async (input) => {
  const { app, turn, u } = input;
  const asked = turn.session.pending;
  const reading = readRequest(app, turn, u);
  if (reading === 'name') return [takeName(input)];
  if (reading === 'no_question') {
    return [{ kind: 'fallback', text: tr(turn.lang, 'Tidak ada pilihan yang sedang menunggu jawaban angka. Ketik "menu" untuk melihat yang bisa saya bantu.', 'There is no open question to answer with a number. Type "menu" to see what I can do.') }];
  }
  if (reading === 'clarify') {
    // A grievance split with a question mid-booking: the draft is held for "lanjut", as for any other topic (session 32).
    const held = holdsDraft(asked) ? leftText(app, turn, asked) : null;
    const which = clarify(input);
    return held ? [{ kind: 'answer', text: held }, which] : [which];
  }
  if (reading === 'reask') return [reask(app, turn, undefined, u)];
  if (reading === 'unanswered') {
    const head = tr(turn.lang, 'Maaf, pertanyaan itu belum bisa saya jawab di sini, dan belum ada yang dijalankan. Mohon jawab "ya" atau "tidak".', 'Sorry, I cannot answer that question here, and nothing has been done yet. Please answer "yes" or "no".');
    return [reask(app, turn, head)];
  }
  if (reading === 'other_time' || reading === 'other_date') {
    return [asked?.kind === 'booking' ? askOtherSlot(app, turn, asked.draft, reading === 'other_time' ? 'time' : 'date') : reask(app, turn, undefined, u)];
  }
  if (reading === 'leave') return [leave(app, turn, u.intent === 'thanks' && !ACKNOWLEDGED.test(turn.text.trim()))];
  if (!holdsDraft(asked) || answersWith(asked, reading)) {
    // "terserah": which slot was picked for the citizen, before the next question.
    const picked = pickedForCitizen(app, turn, asked, reading);
    const replies = await withOwed(app, turn, reading, asked, await routeRequest(app, turn, reading));
    return picked ? [picked, ...replies] : replies;
  }
  if (ASIDE_INTENTS.has(reading.intent as IntentName) && !MENU.test(turn.text.trim())) return asideRequest(app, turn, reading);
  // "yaudah batalin aja" while moving that booking: the move is over, not kept for "lanjut". Kept, it was announced as "tidak
  // hilang", and "lanjut" after the cancel walked through a move of the cancelled booking to "Booking tidak ditemukan" (session
  // 44, simulate).
  if (cancelsTheMove(app, asked, reading)) {
    turn.session.pending = undefined;
    return withOwed(app, turn, reading, asked, await routeRequest(app, turn, reading));
  }
  const replies = await withOwed(app, turn, reading, asked, await routeRequest(app, turn, reading));
  // Something else started ("booking paspor", "mau komplain", "bicara dengan petugas"): say what became of the draft.
  return continues(asked, reading) ? replies : [{ kind: 'answer', text: leftText(app, turn, asked) }, ...replies];
};

/** A cancel, naming no other booking, while a booking is being moved. */
function cancelsTheMove(app: App, asked: DraftPending, reading: Request): boolean {
  if (asked.kind !== 'booking' || asked.draft.moving === undefined || reading.intent !== 'cancel') return false;
  const named = reading.bookingId ?? (reading.code ? app.bookings.byCode(reading.code)?.id : undefined);
  return named === undefined || named === asked.draft.moving;
}

/** The reading is one of the options asked (shown, or the day's first or last free time "yang paling sore" picks). */
function answersWith(asked: DraftPending, reading: Request): boolean {
  const edges = asked.kind === 'booking' ? asked.dayEdges : undefined;
  return asked.choices.some((c) => c.request === reading) || edges?.first.request === reading || edges?.last.request === reading;
}

/** A booking draft is held for "lanjut" (aside.ts `holdDraft`); other dialogs are dropped, as they hold little. */
function leftText(app: App, turn: Turn, asked: DraftPending): string {
  const question = turn.session.asked;
  return asked.kind === 'booking' && question ? holdDraft(app, turn, asked, question) : droppedText(app, turn, asked);
}

/** The answer carries the open dialog on (yes, no, a new day for the same booking). */
function continues(asked: DraftPending, reading: Request): boolean {
  if (reading.intent === 'confirm' || reading.intent === 'decline' || reading.replacesDraft === true) return true;
  return asked.kind === 'booking' && reading.intent === 'book' && (!reading.service || !asked.draft.service || reading.service === asked.draft.service);
}

function takeName({ app, turn }: Understood): Reply {
  const pending = turn.session.pending;
  if (pending?.kind === 'booking') return acceptName(app, turn, pending.draft, turn.text);
  const name = cleanName(turn.text);
  if (!name) return { kind: 'clarify', text: tr(turn.lang, 'Mohon tulis nama saja (huruf, 2–60 karakter), tanpa NIK atau nomor HP. Ketik "batal" bila tidak jadi.', 'Please type just a name (letters, 2–60 characters), no ID or phone number. Type "cancel" to stop.') };
  const one = pending?.kind === 'rename' && pending.bookingId ? app.bookings.get(pending.bookingId) : undefined;
  return askRenameConfirm(turn, name, one?.code);
}

/** An answer that fits no option: the same question again, numbered, with the way out. The draft stays. */
function reask(app: App, turn: Turn, unanswered?: string, u?: Understanding): Reply {
  const { session, lang } = turn;
  // In the citizen's latest language, like after an aside.
  if (holdsDraft(session.pending) && session.asked) askAgain(app, turn, session.pending, session.asked);
  const pending = session.pending!;
  const yesNo = confirmQuestion(pending) !== null || (pending.kind === 'rename' && pending.awaiting !== 'name');
  // A name asked has no options to pick from ("iya" at "atas nama siapa?", session 44).
  const nameAsked = (pending.kind === 'booking' || pending.kind === 'rename') && pending.awaiting === 'name';
  const head = nameAsked
    ? tr(lang, 'Mohon tulis nama saja (huruf, 2–60 karakter), tanpa NIK atau nomor HP.', 'Please type just a name (letters, 2–60 characters), no ID or phone number.')
    : yesNo ? tr(lang, 'Mohon jawab "ya" atau "tidak".', 'Please answer "yes" or "no".') : tr(lang, 'Maaf, jawaban itu tidak ada di pilihan. Balas dengan nomor atau nama pilihannya:', 'Sorry, that is not one of the options. Reply with its number or name:');
  const list = pending.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
  // After a booking the question sat under the whole booking card: ask only the question again.
  const followUp = afterBooking(pending);
  const exit = followUp
    ? tr(lang, 'Booking Anda sudah tersimpan; ketik "nanti" bila belum tahu jenisnya.', 'Your booking is already saved; type "later" if you are not sure which.')
    : tr(lang, 'Ketik "batal" untuk keluar.', 'Type "cancel" to stop.');
  // Without an earlier "Tanggal 32 tidak ada" line: only today's wrong date is worth saying.
  const question = followUp ? tr(lang, 'Jenis yang mana untuk booking Anda?', 'Which one is your booking for?') : session.asked?.text.split('\n').filter((line) => !IMPOSSIBLE_LINE.test(line)).join('\n');
  // "lanjut" typed too early, while the dialog that a held booking waits on is open: say when it works (no miss).
  const early = session.parked?.held && RESUME.test(turn.text.trim());
  // "tanggal 30 februari" at "Pilih tanggal": say that the date does not exist, not only that it is no option.
  const impossible = pending.kind === 'booking' ? impossibleDateText(u?.impossibleDate, lang) : null;
  const pickOne = impossible ? `${impossible} ${tr(lang, 'Balas dengan nomor atau nama pilihannya:', 'Reply with its number or name:')}` : head;
  const first = early ? tr(lang, 'Booking tadi tetap disimpan: selesaikan yang ini dulu (atau ketik "batal"), lalu ketik "lanjut".', 'The earlier booking is kept: finish this one first (or type "cancel"), then type "continue".') : (unanswered ?? pickOne);
  const text = [first, question, yesNo ? '' : list, exit].filter(Boolean).join('\n');
  const reply: Reply = { kind: 'clarify', text, ...(pending.choices.length > 0 ? { options: pending.choices, numberedInText: !yesNo } : {}) };
  return early ? reply : misunderstood(reply);
}

/** `thanked`: the message that left thanked for the booking ("makasih" under the booking card). */
function leave(app: App, turn: Turn, thanked = false): Reply {
  const pending = turn.session.pending;
  const kind = pending?.kind;
  turn.session.pending = undefined;
  if (pending && afterBooking(pending)) {
    const service = pending.choices[0]?.request.service ?? '';
    const welcome = thanked ? tr(turn.lang, 'Sama-sama! ', 'You are welcome! ') : '';
    return { kind: 'answer', text: welcome + tr(turn.lang, `Baik, booking Anda tetap tersimpan. Dokumen yang dibawa bergantung pada jenisnya: ketik "syarat ${service}" untuk melihatnya.`, `OK, your booking stays as it is. The documents to bring depend on which one: type "requirements ${service}" to see them.`) };
  }
  // "tidak" at a move's "Pilih jam" said nothing was saved and to type "booking" to start again, of a booking that stands
  // (session 43, `npm run simulate`): it stays where it was, and the reply says where.
  const kept = pending?.kind === 'booking' && pending.draft.moving ? app.bookings.get(pending.draft.moving) : undefined;
  if (kept) {
    const when = `${formatDate(kept.date, turn.lang)}, ${formatTime(kept.time, app.settings.timeZone, turn.lang)}`;
    return { kind: 'answer', text: tr(turn.lang, `Baik, jadwal tidak dipindah. Booking ${kept.code} tetap ${when}.`, `OK, nothing was moved. Booking ${kept.code} stays on ${when}.`) };
  }
  const text = kind === 'rename'
    ? tr(turn.lang, 'Baik, nama tidak diganti.', 'OK, the name was not changed.')
    : tr(turn.lang, 'Baik, booking tidak dilanjutkan dan tidak ada yang disimpan. Ketik "booking" kapan saja untuk mulai lagi.', 'OK, the booking was stopped and nothing was saved. Type "book" any time to start again.');
  return { kind: 'answer', text };
}

function clarify({ turn, u }: Understood): Reply {
  // "I need a paspor, I lost mine": whichever is picked, or a follow-up like "how much is it?", is about the passport.
  if (u.service) {
    turn.session.service = u.service;
    turn.session.serviceAt = turn.now.getTime();
    turn.session.variant = u.variant ?? undefined;
  }
  const choices: Choice[] = offered(u).map((alt) => ({
    label: intentLabel(alt.intent, turn.lang),
    value: intentLabel(alt.intent, turn.lang).toLowerCase(),
    request: { intent: alt.intent, service: u.service ?? turn.session.service ?? null, variant: u.variant, date: u.date, time: u.time, code: u.bookingCode, ...namedElsewhere(u) },
  }));
  turn.session.pending = { kind: 'choose', choices };
  return misunderstood({ kind: 'clarify', text: tr(turn.lang, 'Maksud Anda yang mana?', 'Which did you mean?'), options: choices });
}
