/**
 * A long message read sentence by sentence (issue 11, long polite letters; split out of index.ts): the request
 * sentences vote (long-message.ts), and a letter of only formulas that greets or thanks says that.
 */
import type { IntentName } from '../core/nlu.js';
import type { IntentModel } from './classifier.js';
import { decide, THRESHOLDS } from './decide.js';
import { argmax, type Decision, decision, isIntent, OUT_OF_SCOPE, round } from './decision.js';
import { FRAME_INTENTS, type Letter, vote } from './long-message.js';
import type { SentenceAnalyser } from './sentence-reader.js';

/** A long message read sentence by sentence (long-message.ts); null when that changes nothing. */
export function bySentence(analyzer: SentenceAnalyser, model: IntentModel, letter: Letter, now: Date, whole: Decision): Decision | null {
  const parts = letter.sentences;
  if (parts.length < 2) return null;
  // Run-on chat's clauses (run-on.ts) are read only to find a request its story hid from a whole reading that rejected it.
  const runOn = parts[0]?.clause === true;
  if (runOn && whole.intent !== OUT_OF_SCOPE) return null;
  const votes = [];
  /** The last clause that was read, to judge it again as a message (run-on chat only; see below). */
  let last: { readonly pa: ReturnType<SentenceAnalyser['analyse']>; readonly s: ReturnType<IntentModel['score']> } | undefined;
  for (const part of parts) {
    const pa = analyzer.analyse(part.text, now);
    if (pa.features.length < 2 || pa.entityOnly) continue;
    const s = model.score(pa.features);
    const d = decide(pa, s, model.labels, THRESHOLDS, true);
    votes.push({ intent: d.intent, confidence: d.confidence, question: part.question, scores: s.centroid });
    last = { pa, s };
  }
  // Chat ends on its request: a last clause rejected as a message would be (Bayes may reject it, not so a letter's sentence),
  // with no clause asking for something of ours, leaves the message rejected.
  const lastRejected = runOn && last !== undefined && decide(last.pa, last.s, model.labels, THRESHOLDS, false).intent === OUT_OF_SCOPE;
  if (lastRejected && !votes.some((v) => v.question && v.intent !== OUT_OF_SCOPE)) return null;
  // The whole reading and every question the letter asks agree: the sum of the sentences' centroids below is a weaker
  // witness than both ("… apakah selama bulan Ramadan ini ada perubahan jam pelayanan …?": hours read whole and read alone,
  // the centroids of its greeting and wishes summed to help; session 20, dev set 70).
  const questions = votes.filter((v) => v.question && !FRAME_INTENTS.has(v.intent));
  if (whole.intent !== OUT_OF_SCOPE && questions.length > 0 && questions.every((v) => v.intent === whole.intent)) return whole;
  const sum = vote(votes, whole.intent !== OUT_OF_SCOPE);
  if (sum === null) return courtesyLetter(votes, whole);
  const skip = model.labels.flatMap((l, c) => (FRAME_INTENTS.has(l) ? [c] : []));
  const first = argmax(sum, ...skip);
  const label = model.labels[first];
  if (label === undefined || !isIntent(label)) return null;
  if (label === whole.intent) return whole;
  const total = sum.reduce((x, y) => x + y, 0) || 1;
  const second = argmax(sum, ...skip, first);
  const alternatives = [first, second]
    .map((c) => ({ label: model.labels[c] ?? '', score: (sum[c] ?? 0) / total }))
    .filter((r): r is { label: IntentName; score: number } => isIntent(r.label))
    .map((r) => ({ intent: r.label, score: round(r.score) }));
  return decision(label, Math.min(0.49, (sum[first] ?? 0) / total), alternatives);
}

/**
 * A letter of only formulas and story (no sentence asks for anything) that greets or thanks: that is what it says
 * ("Assalamualaikum … Perkenalkan, saya Ibu … Semoga Bapak dan Ibu selalu sehat": dev set 6, long-polite, read as a
 * complaint). Thanks over greeting, as a letter that thanks also greets. Only when the whole reading is unsure.
 */
function courtesyLetter(votes: readonly { intent: string; question: boolean }[], whole: Decision): Decision | null {
  if (whole.confidence >= 0.5 && whole.intent !== OUT_OF_SCOPE) return null;
  // A letter whose question was rejected asks something that is not ours ("saya ingin tahu sekolah dasar swasta mana yang
  // bagus … Terima kasih atas sarannya", session 10): its thanks are a formula around it, and out of scope stands.
  if (whole.intent === OUT_OF_SCOPE && votes.some((v) => v.question)) return null;
  const said = (intent: IntentName): boolean => votes.some((v) => v.intent === intent);
  const intent = said('thanks') ? 'thanks' : said('greeting') ? 'greeting' : null;
  return intent === null ? null : decision(intent, 0.49);
}
