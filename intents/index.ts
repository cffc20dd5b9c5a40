/**
 * Layani's language understanding on `natural`: `createNlu(catalog, { timeZone })` trains at start-up
 * (~0.5 s) and returns a pure, synchronous `Nlu`. Pipeline (pipeline.ts): normalise → entities → stems;
 * then three views of the stems (classifier.ts), the decision (decide.ts) and the rules after it, composed in
 * `understand` below (their files: docs/notes/nlu.md §13).
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
import { withoutAcronymExpansion } from './acronym-expansion.js';
import { agencyErrand } from './agency-errand.js';
import { askedBeforeArriving, greetingBeforeArriving } from './already-there.js';
import { findBookingCode } from './answers.js';
import { actsAsked, askedThenSighed, toldASum, troubleThenAsked } from './asked-after-trouble.js';
import { askedOutside } from './asked-outside.js';
import { askedInSentence } from './asked-sentence.js';
import { askedWithNeed, widerFrame } from './asked-with-need.js';
import { BagIndex } from './bag-index.js';
import { bankBranch } from './bank-branch.js';
import { bookingAct } from './booking-acts.js';
import { asksAboutLateness, bookingAsked, namesOwnBooking } from './booking-asked.js';
import { ANOTHER_DAY_FROM, anotherDay, DONE_BY_FROM, doneBy, movedTo, movedToWhen, offered, resend, secondChoice } from './booking-family.js';
import { bookingNeeded } from './booking-needed.js';
import { asksBotUsage, asksWhatToAsk } from './bot-usage.js';
import { bySentence } from './by-sentence.js';
import { IntentModel, type ModelState } from './classifier.js';
import { complaintElsewhere, type ComplaintTopicWords } from './complaint-topic.js';
import { caseFirst } from './condition-first.js';
import { correctedValue } from './corrected-value.js';
import type { WindowMemo } from './dates.js';
import { dayNoticed } from './day-noticed.js';
import { decide, LONG_MESSAGE, THRESHOLDS } from './decide.js';
import { type Decision, decision, OUT_OF_SCOPE, promoted, round } from './decision.js';
import { doneHere } from './done-here.js';
import { AGENCY_ALIASES, AGENCY_MARKERS, AGENCY_NAMES, NOT_AN_OFFICE, OTHER_TENANTS } from './elsewhere.js';
import { ENGLISH_WORDS } from './english.js';
import { errandHere } from './errand-here.js';
import { type Memory, REMEMBERED_CONFIDENCE, rememberedIntent } from './example-memory.js';
import { trainingExamples } from './examples/index.js';
import { facilityNamed, facilityQuestion } from './facilities.js';
import { fieldExamplesByIntent } from './field-examples.js';
import { foreignObject } from './foreign-object.js';
import { withoutForwardMark } from './forwarded.js';
import { framedPiece } from './framed-piece.js';
import { FUNCTION_WORDS } from './function-words.js';
import { withGrievances } from './grievance.js';
import { heardFee } from './heard-fee.js';
import { asksOfficial, helpOrPeople } from './help-people.js';
import { holidayHours } from './holiday-question.js';
import type { Closure } from './holidays.js';
import { ironicPraise } from './irony.js';
import { irregularFee } from './irregular-fee.js';
import { joinedPieces } from './joined-questions.js';
import { closingVerdict, firstRequest, lastRequest } from './last-request.js';
import { leisure } from './leisure.js';
import { askedAct, declaredAct } from './letter-acts.js';
import { lifeAdvice } from './life-advice.js';
import { letterOf } from './long-message.js';
import { type NamedDecision, nameFrame, untaught } from './name-frame.js';
import { landmarkAsked } from './near-landmark.js';
import { withoutOfficeClause } from './office-clause.js';
import { officeQuestion } from './office-question.js';
import { openingVerdict } from './opening-verdict.js';
import { otherDomain } from './other-domain.js';
import { type Analysis, Analyzer } from './pipeline.js';
import { ELSEWHERE_CONFIDENCE, isElsewhere } from './place-elsewhere.js';
import { questionBeforePurpose } from './purpose-after.js';
import { INFO_INTENTS, ourQuestion, questionFrame } from './question-frame.js';
import { questionThenTold, toldThenQuestion } from './question-then-told.js';
import { queueElsewhere } from './queue-elsewhere.js';
import { quoteOf, withoutQuote } from './quoted-reply.js';
import { rhetoricalWhere } from './rhetorical.js';
import { routeAsked } from './route-asked.js';
import { selfCorrected } from './self-correction.js';
import { sentenceReader } from './sentence-reader.js';
import { servedAt } from './served-at.js';
import { serviceHomonym } from './service-homonym.js';
import { storyDay } from './story-day.js';
import { neverOurs, surePhrase } from './sure-phrases.js';
import { takenBack } from './taken-back.js';
import { thanksTold } from './thanks-told.js';
import { distressTold, staffStory, toldNotAsked } from './told-not-asked.js';
import { train, withLearned, withSynonyms } from './training.js';
import { againTold, turnedAwayAgain } from './turned-away.js';

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
  /**
   * Dev sets left out of the field examples (field-examples.ts), by name ("dev-12"): bench/field-cv.ts trains without a
   * fold to score it. Empty in production.
   */
  readonly fieldExcept?: readonly string[];
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
    : train(examples, fieldExamplesByIntent(options.fieldExcept), analyzer, trainingNow, neutral);
  const parts: Parts = {
    timeZone: options.timeZone,
    analyzer,
    model,
    memory,
    topic: { seen: (stem) => model.seen(stem), ...topicStems, otherTenants: otherTenants(catalog) },
    bagIndex: new BagIndex(memory.bags.keys()),
    functionStems: new Set([...FUNCTION_WORDS].map((w) => analyzer.stem(w))),
    ourAgencies: ourAgencyWords(catalog),
    knownWord: (w: string): boolean => model.knows(analyzer.stem(w)) || ENGLISH_WORDS.has(w) || FUNCTION_WORDS.has(w),
  };
  return {
    snapshot: () => ({ model: model.state, memory, stems }),
    understand: (text: string, now: Date): Understanding => understand(parts, text, now),
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

/** The words that name an agency of the catalog (elsewhere.ts AGENCY_ALIASES, and its own ids). */
function ourAgencyWords(catalog: Catalog): ReadonlySet<string> {
  return new Set(catalog.services.flatMap((s) => [...s.agency.split('_'), ...(AGENCY_ALIASES[s.agency] ?? [])]));
}

/** OTHER_TENANTS less any this catalog serves: an agency id or service id word ("bpn_pertanahan", "taspen_klaim"). */
function otherTenants(catalog: Catalog): ReadonlySet<string> {
  const served = new Set(catalog.services.flatMap((s) => [...s.id.split('_'), ...s.agency.split('_')]));
  return new Set([...OTHER_TENANTS].filter((w) => !served.has(w)));
}

/** What the steps of `understand` read: built once by createNlu, never changed by a message. */
interface Parts {
  /** The MPP's zone: a story's day just past is reckoned in it (story-day.ts). */
  readonly timeZone: string;
  readonly analyzer: Analyzer;
  readonly model: IntentModel;
  readonly memory: Memory;
  readonly bagIndex: BagIndex;
  readonly topic: ComplaintTopicWords;
  /** Stems of the function words: they end an unknown name (name-frame.ts). */
  readonly functionStems: ReadonlySet<string>;
  /** Words that name an agency of the catalog (ourAgencyWords). */
  readonly ourAgencies: ReadonlySet<string>;
  /** A word some example, English or the function words know (ourQuestion: is the word after "mpp" a place's name?). */
  readonly knownWord: (w: string) => boolean;
}

/**
 * One message, in the order the rules must see it: a remembered example answers at once; otherwise the models decide
 * (a long letter by its sentences), a rejected message gets a second look, the holiday and booking-family rules
 * correct what the models are known to confuse, and a question about somewhere or something not ours is rejected last,
 * whatever intent it was given.
 */
function understand(p: Parts, written: string, now: Date): Understanding {
  const whole = understandWhole(p, written, now);
  if (typeof written !== 'string') return whole;
  const placed = placeQuestionFirst(p, written, whole, now) ?? officeAfterTrouble(p, written, whole, now) ?? askedAfterTrouble(p, written, whole, now) ?? askedBeforeSigh(p, written, whole, now) ?? actedWithTrouble(p, written, whole, now) ?? askedBesideNeed(p, written, whole, now) ?? officeWithoutClause(p, written, whole, now);
  if (placed !== null) return placed;
  if (whole.intent !== OUT_OF_SCOPE) return whole;
  return questionBeforeErrand(p, written, now) ?? caseToldFirst(p, written, now) ?? requestFirst(p, written, now) ?? joinedQuestions(p, written, whole, now) ?? whole;
}

/** What a piece of joined questions must ask for the message to be ours (joined-questions.ts). */
const JOINED_ASKED: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services', 'book']);
/** How sure each piece's reading must be. */
const JOINED_PIECE_SURE = 0.3;
/** Unsure: the conversation reads the pieces again, and a clarifying question offers the first piece's intent. */
const JOINED_CONFIDENCE = 0.49;

/**
 * Two or three questions of ours joined in one message and read out of scope whole (joined-questions.ts): the first piece's
 * question, with the service, day and hour the whole names when the piece names none. Every piece must ask something of ours,
 * and the whole must not be another's business for what the first asks.
 */
function joinedQuestions(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  const pieces = joinedPieces(written);
  if (pieces === null) return null;
  const read = pieces.map((piece) => understandWhole(p, piece, now));
  if (read.some((r) => !JOINED_ASKED.has(r.intent) || r.confidence < JOINED_PIECE_SURE)) return null;
  // Not the first piece's `read`: the whole message is meant, and the conversation answers every piece.
  const { read: _piece, ...first } = read[0]!;
  if (notOurs(p.analyzer.analyse(written, now), first.intent, p.topic) !== null) return null;
  const named = first.service === null ? { service: whole.service, variant: whole.variant } : {};
  const when = first.date === null && first.time === null ? { date: whole.date, time: whole.time } : {};
  return { ...first, ...named, ...when, confidence: Math.min(first.confidence, JOINED_CONFIDENCE) };
}

/**
 * "kantor BPN yang ngurus sertifikat tanah itu di mana ya": an office asked about with what it handles told in between
 * (office-clause.ts), read out of scope for the clause's words, or as a question about our own building. Read again without
 * the clause, it must be a sure question of place that names an office, as the unknown-name frame reads one.
 */
function officeWithoutClause(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  // Read whole, out of scope, or a question of place about no office (the reply would give our own address).
  const unnamed = whole.unknownAgency === null && whole.unknownPlace === null;
  if (whole.service !== null || !(whole.intent === OUT_OF_SCOPE || (PLACE_ASKED.has(whole.intent) && unnamed))) return null;
  const question = withoutOfficeClause(written);
  if (question === null) return null;
  const asked = understandWhole(p, question, now);
  const office = asked.unknownAgency !== null || asked.unknownPlace !== null;
  return PLACE_ASKED.has(asked.intent) && office && asked.confidence >= 0.5 ? { ...asked, read: asked.read ?? question } : null;
}

/** Requests requestFirst reads in a first clause: short formulas whose reading is sure on its own. */
// Not help: "kamu bot ya? lucu juga" is small talk about the bot.
const FIRST_CLAUSE: ReadonlySet<IntentName> = new Set(['unsubscribe', 'subscribe', 'cancel', 'human', 'hours', 'my_booking']);
/** How sure the first clause's reading must be, and how many words the rest may have. */
const FIRST_CLAUSE_SURE = 0.8;
const FIRST_CLAUSE_REST_WORDS = 14;

/**
 * A request said first, then a reason the models know too few words of (session 27, dev set 138: "unsubscribe please, my son
 * will follow the updates instead", "what time do the counters open, I'm already parked outside with grandma lol"): the
 * whole was rejected by its unknown words; the first clause alone is sure. Not when the whole names something not ours
 * ("cancel dong, pesanan gofood saya salah").
 */
function requestFirst(p: Parts, written: string, now: Date): Understanding | null {
  const trimmed = written.trim();
  const m = FIRST_CLAUSE_SPLIT.exec(trimmed) ?? REASON_SPLIT.exec(trimmed);
  const first = m?.[1];
  const rest = m?.[2];
  // A second question after it ("jam bukanya kapan? alamatnya di mana?") is two questions, which the engine answers both of.
  if (first === undefined || rest === undefined || rest.split(/\s+/u).length > FIRST_CLAUSE_REST_WORDS || rest.includes('?')) return null;
  const asked = understandWhole(p, first, now);
  // A question about one of our services too (session 36, dev set 245: "biaya perpanjang sim a berapa sekarang soal nya udah mau
  // mati bulan depan"), as last-request.ts firstRequest reads one before an aside.
  const ours = FIRST_CLAUSE.has(asked.intent) || (SERVICE_ASKED.has(asked.intent) && asked.service !== null);
  if (!ours || asked.confidence < FIRST_CLAUSE_SURE) return null;
  if (notOurs(p.analyzer.analyse(written, now), asked.intent, p.topic) !== null) return null;
  return { ...asked, read: asked.read ?? first };
}
const FIRST_CLAUSE_SPLIT = /^([^,.;!?\n]+)[,.;!?]+\s*(\S[\s\S]*)$/u;
/**
 * The same request typed without a stop, its reason opened by a conjunction (session 31, dev set 179, typed as spoken: "udah
 * kedaftar antrian belum ya saya soalnya tadi jaringannya putus putus").
 */
// "soal nya" as a voice note splits it (session 36, dev set 245).
const REASON_SPLIT = /^(\S.*?)\s+(?:soalnya|soal nya|karena|karna|krn|sebab|soale|because|coz)\s+(\S.*)$/iu;

/** What a question about a service asks: the kinds askedAfterTrouble reads after a trouble told. */
const SERVICE_ASKED: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration']);
const PARTICLES = /\b(?:sih|dong|nih|deh|tuh) /g;

/**
 * "capek dipingpong di loket, saya cuma mau tau SKCK itu sebenernya jadi berapa lama?": a complaint's trouble told, then a
 * plain question about a service (asked-after-trouble.ts), which the question alone answers. The question names the kind
 * of information by its own question word, judges nothing, and names the service or the story does.
 */
function askedAfterTrouble(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (whole.intent !== 'complaint') return null;
  const split = troubleThenAsked(written);
  if (split === null) return null;
  const said = p.analyzer.analyse(split.question, now);
  const framed = askedFrame(said.normalized);
  if (framed === null || !SERVICE_ASKED.has(framed) || withGrievances(said).feelings > 0) return null;
  if (framed === 'cost' && toldASum(split.told)) return null;
  const asked = understandWhole(p, split.question, now);
  if (asked.intent !== framed || (asked.service ?? whole.service) === null) return null;
  return readAlone(asked, whole, split.question);
}

/**
 * "akta kematian bapak saya jadinya berapa lama ya... sudah capek ngurus ini itu": a plain question about a service, then a
 * short sigh that made the whole a complaint (asked-after-trouble.ts askedThenSighed). The question is what the citizen wants
 * answered, read alone on the same terms as askedAfterTrouble's; the sigh may judge (twice at most: "males banget … percuma"),
 * not tell a grievance ("… ? petugasnya minta 50rb" is a report).
 */
const MAX_SIGH_FEELINGS = 2;
function askedBeforeSigh(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (whole.intent !== 'complaint') return null;
  const split = askedThenSighed(written);
  if (split === null) return null;
  if (withGrievances(p.analyzer.analyse(split.told, now)).feelings > MAX_SIGH_FEELINGS) return null;
  const said = p.analyzer.analyse(split.question, now);
  // The question itself judges nothing, whatever the sigh does.
  if (withGrievances(said).feelings > 0) return null;
  // Whether we are open on a holiday, asked the same way ("Jumat Agung MPP libur ga sih? males banget kalo sampe dateng percuma
  // lagi"): holiday-question.ts reads it as hours.
  if (said.holiday && holidayHours(said, 'complaint', true)) {
    const hours = understandWhole(p, split.question, now);
    return hours.intent === 'hours' ? readAlone(hours, whole, split.question) : null;
  }
  const framed = askedFrame(said.normalized);
  if (framed === null || !SERVICE_ASKED.has(framed)) return null;
  // A sum in the question reports a demand ("ada orang jualan formulir … 50rb, bukannya gratis ya? rasanya kayak dipalak").
  if (toldASum(split.question)) return null;
  const asked = understandWhole(p, split.question, now);
  if (asked.intent !== framed || (asked.service ?? whole.service) === null) return null;
  return readAlone(asked, whole, split.question);
}

/** The acts on a booking actedWithTrouble reads out of a complaint. */
const BOOKING_ACTS: ReadonlySet<IntentName> = new Set(['book', 'reschedule', 'cancel']);
/** The booking family: the intents whose understanding says whether the message names the citizen's own booking (ownBooking). */
const BOOKING_FAMILY: ReadonlySet<IntentName> = new Set([...BOOKING_ACTS, 'my_booking']);

/**
 * "Tolong daftarkan saya antrian Samsat hari Senin pukul 10.00, lewat web selalu gagal.": a booking act asked for, beside the
 * trouble that made the citizen ask (asked-after-trouble.ts actsAsked), read alone when the whole was read as a complaint.
 * One clause only, judging nothing itself; its day and time, or the whole's.
 */
function actedWithTrouble(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (whole.intent !== 'complaint') return null;
  const clauses = actsAsked(written);
  if (clauses.length !== 1) return null;
  const clause = clauses[0] ?? '';
  if (withGrievances(p.analyzer.analyse(clause, now)).feelings > 0) return null;
  const acted = understandWhole(p, clause, now);
  return BOOKING_ACTS.has(acted.intent) ? readAlone(acted, whole, clause) : null;
}

/** What a question said beside a need may have been read as whole: out of scope, its holiday's hours, a booking, another question. */
const NEED_READ_AS: ReadonlySet<IntentName> = new Set([OUT_OF_SCOPE, 'hours', 'book', ...INFO_INTENTS]);

/**
 * "akta lahir anak buat daftar SD paling lambat akhir bulan ini, biayanya berapa ya?", "Berapa biaya perpanjang paspor? mau
 * dipakai liburan Paskah": a question about a service beside what it is needed for, or by when (asked-with-need.ts), read
 * alone. Its service, or the whole's, or the need's; neither part judges, and the need asks for no booking.
 */
function askedBesideNeed(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (!NEED_READ_AS.has(whole.intent)) return null;
  const frameOf = (normalized: string): IntentName | null => askedFrame(normalized) ?? widerFrame(normalized);
  const split = askedWithNeed(written, (clause) => frameOf(p.analyzer.analyse(clause, now).normalized));
  if (split === null) return null;
  const said = p.analyzer.analyse(split.question, now);
  const framed = frameOf(said.normalized);
  if (framed === null || framed === whole.intent || withGrievances(said).feelings > 0) return null;
  const need = withGrievances(p.analyzer.analyse(split.need, now));
  if (need.feelings > 0) return null;
  const asked = understandWhole(p, split.question, now);
  if (asked.intent !== framed) return null;
  // A place asked beside a need of no service of ours is another's ("sy mau daftar sekolah paket C, ke mana ya").
  if ((asked.service ?? whole.service ?? need.service) === null) return null;
  const read = readAlone(asked, whole, split.question);
  return read.service === null && need.service !== null ? { ...read, service: need.service, variant: need.variant } : read;
}

/**
 * The question read alone, with the service where one waits when the question names none (session 45, dev set 361: "antrian
 * saya nomor berapa ya? udah nunggu di depan loket samsat" asked for one's number with no service; the counter says which).
 */
function withPlaceService(p: Parts, read: Understanding, text: string, now: Date): Understanding {
  if (read.service !== null || read.intent === OUT_OF_SCOPE) return read;
  const there = p.analyzer.analyse(text, now);
  return there.service === null ? read : { ...read, service: there.service, variant: there.variant };
}

/** A piece read alone, with the whole's day, time and service where the piece names none, and the piece as what was read. */
function readAlone(part: Understanding, whole: Understanding, piece: string): Understanding {
  const named = part.service === null ? { service: whole.service, variant: whole.variant } : {};
  return { ...withWhen(part, whole), ...named, read: part.read ?? piece };
}

/** The one kind of information a question word asks for; chat's particles may stand inside its phrase ("berapa sih biaya"). */
function askedFrame(normalized: string): IntentName | null {
  return questionFrame(normalized.replace(PARTICLES, ''));
}

/**
 * "di sini ada loket PLN ga? meteran listrik rumah sy rusak": the question about a place, read without the reason told after
 * it (question-then-told.ts), when the whole was read as a place question, out of scope or a complaint.
 */
function placeQuestionFirst(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (!READ_AS_OR_FOR_A_PLACE.has(whole.intent)) return null;
  const split = questionThenTold(written);
  if (split === null) return null;
  const told = p.analyzer.analyse(split.told, now);
  // Not when the reason judges ("? kemarin petugasnya kasar"), or is an outing ("jam buka grand indonesia? mau nonton").
  if (told.feelings > 0 || leisure(told, 'hours') !== null) return null;
  const asked = understandWhole(p, split.question, now);
  // The question alone must be sure of itself, and any office it names one: "ada loker ga min? lagi nyari kerja" named a
  // "loker" (a job vacancy) as if it were one, and "ada rekomendasi les bahasa jepang?" a course.
  const sure = asked.confidence >= 0.5 && (asked.unknownAgency === null || namesAnOffice(asked.unknownAgency));
  // The day and hour may be in the reason ("buka ga? mau ke sana kamis pagi").
  return sure && PLACE_ASKED.has(asked.intent) && asked.intent !== whole.intent ? { ...withWhen(asked, whole), read: asked.read ?? split.question } : null;
}

/**
 * "sertifikat tanah sy rusak dimakan rayap 😭 kantor BPN di mana ya?": an office not here asked after the trouble told; the
 * reply can say it is not here (question-then-told.ts). Read whole it was out of scope, or our own address. Not when the
 * story names a service of ours: then the question is about it ("Need an NIB for my coffee business. Is that done here or
 * only online?").
 */
function officeAfterTrouble(p: Parts, written: string, whole: Understanding, now: Date): Understanding | null {
  if (whole.service !== null) return null;
  if (whole.intent !== OUT_OF_SCOPE && !(PLACE_ASKED.has(whole.intent) && whole.unknownAgency === null && whole.unknownPlace === null)) return null;
  const last = toldThenQuestion(written);
  if (last === null) return null;
  const office = understandWhole(p, last.question, now);
  return PLACE_ASKED.has(office.intent) && (office.unknownAgency !== null || office.unknownPlace !== null) ? { ...withWhen(office, whole), read: office.read ?? last.question } : null;
}

/**
 * "kantor dinas pendidikan buka jam berapa mau legalisir ijazah": a place question read out of scope for the errand after it,
 * which is no part of it (purpose-after.ts).
 */
function questionBeforeErrand(p: Parts, written: string, now: Date): Understanding | null {
  const question = questionBeforePurpose(written);
  if (question === null) return null;
  const asked = understandWhole(p, question, now);
  return PLACE_ASKED.has(asked.intent) ? { ...asked, read: asked.read ?? question } : null;
}

/**
 * "seandainya nama di KK salah ketik, cara benerinnya gmn": a case told first, read out of scope, is the citizen's plan
 * (condition-first.ts): the message without its opening word, else what follows the comma after the case.
 */
function caseToldFirst(p: Parts, written: string, now: Date): Understanding | null {
  const opened = caseFirst(written);
  if (opened === null) return null;
  // Not a complaint: what went wrong is told, not supposed ("Pak, kalau mau sewa tenda untuk syukuran, ada kenalan?").
  const planned = understandWhole(p, opened.plan, now);
  if (planned.intent !== OUT_OF_SCOPE) return planned.intent === 'complaint' ? null : { ...planned, read: planned.read ?? opened.plan };
  if (opened.parts === null) return null;
  const main = understandWhole(p, opened.parts.asked, now);
  if (main.intent === OUT_OF_SCOPE || main.intent === 'complaint' || notOurs(p.analyzer.analyse(opened.plan, now), main.intent, p.topic) !== null) return null;
  // "kalo ke rumah sakit, jam berapa bukanya": a place's hours or whereabouts asked after a case that names another place.
  const told = p.analyzer.analyse(opened.parts.told, now);
  if (PLACE_ASKED.has(main.intent) && (told.officeElsewhere !== undefined || told.words.some(([w, stem]) => NOT_AN_OFFICE.has(w) || NOT_AN_OFFICE.has(stem)))) return null;
  const named = main.service === null ? { service: planned.service, variant: planned.variant } : {};
  return { ...withWhen(main, planned), ...named, read: main.read ?? opened.parts.asked };
}

/**
 * A reply's own words read with the service its quote names (session 26, dev set 130: replies quoting the bot's answer, "> syarat
 * KIA bawa akta lahir anak⏎baru KK juga kah? atau akta saja cukup", "> cetak ulang KTP-el gratis⏎betul kah tra ada biaya sama
 * sekali?"). Read alone, a question that names no service gets the quote's; a short one read out of scope is read again with
 * its quote, and taken when that reading is an errand of the quoted service, not a complaint. The quote's service only: its
 * clock times, days and places stay what was said before (quoted-reply.ts), and a quote naming no service of ours changes
 * nothing ("> Lokasi MPP: Jl. Merdeka⏎btw deket situ ada nasi padang?" stays out of scope).
 */
function withQuotedService(p: Parts, read: Understanding, quote: string, own: string, now: Date): Understanding {
  if (quote === '' || read.service !== null || !QUOTE_SERVICE_TAKEN.has(read.intent)) return read;
  const said = p.analyzer.analyse(quote, now);
  if (said.service === null) return read;
  if (read.intent !== OUT_OF_SCOPE) return { ...read, service: said.service, variant: said.variant };
  if (own.split(/\s+/u).length > QUOTED_FOLLOW_UP_WORDS) return read;
  const joined = understand(p, `${quote}\n${own}`, now);
  // What the quote adds is its service; the question must be the citizen's own ("btw deket situ ada fotokopi?" under a quote
  // of the KTP's requirements asks no requirement).
  const asked = ASKED_IN_OWN_WORDS.get(joined.intent);
  const ownWords = p.analyzer.analyse(own, now).words;
  const ownAsks = asked !== undefined && ownWords.some(([w, stem]) => asked.has(w) || asked.has(stem));
  return !ownAsks || joined.service !== said.service ? read : { ...joined, date: read.date, time: read.time, read: own };
}

/** An errand's question as its own words say it: what a follow-up must hold to be read with its quote's service. */
const ASKED_IN_OWN_WORDS: ReadonlyMap<IntentName, ReadonlySet<string>> = new Map([
  ['cost', new Set(['biaya', 'bayar', 'gratis', 'harga', 'tarif', 'ongkos', 'pungut', 'duit', 'uang'])],
  ['requirements', new Set(['syarat', 'bawa', 'dokumen', 'berkas', 'cukup', 'perlu', 'lampir'])],
  ['procedure', new Set(['cara', 'langkah', 'gimana', 'bagaimana', 'alur'])],
  ['duration', new Set(['lama', 'selesai', 'jadi', 'kelar', 'hari'])],
]);

/** Intents a quoted service may be lent to: an errand's questions, a booking act, a complaint about it, and out of scope. */
const QUOTE_SERVICE_TAKEN: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'list_services', 'book', 'complaint', OUT_OF_SCOPE]);
/** Most words of a follow-up read again with its quote: a short question leans on what it answers. */
const QUOTED_FOLLOW_UP_WORDS = 12;

