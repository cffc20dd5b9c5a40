/**
 * The trained understanding model, cached in the data folder so a restart does not retrain (issue 14:
 * training took 0.9–1.6 s of every start, three times over when staff had taught examples). The file
 * name is a hash of everything the model is made of: the built-in examples, what this MPP learned
 * (learned.json: examples and service synonyms), the catalog, the zone and closures, natural's version
 * (its stemmer and root-word lexicon) and the understanding code itself (every file under intents/).
 * So any change retrains, and a stale model is never read. The snapshot holds everything training
 * produces (models' state and memorised example bags) and the stems of the catalog and word lists, v8-serialised
 * and written atomically.
 * A cache that cannot be read or written only costs the training time: it is logged, never fatal.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

import type { LearnedData } from '../core/nlu.js';
import type { Logger } from '../core/ports.js';
import type { Catalog } from '../core/schema.js';
import { trainingExamples } from './examples/index.js';
import { createNlu, type NluOptions, type NluSnapshot, type TrainedNlu } from './index.js';

const INTENTS_DIR = fileURLToPath(new URL('./', import.meta.url));
const PREFIX = 'nlu-';
/** Bumped when the snapshot's shape changes in a way the code hash would not show. */
const FORMAT = 2;

/** Builds one model (the seam tests count trainings through); `createNlu` by default. */
export type NluBuilder = (catalog: Catalog, options: NluOptions, snapshot?: NluSnapshot) => TrainedNlu;

export interface ModelCacheOptions {
  /** Folder for the cache files (the store's data folder). */
  readonly dir: string;
  readonly logger: Logger;
  readonly build?: NluBuilder;
}

/** What the cache file holds: the key again, so a renamed or mixed-up file is never trusted. */
interface CacheFile {
  readonly format: number;
  readonly key: string;
  readonly snapshot: NluSnapshot;
}

/**
 * A model factory for one catalog and zone: `(learned) => TrainedNlu`, from the cache when it can. `trained`
 * is the snapshot of a model trained elsewhere on the same inputs (a retrain's worker thread): kept, and
 * written when its file is not there yet.
 */
export type CachedNluFactory = (learned?: LearnedData, trained?: NluSnapshot) => TrainedNlu;

/**
 * `createNlu` behind the cache. One process asks for the same model a few times (the start, the learning
 * loop's baseline, a retrain), so two are also kept in memory: the built-in one (the baseline, and the
 * model of an MPP that learned nothing) and the latest learned one; more would grow with every retrain
 * over months. Files of other models are removed when a new one is written.
 */
export function cachedNlu(catalog: Catalog, base: NluOptions, options: ModelCacheOptions): CachedNluFactory {
  const build = options.build ?? createNlu;
  const codeHash = hashCode();
  const kept: { builtIn?: readonly [string, TrainedNlu]; learned?: readonly [string, TrainedNlu] } = {};
  return (learned, trained) => {
    const nluOptions: NluOptions = { ...base, learned };
    const key = nluCacheKey(catalog, nluOptions, codeHash);
    const slot = learned === undefined || (learned.examples.length === 0 && learned.synonyms.length === 0) ? 'builtIn' : 'learned';
    const known = kept[slot];
    if (known?.[0] === key) return known[1];
    const file = join(options.dir, `${PREFIX}${key}.bin`);
    const snapshot = trained ?? read(file, key, options.logger);
    const nlu = build(catalog, nluOptions, snapshot);
    kept[slot] = [key, nlu];
    const keep = [kept.builtIn?.[0], kept.learned?.[0]].filter((k): k is string => k !== undefined);
    if (snapshot === undefined || !existsSync(file)) write(options.dir, file, { format: FORMAT, key, snapshot: nlu.snapshot() }, keep, options.logger);
    options.logger.info('nlu.ready', { cached: snapshot !== undefined, ...(trained ? { trainedBy: 'worker' } : {}), key, learnedExamples: learned?.examples.length ?? 0 });
    return nlu;
  };
}

/** The model's ingredients, hashed (see the file comment). `codeHash` defaults to the code as it is now. */
export function nluCacheKey(catalog: Catalog, options: NluOptions, codeHash = hashCode()): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT}\n${codeHash}\n`);
  hash.update(JSON.stringify([...trainingExamples()]));
  hash.update(JSON.stringify({ examples: options.learned?.examples ?? [], synonyms: options.learned?.synonyms ?? [] }));
  hash.update(JSON.stringify(catalog));
  hash.update(JSON.stringify({ timeZone: options.timeZone, closures: options.closures ?? [], fieldExcept: options.fieldExcept ?? [] }));
  return hash.digest('hex').slice(0, 20);
}

/** The understanding code (intents/, as .ts under tsx or .js when compiled) and natural's version. */
function hashCode(): string {
  const hash = createHash('sha256');
  const natural = createRequire(import.meta.url)('natural/package.json') as { version?: string };
  hash.update(`natural ${natural.version ?? '?'}\n`);
  const files = readdirSync(INTENTS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|jsonl?)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(INTENTS_DIR.length)).update(readFileSync(file));
  return hash.digest('hex');
}

function read(file: string, key: string, logger: Logger): NluSnapshot | undefined {
  let data: unknown;
  try {
    data = deserialize(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('nlu.cache_unreadable', { file, error: String(error), remedy: 'retraining; the file is rewritten' });
    return undefined;
  }
  if (!isCacheFile(data, key)) {
    logger.warn('nlu.cache_unreadable', { file, error: 'not a model snapshot for this key', remedy: 'retraining; the file is rewritten' });
    return undefined;
  }
  return data.snapshot;
}

function isCacheFile(data: unknown, key: string): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const { format, key: stored, snapshot } = data as Partial<CacheFile>;
  const model = snapshot?.model;
  return (
    format === FORMAT &&
    stored === key &&
    model !== undefined &&
    Array.isArray(model.labels) &&
    model.stats instanceof Map &&
    model.inScope instanceof Set &&
    model.taught instanceof Set &&
    model.docLabel instanceof Int32Array &&
    model.logPrior instanceof Float64Array &&
    snapshot?.memory?.bags instanceof Map &&
    snapshot.stems instanceof Map
  );
}

function write(dir: string, file: string, content: CacheFile, keep: readonly string[], logger: Logger): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Models of earlier code or data, not used by this process: never read again.
    const kept = new Set(keep.map((key) => `${PREFIX}${key}.bin`));
    for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && name.endsWith('.bin') && !kept.has(name)) rmSync(join(dir, name), { force: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serialize(content));
    renameSync(temp, file);
  } catch (error) {
    logger.warn('nlu.cache_not_written', { file, error: String(error) });
  }
}
