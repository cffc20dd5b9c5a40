/**
 * Booking, moving and cancelling a queue slot, one question at a time. Whatever the citizen
 * already said ("booking ktp besok jam 9") fills the draft; only what is missing is asked,
 * always with options (nearest free slots, next open days).
 */
import { bookingNotice } from '../announce/booking-notice.js';
import type { App, Turn } from '../app.js';
import { queueLabel } from '../booking/booking-code.js';
import { bookingCard, checklistBlock, liveStatus, summary } from '../booking/booking-replies.js';
import { UNSERVED_MOVABLE_DAYS } from '../booking/bookings.js';
import { closureFor, freeSlots, nearestOf, nextOpenDays, openPeriods, type SlotProblem, slotRule } from '../booking/slots.js';
import { AppError } from '../errors.js';
import { formatDate, formatShortDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { inertLine } from '../inert.js';
import { addDays, fromMinutes, localParts, toMinutes } from '../local-time.js';
import type { ImpossibleDate } from '../nlu.js';
import type { Booking } from '../records.js';
import type { Service } from '../schema.js';
import type { BookingDraft, Choice, DayEdges, Request } from '../session.js';
import type { Lang, Reply } from '../types.js';
import { bookingNamed } from './booking-named.js';
import { calledToday } from './called-asked.js';
import { dayPartTime } from './day-part.js';
import { dayClosedReason } from './day-status.js';
import { impossibleDateText } from './impossible-date.js';
import { serviceChoices, variantChoices } from './info-replies.js';
import { hourMoved, SAME_TIME, shiftDays, shiftMinutes } from './shift-days.js';
import { variantFromWording } from './variant-wording.js';
import { yesNo } from './yes-no.js';

const MAX_TIME_OPTIONS = 8;
const MAX_DAY_OPTIONS = 5;

function ask(turn: Turn, reply: Reply & { options: Choice[] }, draft: BookingDraft, dayEdges?: DayEdges): Reply {
  turn.session.pending = { kind: 'booking', draft, awaiting: 'slot', choices: reply.options, ...(dayEdges ? { dayEdges } : {}) };
  return reply;
}

/**
 * Moves the draft one step forward: asks the first missing or invalid piece, or asks to confirm.
 * `impossible`: a day the message named that no calendar has, said before the days are offered.
 */
export function advance(app: App, turn: Turn, initial: BookingDraft, impossible?: ImpossibleDate): Reply {
  let draft = initial;
  const { lang } = turn;
  if (!draft.service) {
    const options = serviceChoices(app, lang, 'book').map((c) => ({ ...c, request: { ...c.request, date: draft.date ?? null, time: draft.time ?? null } }));
    return ask(turn, { kind: 'clarify', text: tr(lang, 'Mau ambil antrean untuk layanan apa?', 'Which service would you like to book?'), options }, draft);
  }
  const service = app.info.service(draft.service);
  if (!service || !app.info.offered().includes(service)) {
    const options = serviceChoices(app, lang, 'book');
    return ask(turn, { kind: 'answer', text: tr(lang, `Layanan itu tidak tersedia di ${app.settings.name}. Pilih layanan yang ada:`, `That service is not offered at ${app.settings.name}. Pick one that is:`), options }, {});
  }
  const worded = draft.variant ?? variantFromWording(service, turn.text);
  if (worded && !draft.variant) draft = { ...draft, variant: worded };
  // Counters are per agency and slots per service: the variant changes neither, so the booking never
  // waits on it. An unsaid variant is asked after confirming, for the checklist (issue 10, class 4).
  const full = service.variants.length === 1 ? { ...draft, variant: service.defaultVariant } : draft;
  if (!full.date) return askDate(app, turn, full, impossibleDateText(impossible, lang));
  if (!full.time) return askTime(app, turn, full, null);
  // The same decision book and move make (slot rules and per-citizen limits), asked before confirming.
  const refusal = app.bookings.refusal({ user: turn.user, service: full.service!, date: full.date, time: full.time }, full.moving ? app.bookings.get(full.moving) : undefined);
  if (refusal?.code === 'LIMIT_REACHED') {
    turn.session.pending = undefined;
    return limitReply(app, turn, refusal.reason);
  }
  if (refusal) return explainProblem(app, turn, full, refusal.reason);
  // The profile's name is the citizen's own: a booking for someone else asks for theirs (booked-for.ts).
  if (!full.moving && !full.name && (full.for === 'other' || !userName(app, turn))) {
    turn.session.pending = { kind: 'booking', draft: full, awaiting: 'name', choices: [] };
    return {
      kind: 'clarify',
      text: full.for === 'other'
        ? tr(lang, 'Booking atas nama siapa? Tulis nama orang yang akan dilayani, sesuai KTP-nya (cukup nama saja).', 'Whose name should the booking be under? Type the name of the person to be served, as on their ID (name only).')
        : tr(lang, 'Booking atas nama siapa? (nama sesuai KTP, cukup nama saja)', 'Whose name should the booking be under? (name only)'),
    };
  }
  return askConfirm(app, turn, full);
}

function takenExcluding(app: App, draft: BookingDraft) {
  const moving = draft.moving ? app.bookings.get(draft.moving) : undefined;
  return (s: string, d: string, t: string): number =>
    app.bookings.taken(s, d, t) - (moving && moving.service === s && moving.date === d && moving.time === t ? 1 : 0);
}

/** `from`: the first day worth offering (a closed Sunday offers the days after it, not today). */
function askDate(app: App, turn: Turn, draft: BookingDraft, reason: string | null, from?: string): Reply {
  const { lang } = turn;
  const today = localParts(turn.now, app.settings.timeZone).date;
  const days = nextOpenDays(app.settings, draft.service!, from ?? draft.date ?? today, turn.now, takenExcluding(app, draft), MAX_DAY_OPTIONS);
  if (days.length === 0) {
    turn.session.pending = undefined;
    return { kind: 'answer', text: `${reason ? `${reason}\n` : ''}${tr(lang, `Maaf, tidak ada slot kosong dalam ${app.settings.booking.horizonDays} hari ke depan. Silakan coba lagi besok.`, `Sorry, there is no free slot in the next ${app.settings.booking.horizonDays} days. Please try again tomorrow.`)}` };
  }
  // A time already said stays with the day picked ("minggu jam 9" → Monday 09:00 when free).
  const options = days.map((date) => ({ label: formatShortDate(date, lang), value: date, request: { intent: 'book' as const, ...draft, date, time: draft.time ?? null } }));
  const at = draft.time ? formatTime(draft.time, app.settings.timeZone, lang) : null;
  const question = at ? tr(lang, `Pilih tanggal (jam ${at}):`, `Pick a date (at ${at}):`) : tr(lang, 'Pilih tanggal:', 'Pick a date:');
  return ask(turn, { kind: 'clarify', text: reason ? `${reason}\n${question}` : question, options }, draft);
}

function askTime(app: App, turn: Turn, draft: BookingDraft, reason: string | null): Reply {
  const { lang } = turn;
  // Every free time of the day, once: the nearest are shown, the first and last kept for "yang paling pagi/sore".
  const free = freeSlots(app.settings, draft.service!, draft.date!, turn.now, takenExcluding(app, draft));
  const slots = nearestOf(free, draft.time ?? dayPartTime(turn.text), MAX_TIME_OPTIONS);
  if (slots.length === 0) {
    // Closed is not full: a Sunday, a holiday or a day past the horizon says why.
    const why = dayClosedReason(app, turn, draft.service!, draft.date!) ?? tr(lang, `Slot pada ${formatDate(draft.date!, lang)} sudah penuh.`, `${formatDate(draft.date!, lang)} is fully booked.`);
    return askDate(app, turn, { ...draft, date: undefined, time: undefined }, `${reason ? `${reason}\n` : ''}${why}`, withinHorizon(app, turn, draft.date!));
  }
  const option = (time: string): Choice => ({ label: formatTime(time, app.settings.timeZone, lang), value: time, request: { intent: 'book' as const, ...draft, time } });
  const options = slots.map(option);
  // "yang paling sore aja" took 09.45, the last of the eight shown, on a day open until 15.30 (session 41, simulate).
  const dayEdges = { first: option(free[0]!), last: option(free.at(-1)!) };
  const question = tr(lang, `Pilih jam pada ${formatDate(draft.date!, lang)}:`, `Pick a time on ${formatDate(draft.date!, lang)}:`);
  return ask(turn, { kind: 'clarify', text: reason ? `${reason}\n${question}` : question, options }, draft, dayEdges);
}

/**
 * "jam lain" / "hari lain" at the confirm step (other-slot.ts): that part of the slot offered again. The hour offered stays the
 * centre of the hours shown, and the day stays with the days ("Pilih tanggal (jam 09.00)").
 */
export function askOtherSlot(app: App, turn: Turn, draft: BookingDraft, what: 'time' | 'date'): Reply {
  return what === 'time' ? askTime(app, turn, draft, null) : askDate(app, turn, { ...draft, date: undefined }, null);
}

/** The asked-for day, as the first day to offer after it, unless it lies past the booking horizon. */
function withinHorizon(app: App, turn: Turn, date: string): string | undefined {
  const today = localParts(turn.now, app.settings.timeZone).date;
  return date <= addDays(today, app.settings.booking.horizonDays) ? date : undefined;
}

function explainProblem(app: App, turn: Turn, draft: BookingDraft, problem: SlotProblem): Reply {
  const { lang } = turn;
  const when = `${formatDate(draft.date!, lang)} ${formatTime(draft.time!, app.settings.timeZone, lang)}`;
  const dayReason = dayClosedReason(app, turn, draft.service!, draft.date!) ?? tr(lang, `${formatDate(draft.date!, lang)} tutup.`, `${formatDate(draft.date!, lang)} is closed.`);
  const reasons: Record<SlotProblem, string> = {
    not_offered: tr(lang, 'Layanan itu tidak tersedia di sini.', 'That service is not offered here.'),
    past: tr(lang, `${when} sudah lewat.`, `${when} has already passed.`),
    beyond_horizon: dayReason,
    closure: dayReason,
    closed_day: dayReason,
    not_a_slot: betweenSlots(app, draft)
      ? tr(lang, `Slot ${pick(app.info.service(draft.service!)!.name, lang)} dimulai tiap ${slotRule(app.settings, draft.service!).slotMinutes} menit; ${formatTime(draft.time!, app.settings.timeZone, lang)} bukan jam mulai slot.`, `${pick(app.info.service(draft.service!)!.name, lang)} slots start every ${slotRule(app.settings, draft.service!).slotMinutes} minutes; ${formatTime(draft.time!, app.settings.timeZone, lang)} is not a slot start.`)
      : tr(lang, `Jam ${formatTime(draft.time!, app.settings.timeZone, lang)} di luar jam layanan.`, `${formatTime(draft.time!, app.settings.timeZone, lang)} is outside service hours.`),
    cutoff: tr(lang, `Booking untuk hari ini ditutup ${app.settings.booking.sameDayCutoffMinutes} menit sebelum jadwal.`, `Same-day bookings close ${app.settings.booking.sameDayCutoffMinutes} minutes before the slot.`),
    full: tr(lang, `Slot ${when} sudah penuh.`, `${when} is fully booked.`),
  };
  const reason = reasons[problem];
  const dayLevel: SlotProblem[] = ['past', 'beyond_horizon', 'closure', 'closed_day'];
  const sameDayOpen = freeSlots(app.settings, draft.service!, draft.date!, turn.now, takenExcluding(app, draft)).length > 0;
  const closed: SlotProblem[] = ['closure', 'closed_day'];
  // An hour already past today, on a day still open: today's free hours. "bisa antri kk hari ini jam 7 ga" at 08.00 was offered
  // the days from today "at 07.00", and "jam 10 deh" then asked for the day again (session 44, `npm run simulate`).
  if (problem === 'past' && sameDayOpen && draft.date === localParts(turn.now, app.settings.timeZone).date) {
    return askTime(app, turn, { ...draft, time: undefined }, `${reason} ${tr(lang, 'Jam yang masih kosong hari ini:', 'Free times left today:')}`);
  }
  if (dayLevel.includes(problem) || !sameDayOpen) {
    return askDate(app, turn, { ...draft, date: dayLevel.includes(problem) ? undefined : draft.date, time: draft.time }, reason, closed.includes(problem) ? withinHorizon(app, turn, draft.date!) : undefined);
  }
  return askTime(app, turn, draft, `${reason} ${tr(lang, 'Slot terdekat yang masih kosong:', 'Nearest free slots:')}`);
}

/**
 * The hour asked for lies inside an open period, only not on the slot grid ("paspor kamis jam 10.15" with slots every 30 minutes):
 * it had been called "di luar jam layanan", and the citizen believed 10.15 was closed (session 48, a field test).
 */
function betweenSlots(app: App, draft: BookingDraft): boolean {
  const at = toMinutes(draft.time!);
  return openPeriods(app.settings, draft.service!, draft.date!).some((p) => at >= toMinutes(p.open) && at < toMinutes(p.close));
}

function userName(app: App, turn: Turn): string | undefined {
  return app.store.table('users').get(turn.user)?.name;
}

function askConfirm(app: App, turn: Turn, draft: BookingDraft): Reply {
  const { lang } = turn;
  const service = app.info.service(draft.service!)!;
  const title = app.info.title(service, draft.variant ? app.info.variant(service, draft.variant) : null, lang);
  const when = `${formatDate(draft.date!, lang)}, ${formatTime(draft.time!, app.settings.timeZone, lang)}`;
  const name = draft.name ?? userName(app, turn);
  const moving = draft.moving ? app.bookings.get(draft.moving) : undefined;
  // The example hour is never the one offered.
  const example = draft.time?.startsWith('10') ? ['11', '11am'] : ['10', '10am'];
  const sameHour = moving && moving.time === draft.time && moving.date !== draft.date
    ? tr(lang, `\nJamnya sama dengan booking Anda. Ingin jam lain? Balas dengan jamnya, misalnya "jam ${example[0]}", atau ketik "jam lain".`, `\nSame time as your booking. Another time? Reply with it, e.g. "${example[1]}", or type "other time".`)
    : '';
  // Built once: both languages' texts are evaluated.
  const double = draft.moving ? '' : alreadyBooked(app, turn, draft, name);
  const question = draft.moving
    // The booking moved says which it is by its service too: "Pindahkan booking LY-WVGFD ke Selasa?" moved a passport booking the
    // citizen took for the KK they had just named (session 48, a field test).
    ? tr(lang, `Pindahkan booking ${moving?.code ?? ''} ke ${when}?\nLayanan: ${title}`, `Move booking ${moving?.code ?? ''} to ${when}?\nService: ${title}`) + sameHour
    : tr(lang, `Konfirmasi booking:\n${title}\n${when}\nAtas nama: ${name}${double}\n\nLanjutkan? (nama salah, atau untuk orang lain? ketik "ganti nama")`, `Confirm booking:\n${title}\n${when}\nName: ${name}${double}\n\nGo ahead? (wrong name, or for someone else? type "change name")`);
  const choices = yesNo(lang, { intent: 'confirm' }, { intent: 'decline' });
  turn.session.pending = { kind: 'booking', draft, awaiting: 'confirm', choices };
  return { kind: 'clarify', text: question, options: choices };
}

/**
 * The same service already booked for the same person on another day (session 46, a field test): an elderly man who forgot his
 * Wednesday SIM booking booked Thursday too, and held two slots and two sets of reminders. He is told before confirming; a second
 * booking stays possible (a family member of the same name, a second errand), and a move is one word away.
 */
function alreadyBooked(app: App, turn: Turn, draft: BookingDraft, name: string | undefined): string {
  const held = app.bookings.activeFor(turn.user).find((b) => b.status === 'booked' && b.service === draft.service && b.name === name && b.date !== draft.date);
  if (!held) return '';
  const when = `${formatDate(held.date, turn.lang)}, ${formatTime(held.time, app.settings.timeZone, turn.lang)}`;
  return tr(
    turn.lang,
    `\nℹ️ Atas nama ini sudah ada booking layanan yang sama: ${when} (${held.code}). Ini booking tambahan; untuk memindahkan yang lama, jawab "tidak" lalu ketik "ganti jadwal ${held.code}".`,
    `\nℹ️ This name already has a booking for the same service: ${when} (${held.code}). This one would be extra; to move the old one instead, answer "no" and type "reschedule ${held.code}".`,
  );
}

/** Stores a name given in answer to "atas nama siapa?", then asks to confirm. */
export function acceptName(app: App, turn: Turn, draft: BookingDraft, text: string): Reply {
  const { lang } = turn;
  const name = cleanName(text);
  if (!name) {
    return { kind: 'clarify', text: tr(lang, 'Mohon tulis nama saja (huruf, 2–60 karakter), tanpa NIK atau nomor HP.', 'Please type just a name (letters, 2–60 characters), no ID or phone number.') };
  }
  // Kept in the draft: stored on the profile only when the citizen confirms the booking. Another name typed over the profile's
  // one at "Lanjutkan?" is someone else's (a mother's baby after her own KK): it must not replace hers (session 47, a field test).
  const own = userName(app, turn);
  const someoneElse = !draft.name && draft.for !== 'other' && own !== undefined && own !== name;
  return advance(app, turn, { ...draft, name, ...(someoneElse ? { for: 'other' as const } : {}) });
}

/** Words of a request, never of a name: "cek antrian saya" typed at "atas nama siapa?" (field test, issue 11). */
const REQUEST_WORDS = /(^|\s)(yang|yg|aja|saja|paling|dong|deh|cek|check|antri|antrian|antrean|antre|booking|book|jadwal|syarat|syaratnya|biaya|berapa|kapan|dimana|gimana|bagaimana|tolong|mohon|mau|ingin|bisa|boleh|sudah|udah|belum|masih|ganti|batal|lokasi|alamat|queue|where|when|what|how)(\s|$)/i;
/**
 * Words of a sentence told, never of a name: "petugasnya kemarin kasar sekali sama ibu saya" typed at "atas nama siapa?" was
 * booked under that name (session 32). A pronoun, a negation, a chat particle, a time of day or the counter's people.
 */
const SENTENCE_WORDS = /(^|\s)(saya|sy|aku|aq|gue|gua|gw|kami|kita|kamu|anda|gak|ga|gk|nggak|ngga|enggak|tidak|tdk|kok|sih|banget|bgt|nih|kemarin|kemaren|kmrn|tadi|pagi|siang|sore|malam|petugas|petugasnya|loket|kesel|kecewa|dipanggil)([\s,.;:!]|$)/i;
/** Chat words that answer a question but are nobody's name. */
// "betul" at "atas nama siapa?" was booked as the name "betul" (session 40, `npm run simulate`): the yes words of every language.
const NOT_A_NAME = /^(ya|iya|yes|ok|oke|okay|tidak|nggak|gak|no|menu|help|bantuan|halo|hai|hi|hello|booking|book|batal|cancel|lanjut|siap|sip|terserah|apa|kenapa|hah|betul|benar|bener|gas|mantap|baik|sudah|udah|noted|nggih|inggih|muhun|sumuhun|leres|iye|iyo|yoi|\?+)$/i;

/** Words before a name that are not the name: "eh namanya …", "atas nama …", "a.n. …", "my name is …". */
// Session 45 (a field test): "Jenengku Budi Santoso" (Javanese: my name is) and "her name is Siti Rahmawati" were booked word for
// word. Javanese jeneng / krama asma, Sundanese nami (Poerwadarminta 1939; Danadibrata 2006), and the English of someone else.
// Never "asma" or "nami" alone: both are given names ("Asma Nadia").
export const NAME_LEAD = /^((eh|oh|maaf|sorry|ralat)[\s,]+)?(nama( saya| sy|nya| lengkap(nya)?| lengkap saya)?|atas nama|a\.?n\.?|my name is|the name is|(his|her|their) name is|jeneng(ku|e| kula| kulo| kawula)?|asma(ne|nipun)( kula| kulo| kawula)?|asma (kula|kulo|kawula)|nami (abdi|kuring)|name:?)\s+/i;
/**
 * A relative the booking is for, said before the name: "atas nama anak saya, Aisyah" was booked as "anak saya, Aisyah" (session
 * 40, `npm run simulate`). Only with "saya/-ku/my": "Ibu Sri Wahyuni" is a name with its title.
 */
const RELATIVE_LEAD = /^((untuk|buat|for)\s+)?((anak|ibu|bapak|ayah|suami|istri|adik|kakak|nenek|kakek|mertua|ortu|orang tua)(\s+(saya|sy|aku|kami)|ku)|my (son|daughter|wife|husband|mother|father|mom|dad|child))[\s,:–-]+((namanya|bernama|named)\s+)?/i;

/**
 * The name a booking request ends with ("… besok jam 10, namanya Siti Aminah", "… atas nama Budi"): taken, so it is not asked
 * again. It was asked, and the citizen's "betul" became the name (session 40, `npm run simulate`).
 */
const NAME_SAID = /(?:^|[\s,;])(?:atas nama|a\.n\.|namanya|nama(?:nya)? (?:beliau|ibu|bapak|anak|saya))\s+(\p{L}[\p{L}' .-]{1,59})$/iu;

export function nameSaid(text: string): string | undefined {
  const said = NAME_SAID.exec(text.trim().replace(/[.!\s]+$/u, ''))?.[1];
  return said === undefined ? undefined : (cleanName(said) ?? undefined);
}

/**
 * Thanks and a form of address after the name ("Soekarno Hadi, matur nuwun nak", "Soekarno Hadi pak") were booked as the name, and
 * the counter would call it out whole (session 46, a field test of an elderly citizen). Thanks in any case; an address word only in
 * lower case, as one types it to the chat, not as part of a name.
 */
const TRAILING_THANKS = /[\s,;.!-]+(?:matur\s*nuwun|maturnuwun|terima\s*kasih|trimakasih|makasih|hatur\s*nuhun|thanks|thank\s+you|tq|tks)$/i;
const TRAILING_ADDRESS = /[\s,;.!-]+(?:nak|pak|bu|kak|mas|mbak|mba|dik|min|bang|ya|nggih|sanes)$/;
function withoutCourtesy(name: string): string {
  let rest = name.replace(/[\s,;.!]+$/u, '');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(TRAILING_THANKS, '').replace(TRAILING_ADDRESS, '').replace(/[\s,;.!]+$/u, '');
  }
  return rest;
}

/** Names only: one inert line, no digits (a NIK or phone number must not end up in the name field). */
export function cleanName(text: string): string | null {
  // "Sutrisno (bapak saya)": who the person is, in brackets after the name, is no part of it (session 45, a field test).
  const name = withoutCourtesy(inertLine(text).replace(NAME_LEAD, '').replace(RELATIVE_LEAD, '').replace(/\s*\([^()]*\)\s*$/u, '').trim());
  if (name.length < 2 || name.length > 60 || /[\d?]/.test(name) || !/\p{L}/u.test(name) || NOT_A_NAME.test(name) || REQUEST_WORDS.test(name) || SENTENCE_WORDS.test(name)) return null;
  return name;
}

/** How early a citizen is asked to come before the slot (the booking card's "Datang 15 menit sebelum jadwal"). */
const ARRIVE_EARLY_MINUTES = 15;

/** The citizen said yes: commit the booking (or move), durable before we say so. */
export async function commit(app: App, turn: Turn, draft: BookingDraft): Promise<Reply> {
  const { lang } = turn;
  turn.session.pending = undefined;
  try {
    if (draft.moving) return await commitMove(app, turn, draft);
    // Someone else's name stays on their booking only: the profile keeps the citizen's own for their next one.
    if (draft.name && draft.for !== 'other') saveName(app, turn, draft.name);
    const service = app.info.service(draft.service!)!;
    const booking = await app.bookings.book({
      user: turn.user,
      name: draft.name ?? userName(app, turn) ?? '-',
      service: service.id,
      variant: draft.variant ?? service.defaultVariant,
      ...(draft.variant ? {} : { variantOpen: true }),
      date: draft.date!,
      time: draft.time!,
    });
    turn.session.service = booking.service;
    const come = tr(lang, 'Datang 15 menit sebelum jadwal. Ketik "cek booking" untuk melihat posisi antrean, "ganti jadwal" atau "batal booking" bila berhalangan.', 'Come 15 minutes early. Type "my booking" to see your queue position, "reschedule" or "cancel booking" if plans change.');
    // An announcement already sent to this service's day ("layanan KTP besok mulai pukul 10.00") reached only those booked then:
    // one booking after it came at 08.00 and waited two hours (session 48, a field test). It is shown with the booking.
    const notice = noticeLine(app, booking, lang);
    const head = `✅ ${tr(lang, 'Booking berhasil!', 'You are booked!')}\n${bookingCard(app, booking, lang)}${notice ? `\n\n${notice}` : ''}`;
    if (booking.variantOpen) {
      const which = askVariant(app, turn, booking);
      return { kind: 'booking_confirmed', text: `${head}\n\n${come}\n\n${which.text}`, options: which.options, numberedInText: true, booking: summary(booking) };
    }
    return { kind: 'booking_confirmed', text: `${head}\n\n${checklistBlock(app, booking, lang)}\n\n${come}`, booking: summary(booking) };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'SLOT_TAKEN' || error.code === 'SLOT_CLOSED')) {
      return explainProblem(app, turn, draft, error.message as SlotProblem);
    }
    if (error instanceof AppError && error.code === 'LIMIT_REACHED') return limitReply(app, turn, error.message);
    throw error;
  }
}

