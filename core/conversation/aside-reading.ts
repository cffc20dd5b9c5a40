/**
 * What counts as an aside: a question asked in the middle of a dialog that holds a draft ("jam
 * buka?", "syaratnya apa aja?", "makasih" at "Booking KTP Kamis 09.00, benar?"). It is answered and
 * the open question asked again, the draft kept (field bug, issue 11). Only reading here, no
 * replies, so read-request.ts can use it without an import cycle.
 */
import type { IntentName, Understanding } from '../nlu.js';
import type { Pending } from '../session.js';
import { shiftDays, shiftMinutes } from './shift-days.js';

/** Intents that only inform: answering them changes nothing, so the open question can wait. */
export const ASIDE_INTENTS = new Set<IntentName>(['hours', 'location', 'requirements', 'procedure', 'cost', 'duration', 'list_services', 'help', 'greeting', 'thanks', 'my_booking']);
/** The same bar as a topic change in read-request.ts: a guess is not enough to set the question aside. */
const ASIDE_CONFIDENCE = 0.5;
/**
 * The floor for an unsure reading taken where what follows is safe: the NLU caps a reading its models do not agree on at 0.49
 * (see `leads`), so a bar at 0.5 refused every unsure one. A part of several questions ("Berapa biaya bikin paspor 48 halaman":
 * cost 0.49, several-questions.ts) and a call-off right after booking (confirmed before anything is lost, read-request.ts) count
 * from here (session 39).
 */
export const UNSURE_READING = 0.45;

/** "pas natal buka?", "besok buka?" ask; "natal aja", "ganti ke jumat" would move a booking draft instead. */
export const ASIDE_WORDS = /\b(buka|tutup|libur|open|closed)\b/;
export const MOVE_WORDS = /\b(ganti|pindah|jadi(nya)?|aja|saja|booking|book|daftar|change|move|instead)\b/;

export type DraftPending = Extract<Pending, { kind: 'booking' | 'cancel' | 'rename' | 'complaint' }>;

/** Dialogs whose draft an aside must not lose. A `choose` menu holds nothing; `announce` is staff's. */
export function holdsDraft(pending: Pending | undefined): pending is DraftPending {
  return pending?.kind === 'booking' || pending?.kind === 'cancel' || pending?.kind === 'rename' || pending?.kind === 'complaint';
}

/** A runner-up under this share of the best score is no rival (intent-hints.ts CLARIFY_RATIO: not worth offering). */
const RIVAL_RATIO = 0.25;

/**
 * The reading leads: sure on its own, or ahead of its alternatives with no contender. Sure is the NLU's own score,
 * not only its calibrated confidence: the NLU caps a reading at 0.49 whenever its two models disagree, however clear
 * the lead, and training on the field's messages made that common for words the fallback class now knows ("syarat
 * KTP-el baru (pemula)", the example this bot itself suggests: requirements scored 0.64 against 0.03, confidence 0.49;
 * session 11). So the reading that leads its alternatives with a score at the bar, and whose runner-up is under
 * `rivalRatio` of it, is as sure.
 */
export function leads(u: Understanding, rivalRatio = RIVAL_RATIO): boolean {
  if (u.alternatives.length === 0) return u.confidence >= ASIDE_CONFIDENCE;
  const [best, second] = u.alternatives;
  return best !== undefined && best.intent === u.intent && best.score >= ASIDE_CONFIDENCE && (second === undefined || second.score < best.score * rivalRatio);
}

/** A confident informational intent with no rival reading. */
export function isAside(u: Understanding): boolean {
  return ASIDE_INTENTS.has(u.intent) && leads(u);
}

/** Questions about a service or the MPP: what a citizen may ask before agreeing to a booking. */
const QUESTION_INTENTS = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location']);
/** A question mark or a question word: "oke, syaratnya apa?" asks; "oke" alone agrees. */
/** "perlu bawa …", "harus bawa …", "need to bring …": the papers asked about. */
const BRING = /\b(perlu|harus|wajib|musti|mesti|kudu|need to|have to|must|should i)\s+(bawa|membawa|dibawa|bring)\b/;
const ASKS = /\?|\b(apa|apakah|berapa|kapan|dimana|mana|gimana|bagaimana|what|when|where|how|which)\b/;

/**
 * "oke, syaratnya apa?" at a confirm step (field bug 3): the leading "oke" acknowledges, the rest
 * asks. The question is what to answer; agreeing waits for the next message. The classifier is
 * less sure of such mixed messages ("oke" pulls towards thanks), so its top reading is enough here
 * when the message plainly asks. Returns the question's intent, or null.
 */
export function questionAsked(text: string, u: Understanding): IntentName | null {
  // What to bring, asked about the service being booked: "bentar, itu perlu bawa saksi ga?" at "Lanjutkan?" was "Mohon jawab ya
  // atau tidak" (session 44, `npm run simulate`). Without a service the models read it as out of scope; the draft has one.
  if (BRING.test(text.toLowerCase()) && ASKS.test(text.toLowerCase())) return 'requirements';
  const top = u.alternatives[0]?.intent ?? u.intent;
  if (!QUESTION_INTENTS.has(u.intent) || top !== u.intent) return null;
  return ASKS.test(text.toLowerCase()) ? u.intent : null;
}

