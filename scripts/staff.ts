/** npm run staff -- COMMAND … (see scripts/staff-cli.ts). */
import { fileURLToPath } from 'node:url';

import { readConfig } from '../core/config.js';
import { runStaffCli, StaffCliError } from './staff-cli.js';

const args = process.argv.slice(2).filter((a) => a !== '--yes');
const config = readConfig(process.env, { settingsDir: '', dataDir: fileURLToPath(new URL('../var/', import.meta.url)) });
try {
  await runStaffCli(args, { dataDir: config.dataDir, input: process.stdin, output: process.stdout, yes: process.argv.includes('--yes') || undefined });
} catch (error) {
  if (!(error instanceof StaffCliError)) throw error;
  process.stderr.write(`staff: ${error.message}\n`);
  process.exitCode = 2;
}
