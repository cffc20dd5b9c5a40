/**
 * npm run backup: writes a backup of the data folder now (`<LAYANI_BACKUP_DIR>/layani-<date>.tar.gz`,
 * rotated to 7 daily + 4 weekly). A running bot backs up by itself every day at 02:00; this is
 * for a stopped bot (e.g. before an upgrade), since only one process may own the data folder.
 */
import { fileURLToPath } from 'node:url';

import { readConfig } from '../core/config.js';
import { AppError } from '../core/errors.js';
import { localParts } from '../core/local-time.js';
import { DEFAULT_DATA_DIR, loadData } from '../data/load.js';
import { backupStore, newestBackup } from '../data/store/backup.js';
import { openJsonStore } from '../data/store/json-store.js';

const config = readConfig(process.env, { settingsDir: DEFAULT_DATA_DIR, dataDir: fileURLToPath(new URL('../var/', import.meta.url)) });
const quiet = { info() {}, warn() {}, error() {} };

try {
  const { settings } = await loadData(config.settingsDir);
  const store = await openJsonStore(config.dataDir).catch(async (error: unknown) => {
    if (error instanceof AppError && error.code === 'STORE_LOCKED') {
      const newest = (await newestBackup(config.backupDir)) ?? 'none yet';
      throw new AppError(
        'STORE_LOCKED',
        `Layani is running and owns ${config.dataDir}; it backs up by itself every day at 02:00 (newest: ${newest}, in ${config.backupDir}). Stop it to take a backup now.`,
      );
    }
    throw error;
  });
  try {
    const file = await backupStore(store, config.backupDir, localParts(new Date(), settings.timeZone).date, quiet);
    process.stdout.write(`backup written: ${file}\n`);
  } finally {
    await store.close();
  }
} catch (error) {
  process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
