/**
 * Field examples (issue 11, sessions 9 and 11): messages written by people who never saw this code or its examples,
 * each with the intent an annotator chose: the dev sets already tuned on, copied here as text, intent and the set they
 * came from by scripts/field-examples.ts (test/intents/session-11-field.test.ts checks the copy is in sync and valid).
 * They carry what our own examples lack: the vocabulary, length and order of real messages.
 *
 * They are a second, lower-trust source (training.ts, `TrainingDoc.field`): they teach the models' weights, centroids
 * and Bayes counts (a quarter of one of ours each: bayes.ts FIELD_WEIGHT), and reach the nearest-example view only where
 * a word weighs most in them (classifier.ts FIELD_POSTINGS); a letter (LONG_MESSAGE features or more) is left out
 * (training.ts). Their
 * words do not join the typo corrector's vocabulary (it would stop expanding the field's "snn", "pspr"), they are not
 * remembered word for word (example-memory.ts: a recalled message skips the name frames and every later rule), and what
 * the bot counts as *taught* (the unknown-name frames, complaint topics) stays what our examples and the catalog say:
 * a town or an office a citizen once named is still an unknown name (docs/notes/nlu-accuracy.md, session 9).
 *
 * The file sits next to this module (dist/intents/ when compiled: `npm run build` copies it), never in test/fixtures:
 * production must not depend on test files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { AppError } from '../core/errors.js';
import { INTENT_NAMES, type IntentName } from '../core/nlu.js';

export const FIELD_EXAMPLES_PATH = fileURLToPath(new URL('./field-examples.jsonl', import.meta.url));

export interface FieldExample {
  readonly text: string;
  readonly intent: IntentName;
  /** The dev set it came from ("dev-12"): bench/field-cv.ts leaves a fold's sets out to score them. */
  readonly from: string;
}

let cached: readonly FieldExample[] | undefined;

/** Every field example, read once per process; a malformed line stops the start with its line number. */
export function fieldExamples(path = FIELD_EXAMPLES_PATH): readonly FieldExample[] {
  if (path === FIELD_EXAMPLES_PATH && cached !== undefined) return cached;
  const rows: FieldExample[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() !== '') rows.push(parse(line, i + 1));
  });
  if (path === FIELD_EXAMPLES_PATH) cached = rows;
  return rows;
}

/** The examples by intent, without those of the sets in `except` (a cross-validation fold; none in production). */
export function fieldExamplesByIntent(except: readonly string[] = []): ReadonlyMap<IntentName, readonly string[]> {
  const byIntent = new Map<IntentName, string[]>(INTENT_NAMES.map((name) => [name, []]));
  for (const row of fieldExamples()) if (!except.includes(row.from)) byIntent.get(row.intent)?.push(row.text);
  return byIntent;
}

function parse(line: string, at: number): FieldExample {
  const where = `intents/field-examples.jsonl:${at}`;
  let row: { text?: unknown; intent?: unknown; from?: unknown };
  try {
    row = JSON.parse(line) as { text?: unknown; intent?: unknown; from?: unknown };
  } catch (err) {
    throw new AppError('DATA_FILE', `${where}: not JSON (${(err as Error).message}); run npx tsx scripts/field-examples.ts`);
  }
  if (typeof row.text !== 'string' || row.text.trim() === '') throw new AppError('DATA_FILE', `${where}: "text" must be a non-empty string`);
  if (typeof row.intent !== 'string' || !(INTENT_NAMES as readonly string[]).includes(row.intent)) {
    throw new AppError('DATA_FILE', `${where}: "intent" must be one of ${INTENT_NAMES.join(', ')}`);
  }
  if (typeof row.from !== 'string') throw new AppError('DATA_FILE', `${where}: "from" must name the dev set`);
  return { text: row.text, intent: row.intent as IntentName, from: row.from };
}
