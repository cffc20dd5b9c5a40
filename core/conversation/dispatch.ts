/**
 * The handler table: one function per request intent. `routeRequest` clears the open question,
 * runs the handler, and leaves any options it offered open for "1", "2"… or a tap.
 */
import { subscribe, unsubscribe } from '../announce/subscriptions.js';
import type { App, Turn } from '../app.js';
import { formatShortDate } from '../format.js';
import { tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { Choice, Pending, Request } from '../session.js';
import { confirmAnnouncement, declineAnnouncement } from '../staff/announce-commands.js';
import { confirmClosure, declineClosure } from '../staff/closure-commands.js';
import { commitStaffCancel } from '../staff/staff-commands.js';
import type { Reply } from '../types.js';
import { bookedFor } from './booked-for.js';
import { advance, commit, commitCancel, myBookings, nameSaid, setVariant, startCancel, startReschedule } from './booking-dialog.js';
import { checkIn } from './check-in.js';
import { applyChoice, startComplaint } from './complaint-dialog.js';
import { rememberDay } from './day-follow-up.js';
import { facilityReply } from './facility-reply.js';
import { noteWrongGuess, tooManyGuesses } from './guess-limit.js';
import { dayHoursReply } from './holidays.js';
import { fallback, greeting, help, hours, listServices, location, notHere, overview, representation, serviceChoices, serviceTopic } from './info-replies.js';
import { misunderstood } from './misunderstood.js';
import { INFO_TOPICS } from './read-request.js';
import { commitRename, startRename } from './rename.js';

type Handler = (app: App, turn: Turn, request: Request, pending: Pending | undefined) => Promise<Reply> | Reply;

const HANDLERS: Record<Request['intent'], Handler> = {
  greeting: (app, turn) => greeting(app, turn),
  thanks: (_app, turn) => ({ kind: 'answer', text: tr(turn.lang, 'Sama-sama! Semoga urusannya lancar. 🙏', 'You are welcome! Good luck with your errand. 🙏') }),
  help: (app, turn, request) => help(app, turn, request.asksOfficial === true, request.infoAsked === true),
  // "bpjs kesehatan mau pindah faskes bisa disini ga", "bisa daftar paspor langsung di mpp ga?": whether that service is here.
  // The whole list answered it only by its length (session 44, `npm run simulate`).
  list_services: (app, turn, request) => {
    const service = request.service ? app.info.service(request.service) : undefined;
    return service ? overview(app, turn, service, true) : listServices(app, turn, request);
  },
  requirements: (app, turn, request) => (request.represent ? represent(app, turn, request) : topic(app, turn, 'requirements', request)),
  procedure: (app, turn, request) => topic(app, turn, 'procedure', request),
  cost: (app, turn, request) => topic(app, turn, 'cost', request),
  duration: (app, turn, request) => topic(app, turn, 'duration', request),
  overview: (app, turn, request) => {
    const service = request.service ? app.info.service(request.service) : undefined;
    return service ? overview(app, turn, service) : fallback(app, turn, request);
  },
  hours: (app, turn, request) => (request.date ? dayHoursReply(app, turn, request.date, request.service ?? null, request) : hours(app, turn, request.service ?? null, request)),
  // "toilet dimana": the facility asked about, before any service the conversation was about.
  location: (app, turn, request) => (request.facility ? facilityReply(app, turn, request.facility) : location(app, turn, request.service ?? null, request)),
  // A picked option carries the service; the draft it came from still holds the name and what is being moved.
  book: (app, turn, request, pending) => {
    const sameDraft = pending?.kind === 'booking' && (!request.service || request.service === pending.draft.service);
    // "booking paspor" after a KTP draft: the name just given goes with it (shown at the confirm step, "ganti nama" changes it).
    // Not when the new request is for someone else than the draft was ("… buat ibu saya" after one's own, or the reverse).
    const whom = bookedFor(turn.text);
    const earlier = pending?.kind === 'booking' ? pending.draft : undefined;
    const samePerson = whom === undefined || whom === (earlier?.for ?? 'self');
    const name = earlier && !earlier.moving && earlier.name && samePerson ? { name: earlier.name } : {};
    // "… besok jam 10, namanya Siti Aminah": the name said with the request.
    const said = nameSaid(turn.text);
    const draft = { ...name, ...(sameDraft ? pending.draft : {}), ...(said ? { name: said } : {}), ...definedDraft(request), ...(whom ? { for: whom } : {}) };
    if (sameDraft && !samePerson && !said) delete draft.name;
    return advance(app, turn, draft, request.impossibleDate);
  },
  my_booking: byCode((app, turn, request) => myBookings(app, turn, request.code ?? null, request.late === true, request.arrival === true)),
  cancel: byCode((app, turn, request) => startCancel(app, turn, request.code, request.bookingId, request.service)),
  reschedule: byCode((app, turn, request) => (request.candidates ? askTarget(turn, request) : startReschedule(app, turn, request))),
  rename: (app, turn, _request, pending) => startRename(app, turn, pending),
  booking_variant: (app, turn, request) => setVariant(app, turn, request.bookingId, request.variant),
  confirm: (app, turn, _request, pending) => confirm(app, turn, pending),
  decline: (app, turn, _request, pending) => decline(app, turn, pending),
  complaint: (app, turn, request, pending) => (pending?.kind === 'complaint' ? applyChoice(app, turn, pending, request) : startComplaint(app, turn, request)),
  human: (app, turn) => app.handoffs.start(turn),
  subscribe: (app, turn, request) => subscribe(app, turn, request.service ?? null),
  unsubscribe: (app, turn) => unsubscribe(app, turn),
  checkin: (app, turn) => checkIn(app, turn),
  fallback: (app, turn, request) => fallback(app, turn, request),
};

/** A lookup by booking code: only the citizen's own codes match, and wrong ones count as guesses. */
function byCode(handler: Handler): Handler {
  return async (app, turn, request, pending) => {
    const code = request.code?.toUpperCase();
    if (!code) return handler(app, turn, request, pending);
    const blocked = tooManyGuesses(app, turn);
    if (blocked) return blocked;
    if (!app.bookings.activeFor(turn.user).some((b) => b.code === code)) await noteWrongGuess(app, turn);
    return handler(app, turn, request, pending);
  };
}

/** Handles a request; a reply that offers choices leaves them open for "1", "2"… or a tap. */
export async function routeRequest(app: App, turn: Turn, request: Request): Promise<Reply> {
  const { session } = turn;
  const pending = session.pending;
  session.pending = undefined;
  if (request.service) {
    session.service = request.service;
    session.serviceAt = turn.now.getTime();
    session.variant = request.variant ?? undefined;
  }
  if (INFO_TOPICS.has(request.intent as IntentName)) session.lastIntent = request.intent as IntentName;
  session.subscribedAt = request.intent === 'subscribe' ? turn.now.getTime() : undefined;
  rememberDay(session, request.intent, request.date, turn.now);
  const reply = await HANDLERS[request.intent](app, turn, request, pending);
  const choices = reply.options?.filter((o): o is Choice => 'request' in o) ?? [];
  if (!session.pending && choices.length > 0) session.pending = { kind: 'choose', choices };
  return reply;
}

function topic(app: App, turn: Turn, which: 'requirements' | 'procedure' | 'cost' | 'duration', request: Request): Reply {
  const service = request.service ? app.info.service(request.service) : undefined;
  if (!service) {
    const choices = serviceChoices(app, turn.lang, which);
    turn.session.pending = { kind: 'choose', choices };
    // "syarat klaim pensiun taspen apa aja": an agency this MPP does not host is said to be elsewhere before ours are offered.
    return misunderstood({ kind: 'clarify', text: `${notHere(app, turn, request)}${tr(turn.lang, 'Untuk layanan apa?', 'For which service?')}`, options: choices });
  }
  return serviceTopic(app, turn, which, service, request.variant ?? null, request.detail === true);
}

/** "boleh diwakilkan?" for a service: the catalog's yes/no first; which service, if none is known. */
function represent(app: App, turn: Turn, request: Request): Reply {
  const service = request.service ? app.info.service(request.service) : undefined;
  if (service) return representation(app, turn, service, request.variant ?? null);
  const choices = serviceChoices(app, turn.lang, 'requirements').map((c) => ({ ...c, request: { ...c.request, represent: true } }));
  turn.session.pending = { kind: 'choose', choices };
  return misunderstood({ kind: 'clarify', text: tr(turn.lang, 'Untuk layanan apa?', 'For which service?'), options: choices });
}

async function confirm(app: App, turn: Turn, pending: Pending | undefined): Promise<Reply> {
  if (pending?.kind === 'rename') return commitRename(app, turn, pending);
  if (pending?.kind === 'booking' && pending.awaiting === 'confirm') return commit(app, turn, pending.draft);
  if (pending?.kind === 'cancel') return commitCancel(app, turn, pending.bookingId);
  if (pending?.kind === 'announce') return confirmAnnouncement(app, pending.announcementId);
  if (pending?.kind === 'closure') return confirmClosure(app, turn, pending.closure);
  if (pending?.kind === 'staffCancel') return commitStaffCancel(app, turn, pending.bookingId, pending.reason);
  return { kind: 'answer', text: tr(turn.lang, 'Tidak ada yang perlu dikonfirmasi saat ini.', 'There is nothing to confirm right now.') };
}

async function decline(app: App, turn: Turn, pending: Pending | undefined): Promise<Reply> {
  if (pending?.kind === 'announce') return declineAnnouncement(app, pending.announcementId);
  if (pending?.kind === 'closure') return declineClosure();
  if (pending?.kind === 'staffCancel') {
    turn.session.pending = undefined;
    return { kind: 'staff', text: 'Tidak jadi dibatalkan; booking tetap.' };
  }
  if (pending?.kind === 'booking' && pending.awaiting === 'confirm' && !pending.draft.moving) {
    return { kind: 'answer', text: tr(turn.lang, 'Baik, booking tidak jadi dibuat. Ketik "booking" kapan saja untuk mulai lagi.', 'OK, no booking was made. Type "book" any time to start again.') };
  }
  return {
    kind: 'answer',
    text: pending ? tr(turn.lang, 'Baik, tidak jadi. Tidak ada yang diubah.', 'OK, nothing was changed.') : tr(turn.lang, 'Baik.', 'OK.'),
  };
}

/** Two dates and no "ke": which one is the new date? */
function askTarget(turn: Turn, request: Request): Reply {
  const choices: Choice[] = (request.candidates ?? []).map((date) => ({
    label: formatShortDate(date, turn.lang),
    value: date,
    request: { intent: 'reschedule', code: request.code ?? null, date, time: request.time ?? null },
  }));
  turn.session.pending = { kind: 'choose', choices };
  return { kind: 'clarify', text: tr(turn.lang, 'Pindah ke tanggal yang mana?', 'Move to which date?'), options: choices };
}

function definedDraft(request: Request) {
  return Object.fromEntries(
    (['service', 'variant', 'date', 'time'] as const).filter((k) => request[k]).map((k) => [k, request[k]]),
  ) as { service?: string; variant?: string; date?: string; time?: string };
}
