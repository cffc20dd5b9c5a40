/**
 * Composition root: config → data files → store → understanding → engine → channels → cron.
 * The only place that wires things together.
 */
import { fileURLToPath } from 'node:url';

import { startReminderCron } from './bots/cron.js';
import { createLogger } from './bots/log.js';
import { routerSender } from './bots/router-sender.js';
import { runTerminal, terminalSender } from './bots/terminal.js';
import { readConfig } from './core/config.js';
import { createEngine } from './core/engine.js';
import { AppError } from './core/errors.js';
import { systemClock } from './core/ports.js';
import type { LayaniTables } from './core/records.js';
import { openJsonStore } from './data/json-store.js';
import { DEFAULT_DATA_DIR, loadData } from './data/load.js';
import { createNlu } from './intents/index.js';

async function main(): Promise<void> {
  const config = readConfig(process.env, {
    settingsDir: DEFAULT_DATA_DIR,
    dataDir: fileURLToPath(new URL('./var/', import.meta.url)),
  });
  const logger = createLogger(config.logLevel);
  const { settings, catalog } = await loadData(config.settingsDir);
  const store = await openJsonStore<LayaniTables>(config.dataDir);
  const engine = createEngine({
    settings,
    catalog,
    nlu: createNlu(catalog, { timeZone: settings.timeZone }),
    store,
    clock: systemClock,
    random: Math.random,
    push: routerSender({ term: terminalSender(process.stdout) }),
    logger,
    staff: config.staffIds,
  });
  const cron = startReminderCron(engine.reminders, settings.timeZone, logger);
  const shutdown = async (): Promise<void> => {
    cron.stop();
    await store.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

  const interactive = process.stdin.isTTY;
  if (interactive) {
    process.stdout.write(
      `Layani — ${settings.name}${settings.sample ? ' (data contoh)' : ''}. Terminal chat; Ctrl+D to quit.\n` +
        'Telegram: set TELEGRAM_BOT_TOKEN · WhatsApp: set WA_ENABLED=1 (needs Chromium and a QR scan) · see README.\n' +
        'Try: "syarat bikin ktp apa aja", "booking kk besok jam 9", "cek booking".\n',
    );
  }
  await runTerminal({ conversation: engine.conversation, input: process.stdin, output: process.stdout, prompt: interactive });
  await shutdown();
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`layani: ${error.message}\n`);
  } else {
    process.stderr.write(`layani: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