/** "ganti jadwal aja", "reschedule it instead" at "Batalkan booking ini?": move the booking rather than cancel it (field bug 4). */
const MOVE_INSTEAD = new RegExp(
  [
    String.raw`\b(ganti|pindah|pindahkan|pindahin|ubah|geser|undur|mundur|mundurin|majukan|majuin)\b.*\b(jadwal|jadwalnya|hari|harinya|jam|jamnya|tanggal|tanggalnya|waktu|waktunya)\b`,
    String.raw`\b(jadwal ulang|reschedule|rebook|move it|another (day|time)|change the (date|time|day))\b`,
    // Field test (issue 11): "diundur aja", "hari lain aja", "postpone instead", "make it friday instead", "different day please".
    String.raw`\b(diundur|diundurin|dimundurin|mundurkan|dimajukan|dimajuin|hari lain|lain hari|jam lain|tanggal lain|waktu lain)\b`,
    String.raw`\b(postpone|delay|push it back|bring it forward|move (it|to)|make it|change it|another (date|week)|(a )?different (day|date|time)|other (day|date|time)|later date)\b`,
  ].join('|'),
);
/** "jumat aja", "friday instead": a day and a word that prefers it, with no word of cancelling. */
const RATHER = /\b(aja|saja|deh|instead|rather)\b/;
const CANCEL_WORDS = /\b(batal|batalin|batalkan|cancel|hapus|delete)\b/;

/** "can't make it tomorrow": a booking given up, not moved ("make it tuesday" moves it). */
const CANT_MAKE_IT = /\b(can'?t|cannot|won'?t|wont|couldn'?t|unable to|not able to|not)\s+(be able to\s+)?make it\b/;

/** "friday would be better", "can we do wednesday instead": a day preferred to the one booked. */
const PREFERS = /\b(instead|rather|would be better|works better|is better|better for me|lebih baik|lebih enak|lebih cocok)\b/;

/**
 * "actually make it tuesday" right after booking: a move, which the NLU reads as a cancel by its "make it" (the field's "can't
 * make it, cancel my booking"). Asked "Cancel this booking?", the citizen's "yes" cancelled it (session 41, `npm run simulate`).
 * "can we do wednesday instead" and "friday would be better" fell out of scope. For a citizen who holds a booking, a cancel or
 * out-of-scope reading (not another business's topic) is a move when it names a day or an hour and says it moves or prefers
 * it, with no word of cancelling and no "can't make it".
 */
export function readsAsMove(text: string, u: Understanding): boolean {
  const t = text.toLowerCase();
  if (CANCEL_WORDS.test(t) || CANT_MAKE_IT.test(t)) return false;
  // "majukan 5 jam", "push it back by an hour" name no day or hour but shift the booking's own (shift-days.ts); the NLU read
  // them out of scope, so a citizen with a booking was told "Maaf, saya belum paham" (session 42, `npm run simulate`).
  if ((u.intent === 'fallback' || u.intent === 'reschedule') && u.outside === undefined && shifts(t)) return true;
  if (u.date === null && u.time === null) return false;
  if (u.intent === 'cancel') return movesInstead(text, u);
  // "something came up, can we move it to thursday?" right after booking: read as a move, but unsure (0.37), it was "not one of
  // the options" under the variant question (session 43, `npm run simulate`). Its own words and day make it one.
  return (u.intent === 'fallback' || u.intent === 'reschedule') && u.outside === undefined && (MOVE_INSTEAD.test(t) || PREFERS.test(t));
}

/** A shift of the booking's own day or hour: "undur seminggu", "dimajuin 1 jam". */
export function shifts(text: string): boolean {
  return shiftDays(text) !== null || shiftMinutes(text) !== null;
}

export function movesInstead(text: string, u: Understanding): boolean {
  const t = text.toLowerCase();
  if (u.intent === 'reschedule' || MOVE_INSTEAD.test(t)) return true;
  return (u.date !== null || u.time !== null) && RATHER.test(t) && !CANCEL_WORDS.test(t);
}

/**
 * "oke, parkirnya di mana?" at a confirm step: the yes word only acknowledges, the rest asks
 * something no step could answer. It must not confirm (field test, issue 11): the question is asked
 * again instead. A bare "ya?" still agrees.
 */
export function yesButAsks(text: string): boolean {
  const t = text.toLowerCase();
  const words = t.match(/\p{L}+/gu) ?? [];
  return words.length >= 2 && (t.includes('?') || ASKS.test(t));
}

/** "besok buka?" at the confirm step asks about the day; "besok aja" moves the draft. */
export function asksAboutDay(text: string, u: Understanding): boolean {
  const t = text.toLowerCase();
  return u.intent === 'hours' && isAside(u) && ASIDE_WORDS.test(t) && !MOVE_WORDS.test(t);
}
