/**
 * Several questions in one message (issue 10, class 9): "jam buka sama alamatnya dmn", "syarat dan
 * alur paspor", "alamat dimana, jam brp buka, syarat ktp apa". Each part is understood alone. Parts
 * that need no question are answered at once; the first part that needs one ("Paspor yang mana?")
 * asks it, and the parts after it are owed: answered right after the citizen picks, with the
 * service and variant picked, so two follow-ups never collapse into one question.
 */
import type { App, Turn } from '../app.js';
import { pick, tr } from '../i18n.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { NamedElsewhere, Request } from '../session.js';
import type { Reply } from '../types.js';
import { asideRequests } from './aside.js';
import { holdsDraft, UNSURE_READING } from './aside-reading.js';
import { confirmQuestion, readConfirm } from './confirm-answer.js';
import { routeRequest } from './dispatch.js';
import { wantsBooking } from './intent-hints.js';
import { intentLabel } from './intent-labels.js';
import { CONTEXT_MS, namedElsewhere } from './read-request.js';
import type { Step, Understood } from './step.js';

/**
 * Words that join two questions, in chat Indonesian, Javanese (lan, karo), Sundanese (jeung, sareng) and English. "lalu" not after a
 * span of time: "bulan lalu" is last month, and split there a newlywed's story became a question (session 44, simulate).
 */
const JOINERS =
  /\s*(?:(?<!-)\b(?:sama|sm|ama)\b(?!-)|\b(?:dan|dn|n|trus|terus|trs|(?<!\b(?:bulan|minggu|pekan|tahun|hari|jam|waktu|kali|dulu) )lalu|serta|plus|kalau|kalo|klo|lan|karo|jeung|sareng|and|then|also)\b|\b(?:habis|abis) itu\b|&|\+)\s*/i;
/** Commas and inner question marks split too, but only when every piece is a question of its own. */
const PIECES = /\s*[,;]\s*|\?+\s+/;
const ANSWERABLE = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'book']);
/** Topics that follow the service discussed last when a part names none. */
const SERVICE_TOPICS = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration', 'book']);
/** How sure a part's reading must be: an unsure one counts (session 39, dev set 306: at 0.5 the fee part was no question). */
const PART_CONFIDENCE = UNSURE_READING;
/**
 * A piece that tells what happened ("sy kan br nikah bulan lalu") asks nothing of the service it names: a newlywed asking about
 * the family card and the KTP was asked which KUA marriage registration (session 44, `npm run simulate`). Told, unless the piece
 * also asks.
 */
const TOLD = /\b(?:kan|baru|br|sudah|udah|sdh|habis|abis|barusan|kemarin|kemaren|kmrn|lalu|tadi)\b/i;
const ASKS_PART = /\?|\b(?:apa|apakah|berapa|brp|kapan|kpn|dimana|di mana|dmn|gimana|gmn|bagaimana|cara|caranya|syarat\w*|biaya\w*|tarif|harga|lama|alur|prosedur|urus|ngurus|bisa|boleh|harus|hrs|perlu|what|when|where|how|which)\b/i;

interface Part {
  readonly text: string;
  readonly intent: IntentName | null;
  readonly u: Understanding;
  /** It names a service and only tells what happened (TOLD, not ASKS_PART): no question of its own, none borrowed. */
  readonly told: boolean;
}

export const severalQuestions: Step<Understood> = async ({ app, session, turn, u }) => {
  const drafting = asideAllowed(turn);
  if (session.pending && session.pending.kind !== 'choose' && !drafting) return null;
  const parts = split(app, turn, true) ?? split(app, turn, false);
  const requests = parts ? requestsOf(parts, contextService(turn)) : [];
  // "ktp saya hilang, mau booking besok jam 9" is one request in two pieces.
  if (!parts || requests.length < 2) return null;
  // In a dialog only questions are an aside; "jumat jam 10 sama lokasinya?" also moves the draft: the dialog reads it.
  if (drafting && requests.some((r) => r.intent === 'book')) return null;
  // The whole message tells the language better than its pieces ("requirements" alone is no evidence).
  if ((turn.text.match(/\p{L}{3,}/gu) ?? []).length >= 2) session.lang = u.lang;
  const spoken = { ...turn, lang: session.lang };
  return drafting ? asideRequests(app, spoken, requests) : answerInOrder(app, spoken, requests);
};

