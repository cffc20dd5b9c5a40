/**
 * Questions the engine answers before reading a single request: a holiday by name (class 8),
 * "boleh diwakilkan?" (class 13) and "detail" typed later. Several questions: several-questions.ts.
 */
import type { IntentName } from '../nlu.js';
import { aside, asideRequest } from './aside.js';
import { ASIDE_WORDS, holdsDraft, MOVE_WORDS } from './aside-reading.js';
import { rememberDay } from './day-follow-up.js';
import { routeRequest } from './dispatch.js';
import { holidayNamed, holidayReply } from './holidays.js';
import { rejectedStory } from './intent-hints.js';
import { CONTEXT_MS } from './read-request.js';
import type { Step, Understood } from './step.js';

const OPEN_WORDS = /\b(buka|tutup|libur|layanan|melayani|open|closed|close|operasional|masuk|kerja)\b/;
/** Intents a holiday question may come back as. */
const HOLIDAY_INTENTS = new Set<IntentName>(['hours', 'fallback', 'greeting', 'thanks', 'subscribe', 'location']);
const HOLIDAY_OVERRIDE_CONFIDENCE = 0.5;

/** Who may be sent instead, in the words citizens use. */
const RELATIVES = 'anak|anakku|istri|istriku|suami|suamiku|cucu|cucuku|adik|adek|kakak|abang|ortu|orang ?tua|bapak|ibu|ayah|mama|papa|keluarga|saudara|sodara|teman|temen|tetangga|keponakan|ponakan|menantu|mertua';
const RELATIVES_EN = 'wife|husband|son|daughter|mother|father|mom|mum|dad|brother|sister|relative|friend|grandson|granddaughter|child|kid|family member|partner';
/** Asking whether someone else may come instead (there is no intent for it; issue 10, class 13). */
const REPRESENT = new RegExp(
  [
    String.raw`\b(diwakil\w*|wakilkan|wakilin|mewakili|perwakilan|surat kuasa|dikuasakan|kuasakan|titip\w*|dititipkan|diurus(in|kan)? orang lain|orang lain (yang )?(urus|datang|ambil)|on my behalf|someone else|by proxy|power of attorney|send (my|a) (wife|husband|son|daughter|relative|friend))\b`,
    // "yang datang cucu saya boleh?", "istri saya aja yang datang bisa?", "bisa diambil anak saya?" (field test, issue 11).
    String.raw`\b(yang|yg) (datang|dateng|ambil|ngambil|urus|ngurus|antri|antre) (${RELATIVES})\b`,
    String.raw`\b(${RELATIVES})( (saya|sy|ku|aku|gue|gw))?( (aja|saja))? (yang|yg) (datang|dateng|ambil|ngambil|urus|ngurus|antri|antre)\b`,
    String.raw`\b(diambil|diambilin|diambilkan|diurus|diurusin|diuruskan)( (oleh|sama|sm|ama))? (${RELATIVES})\b`,
    // "ok, can my wife come instead of me?", "could my son go in my place?"
    String.raw`\b(instead of me|in my place|on (his|her|their) behalf|for me instead|(can|could|may) (my|a) (${RELATIVES_EN}) (come|go|do|pick|collect|apply|queue))\b`,
  ].join('|'),
  'i',
);
const REPRESENT_CONTEXT_MS = 30 * 60_000;

export const representationStep: Step<Understood> = async ({ app, session, turn, u }) => {
  if (!REPRESENT.test(turn.text)) return null;
  // A story the NLU rejected is about something else, whatever its "titip" (intent-hints.ts rejectedStory).
  if (rejectedStory(turn.text, u)) return null;
  // "boleh diwakilkan?" at a booking or cancel question is an aside about the draft's service.
  if (holdsDraft(session.pending) && session.pending.kind !== 'complaint') return asideRequest(app, turn, { intent: 'requirements', service: u.service, variant: u.variant, represent: true });
  if (session.pending && session.pending.kind !== 'choose') return null;
  const fresh = session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < REPRESENT_CONTEXT_MS;
  const service = u.service ?? (fresh ? (session.service ?? null) : null);
  const variant = u.service ? u.variant : fresh ? (session.variant ?? null) : null;
  return [await routeRequest(app, turn, { intent: 'requirements', service, variant, represent: true })];
};

/** "detail", "lengkapnya", "more" on their own: the full requirements of what was discussed last. */
const DETAIL = /^(minta |mau |kasih |tolong |please |show )?(detail|detailnya|details|lengkap|lengkapnya|selengkapnya|yang lengkap|yg lengkap|versi lengkap|info lengkap|infonya lengkap|lebih lengkap|lebih detail|lebih rinci|rincian|rinciannya|full|more|more info|more details|tell me more|the details|in full)( dong| donk| ya| nya| please| pls| aja)?[.!?]*$/i;

export const detailStep: Step<Understood> = async ({ app, session, turn }) => {
  const drafting = holdsDraft(session.pending) && session.pending.kind !== 'complaint';
  if (session.pending && session.pending.kind !== 'choose' && !drafting) return null;
  if (!DETAIL.test(turn.text.trim())) return null;
  const fresh = session.service && session.serviceAt !== undefined && turn.now.getTime() - session.serviceAt < CONTEXT_MS;
  if (!fresh) return null;
  const request = { intent: 'requirements', service: session.service ?? null, variant: session.variant ?? null, detail: true } as const;
  // After "syarat ktp hilang" asked aside at the confirm step, "detail" is one more aside.
  return drafting ? asideRequest(app, turn, request) : [await routeRequest(app, turn, request)];
};

export const holidayStep: Step<Understood> = ({ app, session, turn, u }) => {
  const reason = holidayNamed(turn.text);
  if (!reason) return null;
  const t = turn.text.toLowerCase();
  if (session.pending && session.pending.kind !== 'choose') {
    // "pas natal buka?" in the middle of a booking is an aside: answered, and the open question waits (issue 10).
    // "natal aja", "ganti ke natal" would move the draft instead.
    if (!holdsDraft(session.pending) || session.pending.kind === 'complaint' || !ASIDE_WORDS.test(t) || MOVE_WORDS.test(t)) return null;
    return aside(app, turn, () => [holidayReply(app, turn, reason)]);
  }
  // A bare "waktu nyepi" carries no verb: unless the classifier is sure of another request, it asks about the day.
  if (!HOLIDAY_INTENTS.has(u.intent) && !OPEN_WORDS.test(t) && u.confidence >= HOLIDAY_OVERRIDE_CONFIDENCE) return null;
  // "sehari sebelum nyepi buka?", "senin setelah paskah": a day counted from the holiday (intents/holiday-offset.ts) is
  // that day's question, answered as any day is; the holiday's own closures would answer a day not asked about.
  // Only a counted day: a holiday the published closures do not reach ("17 agustus" in a list ending in June) keeps
  // this answer, where that day's hours would say it is open.
  if (u.dateCountedFromHoliday === true) return null;
  session.pending = undefined;
  // "and the day before?" follows on from the holiday's day (day-follow-up.ts).
  rememberDay(session, 'hours', u.date, turn.now);
  return [holidayReply(app, turn, reason)];
};
