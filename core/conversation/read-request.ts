/**
 * Turning an understood message into a `Request`: first as the answer to the open question (if
 * it is one), else as a new request with the conversation's context (last service, last topic).
 * The engine reads what the NLU returns against the question asked and the citizen's bookings,
 * so a weak or odd classification does not lose what was said (issue 10).
 */
import type { App, Turn } from '../app.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { BookingDraft, NamedElsewhere, Pending, Request } from '../session.js';
import { arrivalForBooking, asksArrival } from './arrival-asked.js';
import { asksAboutDay, holdsDraft, isAside, leads, movesInstead, questionAsked, readsAsMove, UNSURE_READING, yesButAsks } from './aside-reading.js';
import { cleanName, NAME_LEAD } from './booking-dialog.js';
import { askedWhileCalled, calledToday } from './called-asked.js';
import { touchesService } from './catalog-words.js';
import { matchAny, matchChoice, matchUnderstood, matchVariant, variantNamed } from './choices.js';
import { type ConfirmQuestion, confirmQuestion, hedged, QUESTION_INTENT, readConfirm } from './confirm-answer.js';
import { dayPointedAt, takesDayPointedAt } from './day-follow-up.js';
import { holidayNamed } from './holidays.js';
import { resolveAlternatives, wantsBooking } from './intent-hints.js';
import { lateForBooking } from './late-asked.js';
import { otherSlotAsked } from './other-slot.js';
import { leavesBookedDay, rescheduleTarget } from './reschedule-target.js';
import { SAME_TIME } from './shift-days.js';
import { askedHowLongToday } from './wait-asked.js';

/** Below this, a message that names a service but no clear action is "entity only". */
const ENTITY_ONLY_CONFIDENCE = 0.5;
const NAME_STEP_EXIT_CONFIDENCE = 0.9;
/** A facility's fee asked is a location question as sure as the NLU's own facility questions (intents/index.ts). */
const FACILITY_FEE_CONFIDENCE = 0.6;
/** The service talked about last stays the default for follow-ups this long. */
export const CONTEXT_MS = 30 * 60_000;

export const INFO_TOPICS = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration']);
/** "info soal paspor aja", "yang samsat aja", "paspor saja": one service named, with nothing asked about it. */
function topicOnly(text: string): boolean {
  const t = text.trim().toLowerCase();
  const narrows = /^(?:info|informasi|pengumuman|kabar|berita|news|updates?|soal|tentang|yang|yg|cuma|hanya|only)\b/.test(t) || /\b(?:aja|saja|doang|only)[.!\s]*$/.test(t);
  return narrows && t.split(/\s+/).length <= 5 && !TOPIC_ASKS.test(t);
}
const TOPIC_ASKS = /\?|\b(?:berapa|brp|apa|apakah|gimana|bagaimana|gmn|kapan|kpn|dimana|mana|syarat|biaya|cara|lama|buka|how|what|when|where|cost|fee)\b/;

/**
 * "kalau yang elektronik?", "yang 10 tahun gimana?", "what about the electronic one?": a kind of the service just talked about;
 * "kalau buat kerja di luar negeri?": a purpose it is needed for.
 */
const KIND_FOLLOW_UP = new RegExp(
  String.raw`^(?:(?:(?:kalau|kalo|klo|klau|terus|trus|lalu|how about|what about|and)\s+)?(?:yang|yg|the)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+)?(?:\s+(?:gimana|bagaimana|gmn|one|nya|ya|dong|kak|min))?`
  + String.raw`|(?:kalau|kalo|klo|klau)\s+(?:buat|untuk|utk|bwt)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,4})\s*\?*$`,
  'iu',
);
/** Follow-ups that take the service discussed last when they name none. */
const CONTEXTUAL = new Set<IntentName>([...INFO_TOPICS, 'book']);
/** Intents that end whatever question was open rather than answer it. */
const TOPIC_CHANGERS = new Set<IntentName>(['cancel', 'my_booking', 'hours', 'location', 'complaint', 'human', 'help', 'list_services', 'requirements', 'procedure', 'cost', 'duration', 'subscribe', 'unsubscribe']);
/**
 * A grievance typed in the middle of a booking ("kok disuruh bayar 50rb buat kk, katanya gratis?" at "Pilih tanggal") is
 * heard even when a question about the fee trails it: a complaint ahead of its runner-up by two to one leaves the open
 * question. In the field's 43,944 messages every complaint reading so far ahead was a complaint (13 of 13 beyond the
 * usual rival bar); met with "that is not one of the options" instead, the citizen is not heard at all (session 32).
 */
const GRIEVANCE_RIVAL_RATIO = 0.5;
/**
 * Leaving a dialog on purpose, after an "eh" or "duh" too, in the regional forms the field writes ("teu jadi", "ora sido", "kada
 * jadi", "tra jadi"; session 40).
 */