/** After booking: which variant, numbered, so the checklist fits. The booking is already safe. */
function askVariant(app: App, turn: Turn, booking: Booking): { text: string; options: Choice[] } {
  const { lang } = turn;
  const service = app.info.service(booking.service)!;
  const options = variantChoices(service, lang, 'booking_variant').map((c) => ({ ...c, request: { ...c.request, bookingId: booking.id } }));
  const list = options.map((o, i) => `${i + 1}. ${o.label}`).join('\n');
  const question = tr(lang, `Satu lagi, supaya daftar dokumennya tepat: ${pick(service.name, lang)} yang mana? Balas dengan nomornya:`, `One more thing, so the checklist fits: which ${pick(service.name, lang)} service? Reply with its number:`);
  return { text: `${question}\n${list}`, options };
}

/** The variant picked after booking: recorded on the booking (durably), then its checklist. */
export async function setVariant(app: App, turn: Turn, bookingId: string | undefined, variant: string | null | undefined): Promise<Reply> {
  const booking = bookingId ? app.bookings.get(bookingId) : undefined;
  const service = booking ? app.info.service(booking.service) : undefined;
  if (!booking || !service || booking.user !== turn.user || booking.status !== 'booked' || !service.variants.some((v) => v.id === variant)) return notFound(turn);
  const updated = app.bookings.patch(booking, { variant: variant!, variantOpen: false });
  await app.store.flush();
  const title = app.info.title(service, app.info.variant(service, updated.variant), turn.lang);
  return { kind: 'answer', text: `${tr(turn.lang, `Dicatat: booking ${updated.code} untuk ${title}.`, `Noted: booking ${updated.code} is for ${title}.`)}\n\n${checklistBlock(app, updated, turn.lang)}` };
}