/**
 * A story's complaint (distressTold, staffStory, turnedAwayAgain, againTold), when what the story is about is ours: notOurs
 * finds no other business in it ("booking hotel di traveloka gagal mulu 😭" is the hotel site's).
 */
function ourStory(p: Parts, a: Analysis, story: Decision | null): Decision | null {
  return story !== null && notOurs(a, 'complaint', p.topic) === null ? story : null;
}

/** A part's reading with the day and hour the whole message names, where the part names none. */
function withWhen(part: Understanding, whole: Understanding): Understanding {
  return { ...part, date: part.date ?? whole.date, time: part.time ?? whole.time };
}

/**
 * An unknown agency's name with a word of an office or an agency MPPs host in it ("kantor bpn", "pdam"), or an acronym's
 * shape: one short word with at most one vowel ("ojk", "bkd", "bpom"; not "loker", "lirik").
 */
function namesAnOffice(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1 && name.length <= 4 && (name.match(/[aiueo]/gu) ?? []).length <= 1) return true;
  return words.some((w) => AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || OTHER_TENANTS.has(w));
}

/** What a question about a place asks: its hours, where it is, whether it is here. */
const PLACE_ASKED: ReadonlySet<IntentName> = new Set(['hours', 'location', 'list_services']);
/** What a place question with a reason told after it was read as: the reason's trouble, or another question of place. */
const READ_AS_OR_FOR_A_PLACE: ReadonlySet<IntentName> = new Set([...PLACE_ASKED, OUT_OF_SCOPE, 'complaint']);

