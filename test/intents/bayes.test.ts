/**
 * bayes.ts learns natural's BayesClassifier in one pass (issue 11, training time): the model must be natural's to the
 * last bit, or the answers change. natural itself is the reference here.
 */
import { describe, expect, it } from 'vitest';

import { learnBayes } from '../../intents/bayes.js';
import { naturalBayesReference } from '../../intents/natural.js';

const { BayesClassifier, StemmerId } = naturalBayesReference();
const SMOOTHING = 0.01;

interface Doc {
  readonly label: string;
  readonly features: readonly string[];
}

const docs: Doc[] = [
  { label: 'cost', features: ['biaya', '#layanan', 'berapa'] },
  // A repeated feature counts once per document, as natural's 0/1 vector does.
  { label: 'cost', features: ['harga', 'harga', '#layanan'] },
  { label: 'cost', features: ['bayar', 'berapa', '#unk'] },
  // An empty document is ignored: it adds to no total.
  { label: 'cost', features: [] },
  { label: 'hours', features: ['jam', 'buka'] },
  { label: 'hours', features: ['buka', 'jam', 'berapa'] },
  { label: 'fallback', features: ['cuaca', 'hari', 'ini', '#unk'] },
  // Two classes with the same documents: a tie.
  { label: 'greeting', features: ['halo', 'kak'] },
  { label: 'thanks', features: ['halo', 'kak'] },
  // A numeric-looking feature: natural's object keys put it first, which must not matter.
  { label: 'hours', features: ['17', 'buka'] },
  // A class whose documents only were empty: natural has no totals for it.
  { label: 'human', features: [] },
];
// Many documents holding one feature: natural's count is 1.01 then ++ each time; so must ours be, double for double.
for (let i = 0; i < 300; i++) docs.push({ label: i % 3 === 0 ? 'hours' : 'cost', features: ['mpp', i % 2 === 0 ? 'berapa' : 'jam'] });

const labels = [...new Set(docs.map((d) => d.label))];

function trainNatural(): InstanceType<typeof BayesClassifier> {
  const natural = new BayesClassifier(StemmerId, SMOOTHING);
  for (const d of docs) if (d.features.length > 0) natural.addDocument([...d.features], d.label);
  natural.train();
  return natural;
}

interface NaturalInternals {
  readonly classFeatures: Record<string, Record<number, number> | undefined>;
  readonly classTotals: Record<string, number | undefined>;
  readonly totalExamples: number;
}

describe('learnBayes', () => {
  const ours = learnBayes(docs, labels, SMOOTHING);
  const natural = trainNatural();
  const learned = natural.classifier as unknown as NaturalInternals;

  it("learns natural's priors and likelihoods bit for bit, feature by feature", () => {
    labels.forEach((label, c) => expect(ours.logPrior[c]).toBe(Math.log((learned.classTotals[label] ?? 1) / learned.totalExamples)));
    const vocabulary = Object.keys(natural.features);
    expect([...ours.logLikelihood.keys()].sort()).toEqual([...vocabulary].sort());
    vocabulary.forEach((feature, i) => {
      const row = ours.logLikelihood.get(feature);
      labels.forEach((label, c) => {
        const count = learned.classFeatures[label]?.[i] ?? SMOOTHING;
        expect(row?.[c], `${feature} ${label}`).toBe(Math.log(count / (learned.classTotals[label] ?? 1)));
      });
    });
  });

  it("ranks messages as natural's classifier does, unseen words ignored and ties kept equal", () => {
    const score = (features: readonly string[]): number[] =>
      labels.map((_, c) => features.reduce((sum, f) => sum + (ours.logLikelihood.get(f)?.[c] ?? 0), ours.logPrior[c] ?? 0));
    for (const query of [['berapa', 'biaya'], ['jam', 'berapa', 'zzz'], ['zzz'], ['halo', 'kak'], ['mpp', 'buka', '17'], ['#unk', 'cuaca']]) {
      const theirs = natural.getClassifications([...new Set(query)]);
      const mine = score([...new Set(query)]);
      // natural's value is p(C)·exp(Σ log): the same classes in the same order (a stable sort keeps ties in class order).
      const ranked = labels.filter((l) => l !== 'human').sort((x, y) => (mine[labels.indexOf(y)] ?? 0) - (mine[labels.indexOf(x)] ?? 0));
      expect(ranked, query.join(' ')).toEqual(theirs.map((t) => t.label));
      for (const t of theirs) expect(Math.exp(mine[labels.indexOf(t.label)] ?? 0) / t.value).toBeCloseTo(1, 12);
    }
    const tie = score(['halo', 'kak']);
    expect(tie[labels.indexOf('greeting')]).toBe(tie[labels.indexOf('thanks')]);
  });

  it('refuses a document whose label is not among the labels given', () => {
    expect(() => learnBayes([{ label: 'book', features: ['daftar'] }], ['cost'], SMOOTHING)).toThrow(/book/);
  });
});