function saveName(app: App, turn: Turn, name: string): void {
  const users = app.store.table('users');
  const existing = users.get(turn.user);
  // With the chat's language: a new citizen's profile starts here, and reminders read it (notify.ts langOf).
  users.put({ ...existing, id: turn.user, name, lang: turn.lang, createdAt: existing?.createdAt ?? turn.now.toISOString() });
}

async function commitMove(app: App, turn: Turn, draft: BookingDraft): Promise<Reply> {
  const { lang } = turn;
  const booking = app.bookings.get(draft.moving!);
  if (!booking || booking.user !== turn.user || booking.status !== 'booked') return notFound(turn);
  const moved = await app.bookings.move(booking, draft.date!, draft.time!);
  return {
    kind: 'booking_moved',
    text: `🔁 ${tr(lang, 'Jadwal berhasil dipindah.', 'Your booking was moved.')}\n${bookingCard(app, moved, lang)}`,
    booking: summary(moved),
  };
}

function limitReply(app: App, turn: Turn, which: string): Reply {
  const { lang } = turn;
  const text =
    which === 'same_service_day'
      ? tr(
          lang,
          'Anda sudah punya booking untuk layanan ini pada hari itu. Ketik "cek booking" untuk melihatnya, atau "ganti jadwal". Untuk anggota keluarga lain: booking dari nomor HP mereka sendiri, atau ambil nomor antrean di loket informasi.',
          'You already have a booking for this service that day. Type "my booking" to see it, or "reschedule". For another family member: book from their own phone, or take a number at the information desk.',
        )
      : tr(lang, `Anda sudah punya ${app.settings.booking.maxActivePerUser} booking aktif (batas maksimal). Batalkan salah satu dulu bila perlu.`, `You already have ${app.settings.booking.maxActivePerUser} active bookings (the maximum). Cancel one first if needed.`);
  return { kind: 'answer', text };
}

