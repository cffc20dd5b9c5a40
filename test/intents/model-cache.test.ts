/**
 * The understanding model cached in the data folder (issue 14): a restart reads it instead of training,
 * answers exactly as a freshly trained model does on the whole test set, a changed learned example or
 * synonym retrains, and a damaged file is logged, retrained over and rewritten, never fatal.
 * Trainings are counted through the `build` seam (a build without a snapshot is a training).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LearnedData } from '../../core/nlu.js';
import { loadDataSync } from '../../data/load.js';
import { createNlu } from '../../intents/index.js';
import { cachedNlu, type NluBuilder, nluCacheKey } from '../../intents/model-cache.js';
import { StemmerId } from '../../intents/natural.js';
import { forgetSharedStems } from '../../intents/pipeline.js';
import { createTrainer, readTestSet } from '../../intents/trainer.js';
import { recordingLogger } from '../bots/helpers.js';

const { catalog, settings } = loadDataSync();
const options = { timeZone: settings.timeZone, closures: settings.closures };
const LEARNED: LearnedData = {
  examples: [{ text: 'kapan loket tutup istirahat', intent: 'hours' }],
  synonyms: [{ word: 'kartu kuning', service: catalog.services[0]?.id ?? '' }],
};

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** `createNlu`, counting the builds that had to train. */
function countingBuilder(): { build: NluBuilder; trainings: () => number } {
  let trainings = 0;
  return {
    build: (c, o, snapshot) => {
      if (snapshot === undefined) trainings++;
      return createNlu(c, o, snapshot);
    },
    trainings: () => trainings,
  };
}

/** One process start: a new factory (nothing in memory) on the same data folder. */
function start(build: NluBuilder) {
  const logger = recordingLogger();
  return { models: cachedNlu(catalog, options, { dir, logger, build }), logger };
}

