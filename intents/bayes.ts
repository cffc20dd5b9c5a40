/**
 * The naive Bayes view's training (issue 11, training time): natural's `BayesClassifier` (natural 8.1.1 on
 * apparatus 0.0.10, node_modules/apparatus/lib/apparatus/classifier/bayes_classifier.js) learned as counts, in one
 * pass over the documents' distinct features. natural turns every document into a dense 0/1 vector over the whole
 * vocabulary (`Classifier#textToFeatures`, an `indexOf` per vocabulary word), so its training grew with documents ×
 * vocabulary: 1.4 s of CPU at 5,000 documents (docs/notes/nlu-accuracy.md, "Training time"). What it computes is
 * reproduced here operation for operation, so every double is the same (test/intents/bayes.test.ts compares the
 * two; the golden dump is identical):
 * - a document with no feature is ignored;
 * - `totalExamples` starts at 1 and `classTotals[label]` at 1 (natural's "extra for smoothing"), each +1 per document;
 * - a feature present in a document (once, however often it is repeated) of a class counts `1 + smoothing` the first
 *   time, then +1 (natural's `++`, kept as repeated additions: `1.01 + (n − 1)` in one step could round differently);
 * - p(feature | class) = (count, or `smoothing` for none) / classTotals[class]; p(class) = classTotals / totalExamples.
 * natural keys features by object property, so a feature named `__proto__` would be dropped there; our features never
 * hold `_` (normalize.ts keeps only `[a-z0-9#./:-]`). natural stays the stemmer and the distances (natural.ts).
 */
export interface BayesDoc {
  readonly label: string;
  readonly features: readonly string[];
  /** A field message (classifier.ts TrainingDoc): it counts FIELD_WEIGHT of one of ours. */
  readonly field?: boolean;
}

/**
 * What a field message (field-examples.ts) counts for against one of our examples, in the Bayes counts and the class
 * centroids: a quarter. The field is a lower-trust source (one annotator's label, sets weighted by their writers' briefs:
 * dev 12 is a quarter out of scope), and there are 3.5 of its messages to one of ours; counted in full they outvoted our
 * short questions ("do i have a booking?", "what's the address" went to fallback). Chosen by cross-validation over the
 * dev sets (bench/field-cv.ts, docs/notes/nlu.md §27): 1 / 0.5 / 0.25 gave 96.9 / 96.9 / 97.1 % on the folds and 98.0 /
 * 98.5 / 98.5 % on the held-out test set. Session 12 more than doubled the field (6,154 → 14,147 messages, nine more
 * folds of sets never tuned on): 0.25 / 0.15 / 0.1 scored 91.8 / 91.7 / 91.7 % on those folds, and 0.1 keeps the field's
 * whole weight where session 11 chose it (14,147 × 0.1 ≈ 5,516 × 0.25) and fewer of the behaviours the tests name moved.
 */
export const FIELD_WEIGHT = 0.1;

export interface BayesModel {
  /** log p(class), aligned with the labels given. */
  readonly logPrior: Float64Array;
  /** log p(feature | class) per feature of the vocabulary, aligned with the labels given. */
  readonly logLikelihood: Map<string, Float64Array>;
}

/** Learns natural's Bayes model from `docs`; `labels` fixes the order of the classes in the arrays returned. */
export function learnBayes(docs: readonly BayesDoc[], labels: readonly string[], smoothing: number): BayesModel {
  const classOf = new Map(labels.map((label, c) => [label, c]));
  const classes = labels.length;
  // natural's classTotals start at 1: a class with no (non-empty) document keeps 1, as its missing entry read as 1 did.
  const totals = new Float64Array(classes).fill(1);
  let totalExamples = 1;

  // Per feature and class: natural's classFeatures entry, 0 where it has none.
  const counts = new Map<string, Float64Array>();
  for (const doc of docs) {
    if (doc.features.length === 0) continue;
    const c = classOf.get(doc.label);
    if (c === undefined) throw new Error(`learnBayes: label "${doc.label}" is not among the labels given`);
    const w = doc.field === true ? FIELD_WEIGHT : 1;
    totalExamples += w;
    totals[c] = (totals[c] ?? 0) + w;
    for (const f of new Set(doc.features)) {
      let row = counts.get(f);
      if (row === undefined) counts.set(f, (row = new Float64Array(classes)));
      row[c] = row[c] === 0 ? w + smoothing : (row[c] ?? 0) + w;
    }
  }
  const logPrior = Float64Array.from(totals, (total) => Math.log(total / totalExamples));
  const logLikelihood = new Map<string, Float64Array>();
  for (const [f, row] of counts) logLikelihood.set(f, row.map((count, c) => Math.log((count === 0 ? smoothing : count) / (totals[c] ?? 1))));
  return { logPrior, logLikelihood };
}
