/**
 * npm run --silent simulate -- [--now ISO] [--data DIR] [--staff ID,ID] [--capacity N] [--settings DIR] [--help]
 * Stdin: one JSON event a line. Stdout: one JSON line per outgoing message. Problems with an
 * input line go to stderr and the run carries on.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

import type { UserKey } from '../core/types.js';
import { parseEvent, parseUser, SimEventError, Simulator } from './simulator.js';

/** A fixed default keeps runs reproducible: Monday 23 Nov 2026, 08:00 WIB. */
const DEFAULT_NOW = '2026-11-23T08:00:00+07:00';

const USAGE = `usage: npm run --silent simulate -- [--now ISO] [--data DIR] [--staff ID,ID] [--capacity N] [--settings DIR] < events.jsonl
  stdin: one event a line, {"from":"tg:1001","text":"syarat ktp"}, {"from":"wa:628123@c.us","media":"sticker"} or {"advance":"90m"}
  stdout: one JSON line per message Layani sends; the clock starts at ${DEFAULT_NOW} and moves only on "advance"`;

function readArgs() {
  try {
    const options = {
      now: { type: 'string', default: DEFAULT_NOW },
      data: { type: 'string' },
      staff: { type: 'string', default: '' },
      capacity: { type: 'string' },
      settings: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } as const;
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    // An unknown flag is a typo to point out, not a stack trace (session 45: "--help" printed Node's internals).
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

const values = readArgs();
if (values.help === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const now = new Date(values.now);
if (Number.isNaN(now.getTime())) fail(`--now "${values.now}" is not an ISO date-time, e.g. ${DEFAULT_NOW}`);
const capacity = values.capacity === undefined ? undefined : Number(values.capacity);
if (capacity !== undefined && (!Number.isInteger(capacity) || capacity < 1)) fail('--capacity must be a whole number ≥ 1');
let staff: UserKey[] = [];
try {
  staff = values.staff.split(',').filter(Boolean).map(parseUser);
} catch (error) {
  fail(`--staff: ${(error as Error).message}`);
}

// A reader that stops early ("… | head -1") is done with us: exit quietly, as other Unix tools do, instead of an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const simulator = await Simulator.create(
  {
    now,
    staff,
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values.settings ? { settingsDir: values.settings } : {}),
    ...(capacity ? { capacity } : {}),
  },
  (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
);

let lineNumber = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNumber++;
  if (!line.trim()) continue;
  try {
    await simulator.handle(parseEvent(line));
  } catch (error) {
    if (!(error instanceof SimEventError)) throw error;
    process.stderr.write(`simulate: line ${lineNumber}: ${error.message}\n`);
  }
}
await simulator.close();
