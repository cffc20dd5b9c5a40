/**
 * Issue 11, session 11 (field): training on the field's messages (intents/field-examples.jsonl) as a second, lower-trust
 * source. What must stay true: the file is derived from the dev sets and only them, without a
 * message any measuring set holds; its messages teach the models but are
 * not remembered word for word nor taught (a name a citizen once wrote is still an unknown name); a fold can be left out
 * for cross-validation. Messages here are written for these tests, never copied from a dev or blind set.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fieldExamples, fieldExamplesByIntent } from '../../intents/field-examples.js';
import { createNlu } from '../../intents/index.js';
import { comparable, derivedFieldExamples, FIELD_SOURCES, MEASURING_SETS } from '../../scripts/field-examples.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-12-01T10:00:00+07:00');
const ALL_SETS = FIELD_SOURCES.map(([name]) => name);
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const without = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', fieldExcept: ALL_SETS });
const understand = (text: string) => nlu.understand(text, NOW);

describe('the field examples file', () => {
  it('is in sync with the dev sets it is derived from (npx tsx scripts/field-examples.ts)', () => {
    expect(readFileSync(new URL('../../intents/field-examples.jsonl', import.meta.url), 'utf8')).toBe(derivedFieldExamples());
  });

  it('holds none of a measuring set\'s messages: the test set, the blind sets, the validation sets', () => {
    const measuring = new Set(
      MEASURING_SETS.flatMap((path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => comparable((JSON.parse(l) as { text?: string }).text ?? ''))),
    );
    expect(measuring.size).toBeGreaterThan(5000);
    expect(measuring.has(comparable('what can you do?'))).toBe(true);
    expect(fieldExamples().filter((e) => measuring.has(comparable(e.text)))).toEqual([]);
  });

  it('comes only from dev sets, and a fold leaves its sets out', () => {
    expect(new Set(fieldExamples().map((e) => e.from))).toEqual(new Set(ALL_SETS));
    const count = (except: readonly string[]): number => [...fieldExamplesByIntent(except).values()].reduce((n, l) => n + l.length, 0);
    expect(count([])).toBe(fieldExamples().length);
    expect(count(['dev-12', 'dev-13'])).toBe(fieldExamples().filter((e) => e.from !== 'dev-12' && e.from !== 'dev-13').length);
    expect(count(ALL_SETS)).toBe(0);
  });
});

describe('a second, lower-trust source', () => {
  it('is not remembered word for word: the memorised bags are our examples only', () => {
    expect(nlu.snapshot().memory.bags.size).toBe(without.snapshot().memory.bags.size);
  });

  it('does not teach its words: what the unknown-name frames see is what our examples and the catalog say', () => {
    const field = nlu.snapshot().model;
    const ours = without.snapshot().model;
    expect(field.taught).toEqual(ours.taught);
    expect(field.ourDocs).toBe(ours.docLabel.length);
    expect(field.docLabel.length).toBeGreaterThan(ours.docLabel.length);
    expect(field.docLabel.length).toBeLessThanOrEqual(ours.docLabel.length + fieldExamples().length);
  });

  it('still reads an office nobody taught as an unknown name when the models accept the question', () => {
    const taspen = understand('kantor taspen cabang buka jam berapa');
    expect(taspen.intent).toBe('hours');
    expect(taspen.unknownAgency).toContain('taspen');
    expect(understand('tolong hubungkan saya ke petugas bpn')).toMatchObject({ intent: 'human', unknownAgency: 'bpn' });
  });

  it('keeps plain questions ours and chit-chat out', () => {
    expect(understand('jam buka mpp hari senin').intent).toBe('hours');
    expect(understand('syarat bikin paspor baru apa saja').intent).toBe('requirements');
    expect(understand('siapa pemenang piala dunia tahun lalu').intent).toBe('fallback');
    expect(understand('resep rendang yang enak gimana').intent).toBe('fallback');
  });
});
