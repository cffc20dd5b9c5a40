/**
 * Three cheap views of the same stemmed features (docs/notes/nlu.md §5.3, §7), all trained in well under a second:
 * - natural's `BayesClassifier` with smoothing 0.01 (1 favours the smallest classes), learned as counts in
 *   bayes.ts (natural's own training is quadratic in the vocabulary) and scored here on them: natural builds a
 *   dense 0/1 vector over the whole vocabulary per call, too slow for 20k messages a second. On our
 *   hand-written examples it is the most accurate view.
 * - TF-IDF class centroids, cosine. natural's idf is multiplied by a class idf, ln(1 + classes / classes
 *   using the word): the document idf alone let "saya", "mau", `#layanan` dominate the centroids of the
 *   big classes (cross-validated accuracy 0.73 → 0.76).
 * - the nearest training example of the chosen class, cosine through an inverted index. A word the model
 *   never saw still counts in the message's norm, so a message full of unknown words is far from every
 *   example. Only used to gate: summed into the ranking it changed one test answer and cost a third of the time.
 * Everything a feature contributes sits in one record, so scoring costs one map lookup per feature.
 */
import { FIELD_WEIGHT, learnBayes } from './bayes.js';

export interface TrainingDoc {
  readonly label: string;
  readonly features: readonly string[];
  /**
   * A field message (field-examples.ts), a second, lower-trust source: it teaches the weights, centroids and Bayes
   * counts, but its words are not *taught* (`knows` and `seen` stay what our examples and the catalog say, so a town or
   * an office a citizen once named is still an unknown name to the name frames), and it reaches the nearest-example view
   * only where a feature weighs most in it, discounted (FIELD_POSTINGS, FIELD_NEAREST_DISCOUNT).
   */
  readonly field?: boolean;
}

/**
 * Per-label scores, aligned with `IntentModel.labels`. Plain arrays of doubles, not Float64Arrays: a typed
 * array over 64 bytes gets its own backing store, and three of those per message cost ~5 % of the
 * throughput (issue 11). The values are the same doubles.
 */
export interface ModelScores {
  /** Bayes posterior, normalised to sum 1. */
  readonly bayes: readonly number[];
  /** Cosine to each class centroid. */
  readonly centroid: readonly number[];
  /** Cosine to the closest training example of class `c` (computed on demand: the slowest view). */
  nearest(c: number): number;
  /** Distinct features that occur in an in-scope example or are neutral, and all distinct features of the message. */
  readonly inScopeKnown: number;
  readonly total: number;
}

export interface ModelOptions {
  /** The label of the out-of-scope examples: its words do not make a message in scope. */
  readonly outOfScope: string;
  /** How much a word the model never saw weighs in a message's norm, relative to the heaviest known word. */
  readonly unknownWeight: number;
  /** Features that never count as unknown (function words, stemmed): see function-words.ts. */
  readonly neutral: ReadonlySet<string>;
}

/**
 * Everything training computes, structured-clone friendly (Maps, Sets, typed arrays): what the start-up
 * cache stores (intents/model-cache.ts, issue 14), so a restart neither trains nor rebuilds vectors.
 */
export interface ModelState {
  readonly labels: readonly string[];
  readonly stats: ReadonlyMap<string, FeatureStats>;
  readonly unknownWeight: number;
  readonly inScope: ReadonlySet<string>;
  readonly taught: ReadonlySet<string>;
  readonly docLabel: Int32Array;
  readonly logPrior: Float64Array;
  readonly ourDocs: number;
}

export interface FeatureStats {
  readonly weight: number;
  /** Centroid component per class (after the centroids are normalised). */
  readonly centroid: Float64Array;
  /** log p(feature | class), natural's smoothing. */
  readonly logLikelihood: Float64Array;
  /** Per class: training docs holding the feature, and its weight in each doc's unit vector. */
  readonly docs: readonly Int32Array[];
  readonly docWeights: readonly Float64Array[];
}