function understandWhole(p: Parts, written: string, now: Date): Understanding {
  // "kodok booking saya kok gak muncul? *kode": read as the writer corrected it (self-correction.ts).
  // A sloppy adapter may pass no string at all (nlu.test.ts): the analysis reads it as nothing.
  // "Fwd:", "[Diteruskan]": where a pasted chain message came from is no part of what is asked (forwarded.ts).
  // "Kantor BKD (Badan Kepegawaian Daerah)": an acronym's long form in brackets says its name again (acronym-expansion.ts).
  const unmarked = typeof written === 'string' ? withoutAcronymExpansion(withoutForwardMark(written)) : written;
  // "> Jam layanan: …⏎senin buka jam brp?": the line a reply quotes is what was said before (quoted-reply.ts). The citizen's
  // own words are read alone; a booking code pasted in the quote ("Kode booking Anda: LY-7Q2KD⏎batalin aja") still says
  // which booking they mean.
  if (typeof unmarked === 'string') {
    const own = withoutQuote(unmarked);
    if (own !== unmarked) {
      const read = withQuotedService(p, understand(p, own, now), quoteOf(unmarked, own), own, now);
      const quoted = read.bookingCode === null ? findBookingCode(unmarked) : null;
      return quoted === null ? read : { ...read, bookingCode: quoted.code };
    }
  }
  const text = typeof unmarked === 'string' ? selfCorrected(unmarked) : unmarked;
  const analyse = (piece: string): Analysis => p.analyzer.analyse(piece, now);
  // "syarat ktp eh maksudnya kk apa aja", "jam sepuluh eh jam sebelas aja": the value corrected to is meant, and the one
  // taken back is cut before anything is read (corrected-value.ts).
  // "booking KTP tgl 9 maret, eh itu nyepi ya, tgl 8 aja": a day noticed to be a holiday and changed (day-noticed.ts).
  const fixed = typeof text === 'string' ? (correctedValue(text, analyse) ?? dayNoticed(text, (clause) => analyse(clause).date !== null)) : null;
  if (fixed !== null) {
    const read = understand(p, fixed, now);
    return { ...read, read: read.read ?? fixed };
  }
  // "ga usah dibatalin deh, cek nomor antrean saya", "ga jadi ke kk, ktp aja syaratnya apa": what the citizen takes back is
  // no part of what is asked (taken-back.ts); the rest is read as the message.
  const kept = typeof text === 'string' ? takenBack(text, analyse) : null;
  if (kept !== null) {
    const read = understand(p, kept, now);
    return { ...read, read: read.read ?? kept, ...(read.bookingCode === null ? { bookingCode: findBookingCode(text)?.code ?? null } : {}) };
  }
  // "sudah buka belum? saya sudah di parkiran": where one is asks nothing; the question alone is read (already-there.ts).
  // "Assalamualaikum, sy lg duduk di lobi MPP nih": a greeting from the hall (already-there.ts).
  const asked = typeof text === 'string' ? (askedBeforeArriving(text, (t) => p.analyzer.normalized(t)) ?? greetingBeforeArriving(text, (t) => p.analyzer.normalized(t))) : null;
  if (asked !== null) return withPlaceService(p, understand(p, asked, now), text, now);
  // A complaint told as a story counts its shapes as words of judging (grievance.ts).
  // chrono's results for this message's date windows, shared with its sentences' readings (dates.ts WindowMemo).
  const windows: WindowMemo = new Map();
  const a = withVerdict(p, withGrievances(p.analyzer.analyse(text, now, windows)), text, now);
  const remembered = rememberedIntent(a, p.memory, p.bagIndex);
  // An example said word for word (or a ping, or closing thanks) is its intent: none of the rules below applies to it.
  if (remembered !== undefined) return understanding(a, decision(remembered, REMEMBERED_CONFIDENCE), null, a);
  const decided = modelsDecision(p, a, text, now, windows);
  // A letter that says it asks in the wrong place (letter-acts.ts asksOutside) has said what it is: its story's pieces get
  // no second look ("Mohon maaf kalau salah alamat … Ke nomor mana saya harus melapor gangguan listrik?" was my_booking).
  if (decided.declared === true && decided.intent === OUT_OF_SCOPE) return understanding(a, decided, null, a);
  // A message with a word our examples never taught gets the second look a rejected one gets (name-frame.ts untaught):
  // trained on the field's messages, the models accept many of them ("taspen buka jam berapa", "tolong sambungkan ke
  // petugas bpn"), and the reply still needs the unknown name.
  // Whether an office is near a landmark (near-landmark.ts), its errand done here (errand-here.ts), or its hours or place asked
  // around its errand (office-question.ts): only when nothing else read the message.
  const named = decided.intent === OUT_OF_SCOPE || untaught(a, p.model)
    ? (nameFrame(a, p.model, p.functionStems, p.topic.feelings) ?? agencyErrand(a) ?? storyFrame(p, decided, text, now, windows) ?? (decided.intent === OUT_OF_SCOPE ? (landmarkAsked(a) ?? errandHere(a) ?? officeQuestion(a)) : null))
    : null;
  // How to use the chat (bot-usage.ts), said in words no help example has: help.
  const framed = decided.intent === OUT_OF_SCOPE && named === null ? (ourQuestion(a, p.knownWord) ?? (asksBotUsage(a) ? decision('help', BOT_USAGE_CONFIDENCE) : null)) : null;
  const first = named ?? framed ?? decided;
  // Where the toilet is, whether there is a prayer room (facilities.ts): the building's own, whatever the models read.
  const facility = facilityQuestion(a.normalized, a.raw, a.feelings, first.intent);
  if (facility !== null) {
    // A prayer room is asked for with the prayer ("mushola buat sholat dzuhur di lantai brp"), which place-elsewhere.ts reads
    // as a question about prayer times elsewhere.
    const asked = facility !== 'prayer_room' && notOurs(a, 'location', p.topic) !== null ? decision(OUT_OF_SCOPE, ELSEWHERE_CONFIDENCE) : decision('location', FACILITY_CONFIDENCE);
    return understanding(a, asked, null, a);
  }
  // One's booking moved to a day, read as an hours question by its "jam 9 bisa?" (session 26, dev set 128: "bookingku dipindah
  // aja ke senin jam 9 bisa?").
  const bookingMoved = first.intent === 'hours' && a.features.some((f) => BOOKED_THING.has(f)) && movedTo(a.features);
  const moved = bookingMoved || ((first.intent === 'reschedule' || ANOTHER_DAY_FROM.has(first.intent)) && (anotherDay(a.features) || movedTo(a.features)))
    || (MOVED_FROM.has(first.intent) && typeof text === 'string' && movedToWhen(text));
  // Read once: corrected and the story readings below both defer to it (sure-phrases.ts).
  const said = typeof text === 'string' ? surePhrase(text) : null;
  const chosen = corrected(a, text, first, moved, said);
  // The day offered, not the day refused ("tanggal 5 ga bisa, ganti tanggal 7 aja": the 7th).
  const when = moved ? offered(text, now, p.analyzer) ?? a : a;
  // A queue placed at a bank or a hospital is theirs, whatever the citizen's own number says (queue-elsewhere.ts).
  const veto = ourBookingActedOn(a, chosen.intent) && !queueElsewhere(a.normalized) ? null : notOurs(a, chosen.intent, p.topic, said);
  // A name frame's name is the reply's only for a place or an agency ("Taspen tidak ada di MPP …"): not for another domain's
  // thing ("ada rekomendasi film horor indo terbaru ga" had answered that "rekomendasi film horor indo" is not at the MPP).
  if (veto !== null) {
    const tenant = tenantAsked(veto, p.topic);
    const shown = named === null || tenant !== null || otherDomain(a, chosen.intent) === null ? notOurAgency(p, named ?? tenant) : null;
    // Understood, and not ours: the reply says so (core/nlu.ts outside); a complaint read about someone else's business is a
    // grievance the citizen can take elsewhere.
    return { ...understanding(a, decision(OUT_OF_SCOPE, ELSEWHERE_CONFIDENCE), shown, when), outside: chosen.intent === 'complaint' ? 'grievance' : 'topic' };
  }
  // A complaint or thanks told as a story, which the models read as something asked (told-not-asked.ts, thanks-told.ts).
  // A story ending in distress is a complaint to us only about our business ("booking hotel di traveloka gagal mulu 😭"); read
  // only when the story is not already a complaint told (toldNotAsked), as thanks is.
  // Not over a sure phrase read as what it says (sure-phrases.ts: "… belum menerima kode konfirmasi sama sekali").
  const told = typeof text === 'string' && said !== chosen.intent ? (toldNotAsked(chosen, text, a.normalized, a.feelings) ?? ourStory(p, a, distressTold(chosen, text, a.normalized, a.service)) ?? ourStory(p, a, staffStory(chosen, text, a.service)) ?? ourStory(p, a, turnedAwayAgain(chosen, text, a.service) ?? againTold(chosen, text, a.service)) ?? thanksTold(chosen, text, a.normalized, a.feelings)) : null;
  const final = told ?? chosen;
  // "ok jam bukanya kapan?": an acknowledgment before a question, read out of scope whole, is the question (ackedQuestion).
  const acked = final.intent === OUT_OF_SCOPE && typeof text === 'string' ? ackedQuestion(text) : null;
  const question = acked === null ? null : understand(p, acked, now);
  if (question !== null && question.confidence >= ACKED_QUESTION_CONFIDENCE) return question;
  // A complaint's or thanks' day just past, read a year on (story-day.ts).
  const day = storyDay(when.date, final.intent, a.normalized, now, p.timeZone);
  return understanding(a, final, notOurAgency(p, named), day === when.date ? when : { ...when, date: day });
}

