/**
 * Questions the engine answers before reading a single request: a holiday by name (class 8) and
 * two questions in one message (class 9: "jam buka sama alamatnya dmn" gets both answers).
 */
import { tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { Request } from '../session.js';
import type { Reply } from '../types.js';
import { routeRequest } from './dispatch.js';
import { holidayNamed, holidayReply } from './holidays.js';
import { wantsBooking } from './intent-hints.js';
import { CONTEXT_MS } from './read-request.js';
import type { Step, Understood } from './step.js';

const OPEN_WORDS = /\b(buka|tutup|libur|layanan|melayani|open|closed|close|operasional|masuk|kerja)\b/;
/** Intents a holiday question may come back as. */
const HOLIDAY_INTENTS = new Set<IntentName>(['hours', 'fallback', 'greeting', 'thanks', 'subscribe', 'location']);
const JOINERS = /\s*(?:(?<!-)\bsama\b(?!-)|\bdan\b|\btrus\b|\bterus\b|\blalu\b|\bserta\b|\bplus\b|\bkalau\b|\bkalo\b|\bklo\b|\band\b|\bthen\b|&|\+)\s*/i;
/** Commas are not joiners: "Kamis pagi, sekitar pukul sembilan, apakah masih ada?" is one request. */
const ANSWERABLE = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'book']);
const PART_CONFIDENCE = 0.5;
const HOLIDAY_OVERRIDE_CONFIDENCE = 0.5;

/** Asking whether someone else may come instead (there is no intent for it; issue 10, class 13). */
const REPRESENT = /\b(diwakil\w*|wakilkan|wakilin|mewakili|perwakilan|surat kuasa|dikuasakan|kuasakan|titip\w*|dititipkan|diurus(in|kan)? orang lain|orang lain (yang )?(urus|datang|ambil)|on my behalf|someone else|by proxy|power of attorney|send (my|a) (wife|husband|son|daughter|relative|friend))\b/i;
const REPRESENT_CONTEXT_MS = 30 * 60_000;

export const representationStep: Step<Understood> = async ({ app, session, turn, u }) => {
  if (session.pending && session.pending.kind !== 'choose') return null;
  if (!REPRESENT.test(turn.text)) return null;
  const fresh = session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < REPRESENT_CONTEXT_MS;
  const service = u.service ?? (fresh ? (session.service ?? null) : null);
  const variant = u.service ? u.variant : fresh ? (session.variant ?? null) : null;
  return [await routeRequest(app, turn, { intent: 'requirements', service, variant, represent: true })];
};

/** "detail", "lengkapnya", "more" on their own: the full requirements of what was discussed last. */
const DETAIL = /^(minta |mau |kasih |tolong |please |show )?(detail|detailnya|details|lengkap|lengkapnya|selengkapnya|yang lengkap|yg lengkap|versi lengkap|info lengkap|infonya lengkap|lebih lengkap|lebih detail|lebih rinci|rincian|rinciannya|full|more|more info|more details|tell me more|the details|in full)( dong| donk| ya| nya| please| pls| aja)?[.!?]*$/i;

export const detailStep: Step<Understood> = async ({ app, session, turn }) => {
  if (session.pending && session.pending.kind !== 'choose') return null;
  if (!DETAIL.test(turn.text.trim())) return null;
  const fresh = session.service && session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < CONTEXT_MS;
  if (!fresh) return null;
  return [await routeRequest(app, turn, { intent: 'requirements', service: session.service ?? null, variant: session.variant ?? null, detail: true })];
};

export const holidayStep: Step<Understood> = ({ app, session, turn, u }) => {
  if (session.pending && session.pending.kind !== 'choose') return null;
  const reason = holidayNamed(turn.text);
  if (!reason) return null;
  const t = turn.text.toLowerCase();
  // A bare "waktu nyepi" carries no verb: unless the classifier is sure of another request, it asks about the day.
  if (!HOLIDAY_INTENTS.has(u.intent) && !OPEN_WORDS.test(t) && u.confidence >= HOLIDAY_OVERRIDE_CONFIDENCE) return null;
  session.pending = undefined;
  return [holidayReply(app, turn, reason)];
};

/** Each part of "A sama B" understood alone; two different answerable questions get two answers. */
export const twoQuestions: Step<Understood> = async ({ app, session, turn }) => {
  if (session.pending && session.pending.kind !== 'choose') return null;
  const parts = turn.text.split(JOINERS).filter((p) => p && p.trim().length > 1);
  if (parts.length < 2) return null;
  const hasBooking = app.bookings.activeFor(turn.user).some((b) => b.status === 'booked');
  const read = parts.map((text) => {
    const pu = app.nlu.understand(text, turn.now);
    const intent = wantsBooking(text, pu, hasBooking) ?? (pu.confidence >= PART_CONFIDENCE ? pu.intent : null);
    return { text, intent, u: pu };
  });
  const asked = read.filter((r): r is typeof r & { intent: IntentName } => r.intent !== null && ANSWERABLE.has(r.intent));
  const intents = [...new Set(asked.map((r) => r.intent))];
  if (intents.length < 2) return null;
  session.lang = asked[0]!.u.lang;
  const here = { ...turn, lang: session.lang };
  const service = read.find((r) => r.u.service)?.u;
  const requests: Request[] = intents.map((intent) => {
    const part = asked.find((r) => r.intent === intent)!.u;
    const own = part.service ? part : service;
    return { intent, service: own?.service ?? null, variant: own?.variant ?? null, date: part.date, time: part.time };
  });
  // The booking opens a dialog: it goes last so its question is the one left open.
  requests.sort((a, b) => Number(a.intent === 'book') - Number(b.intent === 'book'));
  return answerAll(app, here, requests);
};

async function answerAll(app: Understood['app'], turn: Understood['turn'], requests: Request[]): Promise<Reply[]> {
  const routed: { request: Request; reply: Reply }[] = [];
  for (const request of requests) routed.push({ request, reply: await routeRequest(app, turn, request) });
  const questions = routed.filter((r) => r.reply.kind === 'clarify');
  const answers = routed.filter((r) => r.reply.kind !== 'clarify').map((r) => r.reply);
  const open = questions.at(-1);
  if (!open) return answers;
  // Only one question can be open at a time: ask the last again, and say the other is next.
  const reply = questions.length > 1 || open !== routed.at(-1) ? await routeRequest(app, turn, open.request) : open.reply;
  const later = questions.slice(0, -1).map((q) => q.request.intent);
  const withBooking = open.request.intent === 'book' && later.every((i) => i === 'requirements');
  const note =
    later.length === 0
      ? ''
      : withBooking
        ? `\n\n${tr(turn.lang, 'Daftar syaratnya saya tampilkan bersama konfirmasi booking.', 'The requirements come with the booking confirmation.')}`
        : `\n\n${tr(turn.lang, 'Pertanyaan Anda yang lain: tanyakan lagi setelah memilih.', 'Your other question comes next: ask it again after you pick.')}`;
  return [...answers, { ...reply, text: `${reply.text}${note}` }];
}