export const EXIT = /^(?:(?:eh+|oh+|duh|aduh|wah|hm+|ehm)[\s,.!]+)?(batal|batalin|batalkan|batalkeun|batalke|gak jadi|ga jadi|gk jadi|tidak jadi|nggak jadi|gajadi|teu jadi|henteu jadi|ora sido|ra sido|ora jadi|mboten sido|kada jadi|tra jadi|sonde jadi|keluar|stop|cancel|udahan|ga usah|gak usah|tidak usah|nggak usah|never ?mind|quit|exit|tidak|nggak|gak|ga|no)\b/i;

/** "menu" typed anywhere asks for the menu: a way out, not an aside. */
export const MENU = /^\/?(menu|help|bantuan|menu utama|main menu)$/i;
/** "Not now" to the variant question asked after a booking: the booking stays, the question goes. */
const LATER = /^(nanti( aja| saja)?|belum tau|belum tahu|gak tau|ga tau|gatau|nggak tahu|tidak tahu|skip|lewati|later|not sure|don'?t know|tidak|nggak|gak|ga|ga usah|gak usah|tidak usah|nggak usah)\b/i;

/** Chat particles and the bot itself, in a remark no name holds. */
const REMARK = /\b(ya|yah|lho|loh|kok|sih|deh|dong|bot|botnya|chatbot)\b/i;
/** "ok", "siap", "noted" alone: the booking card read and acknowledged. */
export const ACKNOWLEDGED = /^(ok+|oke+|okay|okey|okei|sip+|siap|baik|baiklah|noted|mantap|mantul|good|great|alright|got it)( (kak|min|pak|bu|mas|mbak|ya|deh|siap))*[.!\s👍🙏]*$/iu;
/** A yes word and nothing else: no answer to a question of options, and no thanks either. */
const BARE_YES = /^(ya+|iya+|iye|yes|yep|yup|nggih|inggih|enggih|njih|muhun|iyo|yo|he'?eh|hooh)[.!\s]*$/i;

/**
 * What the message means: a request, the booking name, a stray number, "which did you mean?",
 * "ask the open question again", "a question we cannot answer here: ask ours again", "leave the open dialog", or "offer the
 * hours (days) again" at a booking's confirm step.
 */
export type Reading = Request | 'name' | 'no_question' | 'clarify' | 'reask' | 'unanswered' | 'leave' | 'other_time' | 'other_date';

export function readRequest(app: App, turn: Turn, understood: Understanding): Reading {
  const holdsBooking = app.bookings.activeFor(turn.user).some((b) => b.status === 'booked');
  const read = arrivalForBooking(lateForBooking(facilityFee(understood), turn.text, holdsBooking), turn.text, holdsBooking);
  const u = askedHowLongToday(app, turn, askedWhileCalled(read, turn.text, calledToday(app, turn)));
  return fromPending(app, turn, u) ?? fromUnderstanding(app, turn, u, holdsBooking);
}

/**
 * "parkir gratis ga?", "parkirnya bayar ga?": the fee of one of the building's facilities, which the NLU reads as a fee question
 * (a service's, so the chat asked "Biaya or Pengaduan?", and under a SIM booking answered with the SIM's fee; session 41,
 * `npm run simulate`). The field's dev messages that ask it are labelled location, 5 of 5: the facility's reply says where it is
 * and what it costs (mpp.json facilities). Only when no service is named: "biaya ktp berapa, parkir gratis?" asks the KTP's fee.
 */
function facilityFee(u: Understanding): Understanding {
  const asksFee = u.intent === 'cost' || u.alternatives[0]?.intent === 'cost';
  return u.facility && !u.service && asksFee ? { ...u, intent: 'location', confidence: FACILITY_FEE_CONFIDENCE, alternatives: [] } : u;
}

/** Reads the message as the answer to the open question, if it is one. */
function fromPending(app: App, turn: Turn, u: Understanding): Reading | null {
  const pending = turn.session.pending;
  if (!pending) return null;
  const any = pending.kind === 'booking' && pending.awaiting === 'slot' ? matchAny(pending.choices, turn.text, pending.draft.time, pending.dayEdges) : undefined;
  // Another service named is no variant of the one asked about: "booking ktp perubahan data selasa jam 9.30" at "which KK?" had
  // been taken for the KK's "ubah data", and the KTP booking was lost (session 48, a field test).
  const otherService = u.service !== null && pending.choices.length > 0 && pending.choices.every((c) => c.request.service !== undefined && c.request.service !== u.service);
  const choice = matchChoice(pending.choices, turn.text) ?? any ?? (otherService ? undefined : matchVariant(app, pending.choices, turn.text)) ?? matchUnderstood(pending.choices, u);
  if (choice) return choice.request;
  const named = whoseBooking(app, pending, turn.text);
  if (named) return named.request;
  // "kamis jam 10" at "Booking yang mana?" for a move says where to, not which: it had become a new booking of one booking's
  // service under the chat's own name, both old ones kept (session 47, a field test). The day and hour ride with the question.
  if (asksWhichToMove(pending) && (u.date || u.time) && u.service === null && u.intent !== 'cancel') return { intent: 'reschedule', date: u.date, time: u.time };
  // A reading that leads (aside-reading.ts), not only one alone at the bar: the NLU caps a reading at 0.49 whenever its
  // models disagree, so four complaints in five typed at a booking step were met with "not one of the options" (session 32).
  const topicChange = TOPIC_CHANGERS.has(u.intent) && leads(u, u.intent === 'complaint' ? GRIEVANCE_RIVAL_RATIO : undefined);
  // "makasih", "jam buka?" in a dialog with a draft are asides (aside.ts): answered, then asked again. Not a bare "iya" or
  // "nggih", which the NLU reads as thanks: "Sama-sama!" to a yes at "Pilih jam" answered nothing (session 40, simulate).
  const strongOther = topicChange || (holdsDraft(pending) && isAside(u) && !BARE_YES.test(turn.text.trim()));
  // A complaint the NLU reads without that lead is still heard ("kok tega, booking ku dibatalin sepihak" at "Pilih tanggal":
  // its words of judging outvote the models' 0.59 for cancel, so no alternative leads with it). Read as it is read outside a
  // dialog: taken, or "which did you mean?" with the complaint first; the draft held for "lanjut" either way. Of the 805 dev
  // and test messages read so, 701 are complaints; a question asked again (or "Mohon tulis nama saja") heard none of them.
  const grievance = !strongOther && u.intent === 'complaint';
  // A name can look like a greeting ("Selamat" scores 0.78): at the name step only a sure reading is no name.
  if ((pending.kind === 'booking' || pending.kind === 'rename') && pending.awaiting === 'name') return nameStep(app, turn, u, pending, strongOther, grievance);
  const question = confirmQuestion(pending);
  if (question || pending.kind === 'rename') return confirmStep(app, turn, u, pending, question ?? 'book', strongOther, grievance);
  // The variant asked after a booking: "yg biasa" is asked again (the booking is safe either way).
  if (afterBooking(pending)) {
    // "makasih", "ok" under the booking card thank or acknowledge it: the question is left, the booking kept (both were "that is
    // not one of the options"; session 40, `npm run simulate`).
    if (LATER.test(turn.text.trim()) || ACKNOWLEDGED.test(turn.text.trim()) || (u.intent === 'thanks' && leads(u))) return 'leave';
    // "ganti jadwal" right after booking: the booking is safe, the move is what the citizen wants now (field test).
    // "bisa dimajuin 1 jam?" too, which the NLU is unsure of: it says how the booking moves (session 42, simulate).
    const moves = (u.intent === 'reschedule' && u.confidence >= ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0) || readsAsMove(turn.text, u);
    // "kalau saya telat 15 menit antrian saya hangus ga?" right after booking asks about the booking just made, sure or not: it is
    // shown, instead of "that is not one of the options" under the variant question (session 37's note; session 38).
    const ownAsked = u.intent === 'my_booking' && u.ownBooking === true;
    // "cancel yg besok ya, mau nonton final" right after booking calls the booking off, unsure or not (an unsure reading is
    // capped at 0.49, under the bar of a topic change): the cancel asks "Batalkan booking ini?" before anything is lost
    // (session 39, found with `npm run simulate`: it was met with "that is not one of the options").
    const callsOff = u.intent === 'cancel' && u.confidence >= UNSURE_READING && u.alternatives.length === 0;
    // "booking skck kamis jam 11" right after a passport booking is the next booking (it was "not one of the options"; session 40).
    // So is "booking kk ubah data selasa jam 9" (session 48, a field test: "not one of the options", its KK lost): a service and a
    // day with a booking's word, read unsure beside a move.
    const booksAgain = u.intent === 'book' && (leads(u) || (u.service !== null && u.date !== null && wantsBooking(turn.text, u, true) === 'book'));
    if (!strongOther && !moves && !callsOff && !grievance && !ownAsked && !booksAgain) return 'reask';
  }
  // A question that other parts of the message wait on is asked again, like a booking step.
  if (pending.kind === 'choose' && turn.session.owed?.after === pending && !strongOther && !grievance) return 'reask';
  // "iya" to "Booking yang mana?" picks none: it was thanked ("Sama-sama!") and the cancel it was for lost (session 42, simulate).
  // Nor to "Maksud Anda yang mana? Batal booking / Ganti jadwal" after a reminder: it was "Maaf, saya belum paham" (session 43).
  const asksWhich = pending.kind === 'choose' && pending.choices.length > 0 && (turn.session.asked?.kind === 'clarify' || pending.choices.every((c) => c.request.bookingId !== undefined));
  if (asksWhich && BARE_YES.test(turn.text.trim())) return 'reask';
  return pending.kind === 'booking' ? slotStep(app, turn, u, pending, strongOther, grievance) : null;
}

/** "ya / tidak" to a booking, move, cancel, rename or announcement; null when the message asks something else. */
function confirmStep(app: App, turn: Turn, u: Understanding, pending: Pending, which: ConfirmQuestion, strongOther: boolean, grievance: boolean): Reading | null {
  // "ganti jadwal aja" at "Batalkan booking ini?": the booking stays and is moved instead.
  if (pending.kind === 'cancel' && movesInstead(turn.text, u)) return { intent: 'reschedule', bookingId: pending.bookingId, date: u.date, time: u.time };
  if (pending.kind === 'booking') {
    // "eh namanya Dodi Santoso" at "Lanjutkan?" corrects the name (it was "Mohon jawab ya atau tidak"; session 40, simulate).
    // Not a remark on a name ("namanya bagus ya botnya"): no chat particle after it.
    if (!pending.draft.moving && NAME_LEAD.test(turn.text.trim()) && cleanName(turn.text) && !REMARK.test(turn.text)) return 'name';
    // A full name alone, written as names are ("Putri Lestari"), under "Atas nama: Dewi Lestari": whose booking it is. A mother
    // booking her baby's birth certificate after her own KK typed it, was told "Mohon jawab ya atau tidak", and "ya" booked it in
    // her name (session 47, a field test).
    if (!pending.draft.moving && nameAlone(turn.text, u) && cleanName(turn.text) !== pending.draft.name) return 'name';
    if (asksAboutDay(turn.text, u)) return null;
    const other = otherSlotAsked(turn.text);
    if (other) return other === 'time' ? 'other_time' : 'other_date';
    if (otherBooking(turn, u, pending)) return { intent: 'book', service: u.service, variant: u.variant, date: u.date, time: u.time };
    // "eh salah pilih layanan, bukan sim tapi skck" at "Lanjutkan?": the service corrected, the day and hour kept (it was "Mohon
    // jawab ya atau tidak"; session 39, `npm run simulate`).
    const corrected = serviceCorrected(turn.text, u, pending.draft);
    if (corrected) return { intent: 'book', service: corrected, variant: u.variant, date: u.date ?? pending.draft.date ?? null, time: u.time ?? pending.draft.time ?? null, replacesDraft: true };
    if ((u.date || u.time) && !startsOther(u, strongOther)) return draftUpdate(app, pending, u, turn);
  }
  // "dari pagi nunggu gak dipanggil dipanggil kesel" at "Batalkan booking ini?": a grievance or a call for a person starts its
  // own dialog, though its "gak" reads as a no (the complaint was answered "Baik, tidak jadi" and lost, session 32).
  // Not at staff's announcement preview: "kirim", the word the preview asks with, reads as a citizen's "stop sending" and had
  // unsubscribed the staff member instead of sending (session 44, simulate).
  if (which !== 'announce' && startsOther(u, strongOther)) return null;
  // "cek booking" repeats the verb of "Konfirmasi booking?" but asks for something else: no yes.
  const verbCounts = which === 'announce' || !strongOther || u.intent === QUESTION_INTENT[which];
  // A no anywhere in the message as written outweighs a yes in what the NLU kept of it (context.ts `written`).
  const whole = turn.written === undefined ? undefined : readConfirm(which, turn.written, verbCounts);
  const answer = whole !== undefined && whole !== 'yes' ? whole : readConfirm(which, turn.text, verbCounts);
  // "oke, syaratnya apa?": the "oke" acknowledges, the rest asks. Answered as an aside, the question asked again, nothing booked yet.
  const question = answer === 'yes' && holdsDraft(pending) ? questionAsked(turn.text, u) : null;
  if (question) return { intent: question, service: u.service, variant: u.variant, ...facility(u), ...namedElsewhere(u), date: u.date, time: u.time };
  if (answer === 'yes' && holdsDraft(pending) && yesButAsks(turn.text)) return 'unanswered';
  if (answer === 'yes' && hedged(turn.written ?? turn.text)) return 'reask';
  if (answer) return { intent: answer === 'yes' ? 'confirm' : 'decline' };
  return strongOther || grievance ? null : (unsureQuestion(turn, u, pending) ?? 'reask');
}

/**
 * A plain question the classifier is unsure of ("syarat2nya apa aja nak", a long polite paragraph
 * at "Pilih jam"): its best reading is still a question about the service, so it is answered as an
 * aside rather than met with "that is not one of the options" (field test, issue 11).
 */
function unsureQuestion(turn: Turn, u: Understanding, pending: Pending): Request | null {
  const question = holdsDraft(pending) ? questionAsked(turn.text, u) : null;
  return question ? { intent: question, service: u.service, variant: u.variant, ...facility(u), ...namedElsewhere(u) } : null;
}

/** "gak jadi" leaves; "no, monday next week at 10" corrects the day instead (field test, issue 11). */
function leaves(turn: Turn, u: Understanding): boolean {
  return EXIT.test(turn.text.trim()) && !u.date && !u.time;
}

/** Words that say a day or time, in the message itself: "Ahmad Yusuf" is read as "Ahad" (Sunday) by the date guesser. */
const WHEN_WORDS = /\d|\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|besok|besuk|lusa|hari ini|nanti|pagi|siang|sore|malam|jam|pukul|tgl|tanggal|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next|week|am|pm|sesuk|mbenjing|enjing)\b/i;

/** At "atas nama siapa?" a date counts only when words in the message say it: a name may look like a day. */
function saysWhen(text: string, u: Understanding): boolean {
  return (u.date !== null || u.time !== null) && (WHEN_WORDS.test(text) || holidayNamed(text) !== null);
}

/** Requests that start another dialog: their date is not the booking's ("mau komplain petugasnya kemarin judes"). */
const OTHER_DIALOGS = new Set<IntentName>(['complaint', 'human', 'subscribe', 'unsubscribe']);

function startsOther(u: Understanding, strongOther: boolean): boolean {
  return strongOther && OTHER_DIALOGS.has(u.intent);
}

/** A booking step with options (service, day, time): something new moves the draft on. */
function slotStep(app: App, turn: Turn, u: Understanding, pending: Extract<Pending, { kind: 'booking' }>, strongOther: boolean, grievance: boolean): Reading | null {
  if (leaves(turn, u)) return 'leave';
  const draft = pending.draft;
  // "perpanjang" at "Pilih tanggal" of a SIM booking is the kind of SIM, as at the name step; "eh salah, bukan sim tapi skck"
  // takes the service back and keeps the day and hour already picked. The first was "not one of the options", the second held
  // the mistaken SIM booking for "lanjut" (session 40, `npm run simulate`).
  const variant = draft.service && !draft.moving ? variantNamed(app, draft.service, turn.text) : undefined;
  if (variant) return { intent: 'book', service: draft.service ?? null, variant, date: draft.date ?? null, time: draft.time ?? null };
  const corrected = serviceCorrected(turn.text, u, draft);
  if (corrected) return { intent: 'book', service: corrected, variant: u.variant, date: u.date ?? draft.date ?? null, time: u.time ?? draft.time ?? null, replacesDraft: true };
  // "booking paspor jumat jam 9" while a SKCK booking's move asks "Pilih tanggal" is a new booking, as at the move's confirm
  // step: its day had become the SKCK's new day (session 40, `npm run simulate`).
  if (draft.moving && otherBooking(turn, u, pending)) return { intent: 'book', service: u.service, variant: u.variant, date: u.date, time: u.time };
  // "same time" at a move's "Pilih jam": the booking's own hour (it was answered as a question about processing time; session 40),
  // on the day named with it ("same time on friday") or the one already picked.
  const kept = draft.moving && draft.date && !u.time && SAME_TIME.test(turn.text) ? app.bookings.get(draft.moving)?.time : undefined;
  if (kept) return { intent: 'book', service: draft.service ?? null, variant: u.variant ?? draft.variant ?? null, date: u.date ?? draft.date ?? null, time: kept };
  // Only something new moves the draft on; "kk bru dong" at "KK yang mana?" is asked again. A service named in a grievance
  // is what it is about, not a new booking ("someone outside offered to speed up my passport for 500k" at a KK booking's
  // "Pick a date" had started a passport booking); a day in one still answers the question.
  const news = u.date || u.time || (!grievance && u.service && !draft.moving && (u.service !== draft.service || (u.variant && u.variant !== draft.variant)));
  // "jam 10 sama lokasinya dimana" at "Pilih jam" answers the question; "jumat buka?" only asks about Friday.
  const answersToo = isAside(u) && u.intent !== 'my_booking' && (u.date || u.time) && !asksAboutDay(turn.text, u);
  if (news && (!strongOther || answersToo)) return draftUpdate(app, pending, u, turn);
  return strongOther || grievance ? null : (unsureQuestion(turn, u, pending) ?? 'reask');
}

/**
 * "booking paspor" at the confirm step of a KTP booking (or of a KTP move) asks for another booking:
 * it is no "yes" to this one, though "booking" repeats the verb asked about. The new booking
 * replaces the draft, and the request step says the first one was not saved (or not moved).
 */
function otherBooking(turn: Turn, u: Understanding, pending: Extract<Pending, { kind: 'booking' }>): boolean {
  if (!u.service || u.service === pending.draft.service) return false;
  return u.intent === 'book' || wantsBooking(turn.text, u, false) === 'book';
}

/** Words that take back what was said: "bukan", "salah", "maksudnya", "ralat", "harusnya", "I meant". */
// "eh ganti layanan jadi skck aja" (session 47, a field test: "Mohon jawab ya atau tidak", and "ya" booked the passport).
const TAKEN_BACK = /\b(?:bukan|bkn|salah|harusnya|seharusnya|maksud(?:nya)?|ralat|wrong|i meant|ganti layanan(?:nya)?|diganti|ganti jadi|ganti ke)\b/i;
/** A second errand, not a correction: "eh sekalian booking skck juga". */
const ALSO = /\b(?:juga|jg|sekalian|skalian|also|too|as well)\b/i;

/** Another service named to correct the draft's (not a question about it, a second errand or a move): the service meant, or null. */
function serviceCorrected(text: string, u: Understanding, draft: BookingDraft): string | null {
  if (!u.service || u.service === draft.service || draft.moving || text.includes('?') || ALSO.test(text)) return null;
  // The NLU reads a message without the part taken back (`u.read`: "bukan sim tapi skck" is read "tapi skck"), and the steps
  // see only what it read: the taking back is then in the reading, not in the words left.
  return TAKEN_BACK.test(text) || u.read !== undefined ? u.service : null;
}

/** The numbered "which one?" that follows a booking (`booking_variant` choices). */
export function afterBooking(pending: Pending): boolean {
  return pending.kind === 'choose' && pending.choices.length > 0 && pending.choices.every((c) => c.request.intent === 'booking_variant');
}

/** At "atas nama siapa?": leaving, a date, or a very clear request are not names. */
const FOR_ONESELF = /^(?:(?:untuk|buat|utk|bwt|atas nama)\s+)?(?:(?:saya|sy|aku|gue|gw|diri)\s*)?(?:sendiri|sndiri|sndri|sendri)?(?:\s+(?:aja|saja|pak|bu|nak|kak|mas|mbak|min|dik))*\s*[.!]*$/i;

function nameStep(app: App, turn: Turn, u: Understanding, pending: Pending, strongOther: boolean, grievance: boolean): Reading | null {
  if (leaves(turn, u)) return 'leave';
  // "iya", "ok" at "atas nama siapa?" agree to give one: the question again, not "Sama-sama!" before it (session 44, simulate).
  if (BARE_YES.test(turn.text.trim()) || ACKNOWLEDGED.test(turn.text.trim())) return 'reask';
  // "saya sendiri" says whose, not the name: it opened a complaint, and "sendiri" became the name (session 46, a field test).
  if (pending.kind === 'booking' && FOR_ONESELF.test(turn.text.trim())) return 'reask';
  // No name has a question mark: "what are the opening hours?" is an aside, not "Name: what are the opening hours?".
  if (MENU.test(turn.text.trim()) || (strongOther && (u.confidence >= NAME_STEP_EXIT_CONFIDENCE || turn.text.includes('?')))) return null;
  // "oke, syaratnya apa?" asks as plainly here as at the confirm step, though "oke" keeps the classifier unsure.
  const question = holdsDraft(pending) ? questionAsked(turn.text, u) : null;
  if (question) return { intent: question, service: u.service, variant: u.variant, ...facility(u), ...namedElsewhere(u), date: u.date, time: u.time };
  if (pending.kind === 'booking' && saysWhen(turn.text, u) && !startsOther(u, strongOther)) return draftUpdate(app, pending, u, turn);
  // "cek antrian saya" is no name (it became "Atas nama: cek antrian saya", field test): a request the classifier reads is one,
  // as sure as a topic change elsewhere ("bot gak nyambung mau ke admin aja" leads at 0.59, capped at 0.49; session 32).
  if (!cleanName(turn.text) && u.intent !== 'fallback' && (u.confidence >= ENTITY_ONLY_CONFIDENCE || leads(u) || grievance)) return null;
  // "perpanjang" after "booking sim besok jam 9" is the kind of SIM, not a name ("Atas nama: perpanjang"; session 39).
  const { draft } = pending.kind === 'booking' ? pending : { draft: null };
  const variant = draft?.service ? variantNamed(app, draft.service, turn.text) : undefined;
  if (draft && variant) return { intent: 'book', service: draft.service ?? null, variant, date: draft.date ?? null, time: draft.time ?? null };
  // "paspor baru" names the service being booked (and its kind), not a person: it became "Atas nama: paspor baru" (session 44,
  // `npm run simulate`).
  if (draft?.service && u.service === draft.service) return { intent: 'book', service: draft.service, variant: u.variant ?? draft.variant ?? null, date: draft.date ?? null, time: draft.time ?? null };
  return 'name';
}

/** New pieces for the booking being drafted; a new service starts the draft over. */
function draftUpdate(app: App, pending: Extract<Pending, { kind: 'booking' }>, u: Understanding, turn: Turn): Request {
  const draft = pending.draft;
  const newService = u.service && u.service !== draft.service && !draft.moving;
  // "besok ada rapat, bisa ganti ke jumat jam 9?" also at a new booking's confirm step: the target wins.
  const target = draft.moving || !newService ? rescheduleTarget(app, turn, u) : { date: u.date, time: u.time };
  const time = 'candidates' in target ? u.time : target.time;
  // "pindahin ke jam 10 aja" at a move's "Pilih tanggal" keeps the booking's own day, as "ganti ke jam 10" does when it asks for
  // the move (startReschedule); it had asked for the day again (session 42, `npm run simulate`).
  const sameDay = draft.moving && !draft.date && time ? app.bookings.get(draft.moving)?.date : undefined;
  const date = ('candidates' in target ? null : target.date) ?? sameDay ?? null;
  return {
    intent: 'book',
    service: newService ? u.service : (draft.service ?? null),
    variant: newService ? u.variant : (u.variant ?? draft.variant ?? null),
    date: date ?? (newService ? null : (draft.date ?? null)),
    time: time ?? (date || newService ? null : (draft.time ?? null)),
    ...impossible(u),
  };
}

/**
 * "info ktp", "min info sim dong": information about the service, not its announcements. Both subscribed the citizen to the
 * service's announcements (session 44, `npm run simulate`); "langganan info paspor" and "info pengumuman ktp" still subscribe.
 */
const SUBSCRIBING = /\b(?:langganan|berlangganan|subscribe|daftar|pengumuman|terbaru|update|kabar|kabari|dikabari|kirim|kirimi|kirimin|dikirim|notif|notifikasi|ikuti|follow|dapat|dapet|terima)\b/i;
const INFO_WORD = /\b(?:info|informasi|information)\b/i;
const MAX_INFO_WORDS = 5;
/**
 * "info dong", "minta info", "info kak": information wanted and nothing named. It subscribed the citizen to announcements, who
 * got no help with what they wanted and were never asked (session 47, a field test): the menu, with the announcements offered.
 */
const MAX_INFO_ALONE_WORDS = 3;
function infoAlone(text: string, u: Understanding): boolean {
  return u.intent === 'subscribe' && u.service === null && INFO_WORD.test(text) && !SUBSCRIBING.test(text) && text.trim().split(/\s+/).length <= MAX_INFO_ALONE_WORDS;
}
function infoAbout(text: string, u: Understanding): boolean {
  return u.intent === 'subscribe' && u.service !== null && INFO_WORD.test(text) && !SUBSCRIBING.test(text) && text.trim().split(/\s+/).length <= MAX_INFO_WORDS;
}

function fromUnderstanding(app: App, turn: Turn, u: Understanding, hasBooking: boolean): Reading {
  const { session } = turn;
  if (u.number !== null && /^\s*\d{1,3}\s*[.)]?\s*$/.test(turn.text)) return 'no_question';
  // A bare "ya" with nothing open is an acknowledgement, as "iya" and "ok" are read (it got the "belum paham" menu; session 42).
  if (!session.pending && BARE_YES.test(turn.text.trim()) && u.intent === 'fallback') return { intent: 'thanks' };
  if (infoAlone(turn.text, u)) return { intent: 'help', infoAsked: true };
  // "kalau besoknya?" after "tgl 24 buka?": the day talked about, asked about again (day-follow-up.ts).
  const pointed = dayPointedAt(session, u, turn.text, turn.now, CONTEXT_MS);
  // "info soal paspor aja", "yang samsat aja" right after opting in to announcements: news about that service only (it was asked
  // "Syarat or Daftar layanan?"; session 42, `npm run simulate`).
  const justSubscribed = session.subscribedAt !== undefined && turn.now.getTime() - session.subscribedAt < CONTEXT_MS;
  if (justSubscribed && u.service !== null && topicOnly(turn.text)) return { intent: 'subscribe', service: u.service };
  // "I'll be 20 minutes late, will I lose my slot?": shown the booking and what happens when late, not asked "my booking or cancel
  // booking?". Answering it changes nothing, so the NLU's unsure reading costs the citizen no turn (session 38, npm run simulate).
  // A move in its own words and with its day ("can we move it to thursday?"), read as one but unsure beside a cancel, was asked
  // "Reschedule or Cancel booking?" (session 43, `npm run simulate`): nothing in it cancels.
  const movesSaid = hasBooking && u.intent === 'reschedule' && readsAsMove(turn.text, u);
  // Split between booking a service and moving a booking, with no booking of that service held, there is none of it to move:
  // "booking kk ubah data selasa jam 9" from a citizen with a passport booking books the KK (session 48, a field test).
  const holdsNamed = hasBooking && (u.service === null || app.bookings.activeFor(turn.user).some((b) => b.service === u.service));
  const resolved = pointed?.bare ? pointed.intent : (u.asksLate === true ? 'my_booking' : movesSaid ? 'reschedule' : (wantsBooking(turn.text, u, hasBooking) ?? resolveAlternatives(turn.text, u, holdsNamed)));
  if (resolved === 'clarify') return 'clarify';
  const fresh = session.service && session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < CONTEXT_MS;
  // A message the NLU could not place, right after a question about a service (session 42, `npm run simulate`: both were "Maaf,
  // saya belum paham"):
  // - "kalau yang elektronik?" after the passport's fee: the same question about a kind of that service, asked again for it;
  // - "anaknya lahir di rumah, ga ada surat dari bidan" after the birth certificate's requirements: words of that service's own
  //   lines (catalog-words.ts). Every line is shown, the conditional ones too, which is where such cases are answered.
  const lastTopic = fresh && session.lastIntent && INFO_TOPICS.has(session.lastIntent) ? session.lastIntent : undefined;
  const unplaced = !resolved && !pointed && u.intent === 'fallback' && u.service === null && u.outside === undefined;
  if (unplaced && lastTopic && session.service) {
    if (KIND_FOLLOW_UP.test(turn.text.trim())) return { intent: lastTopic, service: session.service, variant: null };
    if (touchesService(app.info.catalog.services, session.service, turn.text, turn.lang)) return { intent: lastTopic, service: session.service, variant: session.variant ?? null, detail: true };
  }
  const entityOnly = !resolved && u.service !== null && (u.intent === 'fallback' || (u.confidence < ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0) || infoAbout(turn.text, u));
  if (entityOnly) {
    // A reading of its own, unsure but more than a bare service's (0.3): "kapan bisa diambil simnya?" (a pick-up question, read
    // by a sure phrase at 0.49) after the SIM's requirements was asked "SIM yang mana?" and shown them again (session 43, simulate).
    const own = INFO_TOPICS.has(u.intent) && u.confidence >= UNSURE_READING;
    const intent = own ? u.intent : session.lastIntent && INFO_TOPICS.has(session.lastIntent) ? session.lastIntent : 'overview';
    return { intent, service: u.service, variant: u.variant, ...namedElsewhere(u) };
  }
  const read = resolved ?? u.intent;
  const movedAway = (read === 'fallback' || read === 'book') && hasBooking && u.service === null && u.outside === undefined && leavesBookedDay(app, turn);
  const intent = ((read === 'cancel' || read === 'fallback') && hasBooking && readsAsMove(turn.text, u)) || movedAway ? 'reschedule' : read;
  const contextual = CONTEXTUAL.has(intent) && !u.service && fresh;
  const day = pointed && (pointed.bare || takesDayPointedAt(intent)) ? pointed.date : null;
  const target = day ? { date: day, time: u.time } : intent === 'reschedule' ? rescheduleTarget(app, turn, u) : { date: u.date, time: u.time };
  if ('candidates' in target) return { intent: 'reschedule', code: u.bookingCode, candidates: target.candidates, time: target.time };
  return {
    intent,
    service: u.service ?? (contextual ? (session.service ?? null) : null),
    variant: u.service ? u.variant : contextual ? (session.variant ?? null) : null,
    date: target.date,
    time: target.time,
    code: u.bookingCode,
    ...impossible(u),
    ...facility(u),
    ...(u.asksOfficial === true ? { asksOfficial: true } : {}),
    ...(u.asksLate === true ? { late: true } : {}),
    ...(intent === 'my_booking' && hasBooking && asksArrival(turn.text) ? { arrival: true } : {}),
    // A bare follow-up the NLU could not place is no other business's topic: the day answers it.
    ...(pointed?.bare ? {} : namedElsewhere(u)),
  };
}

