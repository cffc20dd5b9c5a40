/**
 * What createNlu trains from and how (issue 11, split out of index.ts): the built-in examples plus what staff filed for
 * this MPP (withLearned, withSynonyms), each analysed as a message is, into the models and the remembered bags (train).
 */
import type { IntentName, LearnedData } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { IntentModel, type TrainingDoc } from './classifier.js';
import { LONG_MESSAGE, UNKNOWN_WEIGHT } from './decide.js';
import { OUT_OF_SCOPE } from './decision.js';
import { ELSEWHERE } from './elsewhere.js';
import { memorise, type Memory } from './example-memory.js';
import type { Analyzer } from './pipeline.js';
import { DOMAIN_LEXICON } from './topic-domain.js';

/**
 * Our examples and the field's messages (field-examples.ts) into the models, ours first (classifier.ts tells them apart
 * by index); only ours are remembered word for word: a field message recalled would skip the name frames and every later
 * rule (a town or an office it names would not be read as one).
 * A long field message (a letter: LONG_MESSAGE features or more) is left out: its label is the one sentence that asks,
 * and its greeting, courtesy and story would teach that intent their words ("semoga bapak dan ibu selalu sehat" read as
 * my_booking, a complaint letter's "ke mana saya bisa melapor" as location); the by-sentence reader (by-sentence.ts)
 * reads letters from short examples. Cross-validated over the dev sets (bench/field-cv.ts, docs/notes/nlu.md §27):
 * intent 97.1 → 97.6 % on the folds, out of scope accepted 3.3 → 2.8 %; a cut at 7 or 14 features scored 97.0 / 97.2 %.
 */
export function train(
  examples: ReadonlyMap<IntentName, readonly string[]>,
  field: ReadonlyMap<IntentName, readonly string[]>,
  analyzer: Analyzer,
  trainingNow: Date,
  neutral: ReadonlySet<string>,
): { model: IntentModel; memory: Memory } {
  const docsOf = (from: ReadonlyMap<IntentName, readonly string[]>, isField: boolean): TrainingDoc[] =>
    [...from].flatMap(([label, list]) => list.map((text) => ({ label, features: analyzer.analyse(text, trainingNow).features, field: isField })));
  const ours = docsOf(examples, false);
  const docs = [...ours, ...docsOf(field, true).filter((d) => d.features.length < LONG_MESSAGE).map(withoutOurService)];
  return { model: new IntentModel(docs, { outOfScope: OUT_OF_SCOPE, unknownWeight: UNKNOWN_WEIGHT, neutral }), memory: memorise(ours) };
}

/**
 * A field out-of-scope message that names a service beside another domain's word ("paspor kucing", "ktp di game",
 * "kode booking tiket kereta": topic-domain.ts, elsewhere.ts) teaches the fallback class everything but the service
 * (session 11, nearmiss, docs/notes/nlu.md §30). The service is `#layanan` to the models, and counted as fallback evidence
 * beside "online", "upload", "cara" it made naming a service of ours a reason to reject ("cara upload foto buat paspor
 * online" was refused); what puts a named service in another domain is those words, which the rules read
 * (other-domain.ts) and which stay in the message. A near miss with no such word ("pbb itu organisasi apa") keeps its
 * `#layanan`: dropping it from all 28 messages also cost dev 8's "biaya nikah di gedung rata2", "warna sampul paspor
 * negara lain" (folds' out of scope accepted 2.8 → 3.2 %) and a letter's story sentence naming a service ("… belum punya
 * paspor") its fallback reading (dev 10's long-polite gate). Every taught word dropped instead accepted 6.5 % (§27's
 * "only their untaught words").
 */
function withoutOurService(doc: TrainingDoc): TrainingDoc {
  return doc.label === OUT_OF_SCOPE && doc.features.includes(SERVICE) && doc.features.some((f) => DOMAIN_LEXICON.has(f) || ELSEWHERE.has(f)) ? { ...doc, features: doc.features.filter((f) => f !== SERVICE) } : doc;
}

/** The models' placeholder for a service's name (pipeline.ts). */
const SERVICE = '#layanan';

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
