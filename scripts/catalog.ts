/**
 * `npm run catalog -- stale [--months N] [--data DIR] [--today YYYY-MM-DD]`: the catalog facts (service variants) last
 * checked more than N months ago (default 6), oldest first, one per line, so maintainers know what
 * to re-check against its sources, then the upcoming closures that are still estimates (issue #12).
 * Exit code 0 either way: listing is not failing. Bad use: exit 2.
 */
import { parseArgs } from 'node:util';

import { STALE_AFTER_MONTHS, staleFacts } from '../core/catalog-freshness.js';
import { localParts } from '../core/local-time.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../data/load.js';

const USAGE = 'usage: npm run catalog -- stale [--months N] [--data DIR] [--today YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`catalog: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs(): { command: string | undefined; months: number; dir: string; today: string | undefined } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { months: { type: 'string' }, data: { type: 'string' }, today: { type: 'string' } },
    });
    const months = values.months === undefined ? STALE_AFTER_MONTHS : Number(values.months);
    if (!Number.isInteger(months) || months < 0) fail(`--months must be a whole number of months, not "${values.months}"`);
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today must be YYYY-MM-DD, not "${values.today}"`);
    return { command: positionals[0], months, dir: values.data ?? DEFAULT_DATA_DIR, today: values.today };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const { command, months, dir, today: todayArg } = readArgs();
if (command !== 'stale') fail(command === undefined ? 'say what to do' : `unknown command "${command}"`);
const { settings, catalog } = loadDataSync(dir);
// --today pins the date (tests, or "what will be stale by then"); default: today at the MPP.
const today = todayArg ?? localParts(new Date(), settings.timeZone).date;
const stale = staleFacts(catalog, today, months);
if (stale.length === 0) {
  process.stdout.write(`No catalog facts older than ${months} month(s) (today is ${today}).\n`);
} else {
  process.stdout.write(`${stale.length} catalog fact(s) last checked more than ${months} month(s) before ${today}:\n`);
  for (const fact of stale) process.stdout.write(`${fact.key}\t${fact.checkedOn}\n`);
}
// Closures are facts too: an estimated holiday (before its year's SKB 3 Menteri) waits for the decree.
const estimated = settings.closures.filter((c) => c.estimated === true && c.date >= today);
if (estimated.length > 0) {
  process.stdout.write(`${estimated.length} upcoming closure(s) in mpp.json are estimates; replace them with the SKB 3 Menteri when it is out:\n`);
  for (const closure of estimated) process.stdout.write(`${closure.date}\t${closure.reason.id}\n`);
}
