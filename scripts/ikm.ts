/**
 * `npx tsx scripts/ikm.ts [--data DIR] [--service ID] [--period P] [--csv]`
 * The IKM (Permenpan RB 14/2017) of the stored surveys, for one service and/or period, as text;
 * with --csv the matching responses as CSV on stdout instead. Errors go to stderr, exit code 2.
 *
 * Data folder: --data, else LAYANI_DATA_DIR, else var/ at the project root. The store allows one
 * process per folder, so stop the bot first (or copy the folder and point --data at the copy).
 * Limit: only surveys in the hot set are read, not rows moved to archive/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { computeIkm, filterResponses, formatIkm, parsePeriod, toCsv } from '../core/care/ikm.js';
import { readConfig } from '../core/config.js';
import { AppError } from '../core/errors.js';
import { localParts } from '../core/local-time.js';
import type { Logger } from '../core/ports.js';
import type { LayaniTables, SurveyResponse } from '../core/records.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../data/load.js';
import { openJsonStore } from '../data/store/json-store.js';

const USAGE = 'usage: npx tsx scripts/ikm.ts [--data DIR] [--service ID] [--period P] [--csv]';
const PERIODS = 'YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD..YYYY-MM-DD, "bulan ini" or "tahun ini"';

function fail(message: string): never {
  process.stderr.write(`ikm: ${message}\n`);
  process.exit(2);
}

const stderrLogger: Logger = {
  info() {},
  warn: (event, fields) => process.stderr.write(`ikm: ${event} ${JSON.stringify(fields ?? {})}\n`),
  error: (event, fields) => process.stderr.write(`ikm: ${event} ${JSON.stringify(fields ?? {})}\n`),
};

function readArgs() {
  try {
    const options = {
      data: { type: 'string' },
      service: { type: 'string' },
      period: { type: 'string' },
      csv: { type: 'boolean' },
    } as const;
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

/** Open, read, close: the lock is held only while the rows are copied out. */
async function readSurveys(dir: string): Promise<SurveyResponse[]> {
  const hasStore = ['snapshot.json', 'wal.jsonl'].some((file) => existsSync(path.join(dir, file)));
  if (!hasStore) fail(`no Layani store in ${dir} (no snapshot.json or wal.jsonl): pass --data DIR or set LAYANI_DATA_DIR`);
  // No compaction on close: a report should leave the folder as it found it.
  const store = await openJsonStore<LayaniTables>(dir, { compactOnClose: false, logger: stderrLogger });
  try {
    return [...store.table('surveys').values()];
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const args = readArgs();
  const config = readConfig(process.env, {
    settingsDir: DEFAULT_DATA_DIR,
    dataDir: fileURLToPath(new URL('../var/', import.meta.url)),
  });
  const { settings, catalog } = loadDataSync(config.settingsDir);
  const today = localParts(new Date(), settings.timeZone).date;
  const period = args.period === undefined ? undefined : parsePeriod(args.period, today);
  if (period === null) fail(`--period "${args.period}" not understood: use ${PERIODS}`);

  const rows = filterResponses(await readSurveys(path.resolve(args.data ?? config.dataDir)), { service: args.service, ...period });
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.service.localeCompare(b.service));
  if (args.csv) {
    process.stdout.write(toCsv(rows));
    return;
  }
  const service = args.service && (catalog.services.find((s) => s.id === args.service)?.name.id ?? args.service);
  const span = period ? `${period.from} s.d. ${period.to}` : 'semua periode';
  process.stdout.write(`${formatIkm(computeIkm(rows), 'id', `IKM ${service || 'semua layanan'}, ${span}`)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) fail(error.message);
  throw error;
});