/**
 * The frame's name, without an agency the catalog has under another name ("disdukcapil", "kpp pratama", "kantor kemenag"):
 * that one is here. One with a place in its name ("dispenduk capil kota bekasi") is another town's, and stays.
 */
function notOurAgency(p: Parts, named: NamedDecision | null): NamedDecision | null {
  const ours = named?.agency?.split(' ').every((w) => p.ourAgencies.has(w) || AGENCY_MARKERS.has(w)) === true;
  return ours && named !== null ? { ...named, agency: null } : named;
}

/**
 * An acknowledgment before a question ("ok jam bukanya kapan?", "iya, lokasinya dimana?"): the acknowledgment answers the chat's
 * last reply, the question asks. Read whole, "ok" pulls towards thanks and past the models' gate; once dev sets 247-278 joined
 * the field (session 37) "ok jam bukanya kapan?" fell out of scope and, at "atas nama siapa?", was refused as a name. Only when
 * the whole is out of scope and what follows asks (a mark or a question word) in two words or more.
 */
/**
 * How sure the question alone must be: "oke, parkirnya gratis ga?" alone is an unsure fee question (0.43), and answered as one
 * the chat gave the booking's fee for a question about parking; "jam bukanya kapan" alone is 0.83.
 */
const ACKED_QUESTION_CONFIDENCE = 0.5;
const ACKED = /^\s*(?:ok(?:e|ay|ey|k)?|baik|iya|iyaa|ya|sip|siap|noted|oh+|o+h)\b[\s,.!]+(\S+(?:\s+\S+)+)$/i;
const ASKS_HERE = /\?|\b(?:apa|apakah|berapa|brp|kapan|kpn|dimana|dmn|mana|gimana|gmn|bagaimana|siapa|kenapa|what|when|where|how)\b/i;
function ackedQuestion(text: string): string | null {
  const rest = ACKED.exec(text)?.[1];
  return rest !== undefined && ASKS_HERE.test(rest) ? rest : null;
}