/** The building's facility asked about ("toilet dimana"), carried to the location reply. */
function facility(u: Understanding): Pick<Request, 'facility'> {
  return u.facility ? { facility: u.facility } : {};
}

/** An agency or place the catalog does not know, carried to the reply that says so (info-replies.ts notHere). */
export function namedElsewhere(u: Understanding): NamedElsewhere {
  return {
    ...(u.unknownAgency !== null ? { unknownAgency: u.unknownAgency } : {}),
    ...(u.unknownPlace !== null ? { unknownPlace: u.unknownPlace } : {}),
    ...(u.outside !== undefined ? { outside: u.outside } : {}),
  };
}

/** A day the message named that does not exist, carried to where the date is asked. */
function impossible(u: Understanding): Pick<Request, 'impossibleDate'> {
  return u.impossibleDate ? { impossibleDate: u.impossibleDate } : {};
}

/** "Booking yang mana?" asked for a move: every option is one of the citizen's bookings to reschedule. */
function asksWhichToMove(pending: Pending): boolean {
  return pending.kind === 'choose' && pending.choices.length > 0 && pending.choices.every((c) => c.request.intent === 'reschedule' && c.request.bookingId !== undefined);
}

/** Two or more capitalised words and nothing the NLU reads with confidence: a name typed as one, not a request. */
const WRITTEN_AS_NAME = /^\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*)+$/u;
const NAME_ALONE_CONFIDENCE = 0.5;
/** Answers written with capitals ("Iya Betul", "Ok Lanjut") are answers, not names. */
const ANSWER_WORD = /\b(ya|iya|iye|yes|yep|betul|benar|bener|ok|oke|okay|siap|sip|lanjut|lanjutkan|setuju|boleh|mantap|tidak|nggak|gak|no|jangan|batal|nggih|inggih|muhun)\b/i;
function nameAlone(text: string, u: Understanding): boolean {
  const trimmed = text.trim();
  return WRITTEN_AS_NAME.test(trimmed) && !ANSWER_WORD.test(trimmed) && cleanName(trimmed) !== null && u.service === null && (u.intent === 'fallback' || u.confidence < NAME_ALONE_CONFIDENCE);
}

/**
 * "Aisyah" at "Booking yang mana?" under options that end "· Aisyah": the booking of that person. It got "belum paham" and the
 * cancel was dropped (session 47, a field test of a mother's bookings). A word of the name, matching one booking only.
 */
function whoseBooking(app: App, pending: Pending, text: string): Pending['choices'][number] | undefined {
  if (pending.kind !== 'choose' || !pending.choices.every((c) => c.request.bookingId !== undefined)) return undefined;
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3));
  const hits = pending.choices.filter((c) => {
    const name = app.bookings.get(c.request.bookingId!)?.name.toLowerCase() ?? '';
    return name.split(/\s+/).some((part) => part.length >= 3 && words.has(part));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

