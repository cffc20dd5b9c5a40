/**
 * Field examples (issue 11, session 9): messages written by people who never saw this code or its examples, each with
 * the intent an annotator chose: the dev sets already tuned on, copied here as text and intent only by
 * scripts/field-examples.ts (test/intents/field-examples.test.ts checks the copy is in sync and valid). They carry what
 * our own examples lack: the vocabulary, length and order of real messages.
 *
 * They are a second, separate source (training.ts): they teach the models' weights, centroids and Bayes counts, and
 * nothing else. Their words do not join the typo corrector's vocabulary (it would stop expanding the field's "snn",
 * "pspr"), they are not remembered word for word (example-memory.ts: a recalled message skips the name frames and every
 * later rule), and what the bot counts as *taught* (coverage, the unknown-name frames) stays what our examples and the
 * catalog say: a town or an office a citizen once named is still an unknown name (docs/notes/nlu-accuracy.md, session 9).
 *
 * The file sits next to this module (dist/intents/ when compiled: `npm run build` copies it), never in test/fixtures:
 * production must not depend on test files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { AppError } from '../core/errors.js';
import { INTENT_NAMES, type IntentName } from '../core/nlu.js';

export const FIELD_EXAMPLES_PATH = fileURLToPath(new URL('./field-examples.jsonl', import.meta.url));

let cached: ReadonlyMap<IntentName, readonly string[]> | undefined;

/** Every field example by intent, read once per process; a malformed line stops the start with its line number. */
export function fieldExamples(path = FIELD_EXAMPLES_PATH): ReadonlyMap<IntentName, readonly string[]> {
  if (path === FIELD_EXAMPLES_PATH && cached !== undefined) return cached;
  const byIntent = new Map<IntentName, string[]>(INTENT_NAMES.map((name) => [name, []]));
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const { text, intent } = parse(line, i + 1);
    byIntent.get(intent)?.push(text);
  });
  if (path === FIELD_EXAMPLES_PATH) cached = byIntent;
  return byIntent;
}

function parse(line: string, at: number): { text: string; intent: IntentName } {
  const where = `intents/field-examples.jsonl:${at}`;
  let row: { text?: unknown; intent?: unknown };
  try {
    row = JSON.parse(line) as { text?: unknown; intent?: unknown };
  } catch (err) {
    throw new AppError('DATA_FILE', `${where}: not JSON (${(err as Error).message}); run npx tsx scripts/field-examples.ts`);
  }
  if (typeof row.text !== 'string' || row.text.trim() === '') throw new AppError('DATA_FILE', `${where}: "text" must be a non-empty string`);
  if (typeof row.intent !== 'string' || !(INTENT_NAMES as readonly string[]).includes(row.intent)) {
    throw new AppError('DATA_FILE', `${where}: "intent" must be one of ${INTENT_NAMES.join(', ')}`);
  }
  return { text: row.text, intent: row.intent as IntentName };
}
