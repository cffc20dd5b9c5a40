/**
 * Chat that tells what happened first and asks last (issue 11, session 19, dev sets 65 and 68: people sent home after the
 * system went down, traders who cannot leave their stall): "Sistemnya down seharian, pulang tangan kosong. Mau booking slot
 * perpanjang SIM hari Senin jam 9 pagi ya min", "Saya nggak bisa tinggalin lapak lusa. Tolong batalkan saja.". Read whole,
 * the story's words outweigh the request's few (the system down is a grievance, and the message a complaint); its last
 * sentence alone is the request, read by the same models, and what the citizen needs done.
 *
 * Only a short message (a letter has its own sentence readers: by-sentence.ts), of two to four sentences, none but the last
 * a question (a question first is the request: "bsk buka jam brp? mau antri ktp ibu"), whose last sentence the models read
 * as one of the booking family's acts (book, cancel, reschedule) with a word of that act in it, while the whole was read as
 * something else. Where the story judges or tells a grievance, the last sentence must also be concrete (a service or a day
 * named) and judge nothing itself: "petugasnya kasar banget. batal aja deh" stays a complaint. The entities stay the whole
 * message's: "lusa" above is the day called off.
 */
import type { IntentName } from '../core/nlu.js';
import { CALL_OFF_VERBS } from './booking-words.js';
import type { IntentModel } from './classifier.js';
import { decide, THRESHOLDS } from './decide.js';
import { type Decision, decision, promoted } from './decision.js';
import type { Analysis } from './pipeline.js';

const ACTS: ReadonlySet<IntentName> = new Set(['book', 'cancel', 'reschedule']);
/** Words that do the act, normal forms and stems: calling off, moving, taking a number or a slot. */
const ACT_WORDS: ReadonlySet<string> = new Set([
  ...CALL_OFF_VERBS, 'hapus', 'gugur', 'cabut', 'pindah', 'undur', 'mundur', 'geser', 'tunda', 'ganti', 'reschedule', 'jadwal', 'ambil', 'daftar', 'booking', 'antre',
]);
/** Parts of ACT_WORDS' written forms ("dibatalin", "pindahin", "resched", "bookingin", "antrian"): a substring test. */
const ACT_STEMS = /batal|cancel|hapus|gugur|cabut|pindah|undur|geser|tunda|ganti|resch|jadwal|ambil|daftar|book|antr/;
/** Sentences end at a stop followed by a space, or at a line break. */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
const MAX_SENTENCES = 4;
/** More words than this and the message is a letter's business (long-message.ts). */
const MAX_WORDS = 40;
/** How sure of the last sentence's act the models must be. */
const MIN_CONFIDENCE = 0.3;

/** The act the last sentence asks for (see above), or null. */
export function lastRequest(text: string, whole: Decision, feelings: number, analyse: (text: string) => Analysis, model: IntentModel): Decision | null {
  if (ACTS.has(whole.intent)) return null;
  const sentences = text.trim().split(SENTENCE_END).filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES || text.split(/\s+/).length > MAX_WORDS) return null;
  if (sentences.slice(0, -1).some((s) => s.includes('?'))) return null;
  // A cheap look at the raw sentence first: reading it costs a second analysis (dates included).
  if (!ACT_STEMS.test((sentences.at(-1) ?? '').toLowerCase())) return null;
  const last = analyse(sentences.at(-1) ?? '');
  if (last.features.length === 0 || !last.words.some(([w, stem]) => ACT_WORDS.has(w) || ACT_WORDS.has(stem))) return null;
  const judged = whole.intent === 'complaint' || feelings > 0;
  if (judged && (last.feelings > 0 || (last.service === null && last.date === null))) return null;
  const read = decide(last, model.score(last.features), model.labels, THRESHOLDS, false);
  if (!ACTS.has(read.intent) || read.confidence < MIN_CONFIDENCE) return null;
  return decision(read.intent, Math.min(read.confidence, 0.49), promoted(whole.alternatives, read.intent));
}