export function notFound(turn: Turn): Reply {
  return {
    kind: 'answer',
    // A booking made from another phone (lost, or a grandson's) is found only by staff: said so (session 47, a field test).
    text: tr(turn.lang, 'Booking tidak ditemukan. Ketik "cek booking" untuk melihat booking Anda. Booking dibuat dari nomor lain (HP hilang atau ganti nomor)? Sebutkan kode booking atau nomor antreannya ke petugas: ketik "bicara dengan petugas".', 'Booking not found. Type "my booking" to see your bookings. Made from another number (a lost or changed phone)? Give its booking code or queue number to the staff: type "talk to staff".'),
  };
}

/**
 * "batalin aja" while the number is being called or was missed today: the counter has it now, so the chat does not cancel or move
 * it, and says so (it said "Booking tidak ditemukan"; session 42, `npm run simulate`).
 */
function inService(app: App, turn: Turn): Reply | undefined {
  const called = calledToday(app, turn);
  if (!called) return undefined;
  const label = queueLabel(called.service, called.queueNumber);
  const where = called.counter ?? tr(turn.lang, 'loket', 'the counter');
  return {
    kind: 'answer',
    text: tr(turn.lang, `Nomor ${label} sudah dipanggil hari ini, jadi tidak bisa dibatalkan atau dipindah lewat chat. Sampaikan langsung ke petugas di ${where}.`, `${label} has been called today, so it cannot be cancelled or moved in the chat. Please tell the staff at ${where}.`),
  };
}