/** Words for one's booking: moved to a day it is rescheduled, whatever the models read. */
const BOOKED_THING: ReadonlySet<string> = new Set(['booking', 'antre', 'jadwal', 'reservasi', 'appointment']);

/** How to use the chat, asked in its own words (bot-usage.ts): as sure as a name frame's reading, answered without asking back. */
const BOT_USAGE_CONFIDENCE = 0.5;

/** A facility asked about where or whether (facilities.ts): the question is clear, the engine need not ask back. */
const FACILITY_CONFIDENCE = 0.6;

/** A rejected message with a story around an hours or location question about an unknown name (framed-piece.ts). */
function storyFrame(p: Parts, decided: Decision, text: string, now: Date, windows: WindowMemo): NamedDecision | null {
  // A sloppy adapter may pass no string at all (nlu.test.ts): the analysis already read it as nothing.
  if (decided.intent !== OUT_OF_SCOPE || typeof text !== 'string') return null;
  return framedPiece(text, (piece) => p.analyzer.analyse(piece, now, windows), p.model, p.functionStems, p.topic.feelings);
}

/**
 * What a letter asking only about things not ours was read as: the errand intents its question word pulls to. Not help,
 * hours or a complaint: a letter asking whether the bot takes voice messages, when the counter reopens after Friday prayers
 * or when the broken display will be fixed names new things (tunanetra, salat, layar) in questions that are ours.
 */
