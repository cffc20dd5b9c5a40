/** npm run staff -- COMMAND … (see scripts/staff-cli.ts). */
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';

import { readConfig } from '../core/config.js';
import { operatorName, runStaffCli, StaffCliError } from './staff-cli.js';

const config = readConfig(process.env, { settingsDir: '', dataDir: fileURLToPath(new URL('../var/', import.meta.url)) });
try {
  const { args, as, yes } = splitFlags(process.argv.slice(2));
  const operator = operatorName(as, process.env, userInfo().username);
  await runStaffCli(args, { dataDir: config.dataDir, input: process.stdin, output: process.stdout, yes, operator });
} catch (error) {
  if (!(error instanceof StaffCliError)) throw error;
  process.stderr.write(`staff: ${error.message}\n`);
  process.exitCode = 2;
}

/** `--yes` and `--as NAME` anywhere; everything else is the command, dashes and all ("- jam 8"). */
function splitFlags(argv: readonly string[]): { args: string[]; as?: string; yes?: true } {
  const args: string[] = [];
  let as: string | undefined;
  let yes: true | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--yes') yes = true;
    else if (arg === '--as') as = argv[++i] ?? '';
    else if (arg.startsWith('--as=')) as = arg.slice('--as='.length);
    else args.push(arg);
  }
  return { args, ...(as !== undefined ? { as } : {}), ...(yes ? { yes } : {}) };
}
