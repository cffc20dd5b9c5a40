/**
 * Learning from misses, below the engine: masking before storage, retention, what counts as a miss,
 * filing (example + synonym) and the retrain that refuses to make the bot worse (issue 11).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { Learning, SwitchableNlu } from '../../../core/learning/learning.js';
import { maskPersonal } from '../../../core/learning/mask-personal.js';
import { MAX_AGE_DAYS, MAX_ROWS, Misses } from '../../../core/learning/misses.js';
import { silentLogger } from '../../../core/ports.js';
import type { LayaniTables } from '../../../core/records.js';
import type { IncomingMessage, Reply } from '../../../core/types.js';
import { learnedFile } from '../../../data/learned.js';
import { createMemoryStore } from '../../../data/store/memory-store.js';
import { createNlu } from '../../../intents/index.js';
import { createTrainer } from '../../../intents/trainer.js';
import { fixtureCatalog } from '../../intents/fixture-catalog.js';

const NOW = new Date('2026-11-23T03:00:00Z');
const options = { timeZone: 'Asia/Jakarta' };
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const message = (text: string, from = 'tg:1'): IncomingMessage => ({ channel: 'tg', from, chatId: '1', text, receivedAt: NOW }) as unknown as IncomingMessage;
const fallback: Reply[] = [{ kind: 'fallback', text: 'Maaf' }];

describe('maskPersonal', () => {
  it('masks NIKs, phone numbers and introduced names', () => {
    const masked = maskPersonal('nama saya Budi Santoso nik 3273010101010009 hp 081234567890 mau tanya', []);
    expect(masked).not.toMatch(/Budi|Santoso|3273010101010009|081234567890/);
    expect(masked).toContain('nama saya [nama]');
    expect(masked).toContain('mau tanya');
  });

  it('masks the names the citizen gave us before, wherever they appear', () => {
    expect(maskPersonal('booking buat siti aminah besok', ['Siti Aminah'])).toBe('booking buat [nama] [nama] besok');
  });
});

describe('Misses', () => {
  it(`keeps at most ${MAX_ROWS} rows and none older than ${MAX_AGE_DAYS} days`, () => {
    const store = createMemoryStore<LayaniTables>();
    const misses = new Misses(store);
    const old = new Date(NOW.getTime() - (MAX_AGE_DAYS + 1) * 86_400_000);
    misses.add({ at: old.toISOString(), text: 'lama', guesses: [], service: null }, old);
    for (let i = 0; i < MAX_ROWS + 5; i++) misses.add({ at: NOW.toISOString(), text: `m${i}`, guesses: [], service: null }, NOW);
    expect(store.table('misses').size).toBe(MAX_ROWS);
    expect(misses.get('1')).toBeUndefined();
    expect(misses.latest(1)[0]?.text).toBe(`m${MAX_ROWS + 4}`);
  });
});

describe('Learning', () => {
  const setup = (withFile: boolean, thread = false) => {
    dir = mkdtempSync(join(tmpdir(), 'layani-learning-'));
    const store = createMemoryStore<LayaniTables>();
    const nlu = new SwitchableNlu(createNlu(fixtureCatalog, options));
    const testSet = join(dir, 'testset.jsonl');
    writeFileSync(testSet, ['{"now":"2026-11-23T10:00:00+07:00"}', '{"text":"saya mau tanya syarat bikin ktp untuk adik saya","intent":"requirements"}', '{"text":"mpp hari sabtu buka sampai jam berapa ya","intent":"hours"}', '{"text":"cuaca besok","intent":"fallback"}'].join('\n'));
    const learning = new Learning({
      store,
      logger: silentLogger,
      nlu,
      ...(withFile ? { trainer: createTrainer(fixtureCatalog, options, { testSetPath: testSet, ...(thread ? { thread: { logger: silentLogger } } : {}) }), file: learnedFile(dir, fixtureCatalog) } : {}),
    });
    return { store, nlu, learning };
  };

  it('keeps fallback and clarify replies only, never commands, bare numbers or answers', () => {
    const { learning, store } = setup(false);
    expect(learning.noteReplies(message('/belajar'), fallback)).toBeNull();
    expect(learning.noteReplies(message('3'), fallback)).toBeNull();
    expect(learning.noteReplies(message('syarat ktp'), [{ kind: 'answer', text: 'ok' }])).toBeNull();
    const kept = learning.noteReplies(message('mau urus sipandu 081234567890'), [{ kind: 'clarify', text: '?' }]);
    expect(kept?.text).toMatch(/^mau urus sipandu \S+7890$/);
    expect(kept?.text).not.toContain('081234567890');
    expect(kept?.guesses.length).toBeGreaterThan(0);
    expect(store.table('misses').size).toBe(1);
  });

  it('files a miss as an example and its unknown word as a synonym, saved to learned.json', async () => {
    const { learning } = setup(true);
    const miss = learning.noteReplies(message('syarat bikin sipandu'), fallback)!;
    const result = await learning.file(miss.id, 'requirements', 'paspor', 'tg:9', NOW);
    expect(result).toMatchObject({ ok: true, synonym: 'sipandu' });
    const saved = JSON.parse(readFileSync(join(dir, 'learned.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ examples: [{ text: 'syarat bikin sipandu', intent: 'requirements' }], synonyms: [{ word: 'sipandu', service: 'paspor' }] });
    expect(learning.misses.latest(10)).toEqual([]);
  });

  it('refuses unknown misses and intents, and filing without a data folder', async () => {
    const withFile = setup(true);
    const miss = withFile.learning.noteReplies(message('halo halo bandung'), fallback)!;
    expect(await withFile.learning.file('99', 'cost', null, 'tg:9', NOW)).toEqual({ ok: false, reason: 'not_found' });
    expect(await withFile.learning.file(miss.id, 'weather', null, 'tg:9', NOW)).toEqual({ ok: false, reason: 'bad_intent' });
    const without = setup(false);
    const other = without.learning.noteReplies(message('halo halo bandung'), fallback)!;
    expect(await without.learning.file(other.id, 'greeting', null, 'tg:9', NOW)).toEqual({ ok: false, reason: 'no_file' });
  });

  it('swaps in the retrained model, so the filed message is understood', async () => {
    const { learning, nlu } = setup(true);
    const miss = learning.noteReplies(message('syarat bikin sipandu'), fallback)!;
    await learning.file(miss.id, 'requirements', 'paspor', 'tg:9', NOW);
    const outcome = await learning.retrain();
    expect(outcome?.ok).toBe(true);
    const u = nlu.understand('syarat bikin sipandu', NOW);
    expect(u.intent).toBe('requirements');
    expect(u.service).toBe('paspor');
  });

  it('trains in a worker thread: the bot answers with the old model meanwhile, then with the new one', async () => {
    const { learning, nlu } = setup(true, true);
    const miss = learning.noteReplies(message('syarat bikin sipandu'), fallback)!;
    await learning.file(miss.id, 'requirements', 'paspor', 'tg:9', NOW);
    let settled = false;
    const retrain = learning.retrain().then((outcome) => {
      settled = true;
      return outcome;
    });
    // One turn of the event loop: a retrain in this thread would have finished before it (it runs as a
    // microtask); in a worker, a citizen's message is answered now, still by the old model.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(nlu.understand('syarat bikin sipandu', NOW).intent).toBe('fallback');
    expect((await retrain)?.ok).toBe(true);
    expect(nlu.understand('syarat bikin sipandu', NOW)).toMatchObject({ intent: 'requirements', service: 'paspor' });
    // The worker loads the TypeScript through tsx and trains on the 58,000 field examples: 12 s in this thread alone, and it
    // passed 60 s once in a rehearsal on a busy two-core machine (session 45). A slow machine must not fail it.
  }, 180_000);

  it('refuses a retrain that costs more than one point on the built-in test set, and keeps the old model', async () => {
    const { learning, nlu } = setup(true);
    // Staff file the test set's own messages under the wrong intent: accuracy falls from 100 % to 0 %.
    for (const text of ['saya mau tanya syarat bikin ktp untuk adik saya', 'mpp hari sabtu buka sampai jam berapa ya']) {
      const miss = learning.noteReplies(message(text), fallback)!;
      await learning.file(miss.id, 'thanks', null, 'tg:9', NOW);
    }
    const outcome = await learning.retrain();
    expect(outcome).toMatchObject({ ok: false, baseline: 1 });
    expect(outcome!.accuracy).toBeLessThan(0.99);
    expect(nlu.understand('mpp hari sabtu buka sampai jam berapa ya', NOW).intent).toBe('hours');
  });
});