describe('cachedNlu', () => {
  it('trains on the first start only; the cached model answers the whole test set exactly as the trained one', () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const counter = countingBuilder();
    const fresh = start(counter.build).models();
    expect(counter.trainings()).toBe(1);
    expect(readdirSync(dir)).toEqual([`nlu-${nluCacheKey(catalog, options)}.bin`]);

    const second = start(counter.build);
    const cached = second.models();
    expect(counter.trainings()).toBe(1);
    expect(second.logger.entries.find((e) => e.event === 'nlu.ready')?.fields['cached']).toBe(true);
    const set = readTestSet();
    expect(set.items.length).toBeGreaterThan(100);
    for (const { text } of set.items) expect(cached.understand(text, set.now)).toEqual(fresh.understand(text, set.now));
    expect(cached.unknownWords('mau urus kitas taspen')).toEqual(fresh.unknownWords('mau urus kitas taspen'));
  });

  it('restarts without stemming the catalog and word lists again, and holds no word of a message (issue 14)', () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const fresh = start(createNlu).models();
    const before = [...fresh.snapshot().stems];
    expect(before.length).toBeGreaterThan(300);
    fresh.understand('mohon bantuannya zyxwabc pengurusannya', new Date());
    expect([...fresh.snapshot().stems]).toEqual(before);
    // Nor does another model trained in the same process, though the stems are shared between analysers (pipeline.ts).
    expect(createNlu(catalog, options).snapshot().stems.has('zyxwabc')).toBe(false);
    // A new process: the stems every analyser shares (pipeline.ts) would hide a restart that stems again.
    forgetSharedStems();
    const stem = vi.spyOn(StemmerId, 'stem');
    try {
      const cached = start(createNlu).models();
      expect(stem).not.toHaveBeenCalled();
      expect([...cached.snapshot().stems]).toEqual(before);
      expect(cached.understand('syarat perpanjangan paspor', new Date()).intent).toBe(fresh.understand('syarat perpanjangan paspor', new Date()).intent);
    } finally {
      stem.mockRestore();
    }
  });

  it('keys the model on what was learned: a restart with the same learned file trains nothing, a changed example retrains', () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const counter = countingBuilder();
    const trainer = (build: NluBuilder) => createTrainer(catalog, options, { build: start(build).models });
    expect(trainer(counter.build).retrainBlocking(LEARNED).ok).toBe(true);
    // The built-in model (the accuracy baseline) and the learned one; both are kept on disk.
    expect(counter.trainings()).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);

    const restarted = trainer(counter.build).retrainBlocking(LEARNED);
    expect(restarted.ok).toBe(true);
    expect(counter.trainings()).toBe(2);
    if (restarted.ok) expect(restarted.nlu.understand('kapan loket tutup istirahat', new Date()).intent).toBe('hours');

    const changed: LearnedData = { ...LEARNED, examples: [{ text: 'kapan loket tutup siang', intent: 'hours' }] };
    expect(nluCacheKey(catalog, { ...options, learned: changed })).not.toBe(nluCacheKey(catalog, { ...options, learned: LEARNED }));
    trainer(counter.build).retrainBlocking(changed);
    expect(counter.trainings()).toBe(3);
    const synonymOnly: LearnedData = { ...LEARNED, synonyms: [] };
    expect(nluCacheKey(catalog, { ...options, learned: synonymOnly })).not.toBe(nluCacheKey(catalog, { ...options, learned: LEARNED }));
  });

  it('retrains in a worker thread: the main thread restores its model without training, and the next start reads the file the worker wrote', async () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const counter = countingBuilder();
    const { models, logger } = start(counter.build);
    models();
    expect(counter.trainings()).toBe(1);
    const outcome = await createTrainer(catalog, options, { build: models, thread: { dir, logger } }).retrain(LEARNED);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.nlu.understand('kapan loket tutup istirahat', new Date()).intent).toBe('hours');
    expect(counter.trainings()).toBe(1);
    expect(logger.entries.filter((e) => e.event === 'nlu.ready').map((e) => e.fields['trainedBy'])).toContain('worker');
    start(counter.build).models(LEARNED);
    expect(counter.trainings()).toBe(1);
  });

  it('trains in this thread, and logs why, when the worker cannot run', async () => {
    const logger = recordingLogger();
    // A function cannot be cloned into a worker: the job fails before the thread starts.
    const unclonable = { ...catalog, services: catalog.services, toJSON: () => catalog } as typeof catalog;
    const outcome = await createTrainer(unclonable, options, { thread: { logger } }).retrain(LEARNED);
    expect(outcome.ok).toBe(true);
    expect(logger.entries.map((e) => e.event)).toContain('nlu.retrain_thread_failed');
  });

  it('keys the model on the catalog and the zone', () => {
    const edited = { ...catalog, services: catalog.services.slice(1) };
    expect(nluCacheKey(edited, options)).not.toBe(nluCacheKey(catalog, options));
    expect(nluCacheKey(catalog, { ...options, timeZone: 'Asia/Makassar' })).not.toBe(nluCacheKey(catalog, options));
  });

  it('ignores a damaged cache file: logs it, retrains, rewrites it, and the next start reads it', () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const file = join(dir, `nlu-${nluCacheKey(catalog, options)}.bin`);
    const counter = countingBuilder();
    // Not v8 data, an empty file, and well-formed data that is no snapshot of this model.
    for (const damage of ['not a model', '', serialize({ format: 1, key: 'another', snapshot: {} })]) {
      writeFileSync(file, damage);
      const { models, logger } = start(counter.build);
      expect(models().understand('jam buka?', new Date()).intent).toBe('hours');
      expect(logger.entries.map((e) => e.event)).toEqual(['nlu.cache_unreadable', 'nlu.ready']);
    }
    expect(counter.trainings()).toBe(3);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    start(counter.build).models();
    expect(counter.trainings()).toBe(3);
  });
});
