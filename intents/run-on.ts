/**
 * Run-on chat (session 14, dev set 43): 20 to 70 words typed like speech, with no full stop or question mark, a story
 * first and the request somewhere after a comma or a "nah" ("suami mau bikin npwp buat syarat kredit rumah soalnya bank
 * minta secepatnya, nah di mpp ada loket pajak kan, di lantai berapa ya biar ga muter muter"). long-message.ts found one
 * sentence in it, the whole bag of words was read, and the story's words pushed it out of scope: dev set 43 read 76 %,
 * the run-on chat of dev set 42 50 %.
 *
 * Such a message is cut into clauses at its commas and at the words that chain spoken thoughts ("nah", "terus", "jadi",
 * "tapi", "abis itu"), and by-sentence.ts reads them as a letter's sentences, with two differences that keep out of scope
 * what is not ours: the clauses are read only when the whole message was rejected (a complaint told across clauses keeps
 * its whole reading), and a message whose last clause is rejected on its own, with no clause asking something of ours,
 * stays rejected: chat ends on its request ("… ada puskesmas lain ga di kecamatan sebelah yang antriannya lebih sepi").
 * Commas do not cut letters (long-message.ts: measured worse in session 5): only a message of one sentence is cut.
 */
import type { Sentence } from './long-message.js';
import { asksWithoutMark } from './unmarked-question.js';

/** Fewer words are one thought, whatever its commas ("min, syarat kk apa, makasih"). */
const RUN_ON_WORDS = 16;
/** A shorter piece ("kak,", "eh iya,") belongs to the clause before it, or the first one to the clause after. */
const MIN_CLAUSE_WORDS = 3;
/**
 * A comma, a space before a word that chains a spoken thought to the last, or a voice note's filler where the speaker
 * paused ("… dari terminal bus eee naik angkot nomor berapa ya …": the phone writes no stop; session 24, dev set 105).
 */
const CLAUSE_END = /,\s*|\s+(?:e{2,}h*|em{2,}|hmm+|anu|apa namanya)\s+|\s+(?=(?:nah|terus|trus|trs|jadi|tapi|tp|abis itu|habis itu)\b)/i;

const words = (s: string): number => s.split(/\s+/).length;

/**
 * The clauses of `one`, the only sentence of a message, when it runs on (see above); `[one]` otherwise. A clause asks when
 * it has a question word; when none has one, the last asks if the sentence ended with a question mark.
 */
export function clauses(one: Sentence): Sentence[] {
  if (words(one.text) < RUN_ON_WORDS) return [one];
  const merged: string[] = [];
  for (const piece of one.text.split(CLAUSE_END)) {
    const p = piece.trim();
    if (p === '') continue;
    const last = merged.length - 1;
    if (last >= 0 && words(merged[last] ?? '') < MIN_CLAUSE_WORDS) merged[last] = `${merged[last]} ${p}`;
    else merged.push(p);
  }
  const tail = merged.length - 1;
  if (tail > 0 && words(merged[tail] ?? '') < MIN_CLAUSE_WORDS) merged.splice(tail - 1, 2, `${merged[tail - 1]} ${merged[tail]}`);
  if (merged.length < 2) return [one];
  const asking = merged.map(asksWithoutMark);
  const marked = one.question && !asking.includes(true);
  return merged.map((text, i) => ({ text, clause: true, question: asking[i] === true || (marked && i === merged.length - 1) }));
}
