/**
 * Layani's language understanding on `natural`: `createNlu(catalog, { timeZone })` trains at start-up
 * (~0.5 s) and returns a pure, synchronous `Nlu`. Pipeline (pipeline.ts): normalise → entities → stems;
 * then three views of the stems (classifier.ts) and the decision (this file). See docs/notes/nlu.md.
 *
 * Confidence: ≥ 0.5 when Bayes and the centroid agree and an example of the intent is close (on the test
 * set 99 % of those answers are right); below 0.5 the two best in-scope guesses come in `alternatives`
 * for a clarifying question.
 *
 * What the engine gets besides the intent:
 * - Entity-only messages ("sim", "kalau yg akta?", "ktp hilang", "besok bisa?") carry no action word.
 *   They come back as intent `requirements` (a service was named) or `book` (only a day or time) with
 *   confidence ENTITY_ONLY_CONFIDENCE (< 0.5) and no alternatives: keep the previous action and fill
 *   in the entity. A bare booking code ("LY-7KQ2M") comes back as `my_booking`.
 * - `yesNo` is set only when the whole message is an answer ("iya kak", "oke", "ga jadi", "batal");
 *   `number` only when it is a pick ("2", "no 3", "yang kedua"). When the engine has asked a question,
 *   read these first. The intent of a bare answer is `fallback` (confidence ENTITY_ONLY_CONFIDENCE)
 *   unless it can stand alone: `cancel`/`unsubscribe` for a no ("batal", "stop"), `thanks`/`greeting`
 *   for a yes ("oke"). A bare number is `fallback`.
 * - Out of scope (weather, music, chit-chat…) is `fallback`: the fallback examples won, or no service was
 *   named and more than one word in five is unknown to every in-scope example, or no example is close.
 *   Its confidence says how sure we are that it is out of scope.
 */
import type { IntentName, LearnedData, Nlu, Understanding } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { BagIndex } from './bag-index.js';
import { ANOTHER_DAY_FROM, anotherDay, BOOKING_ASKED, doneBy, movedTo, offered, resend } from './booking-family.js';
import { IntentModel, type ModelState } from './classifier.js';
import { complaintElsewhere, type ComplaintTopicWords } from './complaint-topic.js';
import { decide, LONG_MESSAGE } from './decide.js';
import { argmax, type Decision, decision, isIntent, OUT_OF_SCOPE, promoted, round } from './decision.js';
import { ENGLISH_WORDS } from './english.js';
import { closing, type Memory, PING, recall, REMEMBERED_CONFIDENCE } from './example-memory.js';
import { trainingExamples } from './examples/index.js';
import { foreignObject } from './foreign-object.js';
import { FUNCTION_WORDS } from './function-words.js';
import { withGrievances } from './grievance.js';
import { holidayHours } from './holiday-question.js';
import type { Closure } from './holidays.js';
import { FRAME_INTENTS, sentences, vote } from './long-message.js';
import { nameFrame } from './name-frame.js';
import { otherDomain } from './other-domain.js';
import { Analyzer } from './pipeline.js';
import { ELSEWHERE_CONFIDENCE, isElsewhere } from './place-elsewhere.js';
import { ourQuestion } from './question-frame.js';
import { train, withLearned, withSynonyms } from './training.js';

// Kept reachable from the public entry: bench/, scripts/ and tests import them from here.
export {
  decide,
  FEELING_MIN_COVERAGE,
  LONG_MESSAGE,
  LONG_MIN_COVERAGE,
  LONG_MIN_NEAREST,
  STRONG_FEELING_MIN_COVERAGE,
  THRESHOLDS,
  type Thresholds,
  UNKNOWN_WEIGHT,
} from './decide.js';
export { type Decision, ENTITY_ONLY_CONFIDENCE, OUT_OF_SCOPE } from './decision.js';
export { bagKey, type Memory } from './example-memory.js';