const OUTSIDE_FROM: ReadonlySet<IntentName> = new Set(['procedure', 'cost', 'requirements', 'duration', 'my_booking', 'book', 'location', 'list_services']);

/** A letter that asks only about things not ours: out of scope, but not sure enough to skip the engine's second look. */
const OUTSIDE_LETTER_CONFIDENCE = 0.49;

/** decide.ts answers 0.5 and more only when Bayes and the centroid agree and an example is close (`sure`). */
const SURE_WHOLE = 0.5;

/** The models' decision, and whether a letter declared it (letter-acts.ts declaredAct) rather than the models reading it. */
interface ModelsDecision extends Decision {
  readonly declared?: true;
}

/** The models' decision on the whole message; a long one is also read sentence by sentence (by-sentence.ts). */
function modelsDecision(p: Parts, a: Analysis, text: string, now: Date, windows: WindowMemo): ModelsDecision {
  const long = !a.entityOnly && a.features.length >= LONG_MESSAGE;
  // A letter (a long message of several sentences) is not rejected by Bayes alone (decide.ts letterTop); run-on chat cut
  // into clauses is (run-on.ts): its story is as much out of scope as the message.
  // Split once: every reader below reads the same sentences (long-message.ts Letter).
  const letter = long ? letterOf(text) : null;
  const split = letter?.sentences ?? [];
  const whole = decide(a, p.model.score(a.features), p.model.labels, THRESHOLDS, split.length >= 2 && split[0]?.clause !== true);
  // Two words of judging make the whole message a complaint (feelingTop), and its sentences do not outvote that: the story
  // sits in one and the feeling in another ("tadi ditawarin jalur cepat bayar 500 ribu buat sim. miris", session 7).
  const judged = whole.intent === 'complaint' && a.feelings >= 2;
  // A letter says what it does the way it says it asks (letter-acts.ts): a declared act outranks its story's sentences.
  const declared = letter !== null ? declaredAct(letter, a.feelings, whole, a.service !== null) : null;
  if (declared !== null) return { ...declared, declared: true };
  // Chat that tells its story first and asks for a booking act last (last-request.ts), a letter's length or not.
  const lastAsked = typeof text === 'string' ? lastRequest(text, whole, a.feelings, (t) => p.analyzer.analyse(t, now, windows), p.model) : null;
  if (lastAsked !== null) return lastAsked;
  // The request first and its reason after ("CANCEL MY BOOKING PLS,MY MOTHER IS IN HOSPITAL"): last-request.ts.
  const firstAsked = typeof text === 'string' ? firstRequest(text, whole, a.feelings, (t) => p.analyzer.analyse(t, now, windows), p.model) : null;
  if (firstAsked !== null) return firstAsked;
  // A story closed by its verdict ("… Sudah 3 minggu dijanjikan jadi, tetap belum. Saya merasa dibohongi."): last-request.ts.
  const verdict = typeof text === 'string' ? closingVerdict(text, whole, a.feelings, a.service !== null, (t) => withGrievances(p.analyzer.analyse(t, now, windows)), p.model) : null;
  if (verdict !== null) return verdict;
  // Both sentence readers below analyse the same sentences: each once per message (sentence-reader.ts).
  const sentencesRead = letter !== null ? sentenceReader(p.analyzer, now, windows) : p.analyzer;
  // A sure reading of the whole letter (both models agree and an example is close: decide.ts) stands too: its sentences are
  // read for the request the whole bag of words dilutes, and a sure whole was not diluted ("Petugas di loket kemarin
  // membentak saya … Ke mana saya bisa melapor?": complaint 0.81, its question alone location, session 11 §29).
  const sure = whole.intent !== OUT_OF_SCOPE && whole.confidence >= SURE_WHOLE;
  const read = letter !== null && !judged && !sure ? (bySentence(sentencesRead, p.model, letter, now, whole) ?? whole) : whole;
  // A letter whose every question is about something that is not ours (asked-outside.ts).
  // So is one long sentence that runs on (run-on.ts), its asking clauses read the same way (session 37, dev set 255: "Kakak saya
  // digugat soal sengketa tanah warisan, biaya pendaftaran perkara di pengadilan negeri itu kira-kira berapa …?").
  const runOn = letter !== null && letter.sentences.length >= 2 && letter.sentences.every((s) => s.clause === true);
  if (letter !== null && OUTSIDE_FROM.has(read.intent) && a.service === null && a.feelings === 0 && (letter.sentences.length >= 3 || runOn) && askedOutside(letter, sentencesRead, p.model, p.topic, now, runOn)) return decision(OUT_OF_SCOPE, OUTSIDE_LETTER_CONFIDENCE);
  // What the letter asks that the sentences' vote missed (letter-acts.ts), then whether the errand is done here (done-here.ts).
  // Nor does an asking sentence outvote a fee taken the wrong way (irregular-fee.ts) or a rhetorical where (rhetorical.ts):
  // "diminta uang 150rb buat KIA, padahal setau sy gratis kan??" reports a fee, "disuruh bayar lagi. duitnya ke mana??" money
  // gone, and their questions are the citizen's doubt, not a price or a place asked (session 21, dev set 83). Only then: a
  // judged letter's question about papers or a price is still what it asks (dev sets 12, 13 and 19).
  const feeReported = judged && typeof text === 'string' && (irregularFee(text) > 0 || rhetoricalWhere(a.normalized) > 0);
  const asked = letter !== null ? (askedAct(letter, a.feelings, read) ?? (feeReported ? null : askedInSentence(sentencesRead, p.topic.feelings, letter, now, read, a.normalized))) : null;
  return asked ?? doneHere(a.normalized, read) ?? read;
}

/**
 * What the models are known to confuse, corrected by a rule that reads the words (first match wins): a holiday asked
 * about is an hours question (holiday-question.ts); a day refused for another or a move "ke <day>" is a reschedule,
 * "dikirim ulang" the booking, done by a day a duration question (booking-family.ts); a question about one's own booking
 * is my_booking (booking-asked.ts), whether one is still served at a time hours (served-at.ts), a fee heard of and checked
 * cost (heard-fee.ts), the booking family said
 * with other verbs its intent (booking-acts.ts), a question about
 * the bot help and asking to talk to a person human (help-people.ts). The rule's intent leads the
 * alternatives, so a clarifying question offers it first.
 */