/** One feature as `score` sees it: its learned numbers, whether coverage counts it as known, whether it is neutral. */
interface FeatureInfo {
  readonly stats: FeatureStats | undefined;
  readonly known: boolean;
  readonly neutral: boolean;
}

const BAYES_SMOOTHING = 0.01;
/** Up to this many features, `score` finds repeats by scanning its few keys; above, through a Map. */
const SCAN_LIMIT = 24;
/**
 * Stands for "a word no in-scope example has". A message gets one per such word; a training example gets
 * one per word no *other* in-scope example has (what a held-out copy of it would meet). So each class
 * learns how often its real messages hold unknown words, and out-of-scope examples learn that they do.
 */
export const UNKNOWN = '#unk';

/**
 * Shared by every (feature, class) pair no training doc has: ~85 % of them (14,950 of 17,500 on the shipped
 * examples). A typed array is an object of its own, so 30k empty ones cost ~6 MB to read from the start-up
 * cache and kept the young heap busy enough to double it (issue 14); v8.serialize writes a shared one once.
 */
const NO_DOCS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

type Sparse = Map<string, number>;

function normalise(vector: Sparse): Sparse {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, w] of vector) vector.set(k, w / norm);
  return vector;
}

export class IntentModel {
  readonly labels: readonly string[];
  readonly #stats: Map<string, FeatureStats>;
  readonly #unknownWeight: number;
  readonly #inScope: ReadonlySet<string>;
  readonly #taught: ReadonlySet<string>;
  readonly #neutral: ReadonlySet<string>;
  readonly #docLabel: Int32Array;
  readonly #logPrior: Float64Array;
  /** Docs at index ≥ this are field docs (training.ts puts ours first). */
  readonly #ourDocs: number;
  // Scratch space reused by `nearest`: one message at a time, no allocation per doc.
  readonly #dots: Float64Array;
  readonly #touched: Int32Array;
  // What `score` asks of each feature, in one lookup instead of three (built on first use, from the sets below).
  #info: Map<string, FeatureInfo> | undefined;

  /** A model from an earlier one's `state` (same docs, same code): no training at all. */
  static restore(state: ModelState, neutral: ReadonlySet<string>): IntentModel {
    return new IntentModel([], { outOfScope: '', unknownWeight: 0, neutral }, state);
  }

