/**
 * Long polite messages (issue 11): an older citizen's letter wraps one request in greetings, an
 * introduction, a story and thanks ("Assalamualaikum … Perkenalkan saya pensiunan guru … Apakah bisa
 * jadwalnya dipindahkan ke hari lain? Atas perhatiannya terima kasih."). Read as one bag of words, the
 * frames dilute the request, and a story word ("kurang jelas", "sakit") can outweigh it.
 *
 * So a long message is also read sentence by sentence. Sentences the models take for a greeting,
 * thanks or out of scope are frames and drop out (a rejected question does not: rejectedQuestion); the request sentences vote with their centroid
 * cosines, a question counting double (the question is what the citizen wants answered). Not Bayes:
 * on a sentence of fifteen words its posterior saturates at 1 on whichever intent shares the most
 * filler words ("bisakah saya diberi tahu alamat lengkapnya…" was help at 0.994, the centroid said
 * location). Commas do not split: they cut requests in half (measured on the dev set: worse); only a reason
 * after a comma is a sentence of its own (reason-clause.ts). A question may lack its "?" (unmarked-question.ts).
 * Entities still come from the whole message.
 */

import { splitReason } from './reason-clause.js';
import { clauses } from './run-on.js';
import { asksWithoutMark } from './unmarked-question.js';

/** A sentence of a long message: its text, and whether it ended with a question mark. */
export interface Sentence {
  readonly text: string;
  readonly question: boolean;
  /** A clause of a message that runs on without sentence ends (run-on.ts), not a sentence of a letter. */
  readonly clause?: boolean;
}

/** Sentence ends: ? ! ; a line break, or a full stop that is not inside a number ("13.00", "1.500"). */
const SENTENCE_END = /([?!;\n]+|\.(?!\d))/;

/** The sentences of `text`, in order; empty pieces left out. A message of one sentence that runs on, its clauses (run-on.ts). */
export function sentences(text: string): Sentence[] {
  const parts = text.split(SENTENCE_END);
  const out: Sentence[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const [body = '', reason] = splitReason((parts[i] ?? '').trim());
    if (body === '') continue;
    const question = (parts[i + 1] ?? '').includes('?') || asksWithoutMark(body);
    out.push({ text: body, question });
    if (reason !== undefined) out.push({ text: reason, question: false });
  }
  const [only] = out;
  return out.length === 1 && only !== undefined ? clauses(only) : out;
}

/**
 * A long message and its sentences, split once per message: the letter's readers (letter-acts.ts, by-sentence.ts,
 * asked-sentence.ts) each read the same sentences, and splitting is the costly part of a long message after scoring.
 */
export interface Letter {
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** `text` as a letter: its sentences split once (see Letter). */
export function letterOf(text: string): Letter {
  return { text, sentences: sentences(text) };
}

/** Intents that frame a request instead of being one: their sentences do not vote. */
export const FRAME_INTENTS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'fallback']);

/** Weight of a question sentence's vote against a statement's. */
export const QUESTION_WEIGHT = 2;

/**
 * Formulas a letter wraps around its request: "Apakah bisa dibantu?", "mohon bantuannya" (help), and the
 * address "Yth. Bapak/Ibu petugas MPP." (human, said as a statement). They vote only when no sentence asks
 * for anything else (dev set 5, long-polite: a request to move a booking read as help, a question about
 * the Samsat counter's floor as human). Asked as a question, a person is the request ("Apakah saya dapat
 * berbicara langsung dengan petugas?", dev set 4), whatever the story around it.
 */
function softFrame(v: Vote): boolean {
  return v.confidence >= SURE_FORMULA && (v.intent === 'help' || (v.intent === 'human' && !v.question));
}

/**
 * A formula is said the way the examples say it, so the models are sure of it; an unsure help guess is a real
 * question in other words ("Bisakah saya diberi tahu alamat lengkapnya?": help 0.41, the centroid's votes say location).
 */
const SURE_FORMULA = 0.5;

/** One request sentence's say: its decided intent and confidence, whether it asked, and its per-label scores. */
export interface Vote {
  readonly intent: string;
  readonly confidence: number;
  readonly question: boolean;
  readonly scores: ArrayLike<number>;
}

/**
 * A question the models reject on its own still says what the letter asks (session 8, english on dev sets 8 and 9):
 * "Could you please cancel it for me?", "How long does the approval usually take?", "Is it possible to speak with a
 * staff member directly?" are too unlike any example to pass the gate alone (fallback 0.4–0.8), so the letter was
 * decided by its story. Its centroid scores vote; the out-of-scope label never wins a vote (index.ts skips the frame
 * labels). Only when the whole message passed the gate: otherwise an out-of-scope letter ("Could you recommend a good
 * hotel near the beach?", probes written for this) found an intent in its rejected question. A rejected statement is
 * story or formula and stays out.
 */
function rejectedQuestion(v: Vote, wholeInScope: boolean): boolean {
  return wholeInScope && v.question && v.intent === 'fallback';
}

/**
 * Per-label sum of the request sentences' scores (`scores` aligned with the labels), or null when no
 * sentence is a request: the whole-message reading then stands. `wholeInScope`: the whole message passed the gate.
 */
export function vote(votes: readonly Vote[], wholeInScope = false): Float64Array | null {
  const requests = votes.filter((v) => !FRAME_INTENTS.has(v.intent) || rejectedQuestion(v, wholeInScope));
  const errands = requests.filter((v) => !softFrame(v));
  const kept = errands.length > 0 ? errands : requests;
  if (kept.length === 0) return null;
  const sum = new Float64Array(kept[0]?.scores.length ?? 0);
  for (const v of kept) {
    const w = v.question ? QUESTION_WEIGHT : 1;
    for (let c = 0; c < sum.length; c++) sum[c] = (sum[c] ?? 0) + w * (v.scores[c] ?? 0);
  }
  return sum;
}