/** The citizen's own booking by code, or their only active one; never someone else's. */
function target(app: App, turn: Turn, code: string | null | undefined, bookingId: string | undefined, named?: { service?: string | null; moving: boolean }): Booking | Booking[] | undefined {
  if (bookingId) {
    const booking = app.bookings.get(bookingId);
    return booking?.user === turn.user ? booking : undefined;
  }
  const active = app.bookings.activeFor(turn.user).filter((b) => b.status === 'booked');
  // A booking its day ended on unserved may still be moved (bookings.ts unservedFor): by its code, or when nothing is ahead.
  const unserved = named?.moving === true ? app.bookings.unservedFor(turn.user) : [];
  if (code) return active.find((b) => b.code === code.toUpperCase()) ?? unserved.find((b) => b.code === code.toUpperCase());
  if (active.length === 0 && unserved.length > 0) return unserved.length === 1 ? unserved[0] : unserved;
  if (active.length === 1) return active[0];
  if (active.length === 0) return undefined;
  // "batal yang kamis", "yang skck dipindah ke senin": the one booking the message names (booking-named.ts).
  return (named && bookingNamed(app, turn, active, named.service, named.moving)) ?? active;
}

/**
 * A move asked for a service the citizen holds no booking of, while they hold one of another ("ganti jadwal kk ke selasa" with
 * only a passport booking): that booking is not the one meant, and is left as it is; a booking of the service named is offered.
 */