function corrected(a: Analysis, text: string, first: Decision, moved: boolean, said: IntentName | null): Decision {
  const acted = moved ? null : bookingAct(a, first.intent);
  const people = acted === null ? helpOrPeople(a, first.intent) : null;
  return holidayHours(a, first.intent, typeof text === 'string' && text.includes('?')) ? decision('hours', HOLIDAY_CONFIDENCE)
    : moved ? decision('reschedule', first.confidence, promoted(first.alternatives, 'reschedule'))
    // A sure phrase read as what it says is kept from the rules below ("sudah melakukan pemesanan antrean … belum menerima pesan
    // konfirmasi" is my_booking, which booking-acts.ts took for a booking made).
    : said !== null ? (said === first.intent ? first : decision(said, Math.min(first.confidence, 0.49), promoted(first.alternatives, said)))
    : first.intent === 'reschedule' && secondChoice(a.features) ? decision('book', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'book'))
    : first.intent === 'subscribe' && STOPPED.test(a.normalized) ? decision('unsubscribe', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'unsubscribe'))
    : first.intent === 'unsubscribe' && resend(a.features) ? decision('my_booking', first.confidence, promoted(first.alternatives, 'my_booking'))
    : first.intent === 'unsubscribe' && BREAK_ASKED.test(a.normalized) ? decision('hours', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'hours'))
    : first.intent === 'my_booking' && LOCKED_OUT.test(a.normalized) && typeof text === 'string' && !text.includes('?') ? decision('complaint', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'complaint'))
    : DONE_BY_FROM.has(first.intent) && doneBy(a.features) ? decision('duration', first.confidence, promoted(first.alternatives, 'duration'))
    // The hours it was read as are the booking's own, not a rival to offer ("jadwal saya hari kamis jam berapa ya"; session 29:
    // once dev sets 163-168 joined the field, the models' unsure hours left the two within a clarifying question of each other).
    : bookingAsked(a, first.intent) ? decision('my_booking', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'my_booking').filter((x) => x.intent !== 'hours' || first.intent !== 'hours'))
    : bookingNeeded(a, first.intent) ? decision('procedure', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'procedure'))
    : servedAt(a, first.intent) ? decision('hours', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'hours'))
    : ROUTE_FROM.has(first.intent) && routeAsked(a.normalized) ? decision('location', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'location'))
    : first.intent !== 'complaint' && ironicPraise(a) ? decision('complaint', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'complaint'))
    : first.intent === 'complaint' && a.feelings === 0 && typeof text === 'string' && heardFee(a.normalized, text) ? decision('cost', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'cost'))
    : acted !== null ? decision(acted, Math.min(first.confidence, 0.49), promoted(first.alternatives, acted))
    : people !== null ? decision(people, Math.min(first.confidence, 0.49), promoted(first.alternatives, people))
    // What may be asked here is the chat's scope, not the list of services (bot-usage.ts).
    : first.intent === 'list_services' && asksWhatToAsk(a) ? decision('help', Math.min(first.confidence, 0.49), promoted(first.alternatives, 'help'))
    : first.intent === 'complaint' && a.feelings === 0 && typeof text === 'string' ? (askedUnjudged(a, text, first) ?? first)
    : first;
}

/** What a visit moved to a day in so many words was read as by its reason (booking-family.ts movedToWhen). */
const MOVED_FROM: ReadonlySet<IntentName> = new Set([OUT_OF_SCOPE, 'complaint', 'human', 'requirements']);

/** What a way asked from the terminal to an office was read as (route-asked.ts): the travel the rest of the field asks about. */
const ROUTE_FROM: ReadonlySet<IntentName> = new Set([OUT_OF_SCOPE, 'subscribe', 'help', 'hours']);

/** The analysis with a judging headline ("Kecewa. …", opening-verdict.ts) counted once more; the same object otherwise. */
function withVerdict(p: Parts, a: Analysis, text: string, now: Date): Analysis {
  if (!a.feeling || typeof text !== 'string') return a;
  const opening = openingVerdict(text);
  if (opening === null || !p.analyzer.analyse(opening, now).feeling) return a;
  return { ...a, feelings: a.feelings + 1 };
}

/**
 * Stopping a subscription said around the wanting ("Saya mau berhenti berlangganan info dari MPP", session 27, dev set 143: the
 * "mau … berlangganan info" pulled to subscribe).
 */
/**
 * When service stops for the midday break, asked (session 30, dev set 177: "Pukul berapakah pelayanan berhenti untuk istirahat
 * siang, dan pukul berapa dibuka kembali?" was an unsubscribe by its "berhenti"): the hours, not the announcements.
 */
const BREAK_ASKED = /\b(?:jam|pukul) berapa(?:kah)?\b.{0,40}\b(?:berhenti|henti|istirahat)\b|\b(?:berhenti|istirahat)\b.{0,30}\b(?:jam|pukul) berapa/;
/**
 * An app, site or account that cannot be entered, told and not asked ("saya sudah daftar tidak bisa masuk aplikasinya"): a
 * trouble reported, not a question about one's booking (session 33: once dev sets 195-206 joined the field, the models read
 * it as my_booking). Of the dev messages that tell such a trouble, none is my_booking; 21 are complaints, 28 out of scope
 * (another's app, which the veto after this still reads as not ours).
 */
const LOCKED_OUT = /\b(?:tidak|enggak|belum) bisa (?:masuk|login|dibuka|diakses|buka|akses)\b.{0,30}\b(?:aplikasi\w*|app|web\w*|situs\w*|akun\w*)\b|\b(?:aplikasi\w*|app|web\w*|situs\w*|akun\w*)\b.{0,20}\b(?:tidak|enggak|belum) bisa (?:masuk|login|dibuka|diakses|buka|akses)\b/;
const STOPPED = /\b(?:berhenti|stop|tidak mau|tidak usah|jangan|keluar dari|hapus|batal|batalkan) (?:\w+ )?(?:berlangganan|langganan|langgan)\b/;

/**
 * A question that judges nothing, read as a complaint by its topic (session 27, dev set 132: "bayar pajak motor di loket
 * samsat MPP ada biaya tambahan gak dibanding bayar lewat aplikasi?"): a message ending in a question mark, with no word of
 * judging and no grievance shape, whose question word asks for one kind of information. Of the 2,700 dev messages of that
 * shape, 7 are complaints (money demanded, then "bukannya gratis?"; irregular-fee.ts counts most such). Not a count of
 * services (list_services): "di mpp ada loket pengaduan?" is read by its own rules.
 */
const REPORTING = /\b(?:report|lapor|melapor|laporkan|mengadu|adukan|complain)\w*/;
function askedUnjudged(a: Analysis, text: string, first: Decision): Decision | null {
  // "How can I report this without it affecting our application?": asking how to report is the complaint's own question.
  if (!text.trimEnd().endsWith('?') || REPORTING.test(a.normalized)) return null;
  const framed = askedFrame(a.normalized);
  if (framed === null || framed === 'list_services' || !INFO_INTENTS.has(framed)) return null;
  return decision(framed, Math.min(first.confidence, 0.49), [{ intent: framed, score: 0.49 }, { intent: 'complaint', score: round(first.confidence) }]);
}

/**
 * Asked about somewhere or something that is not ours, whatever intent the frame got: a place elsewhere
 * (place-elsewhere.ts), a thing or another domain's errand (foreign-object.ts, other-domain.ts), a complaint about
 * something we do not serve (complaint-topic.ts), a service's name in another sense (service-homonym.ts), an outing or
 * another place's queue (leisure.ts), a bank's own branch (bank-branch.ts).
 */
function notOurs(a: Analysis, intent: IntentName, topic: ComplaintTopicWords, said: IntentName | null = null): Veto | null {
  // The thing asked about first: its name is the one the reply can use (tenantAsked).
  const foreign = foreignObject(a, intent, topic);
  if (foreign !== null) return { foreign };
  return isElsewhere(a, intent) || otherDomain(a, intent) !== null || complaintElsewhere(a, intent, topic, said === 'complaint' && intent === 'complaint') !== null
    || serviceHomonym(a) !== null || leisure(a, intent) !== null || bankBranch(a, intent) !== null || lifeAdvice(a, intent, topic.ours) || queueElsewhere(a.normalized)
    || (a.service === null && neverOurs(a.raw) !== null) ? { foreign: null } : null;
}

/** Why notOurs put a message out of scope: the foreign object it asked about (foreign-object.ts), when that was it. */
interface Veto {
  readonly foreign: string | null;
}

/** Acts on a booking (ours unless it says whose): its reason may name any place ("motor lagi di bengkel", "masih di kapal"). */
const ACTS_ON_OWN: ReadonlySet<IntentName> = new Set(['reschedule', 'cancel', 'my_booking']);
/**
 * The citizen's own queue booking, named ("antrian saya", "nomor antre saya", "bookingku") or called off or moved in so many
 * words ("batalin antrian besok ya min, ibu saya masuk rs"; session 18, dev set 63: a reason's hospital is no errand of
 * another's); not "jadwal saya" (a flight's, a doctor's), nor one placed somewhere else right after it ("booking saya di
 * traveloka", "antrian saya di puskesmas", "batalkan antrian di puskesmas").
 */