/** "jam buka sama lokasinya dmn?" at a booking or cancel question, unless it starts with the answer ("ya, …"). */
function asideAllowed(turn: Turn): boolean {
  const pending = turn.session.pending;
  if (!holdsDraft(pending) || pending.kind === 'complaint') return false;
  const question = confirmQuestion(pending);
  return !question || readConfirm(question, turn.text) === null;
}

/** The parts of the message, each with its own question, or null when it is one question. */
function split(app: App, turn: Turn, byCommas: boolean): Part[] | null {
  const texts = turn.text
    .split(JOINERS)
    .flatMap((t) => (byCommas ? t.split(PIECES) : [t]))
    .filter((t) => t && t.trim().length > 1);
  if (texts.length < 2 || (byCommas && texts.length === turn.text.split(JOINERS).filter((t) => t && t.trim().length > 1).length)) return null;
  const hasBooking = app.bookings.activeFor(turn.user).some((b) => b.status === 'booked');
  const read = texts.map((text) => {
    const u = app.nlu.understand(text, turn.now);
    const told = u.service !== null && TOLD.test(text) && !ASKS_PART.test(text);
    const intent = wantsBooking(text, u, hasBooking) ?? (u.confidence >= PART_CONFIDENCE && ANSWERABLE.has(u.intent) && !told ? u.intent : null);
    return { text, intent, u, told };
  });
  // "biaya sim dan paspor": a part that only names a service asks what its neighbour asks.
  const parts = read.map((p, i) => (p.intent || !p.u.service || p.told ? p : { ...p, intent: nearest(read, i, (q) => q.intent) ?? null }));
  // Commas also separate the pieces of one booking ("Kamis pagi, sekitar pukul sembilan"): every piece must ask.
  if (byCommas && parts.some((p) => !p.intent)) return null;
  const asked = parts.filter((p) => p.intent !== null);
  return asked.length >= 2 ? asked : null;
}

/** The names a merged request already carries (the earlier part's win, like its date). */
function namedIn({ unknownAgency, unknownPlace }: Request): NamedElsewhere {
  return { ...(unknownAgency !== undefined && { unknownAgency }), ...(unknownPlace !== undefined && { unknownPlace }) };
}

/** The value of the nearest part that has one: earlier parts first, then later ones. */
function nearest<T>(parts: readonly Part[], i: number, value: (p: Part) => T | null | undefined): T | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const v = value(parts[j]!);
    if (v) return v;
  }
  for (let j = i + 1; j < parts.length; j++) {
    const v = value(parts[j]!);
    if (v) return v;
  }
  return undefined;
}

function contextService(turn: Turn): Understanding | null {
  const { session } = turn;
  const fresh = session.service && session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < CONTEXT_MS;
  return fresh ? ({ service: session.service, variant: session.variant ?? null } as Understanding) : null;
}

/** One request per topic and service; pieces of the same one are merged (a date from one, a variant from another). */
function requestsOf(parts: readonly Part[], context: Understanding | null): Request[] {
  const byKey = new Map<string, Request>();
  parts.forEach((part, i) => {
    const intent = part.intent!;
    const own = part.u.service ? part.u : (nearest(parts, i, (q) => (q.u.service ? q.u : null)) ?? (SERVICE_TOPICS.has(intent) ? context : null));
    const service = intent === 'hours' || intent === 'location' ? (part.u.service ?? null) : (own?.service ?? null);
    const key = `${intent} ${service ?? ''}`;
    const before = byKey.get(key);
    byKey.set(key, {
      intent,
      service,
      variant: before?.variant ?? (service ? (own?.variant ?? null) : null),
      date: before?.date ?? part.u.date,
      time: before?.time ?? part.u.time,
      // "kantor pos dimana, mpp buka jam brp": the note that the post office is not ours goes beside its own answer only.
      ...namedElsewhere(part.u),
      ...(before && namedIn(before)),
    });
  });
  // The booking opens a dialog of its own: it goes last.
  return [...byKey.values()].sort((a, b) => Number(a.intent === 'book') - Number(b.intent === 'book'));
}