function noneOfService(app: App, turn: Turn, service: Service, held: Booking): Reply {
  const { lang } = turn;
  const name = pick(service.name, lang);
  const heldName = app.info.service(held.service) ? pick(app.info.service(held.service)!.name, lang) : held.service;
  return {
    kind: 'answer',
    text: tr(lang, `Anda belum punya booking ${name} untuk dipindah. Booking ${held.code} (${heldName}, ${formatShortDate(held.date, lang)} ${held.time}) tidak diubah.`, `You have no ${name} booking to move. Booking ${held.code} (${heldName}, ${formatShortDate(held.date, lang)} ${held.time}) is unchanged.`),
    options: [
      { label: tr(lang, `Booking ${name}`, `Book ${name}`), value: `booking ${service.id}` },
      { label: tr(lang, `Ganti jadwal ${held.code}`, `Reschedule ${held.code}`), value: `ganti jadwal ${held.code}` },
    ],
  };
}

/** Where a move goes, when it was said before the booking was picked ("ganti jadwal", then "kamis jam 10"). */
interface MoveTo {
  readonly date?: string | null;
  readonly time?: string | null;
}

function pickBooking(app: App, turn: Turn, list: Booking[], intent: 'cancel' | 'reschedule', to: MoveTo = {}): Reply {
  const { lang } = turn;
  // Under several names (a mother's own and her son's), each option says whose, by the first name (session 46, a field test).
  const whose = new Set(list.map((b) => b.name)).size > 1 ? (b: Booking): string => ` · ${b.name.split(/\s+/)[0] ?? ''}` : (): string => '';
  const choices: Choice[] = list.map((b) => ({
    label: `${b.code} ${app.info.service(b.service) ? pick(app.info.service(b.service)!.name, lang) : b.service} ${formatShortDate(b.date, lang)} ${b.time}${whose(b)}`,
    value: b.code,
    // The service too: "yang skck" picks the SKCK booking (choices.ts matchUnderstood); it had become a question about SKCK
    // (session 40, `npm run simulate`).
    request: { intent, bookingId: b.id, service: b.service, ...(to.date ? { date: to.date } : {}), ...(to.time ? { time: to.time } : {}) },
  }));
  turn.session.pending = { kind: 'choose', choices };
  const where = [to.date ? formatDate(to.date, lang) : '', to.time ? formatTime(to.time, app.settings.timeZone, lang) : ''].filter(Boolean).join(', ');
  const text = where ? tr(lang, `Pindah ke ${where}: booking yang mana?`, `Move to ${where}: which booking?`) : tr(lang, 'Booking yang mana?', 'Which booking?');
  return { kind: 'clarify', text, options: choices };
}