// English too (session 23, dev set 98: "CANCEL MY BOOKING PLS,MY MOTHER IS IN HOSPITAL"), and a booking moved in the passive
// ("mohon jadwal tersebut dipindahkan ke Senin 8 Maret", dev set 97, whose reason was a school contest). The thing booked said
// right after is someone else's ("batalin booking hotel saya", session 24's note). A booking with the act right after it
// ("booking bisa pindah ke kamis?", "booking kamis dibatalin aja", session 25, dev sets 111 and 115, each after "ibu sy
// masuk RS") is the citizen's. So is a relative's, said in English with the possessive (session 33, dev set 202: "Please cancel
// my uncle's appointment, he has been admitted to hospital"), as "antrian paman saya" already was.
// An act said with its verb on the visit or the registration ("membatalkan pendaftaran antrian … untuk hari Jumat karena pihak
// perusahaan belum mengirim surat", "bs ubah tgl kunjungan jd tanggal 3? sy msh nunggu surat dr sekolah"; session 27, dev set
// 131): the reason's company or school is why, not where. The one on a day called off ("cancel yg besok ya, mau nonton final",
// session 39, dev set 296: vetoed by the match it is skipped for): 22 of 22 dev messages cancel. So is one's turn asked about
// ("masih berapa orang lagi sebelum giliran saya? udah bosen, sampe nonton 3 video kucing": 26 of 26 my_booking).
const OUR_BOOKING =
  /\b(?:(?:membatalkan|batalkan|batalin|ubah|mengubah|ganti|mengganti|pindah|pindahkan|memindahkan|geser|undur|mundurkan|majukan|hapus) (?:(?:tanggal|tgl|jam|hari|jadwal) )?(?:pendaftaran |jadwal )?(?:antre|antrian|antrean|kunjungan|booking)|(?:nomor )?(?:antre|antrian|antrean|booking|reservasi)(?:ku| saya| sy| sa| kami| aku| ku)|nomor(?:ku| saya| aku)(?= (?:kelewat|terlewat|lewat|hangus|dipanggil|sudah|udah))|(?:batal|batalkan|cancel|geser|undur|majukan|hapus|hapuskan) (?:antre|antrian|antrean|booking|reservasi)|(?:my|our) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|upcoming|next) )?(?:(?:mother|mom|mum|father|dad|uncle|aunt|auntie|grandma|grandmother|grandpa|grandfather|son|daughter|wife|husband|brother|sister|parent|child|kid)s? )?(?:booking|appointment|slot|reservation|queue number)|(?:jadwal|antre|antrian|antrean|booking|reservasi)(?: (?:tersebut|itu|ini|kami|saya))? (?:dipindah|dipindahkan|diundur|digeser|dimajukan)|(?:antre|antrean|booking|reservasi)(?: (?:senin|selasa|rabu|kamis|jumat|besok|lusa))?(?: (?:bisa|boleh|mau|minta|tolong))? (?:pindah|geser|undur|batal|dibatal|dibatalkan|cancel|dicancel)|(?:batal|batalkan|cancel|hapus)(?: saja)? yang (?:besok|lusa|senin|selasa|rabu|kamis|jumat|sabtu|minggu|tanggal|jam|pagi|siang)|(?:sebelum|di depan) giliran (?:saya|aku))\b(?! (?:di|at|in|on|via|dari|lewat) (?!mpp|sini|mal|loket|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|besok|lusa|tanggal|\d)\w)(?! (?:hotel|penginapan|homestay|villa|kamar|resto|restoran|salon|lapangan|futsal|gedung|pesawat|kereta|bus|travel|dokter|klinik|bioskop|kapal)\b)/;

/**
 * A reschedule, cancel or check of the citizen's own queue booking with the reason told (session 16, dev sets 19–33: "antrian
 * bisa dipindah ke senin? motor lagi di bengkel", "kapal belum sandar, antrian sy geser ke lusa ya", "nomor antre saya sudah
 * sampai mana? saya lagi makan di warung"): the reason's place or trade is no errand of another's, and no veto applies.
 * In English the day may stand before it (session 37, dev set 249: "Please cancel my Friday appointment, my flight back to
 * Dubai got moved up" was vetoed by Dubai). One placed on or through another's site is theirs ("cancel my booking on Traveloka",
 * dev set 260), one on a day ours.
 */
function ourBookingActedOn(a: Analysis, intent: IntentName): boolean {
  return (ACTS_ON_OWN.has(intent) && OUR_BOOKING.test(a.normalized)) || (intent === 'book' && a.service !== null && QUEUE_TAKEN.test(a.normalized))
    || (intent === 'reschedule' && movedToWhen(a.raw));
}

/**
 * A queue slot asked for, for one of our services (session 23, dev set 96: "Dapat kerjaan di Jepang, harus bikin paspor
 * secepatnya. Tolong daftarkan saya antrean paspor tanggal 15."): the story's place is why, not where. Not one placed
 * elsewhere right after it ("ambil antrian di rs").
 */
const QUEUE_TAKEN = /\b(?:daftar|daftarkan|daftarin|ambil|ambilkan|ambilin|booking|bookingkan|pesan|pesankan|book)(?: saya| sy| aku)? (?:nomor |no )?(?:antre|antrian|antrean|slot)\b(?! (?:di|at|in|on|via|dari|lewat) (?!mpp|sini|mal|loket|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|besok|lusa|tanggal|\d)\w)/;

/**
 * The agency MPPs host that a steps, papers, fee or time question was about, when that is what put it out of scope
 * ("cara klaim pensiun taspen": elsewhere.ts OTHER_TENANTS): the reply names it as not here, as for an hours question.
 */
function tenantAsked(veto: Veto, topic: ComplaintTopicWords): NamedDecision | null {
  return veto.foreign !== null && topic.otherTenants.has(veto.foreign) ? { ...decision(OUT_OF_SCOPE, ELSEWHERE_CONFIDENCE), place: null, agency: veto.foreign } : null;
}

/**
 * Questions whose reply is about a place (its hours, its address, what it serves): asked of another place's office
 * ("kantor imigrasi singkawang alamatnya di mana"), the reply says it is not ours before our own (session 17 gave our
 * passport counter's floor, then our address without a word).
 */
const ASKS_WHERE_OR_WHEN: ReadonlySet<IntentName> = new Set(['hours', 'location', 'list_services']);

/** The answer: the decision, the analysis's entities, the unknown name of a frame, and the date and time `when` says. */
function understanding(a: Analysis, d: Decision, named: NamedDecision | null, when: Pick<Analysis, 'date' | 'time'>): Understanding {
  const notOurService = a.officeElsewhere !== undefined && a.officeKeepsService !== true;
  return {
    normalized: a.normalized,
    intent: d.intent,
    confidence: d.confidence,
    alternatives: d.alternatives,
    service: notOurService ? null : a.service,
    variant: notOurService ? null : a.variant,
    date: when.date,
    time: when.time,
    bookingCode: a.bookingCode,
    number: a.number,
    yesNo: a.yesNo,
    lang: a.lang,
    unknownPlace: named?.place ?? (a.officeElsewhere && ASKS_WHERE_OR_WHEN.has(d.intent) ? a.officeElsewhere : null),
    unknownAgency: named?.agency ?? null,
    impossibleDate: a.impossibleDate ?? null,
    facility: facilityNamed(a.normalized),
    ...(d.intent === 'help' && asksOfficial(a) ? { asksOfficial: true } : {}),
    ...(a.dateCountedFromHoliday === true && when.date === a.date ? { dateCountedFromHoliday: true } : {}),
    // Read for the booking family only: the engine asks it of nothing else, and it costs 2 % of a message's time.
    ...(BOOKING_FAMILY.has(d.intent) && namesOwnBooking(a) ? { ownBooking: true } : {}),
    ...(d.intent === 'my_booking' && asksAboutLateness(a) ? { asksLate: true } : {}),
  };
}

/** A holiday beside a word of opening or duty (holiday-question.ts): the question is clear, the engine need not ask back. */
const HOLIDAY_CONFIDENCE = 0.6;

