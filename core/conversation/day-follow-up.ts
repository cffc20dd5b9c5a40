/**
 * A day said by pointing at the one just talked about: "kalau besoknya?" after "tgl 24 desember buka ga?" (closed for Christmas
 * leave), "oke booking kk hari itu jam 9" after "jumat buka jam berapa?". Without the conversation there is no day in them, so
 * the NLU reads none: the first fell out of scope and the second was offered the days from today (session 41, `npm run
 * simulate`). The day they point at is the one the last hours question or booking request named, for as long as the service
 * talked about stays the default (`CONTEXT_MS`).
 */
import { addDays } from '../local-time.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Session } from '../session.js';

/** The questions a day follows on from; a reschedule reads its own target (reschedule-target.ts). */
const DAY_INTENTS = new Set<IntentName>(['hours', 'book']);

/** "hari itu", "tanggal tersebut", "that day". */
const SAME = String.raw`(?:pada |on )?(?:hari itu|hari tsb|hari tersebut|tanggal itu|tgl itu|tanggal tsb|tanggal tersebut|that day|that date)`;
/**
 * "besoknya", "keesokan harinya", "the next day" (not "the day after tomorrow", which the NLU reads itself). Not Javanese
 * "besoke" or Sundanese "isukna": the NLU reads them as tomorrow, which is what they say as often.
 */
const NEXT = String.raw`(?:besoknya|besokannya|esoknya|keesokan harinya|hari berikutnya|sehari (?:setelahnya|sesudahnya)|(?:the )?(?:day after(?! tomorrow)|next day|following day))`;
/** "lusanya", "dua hari setelahnya". */
const AFTER_NEXT = String.raw`(?:lusanya|dua hari (?:setelahnya|sesudahnya)|two days (?:later|after))`;
/** "sehari sebelumnya", "the day before". */
const BEFORE = String.raw`(?:(?:se)?hari sebelumnya|sehari sebelum itu|(?:the )?day before(?! yesterday))`;

/** "kalau", and the regional ones: Javanese "lek", "nek", "yen", krama "menawi"; Sundanese "upami", "lamun"; Banjar "amun". */
const CONNECTORS = String.raw`kalau|kalo|klo|kl|terus|trus|lalu|nah|lek|nek|yen|menawi|upami|lamun|amun|and|what about|how about`;

const OFFSETS: readonly (readonly [RegExp, number])[] = [
  [new RegExp(String.raw`\b${SAME}\b`), 0],
  [new RegExp(String.raw`\b${NEXT}\b`), 1],
  [new RegExp(String.raw`\b${AFTER_NEXT}\b`), 2],
  [new RegExp(String.raw`\b${BEFORE}\b`), -1],
];
/** The whole message is the follow-up: "kalau besoknya?", "lusanya gimana kak", "what about the day after?". */
const BARE = new RegExp(
  String.raw`^(?:(?:${CONNECTORS})\s+)?(?:${SAME}|${NEXT}|${AFTER_NEXT}|${BEFORE})` +
    String.raw`(?:\s+(?:gimana|bagaimana|gmn|bgmn|kak|min|buka|juga|then|ya|gak|ga|nggak|tidak))*\s*[?!.]*$`,
);

/** Keeps the day an hours question or a booking request named, for the follow-ups above. */
export function rememberDay(session: Session, intent: string, date: string | null | undefined, now: Date): void {
  if (date && DAY_INTENTS.has(intent as IntentName)) session.day = { date, intent: intent as IntentName, at: now.getTime() };
}

/**
 * A day pointed at. `bare`: the whole message is the follow-up, which asks again what was asked of the day unless it says what
 * it asks itself ("kalau besoknya buka?"); `intent` is that.
 */
export interface DayPointedAt {
  readonly date: string;
  readonly bare: boolean;
  readonly intent: IntentName;
}

const CONNECTOR = new RegExp(String.raw`^(?:${CONNECTORS})\b`);
const BOOKING_WORD = /\b(?:book|booking|antri|antre|antrian|antrean|daftar|pesan|reserve)\b/;
/** Below this, with no rival, the NLU's booking reading is its reading of a day said alone (intents/index.ts, entity-only). */
const DAY_ONLY_CONFIDENCE = 0.5;

/**
 * "kalau hari kamis?", "what about monday?", "and the day after tomorrow?" after an hours answer: a day the NLU reads, and nothing
 * asked of it. The NLU reads a day alone as a booking below 0.5 with no rival ("keep the previous action", intents/index.ts), and
 * an English one with a connector as out of scope; both were taken at their word ("kalau hari kamis?" after "jumat buka jam
 * berapa?" asked which service to book; session 41, `npm run simulate`).
 */
function dayOnly(u: Understanding, t: string): boolean {
  if (u.service !== null || BOOKING_WORD.test(t)) return false;
  return u.intent === 'fallback' ? CONNECTOR.test(t) : dayAlone(u);
}

/** The NLU's reading of a day said alone: a booking, unsure, with no rival. */
function dayAlone(u: Understanding): boolean {
  return u.intent === 'book' && u.confidence < DAY_ONLY_CONFIDENCE && u.alternatives.length === 0;
}

/**
 * The day a message points at, or null when it points at none or the day talked about is stale. A day the message names itself
 * is pointed at only when it asks nothing else of it after an hours answer ("kalau hari kamis?").
 */
export function dayPointedAt(session: Session, u: Understanding, text: string, now: Date, freshMs: number): DayPointedAt | null {
  const day = session.day;
  if (!day || now.getTime() - day.at >= freshMs) return null;
  const t = text.trim().toLowerCase();
  if (u.date) return day.intent === 'hours' && dayOnly(u, t) ? { date: u.date, bare: true, intent: 'hours' } : null;
  const offset = OFFSETS.find(([pattern]) => pattern.test(t))?.[1];
  if (offset === undefined) return null;
  const date = addDays(day.date, offset);
  if (!BARE.test(t)) return { date, bare: false, intent: u.intent };
  // "kalau besoknya buka?" after a booking asks about hours, as its "buka" says: it had started a booking for the next day.
  const own = DAY_INTENTS.has(u.intent) && !dayAlone(u);
  return { date, bare: true, intent: own ? u.intent : day.intent };
}

/** Whether a message that says what it wants ("booking ktp hari itu") takes the day pointed at: not a reschedule, which reads its own. */
export function takesDayPointedAt(intent: string): boolean {
  return DAY_INTENTS.has(intent as IntentName);
}
