/**
 * The trained understanding model, cached in the data folder so a restart does not retrain
 * (issue 14: training took 0.9–1.6 s of every start). The file name carries a hash of what the
 * model is made of: the training examples, the catalog, the time zone and the understanding code
 * itself (every file under intents/), so any change retrains and a stale model is never used.
 * The snapshot is v8-serialised (Maps and typed arrays as they are) and written atomically.
 * A cache that cannot be read or written only costs the training time: it is logged, never fatal.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

import type { Nlu } from '../core/nlu.js';
import type { Logger } from '../core/ports.js';
import type { Catalog } from '../core/schema.js';
import { trainingExamples } from '../intents/examples/index.js';
import { createNlu, type NluSnapshot } from '../intents/index.js';

const INTENTS_DIR = fileURLToPath(new URL('../intents/', import.meta.url));
const PREFIX = 'nlu-';

export interface NluCacheOptions {
  readonly catalog: Catalog;
  readonly timeZone: string;
  /** Folder for the cache file (the store's data folder). */
  readonly dir: string;
  readonly logger: Logger;
}

/** The model's ingredients, hashed: examples, catalog, zone and the code that turns them into a model. */
export function nluCacheKey(catalog: Catalog, timeZone: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([...trainingExamples()]));
  hash.update(JSON.stringify(catalog));
  hash.update(timeZone);
  for (const file of sourceFiles(INTENTS_DIR)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `createNlu`, reading the trained state from the cache when its key matches and writing it when not. */
export function createCachedNlu(options: NluCacheOptions): Nlu {
  const key = nluCacheKey(options.catalog, options.timeZone);
  const file = join(options.dir, `${PREFIX}${key}.bin`);
  const snapshot = read(file, options.logger);
  const nlu = createNlu(options.catalog, { timeZone: options.timeZone, ...(snapshot ? { snapshot } : {}) });
  if (!snapshot) write(options.dir, file, nlu.snapshot(), options.logger);
  options.logger.info('nlu.ready', { cached: snapshot !== undefined, key });
  return nlu;
}

function read(file: string, logger: Logger): NluSnapshot | undefined {
  try {
    return deserialize(readFileSync(file)) as NluSnapshot;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('nlu.cache_unreadable', { file, error: String(error) });
    return undefined;
  }
}

function write(dir: string, file: string, snapshot: NluSnapshot, logger: Logger): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Models of earlier code or data: never read again.
    for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serialize(snapshot));
    renameSync(temp, file);
  } catch (error) {
    logger.warn('nlu.cache_not_written', { file, error: String(error) });
  }
}