/**
 * Answers what needs no question at once, in order; the first request that asks a question asks it
 * last (right above where the citizen answers), and the other asking ones are owed until it is
 * answered. The question says what comes after it, so the citizen knows the other part was heard.
 */
export async function answerInOrder(app: App, turn: Turn, requests: readonly Request[]): Promise<Reply[]> {
  const answers: Reply[] = [];
  const owed: Request[] = [];
  let open: { request: Request; reply: Reply; pending: NonNullable<Turn['session']['pending']> } | undefined;
  for (const request of requests) {
    const reply = await routeRequest(app, turn, request);
    const pending = turn.session.pending;
    if (reply.kind !== 'clarify' || !pending) answers.push(reply);
    else if (open) owed.push(request);
    else open = { request, reply, pending };
  }
  if (!open) return answers;
  // Answers routed after the question left their own follow-up options open: the question is what is open.
  turn.session.pending = open.pending;
  if (owed.length === 0) return [...answers, open.reply];
  turn.session.owed = { after: open.pending, requests: owed };
  return [...answers, { ...open.reply, text: `${open.reply.text}\n\n${owedNote(app, turn, [open.request, ...owed])}` }];
}

/** What the pick will answer: "Setelah Anda memilih, saya jawab: syarat, alur, lalu lanjut ke booking." */
function owedNote(app: App, turn: Turn, waiting: readonly Request[]): string {
  const { lang } = turn;
  const first = waiting[0]?.service;
  // "syarat ktp dan kk": the second topic names its own service.
  const named = (r: Request) => (r.service && r.service !== first ? ` ${app.info.service(r.service) ? pick(app.info.service(r.service)!.name, lang) : r.service}` : '');
  const list = waiting.filter((r) => r.intent !== 'book').map((r) => `${intentLabel(r.intent as IntentName, lang).toLowerCase()}${named(r)}`).join(', ');
  const booking = waiting.some((r) => r.intent === 'book');
  if (!list) return tr(lang, 'Setelah Anda memilih, saya lanjutkan ke booking.', 'Once you pick, I will go on with the booking.');
  return booking
    ? tr(lang, `Setelah Anda memilih, saya jawab: ${list}, lalu lanjut ke booking.`, `Once you pick, I will answer: ${list}, then go on with the booking.`)
    : tr(lang, `Setelah Anda memilih, saya jawab: ${list}.`, `Once you pick, I will answer: ${list}.`);
}

/**
 * After the answer to the question a several-part message opened: `reply` plus the owed parts, with
 * the service and variant just picked where they named none. When the answer led to another
 * question ("Pilih jam"), the parts stay owed to that one.
 */
export async function withOwed(app: App, turn: Turn, answered: Request, asked: Turn['session']['pending'], reply: Reply): Promise<Reply[]> {
  const owed = turn.session.owed;
  // Only a pick from the question the parts wait on pays them; a new topic leaves them behind.
  if (!owed || owed.after !== asked || !asked.choices.some((c) => c.request === answered)) return [reply];
  turn.session.owed = undefined;
  const requests = owed.requests.map((r) => {
    if (!answered.service || r.intent === 'hours' || r.intent === 'location') return r;
    if (!r.service) return { ...r, service: answered.service, variant: answered.variant ?? null };
    return r.service === answered.service && !r.variant ? { ...r, variant: answered.variant ?? null } : r;
  });
  if (reply.kind === 'clarify' && turn.session.pending) {
    turn.session.owed = { after: turn.session.pending, requests };
    return [reply];
  }
  return [reply, ...(await answerInOrder(app, turn, requests))];
}
