/**
 * `npm run --silent classify -- [--now 2026-11-23T10:00:00+07:00]`
 * One message per stdin line in, one JSON object per line out:
 * {"text","intent","service","variant","date","time","confidence"} (null when absent; date YYYY-MM-DD and
 * time HH:MM in the MPP's zone), then, only when the message has one, "impossibleDate" (a day no calendar has) and
 * "facility" (one of the building's facilities asked about: core/nlu.ts FACILITY_IDS). Nothing else goes to stdout:
 * tools parse it. Errors go to stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { catalogSchema } from '../core/schema.js';
import { createNlu } from '../intents/index.js';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(2);
}

function parseNow(argv: readonly string[]): Date {
  const i = argv.indexOf('--now');
  if (i < 0) return new Date();
  const value = argv[i + 1];
  const now = new Date(value ?? '');
  if (value === undefined || Number.isNaN(now.getTime())) fail(`--now needs an ISO date-time, e.g. --now 2026-11-23T10:00:00+07:00 (got ${value ?? 'nothing'})`);
  return now;
}

/** `timeZone` of data/mpp.json (the MPP settings); the default until that file exists. */
function readTimeZone(): string {
  const path = `${DATA}mpp.json`;
  if (!existsSync(path)) return DEFAULT_TIME_ZONE;
  const settings = JSON.parse(readFileSync(path, 'utf8')) as { timeZone?: unknown; settings?: { timeZone?: unknown } };
  const zone = settings.timeZone ?? settings.settings?.timeZone;
  return typeof zone === 'string' ? zone : DEFAULT_TIME_ZONE;
}

function readCatalog(): ReturnType<typeof catalogSchema.parse> {
  const path = `${DATA}services.json`;
  if (!existsSync(path)) fail(`${path} not found: the service catalog is needed to recognise services`);
  const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) fail(`${path} is not a valid catalog: ${parsed.error.issues[0]?.message ?? 'unknown error'}`);
  return parsed.data;
}

const now = parseNow(process.argv.slice(2));
/** `closures` of data/mpp.json: holiday names ("natal", "lebaran") read as their dates (issue 11). */
function readClosures(): { date: string; reason: { id: string; en?: string } }[] {
  const path = `${DATA}mpp.json`;
  if (!existsSync(path)) return [];
  const closures = (JSON.parse(readFileSync(path, 'utf8')) as { closures?: unknown }).closures;
  return Array.isArray(closures) ? (closures as { date: string; reason: { id: string; en?: string } }[]) : [];
}

const nlu = createNlu(readCatalog(), { timeZone: readTimeZone(), closures: readClosures() });
for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const u = nlu.understand(text, now);
  // `impossibleDate` only when the message names a day no calendar has: every other line stays as it was.
  const row = { text, intent: u.intent, service: u.service, variant: u.variant, date: u.date, time: u.time, confidence: u.confidence, ...(u.impossibleDate ? { impossibleDate: u.impossibleDate } : {}), ...(u.facility ? { facility: u.facility } : {}) };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