export function myBookings(app: App, turn: Turn, code: string | null, late = false, arrival = false): Reply {
  const { lang } = turn;
  const today = localParts(turn.now, app.settings.timeZone).date;
  const list = app.bookings.activeFor(turn.user).filter((b) => !code || b.code === code.toUpperCase());
  const unserved = app.bookings.unservedFor(turn.user).filter((b) => !code || b.code === code.toUpperCase());
  const missed = unservedLines(app, unserved, lang);
  const moveMissed = unserved.slice(0, 2).map((b) => ({ label: `${tr(lang, 'Ganti jadwal', 'Reschedule')} ${b.code}`, value: `ganti jadwal ${b.code}` }));
  if (list.length === 0 && missed !== '') return { kind: 'answer', text: missed, options: moveMissed };
  if (list.length === 0) {
    return code
      ? notFound(turn)
      : { kind: 'answer', text: tr(lang, 'Anda belum punya booking aktif. Ketik "booking" untuk mengambil antrean.', 'You have no active booking. Type "book" to get a queue slot.') };
  }
  const nowMinutes = localParts(turn.now, app.settings.timeZone).minutes;
  const cards = list.map((b) => [bookingCard(app, b, lang), closedLine(app, b, lang), liveStatus(app, b, today, lang, nowMinutes, bookingNotice(app.store, b) !== undefined), noticeLine(app, b, lang)].filter(Boolean).join('\n'));
  const text = `${tr(lang, 'Booking Anda:', 'Your bookings:')}\n\n${cards.join('\n\n')}`;
  // An announcement to the slot may change when to come ("mulai jam 10"): the citizen is pointed at it.
  const heed = list.some((b) => bookingNotice(app.store, b)) ? tr(lang, 'Bila pengumuman di atas mengubah jam layanan, ikuti pengumuman itu.', 'If the announcement above changes the service hours, follow it.') : '';
  const after = [late ? lateness(lang) : '', arrival ? [arriveBy(app, list, lang), heed].filter(Boolean).join(' ') : '', missed].filter(Boolean);
  return { kind: 'answer', text: [text, ...after].join('\n\n') };
}

/**
 * The bookings whose day ended before the MPP reached them (bookings.ts unservedFor): what happened, and until when they can
 * still be moved; '' when none. The day-end message said "Ganti jadwal"; the next morning it must still be there to choose.
 */
function unservedLines(app: App, unserved: readonly Booking[], lang: Lang): string {
  return unserved
    .map((b) => {
      const service = app.info.service(b.service);
      const name = service ? pick(service.name, lang) : b.service;
      const until = formatDate(addDays(b.date, UNSERVED_MOVABLE_DAYS), lang);
      return tr(
        lang,
        `⚠️ Booking ${b.code} (${name}, ${formatShortDate(b.date, lang)} ${b.time}) tidak sempat dilayani: layanan hari itu sudah tutup. Mohon maaf. Ketik "ganti jadwal ${b.code}" untuk pindah ke hari lain (bisa sampai ${until}).`,
        `⚠️ Booking ${b.code} (${name}, ${formatShortDate(b.date, lang)} ${b.time}) was not served: the service had closed for that day. We are sorry. Type "reschedule ${b.code}" to move it to another day (until ${until}).`,
      );
    })
    .join('\n');
}

/** The booking's day was closed after it was made (staff's `/tutuplayanan`, a holiday added), or ''. */
function closedLine(app: App, booking: Booking, lang: Lang): string {
  if (booking.status !== 'booked') return '';
  const closed = closureFor(app.settings, booking.service, booking.date);
  if (!closed) return '';
  return tr(lang, `⚠️ Layanan tutup pada hari itu (${pick(closed.reason, lang)}): ketik "ganti jadwal" untuk hari lain, atau "batal booking".`, `⚠️ The service is closed that day (${pick(closed.reason, lang)}): type "reschedule" for another day, or "cancel booking".`);
}

/**
 * Staff's latest announcement to this booking's service and day (announce/booking-notice.ts), or ''. With when it was sent: its
 * "besok", read the next morning, had been taken for the day after (session 48, a field test).
 */
function noticeLine(app: App, booking: Booking, lang: Lang): string {
  const notice = bookingNotice(app.store, booking);
  if (!notice) return '';
  const sent = localParts(new Date(notice.confirmedAt ?? notice.createdAt), app.settings.timeZone);
  const when = `${formatShortDate(sent.date, lang)} ${formatTime(sent.time, app.settings.timeZone, lang)}`;
  return `📢 ${tr(lang, `Pengumuman untuk jadwal ini (dikirim ${when})`, `Announcement for this slot (sent ${when})`)}: ${notice.text}`;
}

/** "jadi saya datang jam berapa?": the time to be there for each booking, as the booking card's "come 15 minutes early" says. */
function arriveBy(app: App, list: readonly Booking[], lang: Lang): string {
  const at = (b: Booking): string => formatTime(fromMinutes(Math.max(0, toMinutes(b.time) - ARRIVE_EARLY_MINUTES)), app.settings.timeZone, lang);
  if (list.length === 1) {
    const b = list[0]!;
    return tr(lang, `Datang paling lambat pukul ${at(b)}, 15 menit sebelum jadwal, lalu tunjukkan kode booking di loket.`, `Be there by ${at(b)}, 15 minutes before your slot, and show your booking code at the counter.`);
  }
  const lines = list.map((b) => `${b.code}: ${formatShortDate(b.date, lang)} ${at(b)}`);
  return `${tr(lang, 'Datang paling lambat 15 menit sebelum jadwal:', 'Be there 15 minutes before each slot:')}\n${lines.join('\n')}`;
}