export interface NluOptions {
  /** The MPP's IANA zone (`settings.timeZone`): dates and times are read and written in it. */
  readonly timeZone: string;
  /** The MPP's closures (`settings.closures`): holiday names ("natal", "lebaran") read as their dates. */
  readonly closures?: readonly Closure[];
  /** What staff taught this MPP (`/belajar`): extra examples, and words that name a service here. */
  readonly learned?: LearnedData;
}

/**
 * Everything training produces, structured-clone friendly: the models' state and the memorised example
 * bags. Given back to `createNlu` (same examples, catalog, options and code: intents/model-cache.ts keys
 * it on all of them), it answers exactly as the trained model did, without training.
 */
export interface NluSnapshot {
  readonly model: ModelState;
  readonly memory: Memory;
  /**
   * The stems the analyser computes before training (catalog names, word lists: ~700 words), so a restart does not
   * stem them again: natural's stemmer allocated ~8 MB of garbage for them, which V8's young generation kept as
   * resident memory (issue 14). Only words of the code and the catalog, never a citizen's: taken before any message.
   */
  readonly stems: ReadonlyMap<string, string>;
}

/** The NLU plus what the learning loop and the start-up cache ask of it. */
export interface TrainedNlu extends Nlu {
  /** The first run of content words in `text` that no example and no catalog phrase knows ("kitas", "taspen"). */
  unknownWords(text: string): string[];
  /** What a restart needs to skip training (`createNlu(catalog, options, snapshot)`). */
  snapshot(): NluSnapshot;
}

/**
 * Trains the models from `intents/examples/`, what was learned and the catalog's names (~0.5–1.5 s), then
 * answers synchronously. With `snapshot` (from a model trained on the same inputs) nothing is trained.
 */
