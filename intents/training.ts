/**
 * What createNlu trains from and how (issue 11, split out of index.ts): the built-in examples plus what staff filed for
 * this MPP (withLearned, withSynonyms), each analysed as a message is, into the models and the remembered bags (train).
 */
import type { IntentName, LearnedData } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { IntentModel } from './classifier.js';
import { UNKNOWN_WEIGHT } from './decide.js';
import { OUT_OF_SCOPE } from './decision.js';
import { memorise, type Memory } from './example-memory.js';
import type { Analyzer } from './pipeline.js';

export function train(
  examples: ReadonlyMap<IntentName, readonly string[]>,
  analyzer: Analyzer,
  trainingNow: Date,
  neutral: ReadonlySet<string>,
): { model: IntentModel; memory: Memory } {
  const docs = [...examples].flatMap(([label, list]) =>
    list.map((text) => ({ label, features: analyzer.analyse(text, trainingNow).features })),
  );
  return { model: new IntentModel(docs, { outOfScope: OUT_OF_SCOPE, unknownWeight: UNKNOWN_WEIGHT, neutral }), memory: memorise(docs) };
}

/** Built-in examples plus the ones staff filed for this MPP. */
export function withLearned(builtIn: ReadonlyMap<IntentName, readonly string[]>, learned: LearnedData | undefined): ReadonlyMap<IntentName, readonly string[]> {
  if (learned === undefined || learned.examples.length === 0) return builtIn;
  const merged = new Map([...builtIn].map(([k, v]) => [k, [...v]]));
  for (const e of learned.examples) merged.get(e.intent)?.push(e.text);
  return merged;
}

/** The catalog with the words staff filed as names of a service ("kartu kuning" for ak1). */
export function withSynonyms(catalog: Catalog, learned: LearnedData | undefined): Catalog {
  if (learned === undefined || learned.synonyms.length === 0) return catalog;
  return {
    ...catalog,
    services: catalog.services.map((s) => {
      const extra = learned.synonyms.filter((x) => x.service === s.id).map((x) => x.word);
      return extra.length === 0 ? s : { ...s, synonyms: [...s.synonyms, ...extra] };
    }),
  };
}