/**
 * What happens to a number missed when called, as the counter does it (staff/counter.ts `finishCurrent`: an absent ticket is
 * marked skipped and called again once the service's queue is empty, and the citizen is told to report to the counter). Asked
 * "kalau saya telat, antrian saya hangus ga?", the booking alone did not answer (session 38).
 */
function lateness(lang: Lang): string {
  return tr(
    lang,
    'Bila Anda terlambat: nomor yang terlewat saat dipanggil tidak langsung hangus. Petugas menandainya tidak hadir dan memanggilnya lagi setelah antrean layanan itu habis hari itu, jadi segera lapor ke loket begitu tiba. Bila tidak bisa datang hari itu, ketik "ganti jadwal".',
    'If you are late: a number missed when called is not dropped at once. Staff mark it absent and call it again once that service\'s queue is empty that day, so report to the counter as soon as you arrive. If you cannot come that day, type "reschedule".',
  );
}

export function startCancel(app: App, turn: Turn, code: string | null | undefined, bookingId?: string, service?: string | null): Reply {
  const named = target(app, turn, code, bookingId, { service, moving: false });
  if (Array.isArray(named)) return pickBooking(app, turn, named, 'cancel');
  // A number missed when called may still be called off from home: the citizen who cannot come after all was told to see the
  // counter, where they are not (session 46, a field test). One being called right now is the counter's (inService).
  const missed = !named && !code ? calledToday(app, turn) : undefined;
  const found = named ?? (missed?.status === 'skipped' ? missed : undefined);
  if (!found || (found.status !== 'booked' && found.status !== 'skipped')) return inService(app, turn) ?? notFound(turn);
  const choices = yesNo(turn.lang, { intent: 'confirm' }, { intent: 'decline' });
  turn.session.pending = { kind: 'cancel', bookingId: found.id, choices };
  return {
    kind: 'clarify',
    // Whose booking it is (the card's "Atas nama"): asked to cancel "yg punya istri sy", the chat was shown its own booking without
    // a name and cancelled it (session 44, simulate).
    text: `${tr(turn.lang, 'Batalkan booking ini?', 'Cancel this booking?')}\n${bookingCard(app, found, turn.lang)}`,
    options: choices,
  };
}

export async function commitCancel(app: App, turn: Turn, bookingId: string): Promise<Reply> {
  turn.session.pending = undefined;
  const booking = app.bookings.get(bookingId);
  if (!booking || booking.user !== turn.user || (booking.status !== 'booked' && booking.status !== 'skipped')) return notFound(turn);
  const cancelled = await app.bookings.cancel(booking, { by: 'citizen' });
  return {
    kind: 'booking_cancelled',
    text: tr(turn.lang, `Booking ${cancelled.code} sudah dibatalkan dan slotnya dilepas. Terima kasih sudah mengabari.`, `Booking ${cancelled.code} is cancelled and the slot released. Thanks for letting us know.`),
    booking: summary(cancelled),
  };
}

export function startReschedule(app: App, turn: Turn, request: Pick<Request, 'code' | 'bookingId' | 'date' | 'time' | 'impossibleDate' | 'service'>): Reply {
  const found = target(app, turn, request.code, request.bookingId, { service: request.service, moving: true });
  if (Array.isArray(found)) return pickBooking(app, turn, found, 'reschedule', { date: request.date, time: request.time });
  if (!found || found.status !== 'booked') return inService(app, turn) ?? notFound(turn);
  const other = request.service && request.service !== found.service && !request.bookingId && !request.code ? app.info.service(request.service) : undefined;
  if (other) return noneOfService(app, turn, other, found);
  // A booking its day ended on unserved (bookings.ts unservedFor) keeps no day of its own: "ganti ke jam 10" asks for the day.
  const today = localParts(turn.now, app.settings.timeZone).date;
  const ownDay = found.date >= today ? found.date : undefined;
  // "undur seminggu": the booking's own day and hour, a week on (shift-days.ts).
  const shift = request.date || ownDay === undefined ? null : shiftDays(turn.text);
  // "majukan 1 jam": the booking's day, its hour moved (a time the NLU found in the words is no hour: "1 jam" is an amount).
  const minutes = request.date || shift !== null ? null : shiftMinutes(turn.text);
  const at = minutes === null || ownDay === undefined ? null : toMinutes(found.time) + minutes;
  if (at !== null) {
    // Past midnight either way is no hour of that day: the day's free times are offered instead.
    const time = at >= 0 && at < 24 * 60 ? fromMinutes(at) : undefined;
    return advance(app, turn, { moving: found.id, service: found.service, variant: found.variant, date: found.date, time });
  }
  return advance(app, turn, {
    moving: found.id,
    service: found.service,
    variant: found.variant,
    // "ganti ke jam 10" keeps the day.
    date: shift !== null ? addDays(found.date, shift) : (request.date ?? (request.time || hourMoved(turn.text) ? ownDay : undefined)),
    // "besok ada rapat, ganti rabu aja" keeps the hour: it asked "Pilih jam", and the "iya" that followed was no option (session 43,
    // `npm run simulate`). The confirm says the hour stayed and how to pick another; a full hour offers the nearest free ones.
    time: request.time ?? (shift !== null || SAME_TIME.test(turn.text) || (request.date && request.date !== found.date) ? found.time : undefined),
  }, request.impossibleDate);
}
