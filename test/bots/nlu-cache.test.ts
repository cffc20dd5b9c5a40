/**
 * The understanding model cached in the data folder (issue 14): a restart reads it instead of
 * training, answers exactly as a freshly trained model does, and any change to what the model is
 * made of (catalog, examples, code) gives a new key, so a stale model is never used.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createCachedNlu, nluCacheKey } from '../../bots/nlu-cache.js';
import { loadDataSync } from '../../data/load.js';
import { createNlu } from '../../intents/index.js';
import { recordingLogger } from './helpers.js';

const { catalog, settings } = loadDataSync();
const timeZone = settings.timeZone;
const MESSAGES = [
  'syarat bikin ktp apa aja',
  'booking kk besok jam 9',
  'jam buka?',
  'cek booking LY-7KQ2M',
  'mau batal',
  'cuaca hari ini gimana',
  'perpanjang sim dimana',
  'ga jadi',
  'how much is a passport',
  'tgl 5 bisa?',
];

describe('createCachedNlu', () => {
  it('trains once, then reads the cache and answers exactly as a freshly trained model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    const first = recordingLogger();
    createCachedNlu({ catalog, timeZone, dir, logger: first });
    expect(first.entries.find((e) => e.event === 'nlu.ready')?.fields['cached']).toBe(false);
    expect(readdirSync(dir)).toEqual([`nlu-${nluCacheKey(catalog, timeZone)}.bin`]);

    const second = recordingLogger();
    const cached = createCachedNlu({ catalog, timeZone, dir, logger: second });
    expect(second.entries.find((e) => e.event === 'nlu.ready')?.fields['cached']).toBe(true);
    const fresh = createNlu(catalog, { timeZone });
    const now = new Date('2026-11-23T09:00:00+07:00');
    for (const text of MESSAGES) expect(cached.understand(text, now)).toEqual(fresh.understand(text, now));
  });

  it('keys the cache on the catalog (and zone): an edited catalog is retrained, the old file removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    createCachedNlu({ catalog, timeZone, dir, logger: recordingLogger() });
    const edited = { ...catalog, services: catalog.services.slice(1) };
    expect(nluCacheKey(edited, timeZone)).not.toBe(nluCacheKey(catalog, timeZone));
    expect(nluCacheKey(catalog, 'Asia/Makassar')).not.toBe(nluCacheKey(catalog, timeZone));
    const logger = recordingLogger();
    createCachedNlu({ catalog: edited, timeZone, dir, logger });
    expect(logger.entries.find((e) => e.event === 'nlu.ready')?.fields['cached']).toBe(false);
    expect(readdirSync(dir)).toEqual([`nlu-${nluCacheKey(edited, timeZone)}.bin`]);
  });

  it('retrains over a damaged cache file and says so, never fails the start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layani-nlu-'));
    writeFileSync(join(dir, `nlu-${nluCacheKey(catalog, timeZone)}.bin`), 'not a model');
    const logger = recordingLogger();
    const nlu = createCachedNlu({ catalog, timeZone, dir, logger });
    expect(logger.entries.map((e) => e.event)).toEqual(['nlu.cache_unreadable', 'nlu.ready']);
    expect(nlu.understand('jam buka?', new Date()).intent).toBe('hours');
  });
});
