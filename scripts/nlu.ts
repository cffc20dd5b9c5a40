/**
 * npm run nlu -- review [NOMOR INTENT [LAYANAN] | latih]   the `/belajar` staff command from a terminal
 * npm run nlu -- export                                     every kept miss as one JSON line (stdout)
 *
 * Talks to the running bot through its inbox (scripts/staff-cli.ts): the bot owns the store and the live
 * model. `export` reads the store directly when the bot is stopped. The terminal operator must be staff
 * (term:operator in STAFF_IDS or mpp.json).
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readConfig } from '../core/config.js';
import type { LayaniTables } from '../core/records.js';
import { openJsonStore } from '../data/store/json-store.js';
import { operatorName, runStaffCli, StaffCliError } from './staff-cli.js';

const [action, ...rest] = process.argv.slice(2);
const config = readConfig(process.env, { settingsDir: '', dataDir: fileURLToPath(new URL('../var/', import.meta.url)) });
const cli = () => ({ dataDir: config.dataDir, input: process.stdin, output: process.stdout, operator: operatorName(undefined, process.env, userInfo().username) });

async function exportStopped(): Promise<void> {
  const store = await openJsonStore<LayaniTables>(config.dataDir);
  try {
    const rows = [...store.table('misses').values()].sort((a, b) => Number(a.id) - Number(b.id));
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } finally {
    await store.close();
  }
}

try {
  if (action === 'review') await runStaffCli(['belajar', ...rest], cli());
  else if (action === 'export') {
    if (existsSync(join(config.dataDir, 'layani.lock'))) await runStaffCli(['belajar', 'ekspor'], cli());
    else await exportStopped();
  } else throw new StaffCliError('usage: npm run nlu -- review [NOMOR INTENT [LAYANAN] | latih] · npm run nlu -- export');
} catch (error) {
  if (!(error instanceof StaffCliError)) throw error;
  process.stderr.write(`nlu: ${error.message}\n`);
  process.exitCode = 2;
}
