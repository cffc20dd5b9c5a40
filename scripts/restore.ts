/**
 * npm run restore -- FILE: replaces the data files in LAYANI_DATA_DIR with those in a backup.
 * Refuses while Layani runs (the PID lock); checks the backup opens first; keeps the replaced
 * files in `<data folder>/replaced-<time>/`.
 */
import { fileURLToPath } from 'node:url';

import { readConfig } from '../core/config.js';
import { DEFAULT_DATA_DIR } from '../data/load.js';
import { restoreStore } from '../data/store/backup.js';

const config = readConfig(process.env, { settingsDir: DEFAULT_DATA_DIR, dataDir: fileURLToPath(new URL('../var/', import.meta.url)) });
const file = process.argv[2];

if (file === undefined) {
  process.stderr.write(`usage: npm run restore -- <backup file>   (backups are in ${config.backupDir})\n`);
  process.exitCode = 2;
} else {
  try {
    const rows = await restoreStore(file, config.dataDir, new Date());
    const summary = Object.entries(rows).map(([table, count]) => `${count} ${table}`).join(', ');
    process.stdout.write(`restored ${file} into ${config.dataDir} (${summary}); the replaced files are in ${config.dataDir}/replaced-*\n`);
  } catch (error) {
    process.stderr.write(`restore: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