  constructor(trainingDocs: readonly TrainingDoc[], options: ModelOptions, state?: ModelState) {
    this.#neutral = options.neutral;
    if (state !== undefined) {
      this.labels = state.labels;
      this.#stats = new Map(state.stats);
      this.#unknownWeight = state.unknownWeight;
      this.#inScope = state.inScope;
      this.#taught = state.taught;
      this.#docLabel = state.docLabel;
      this.#logPrior = state.logPrior;
      this.#ourDocs = state.ourDocs;
      this.#dots = new Float64Array(state.docLabel.length);
      this.#touched = new Int32Array(state.docLabel.length);
      return;
    }
    this.#stats = new Map();
    const docs = withUnknowns(trainingDocs, options.outOfScope, options.neutral);
    this.labels = [...new Set(docs.map((d) => d.label))];
    const classes = this.labels.length;
    const weights = this.#learnWeights(docs);
    this.#unknownWeight = Math.max(...weights.values()) * options.unknownWeight;
    this.#docLabel = Int32Array.from(docs, (d) => this.labels.indexOf(d.label));
    this.#ourDocs = docs.filter((d) => d.field !== true).length;
    this.#dots = new Float64Array(docs.length);
    this.#touched = new Int32Array(docs.length);

    const vectors = docs.map((d) => this.#vector(d.features, weights));
    const centroids = this.labels.map(() => new Map<string, number>());
    vectors.forEach((v, i) => {
      const centroid = centroids[this.#docLabel[i] ?? 0];
      const trust = docs[i]?.field === true ? FIELD_WEIGHT : 1;
      for (const [f, w] of v) centroid?.set(f, (centroid.get(f) ?? 0) + w * trust);
    });
    centroids.forEach(normalise);

    const { logPrior, logLikelihood } = learnBayes(docs, this.labels, BAYES_SMOOTHING);
    this.#logPrior = logPrior;
    this.#taught = new Set(trainingDocs.filter((d) => d.label !== options.outOfScope && d.field !== true).flatMap((d) => d.features));
    this.#inScope = fieldCoverage(trainingDocs, this.#taught, options.outOfScope);
    const postings = new Map<string, Posting[]>();
    vectors.forEach((v, doc) => {
      for (const [f, weight] of v) {
        const list = postings.get(f);
        if (list === undefined) postings.set(f, [{ doc, weight }]);
        else list.push({ doc, weight });
      }
    });
    for (const [f, weight] of weights) {
      const list = postings.get(f) ?? [];
      const byClass = this.labels.map((_, c) => capped(list.filter((p) => this.#docLabel[p.doc] === c), this.#ourDocs));
      this.#stats.set(f, {
        weight,
        centroid: Float64Array.from(centroids, (c) => c.get(f) ?? 0),
        logLikelihood: logLikelihood.get(f) ?? new Float64Array(classes),
        docs: byClass.map((l) => (l.length === 0 ? NO_DOCS : Int32Array.from(l, (p) => p.doc))),
        docWeights: byClass.map((l) => (l.length === 0 ? NO_WEIGHTS : Float64Array.from(l, (p) => p.weight))),
      });
    }
  }

  /**
   * natural's idf (`TfIdf#idf`: 1 + ln(documents / (1 + documents with the feature))) × class idf, per feature.
   * The document counts are taken in one pass here: natural scans every document for every feature, so training grew
   * with features × documents (3.7 of 8 s with 5,000 documents, session 8's experiment with field examples). Same
   * formula, same doubles: the golden dump of 160,064 answers is identical (scripts/nlu-golden.ts).
   *
   * A field message counts FIELD_WEIGHT of one of ours here too, as in the Bayes counts and the centroids (session 11,
   * docs/notes/nlu.md §29): in the documents of both idfs, and in the class idf a class only the field gives a feature
   * counts a quarter. Counted whole, the field's labels spread every request word over most classes ("batal" in
   * complaints and near misses, "jadwal", "biaya", "petugas" everywhere), so its class idf fell while a letter's rare
   * story words kept theirs: the request words weighed less than the story, a letter's asking sentence lost its
   * closeness to our examples ("Mohon kiranya jadwal tersebut dibatalkan": closest cancel example 0.45 → 0.25, centroid
   * 0.36 → 0.17) and its vote. A feature only the field has keeps its field classes whole. Without field messages the
   * weights are unchanged.
   */
  #learnWeights(docs: readonly TrainingDoc[]): Map<string, number> {
    const documentsWith = new Map<string, number>();
    const classesOf = new Map<string, Set<string>>();
    const ourClassesOf = new Map<string, Set<string>>();
    let documents = 0;
    for (const doc of docs) {
      const trust = doc.field === true ? FIELD_WEIGHT : 1;
      documents += trust;
      for (const f of new Set(doc.features)) documentsWith.set(f, (documentsWith.get(f) ?? 0) + trust);
      for (const f of doc.features) {
        classesOf.set(f, (classesOf.get(f) ?? new Set<string>()).add(doc.label));
        if (doc.field !== true) ourClassesOf.set(f, (ourClassesOf.get(f) ?? new Set<string>()).add(doc.label));
      }
    }
    const weights = new Map<string, number>();
    for (const [f, classes] of classesOf) {
      const idf = 1 + Math.log(documents / (1 + (documentsWith.get(f) ?? 0)));
      const ours = ourClassesOf.get(f);
      const spread = ours === undefined ? classes.size : ours.size + FIELD_WEIGHT * (classes.size - ours.size);
      weights.set(f, idf * Math.log(1 + this.labels.length / spread));
    }
    return weights;
  }

  /** Unit vector, sublinear tf × weight; unknown features keep a weight so they lower every cosine. */
  #vector(features: readonly string[], weights: ReadonlyMap<string, number>): Sparse {
    const vector: Sparse = new Map();
    for (const f of features) vector.set(f, (vector.get(f) ?? 0) + 1);
    for (const [f, tf] of vector) vector.set(f, (1 + Math.log(tf)) * (weights.get(f) ?? this.#unknownWeight));
    return normalise(vector);
  }

  /** What `IntentModel.restore` takes to rebuild this model without training. */
  get state(): ModelState {
    return {
      labels: this.labels,
      stats: this.#stats,
      unknownWeight: this.#unknownWeight,
      inScope: this.#inScope,
      taught: this.#taught,
      docLabel: this.#docLabel,
      logPrior: this.#logPrior,
      ourDocs: this.#ourDocs,
    };
  }

  /** True for a feature some in-scope example of ours has (not only a field message), or a neutral one: a taught word. */
  knows(feature: string): boolean {
    return this.#taught.has(feature) || this.#neutral.has(feature);
  }

  /** True for a feature some in-scope example of ours has (neutral words and field messages not counted). */
  seen(feature: string): boolean {
    return this.#taught.has(feature);
  }

  /**
   * The three views of one message: count its distinct features, weigh the known ones into a unit vector, then
   * sum each class's centroid cosine and Bayes log-likelihood. Hot path (issue 11, throughput): parallel arrays
   * and indexed loops instead of a Map of counts, typed-array `from`/`map` and iterators; each step keeps the
   * arithmetic and its order, so every score is bit for bit what one long function gave (scripts/nlu-golden.ts).
   */
  score(features: readonly string[]): ModelScores {
    const counted = this.#count(features);
    const { known, raws, norm } = this.#weigh(counted);
    const { centroid, log } = this.#sum(known, raws, norm);
    // bind, not an arrow: tsx's keepNames would wrap an arrow in a naming call on every message.
    return { bayes: softmax(log), centroid, nearest: this.#nearest.bind(this, known, raws, norm), inScopeKnown: counted.inScopeKnown, total: counted.total };
  }

  /**
   * Distinct features in order of first appearance with their counts and records (what a Map of counts held),
   * found by a scan: messages have few features, and a string compare is cheaper than a hash lookup. Each
   * feature no in-scope example has also counts once towards `UNKNOWN`.
   */
  #count(features: readonly string[]): Counted {
    const keys: string[] = [];
    const tfs: number[] = [];
    const abouts: (FeatureInfo | undefined)[] = [];
    // A long message (a pasted wall of distinct words) indexes its keys: a scan per feature would be quadratic.
    const index = features.length > SCAN_LIMIT ? new Map<string, number>() : null;
    let total = 0;
    let inScopeKnown = 0;
    const info = this.#info ?? this.#buildInfo();
    for (const f of features) {
      const seen = index === null ? keys.indexOf(f) : (index.get(f) ?? -1);
      if (seen >= 0) {
        tfs[seen] = (tfs[seen] ?? 0) + 1;
        continue;
      }
      const about = info.get(f);
      index?.set(f, keys.length);
      keys.push(f);
      tfs.push(1);
      abouts.push(about);
      total++;
      if (about?.known === true) inScopeKnown++;
      else {
        const unknown = index === null ? keys.indexOf(UNKNOWN) : (index.get(UNKNOWN) ?? -1);
        if (unknown >= 0) tfs[unknown] = (tfs[unknown] ?? 0) + 1;
        else {
          index?.set(UNKNOWN, keys.length);
          keys.push(UNKNOWN);
          tfs.push(1);
          abouts.push(info.get(UNKNOWN));
        }
      }
    }
    return { tfs, abouts, total, inScopeKnown };
  }

  /** Sublinear tf × weight of each counted feature; the norm counts unknown words too, so they lower every cosine. */
  #weigh({ tfs, abouts }: Counted): { known: FeatureStats[]; raws: number[]; norm: number } {
    const known: FeatureStats[] = [];
    const raws: number[] = [];
    let norm = 0;
    for (let j = 0; j < abouts.length; j++) {
      const about = abouts[j];
      const stats = about?.stats;
      // A neutral word the examples never used ("dukcapil") neither helps nor hurts a cosine.
      if (stats === undefined && about?.neutral === true) continue;
      const w = (1 + Math.log(tfs[j] ?? 0)) * (stats?.weight ?? this.#unknownWeight);
      norm += w * w;
      if (stats !== undefined) {
        known.push(stats);
        raws.push(w);
      }
    }
    return { known, raws, norm: Math.sqrt(norm) || 1 };
  }

  /** Per class: the cosine to its centroid, and its log prior plus the known features' log-likelihoods. */
  #sum(known: readonly FeatureStats[], raws: readonly number[], norm: number): { centroid: number[]; log: number[] } {
    const classes = this.labels.length;
    const centroid: number[] = [];
    const log: number[] = [];
    for (let c = 0; c < classes; c++) {
      centroid.push(0);
      log.push(this.#logPrior[c] ?? 0);
    }
    for (let k = 0; k < known.length; k++) {
      const stats = known[k] as FeatureStats;
      const w = (raws[k] ?? 0) / norm;
      const fc = stats.centroid;
      const fl = stats.logLikelihood;
      for (let c = 0; c < classes; c++) {
        centroid[c] = (centroid[c] ?? 0) + w * (fc[c] ?? 0);
        log[c] = (log[c] ?? 0) + (fl[c] ?? 0);
      }
    }
    return { centroid, log };
  }

  /** `#stats`, `#inScope` and `#neutral` merged per feature (a feature in none of them has no entry). */
  #buildInfo(): Map<string, FeatureInfo> {
    const info = new Map<string, FeatureInfo>();
    for (const f of [...this.#stats.keys(), ...this.#inScope, ...this.#neutral]) {
      info.set(f, { stats: this.#stats.get(f), known: this.#inScope.has(f) || this.#neutral.has(f), neutral: this.#neutral.has(f) });
    }
    this.#info = info;
    return info;
  }

  #nearest(known: readonly FeatureStats[], raws: readonly number[], norm: number, c: number): number {
    const dots = this.#dots;
    const touched = this.#touched;
    let count = 0;
    for (let f = 0; f < known.length; f++) {
      const stats = known[f] as FeatureStats;
      const docs = stats.docs[c];
      const weights = stats.docWeights[c];
      if (docs === undefined || weights === undefined) continue;
      const w = (raws[f] ?? 0) / norm;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k] ?? 0;
        if (dots[doc] === 0) touched[count++] = doc;
        dots[doc] = (dots[doc] ?? 0) + w * (weights[k] ?? 0);
      }
    }
    let best = 0;
    const ours = this.#ourDocs;
    for (let k = 0; k < count; k++) {
      const doc = touched[k] ?? 0;
      const dot = dots[doc] ?? 0;
      best = Math.max(best, doc < ours ? dot : dot * FIELD_NEAREST_DISCOUNT);
      dots[doc] = 0;
    }
    return best;
  }
}

/** A message's distinct features (with `UNKNOWN`), as `IntentModel.score` counts them: counts, records, coverage. */
interface Counted {
  readonly tfs: readonly number[];
  readonly abouts: readonly (FeatureInfo | undefined)[];
  /** Distinct features of the message, and those an in-scope example has or that are neutral. */
  readonly total: number;
  readonly inScopeKnown: number;
}

/** Log scores → probabilities summing to 1 (shifted by the maximum, so no exp overflows). */
function softmax(log: readonly number[]): number[] {
  let max = -Infinity;
  for (let c = 0; c < log.length; c++) max = Math.max(max, log[c] ?? 0);
  let sum = 0;
  const p: number[] = [];
  for (let c = 0; c < log.length; c++) {
    const e = Math.exp((log[c] ?? 0) - max);
    sum += e;
    p.push(e);
  }
  for (let c = 0; c < log.length; c++) p[c] = (p[c] ?? 0) / sum;
  return p;
}

/**
 * A field message as close as one of ours counts this much as the nearest example (session 9: "aku lagi sedih" was
 * 0.03 from our closest example and 0.53 from a field complaint; × 0.8 kept the held-out set's out of scope at 1.6 %).
 */
const FIELD_NEAREST_DISCOUNT = 0.8;

/**
 * How many field messages the nearest-example index holds per feature and class: those where the feature weighs most
 * (the shortest, where it is most of the message). The index walks one posting list per feature of the message, and a
 * common feature ("jam" in hours, "syarat" in requirements) had hundreds of field postings: posting every field message
 * cost +20–31 % CPU per message in session 9, and 4× the postings here. A message whose nearest field example shares only
 * a common word with it is far from it anyway; one that is mostly that word is close to the short messages kept. The dot
 * product with a field message is then over the features it is kept for: a lower bound of its cosine.
 * Cross-validated over the dev sets (bench/field-cv.ts, docs/notes/nlu.md §27): 2, 4, 8 and every posting score alike on
 * the folds and the held-out set; none (our examples only) costs 0.4 points of intent and 0.6 of in-scope rejections.
 */
const FIELD_POSTINGS = 2;

/** One feature's postings of one class: all of ours, and the FIELD_POSTINGS heaviest field ones. */
function capped(list: readonly Posting[], ours: number): Posting[] {
  const field = list.filter((p) => p.doc >= ours);
  if (field.length <= FIELD_POSTINGS) return [...list];
  const kept = new Set(field.sort((x, y) => y.weight - x.weight || x.doc - y.doc).slice(0, FIELD_POSTINGS));
  return list.filter((p) => p.doc < ours || kept.has(p));
}

interface Posting {
  readonly doc: number;
  readonly weight: number;
}

/**
 * The features coverage counts as known: what our in-scope examples taught, plus a word only field messages have when
 * no field *fallback* message has it too and it is no placeholder (session 9: "bangun", "sedih", "plus" and `#angka`
 * made "bangunkan saya jam 6", "aku lagi sedih", "1+1 berapa" look in scope).
 */
function fieldCoverage(docs: readonly TrainingDoc[], taught: ReadonlySet<string>, outOfScope: string): Set<string> {
  const inScope = new Set<string>();
  const outside = new Set<string>();
  for (const doc of docs) {
    if (doc.field !== true) continue;
    for (const f of doc.features) (doc.label === outOfScope ? outside : inScope).add(f);
  }
  const known = new Set(taught);
  for (const f of inScope) if (!outside.has(f) && !f.startsWith('#')) known.add(f);
  return known;
}

/** Training docs plus their `UNKNOWN` features (see there). */
function withUnknowns(docs: readonly TrainingDoc[], outOfScope: string, neutral: ReadonlySet<string>): TrainingDoc[] {
  const docFrequency = new Map<string, number>();
  for (const doc of docs) {
    if (doc.label === outOfScope) continue;
    for (const f of new Set(doc.features)) docFrequency.set(f, (docFrequency.get(f) ?? 0) + 1);
  }
  return docs.map((doc) => {
    const limit = doc.label === outOfScope ? 0 : 1;
    const unknowns = [...new Set(doc.features)].filter((f) => !neutral.has(f) && (docFrequency.get(f) ?? 0) <= limit).map(() => UNKNOWN);
    return unknowns.length === 0 ? doc : { ...doc, features: [...doc.features, ...unknowns] };
  });
}