export function createNlu(catalog: Catalog, options: NluOptions, snapshot?: NluSnapshot): TrainedNlu {
  const examples = withLearned(trainingExamples(), options.learned);
  const analyzer = new Analyzer(withSynonyms(catalog, options.learned), options.timeZone, [...examples.values()].flat(), options.closures, snapshot?.stems);
  const trainingNow = new Date(0);
  const neutral = analyzer.neutralStems();
  const topicStems = analyzer.topicStems();
  const stems = snapshot?.stems ?? analyzer.stemsSoFar();
  const { model, memory } = snapshot
    ? { model: IntentModel.restore(snapshot.model, neutral), memory: snapshot.memory }
    : train(examples, analyzer, trainingNow, neutral);
  const topic: ComplaintTopicWords = { seen: (stem) => model.seen(stem), ...topicStems };
  const bagIndex = new BagIndex(memory.bags.keys());
  const functionStems = new Set([...FUNCTION_WORDS].map((w) => analyzer.stem(w)));
  /** A long message read sentence by sentence (long-message.ts); null when that changes nothing. */
  const bySentence = (text: string, now: Date, whole: Decision): Decision | null => {
    const parts = sentences(text);
    if (parts.length < 2) return null;
    const votes = [];
    for (const part of parts) {
      const pa = analyzer.analyse(part.text, now);
      if (pa.features.length < 2 || pa.entityOnly) continue;
      const s = model.score(pa.features);
      const d = decide(pa, s, model.labels);
      votes.push({ intent: d.intent, confidence: d.confidence, question: part.question, scores: s.centroid });
    }
    const sum = vote(votes);
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
  };
  const knownWord = (w: string): boolean => model.knows(analyzer.stem(w)) || ENGLISH_WORDS.has(w) || FUNCTION_WORDS.has(w);
  return {
    snapshot: () => ({ model: model.state, memory, stems }),
    understand(text: string, now: Date): Understanding {
      // A complaint told as a story counts its shapes as words of judging (grievance.ts).
      const a = withGrievances(analyzer.analyse(text, now));
      const remembered = a.entityOnly ? undefined : PING.test(a.normalized) ? 'greeting' : closing(a.features) ? 'thanks' : recall(memory, bagIndex, a.features);
      const whole = remembered !== undefined ? decision(remembered, REMEMBERED_CONFIDENCE) : decide(a, model.score(a.features), model.labels);
      // Two words of judging make the whole message a complaint (feelingTop), and its sentences do not outvote that: the story
      // sits in one and the feeling in another ("tadi ditawarin jalur cepat bayar 500 ribu buat sim. miris", session 7).
      const judged = whole.intent === 'complaint' && a.feelings >= 2;
      const decided = remembered === undefined && !a.entityOnly && !judged && a.features.length >= LONG_MESSAGE ? (bySentence(text, now, whole) ?? whole) : whole;
      const rejected = decided.intent === OUT_OF_SCOPE && remembered === undefined;
      const named = rejected ? nameFrame(a, model, functionStems) : null;
      const framed = rejected && named === null ? ourQuestion(a, knownWord) : null;
      const first = named ?? framed ?? decided;
      const moved = remembered === undefined && (first.intent === 'reschedule' || ANOTHER_DAY_FROM.has(first.intent)) && (anotherDay(a.features) || movedTo(a.features));
      const chosen =
        remembered !== undefined ? first
        : holidayHours(a, first.intent, typeof text === 'string' && text.includes('?')) ? decision('hours', HOLIDAY_CONFIDENCE)
        : moved ? decision('reschedule', first.confidence, promoted(first.alternatives, 'reschedule'))
        : first.intent === 'unsubscribe' && resend(a.features) ? decision('my_booking', first.confidence, promoted(first.alternatives, 'my_booking'))
        : BOOKING_ASKED.has(first.intent) && doneBy(a.features) ? decision('duration', first.confidence, promoted(first.alternatives, 'duration'))
        : first;
      // The day offered, not the day refused ("tanggal 5 ga bisa, ganti tanggal 7 aja": the 7th).
      const when = moved ? offered(text, now, analyzer) ?? a : a;
      const elsewhere = remembered === undefined && (isElsewhere(a, chosen.intent) || foreignObject(a, chosen.intent, topic) !== null || otherDomain(a, chosen.intent) !== null || complaintElsewhere(a, chosen.intent, topic) !== null);
      const { intent, confidence, alternatives } = elsewhere ? decision(OUT_OF_SCOPE, ELSEWHERE_CONFIDENCE) : chosen;
      return {
        normalized: a.normalized,
        intent,
        confidence,
        alternatives,
        service: a.service,
        variant: a.variant,
        date: when.date,
        time: when.time,
        bookingCode: a.bookingCode,
        number: a.number,
        yesNo: a.yesNo,
        lang: a.lang,
        unknownPlace: named?.place ?? null,
        unknownAgency: named?.agency ?? null,
        impossibleDate: a.impossibleDate ?? null,
      };
    },
    unknownWords(text: string): string[] {
      // The first run of unknown words: a name is written together ("kartu kuning"), digits never are one.
      const unknown = ([w, stem]: readonly [string, string]): boolean => /^[a-z]{2,}$/.test(w) && !model.knows(stem);
      const words = analyzer.analyse(text, trainingNow).words;
      const first = words.findIndex(unknown);
      if (first < 0) return [];
      const end = words.findIndex((w, i) => i > first && !unknown(w));
      return words.slice(first, end < 0 ? undefined : end).map(([w]) => w);
    },
  };
}

/**
 * A letter of only formulas and story (no sentence asks for anything) that greets or thanks: that is what it says
 * ("Assalamualaikum … Perkenalkan, saya Ibu … Semoga Bapak dan Ibu selalu sehat": dev set 6, long-polite, read as a
 * complaint). Thanks over greeting, as a letter that thanks also greets. Only when the whole reading is unsure.
 */
function courtesyLetter(votes: readonly { intent: string }[], whole: Decision): Decision | null {
  if (whole.confidence >= 0.5 && whole.intent !== OUT_OF_SCOPE) return null;
  const said = (intent: IntentName): boolean => votes.some((v) => v.intent === intent);
  const intent = said('thanks') ? 'thanks' : said('greeting') ? 'greeting' : null;
  return intent === null ? null : decision(intent, 0.49);
}

/** A holiday beside a word of opening or duty (holiday-question.ts): the question is clear, the engine need not ask back. */
const HOLIDAY_CONFIDENCE = 0.6;

