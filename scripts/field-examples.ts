/**
 * Derives intents/field-examples.jsonl from the dev sets already tuned on (issue 11, session 9):
 * `npx tsx scripts/field-examples.ts` writes it, `--check` only says whether it is in sync (test/intents/field-examples.test.ts
 * runs the same check). Only `text` and `intent` are copied: the model learns the field's vocabulary, length and order
 * from them, and production (dist/) must not read test/fixtures at run time. Blind sets are never copied (they measure),
 * nor the untuned dev sets (10, 11: they measure what this file teaches).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { DEV_SET, DEV_SET_3, DEV_SET_4, DEV_SET_5, DEV_SET_6, DEV_SET_7, DEV_SET_8, DEV_SET_9 } from '../bench/nlu-dev-sets.js';
import { FIELD_EXAMPLES_PATH } from '../intents/field-examples.js';

/** The dev sets the field examples come from: each was tuned on in the session that wrote it, so it no longer measures. */
export const FIELD_SOURCES: readonly string[] = [DEV_SET, DEV_SET_3, DEV_SET_4, DEV_SET_5, DEV_SET_6, DEV_SET_7, DEV_SET_8, DEV_SET_9];

interface Row {
  readonly text?: unknown;
  readonly intent?: unknown;
}

/** The file's content as the sources say it should be: one `{"text", "intent"}` line per labelled message, in source order. */
export function derivedFieldExamples(sources = FIELD_SOURCES): string {
  const lines: string[] = [];
  for (const path of sources) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Row;
      if (typeof row.text !== 'string' || typeof row.intent !== 'string') continue;
      lines.push(JSON.stringify({ text: row.text, intent: row.intent }));
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const want = derivedFieldExamples();
  if (process.argv.includes('--check')) {
    const inSync = readFileSync(FIELD_EXAMPLES_PATH, 'utf8') === want;
    console.log(inSync ? 'intents/field-examples.jsonl is in sync' : 'intents/field-examples.jsonl is out of date: run npx tsx scripts/field-examples.ts');
    process.exitCode = inSync ? 0 : 1;
  } else {
    writeFileSync(FIELD_EXAMPLES_PATH, want);
    console.log(`wrote ${want.split('\n').length - 1} field examples to intents/field-examples.jsonl`);
  }
}
