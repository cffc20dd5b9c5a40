/** The models: our sparse Bayes scoring must be natural's model, and the registry must cover every intent. */
import { describe, expect, it } from 'vitest';

import { INTENT_NAMES } from '../../core/nlu.js';
import { IntentModel, UNKNOWN } from '../../intents/classifier.js';
import { trainingExamples } from '../../intents/examples/index.js';
import { naturalBayesReference } from '../../intents/natural.js';

const { BayesClassifier, StemmerId } = naturalBayesReference();

const docs = [
  { label: 'cost', features: ['biaya', '#layanan', 'berapa'] },
  { label: 'cost', features: ['harga', '#layanan'] },
  { label: 'cost', features: ['bayar', 'berapa'] },
  { label: 'hours', features: ['jam', 'buka'] },
  { label: 'hours', features: ['buka', 'jam', 'berapa'] },
  { label: 'fallback', features: ['cuaca', 'hari', 'ini'] },
];
const options = { outOfScope: 'fallback', unknownWeight: 0.8, neutral: new Set(['ini']) };

describe('IntentModel', () => {
  it("scores Bayes exactly as natural's BayesClassifier (smoothing 0.01) ranks", () => {
    const model = new IntentModel(docs, options);
    // natural sees the same docs, including the `#unk` features the model adds.
    const natural = new BayesClassifier(StemmerId, 0.01);
    natural.addDocument(['biaya', '#layanan', 'berapa', UNKNOWN], 'cost');
    natural.addDocument(['harga', '#layanan', UNKNOWN], 'cost');
    natural.addDocument(['bayar', 'berapa', UNKNOWN], 'cost');
    natural.addDocument(['jam', 'buka'], 'hours');
    natural.addDocument(['buka', 'jam', 'berapa'], 'hours');
    natural.addDocument(['cuaca', 'hari', 'ini', UNKNOWN], 'fallback');
    natural.train();
    // A word no in-scope example has also brings `#unk` along ("cuaca" → "cuaca", "#unk").
    for (const [query, naturalQuery] of [
      [['berapa', 'biaya'], ['berapa', 'biaya']],
      [['jam', 'berapa'], ['jam', 'berapa']],
      [['cuaca'], ['cuaca', UNKNOWN]],
    ] as const) {
      const ours = model.score(query).bayes;
      const theirs = natural.getClassifications([...naturalQuery]);
      const total = theirs.reduce((sum, c) => sum + c.value, 0);
      for (const { label, value } of theirs) expect(ours[model.labels.indexOf(label)]).toBeCloseTo(value / total, 10);
    }
  });

  it('counts words no in-scope example has; function words are never unknown', () => {
    const model = new IntentModel(docs, options);
    expect(model.score(['jam', 'buka', 'cuaca']).inScopeKnown).toBe(2);
    expect(model.score(['jam', 'buka', 'ini']).inScopeKnown).toBe(3);
    expect(model.score(['jam', 'jam']).total).toBe(1);
  });

  it('finds the nearest example of a class', () => {
    const model = new IntentModel(docs, options);
    const s = model.score(['jam', 'buka']);
    expect(s.nearest(model.labels.indexOf('hours'))).toBeCloseTo(1, 6);
    expect(s.nearest(model.labels.indexOf('cost'))).toBe(0);
  });
});

describe('training examples', () => {
  it('cover every intent of the contract, with enough examples each', () => {
    const examples = trainingExamples();
    expect([...examples.keys()].sort()).toEqual([...INTENT_NAMES].sort());
    for (const [intent, list] of examples) expect(list.length, intent).toBeGreaterThanOrEqual(40);
  });

  it('hold no duplicates within or across intents', () => {
    const seen = new Map<string, string>();
    for (const [intent, list] of trainingExamples()) {
      for (const text of list) {
        expect(seen.get(text), `"${text}" is in ${seen.get(text) ?? ''} and ${intent}`).toBeUndefined();
        seen.set(text, intent);
      }
    }
  });
});
