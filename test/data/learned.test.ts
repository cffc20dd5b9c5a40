/** learned.json is checked like the catalog: a wrong intent or an unknown service is named with its fix (issue 11). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { learnedFile } from '../../data/learned.js';
import { fixtureCatalog } from '../intents/fixture-catalog.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (data: unknown): ReturnType<typeof learnedFile> => {
  dir = mkdtempSync(join(tmpdir(), 'layani-learned-'));
  writeFileSync(join(dir, 'learned.json'), JSON.stringify(data));
  return learnedFile(dir, fixtureCatalog);
};

describe('learned.json', () => {
  it('reads as empty when the file does not exist yet', () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-learned-'));
    expect(learnedFile(dir, fixtureCatalog).load()).toEqual({ examples: [], synonyms: [] });
  });

  it('round-trips what was saved', async () => {
    dir = mkdtempSync(join(tmpdir(), 'layani-learned-'));
    const file = learnedFile(dir, fixtureCatalog);
    const data = { examples: [{ text: 'biaya sipandu', intent: 'cost' as const }], synonyms: [{ word: 'sipandu', service: 'paspor' }] };
    await file.save(data);
    expect(file.load()).toEqual(data);
  });

  it('names an intent that does not exist, with the list to pick from', () => {
    expect(() => write({ examples: [{ text: 'x', intent: 'weather' }], synonyms: [] }).load()).toThrow(/examples\[0\]\.intent: "weather" is not an intent\. Fix: use one of greeting/);
  });

  it('names a service the catalog does not have', () => {
    expect(() => write({ examples: [], synonyms: [{ word: 'sipandu', service: 'visa' }] }).load()).toThrow(/synonyms\[0\]\.service: "visa" is not in services\.json/);
  });

  it('rejects unknown fields and broken JSON like the other data files', () => {
    expect(() => write({ examples: [], synonyms: [], extra: 1 }).load()).toThrow(/unknown field "extra"/);
    dir = mkdtempSync(join(tmpdir(), 'layani-learned-'));
    writeFileSync(join(dir, 'learned.json'), '{"examples": [,]}');
    expect(() => learnedFile(dir, fixtureCatalog).load()).toThrow(/invalid JSON/);
  });
});
