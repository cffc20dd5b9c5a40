/**
 * Composition root: config → data files → store → understanding → engine → channels → cron.
 * The only place that wires things together.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ChatChannel } from './bots/channel.js';
import { startCron, startDaily } from './bots/cron.js';
import { createLogger } from './bots/log.js';
import { ensurePrivateDir, isOperator, operatorLog, startOperatorInbox } from './bots/operator-inbox.js';
import { startRetention } from './bots/retention.js';
import { routerSender } from './bots/router-sender.js';
import { createTelegramChannel } from './bots/telegram.js';
import { runTerminal, terminalSender, termSender } from './bots/terminal.js';
import { createWhatsAppChannel, createWhatsAppClient } from './bots/whatsapp.js';
import { type Config, readConfig } from './core/config.js';
import { createEngine, type Engine } from './core/create-engine.js';
import { AppError } from './core/errors.js';
import { addDays, localParts } from './core/local-time.js';
import { markUnreachable } from './core/notify.js';
import { type Logger, type Sender, systemClock } from './core/ports.js';
import type { LayaniTables } from './core/records.js';
import type { Channel, UserKey } from './core/types.js';
import { DEFAULT_DATA_DIR, loadData } from './data/load.js';
import { backupStore, newestBackup } from './data/store/backup.js';
import { type JsonStore, openJsonStore } from './data/store/json-store.js';
import { createNlu } from './intents/index.js';
import { prepareWeb } from './web/index.js';

async function main(): Promise<void> {
  const config = readConfig(process.env, {
    settingsDir: DEFAULT_DATA_DIR,
    dataDir: fileURLToPath(new URL('./var/', import.meta.url)),
  });
  const logger = createLogger(config.logLevel);
  // Stale facts warn rather than stop: the queue must open even when a re-check is overdue.
  const { settings, catalog } = await loadData(config.settingsDir, { onWarning: (message) => logger.warn('catalog_stale', { message }) });
  const store = await openJsonStore<LayaniTables>(config.dataDir, { logger });
  const inboxDir = join(config.dataDir, 'inbox');
  await ensurePrivateDir(inboxDir);
  // Service mode: a chat channel runs and stdout is a journal, so nothing personal is printed (issue 13 item 7).
  const service = config.telegram !== undefined || config.whatsapp !== undefined;
  // Channels need the engine and the engine needs their senders: the router breaks the cycle.
  const senders: Partial<Record<Channel, Sender>> = {
    term: termSender({ service, operatorLog: operatorLog(inboxDir), terminal: terminalSender(process.stdout), isOperator }),
  };
  const web = prepareWeb({ config: config.web, store, clock: systemClock, logger });
  const engine = createEngine({
    settings,
    catalog,
    nlu: createNlu(catalog, { timeZone: settings.timeZone }),
    store,
    clock: systemClock,
    random: Math.random,
    push: routerSender(senders),
    logger,
    staff: config.staffIds,
    // The terminal demo's user is the person at the keyboard: admin, so `/console` opens every page.
    ...(service ? {} : { admins: ['term:local' as const] }),
    loginLinks: web.loginLinks,
  });
  const server = await web.start(engine.app);
  const inbox = await startOperatorInbox({ dir: inboxDir, conversation: engine.conversation, logger });
  const retention = startRetention({ dataDir: config.dataDir, inboxDir, retention: settings.retention, logger });
  const channels = buildChannels(config, engine, logger);
  for (const [name, channel] of Object.entries(channels)) senders[name as Channel] = channel.sender;
  await Promise.all(Object.values(channels).map((channel) => channel.start()));
  const cron = startCron(engine.tick, settings.timeZone, logger);
  const backups = await startBackups(store, config.backupDir, settings.timeZone, logger);
  const shutdown = async (): Promise<void> => {
    cron.stop();
    backups.stop();
    retention.stop();
    await inbox.stop();
    await server?.close();
    await Promise.allSettled(Object.values(channels).map((channel) => channel.stop('shutdown')));
    await store.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

  if (Object.keys(channels).length > 0) {
    logger.info('started', { channels: Object.keys(channels).join(','), mpp: settings.name });
    return;
  }
  const interactive = process.stdin.isTTY;
  if (interactive) {
    process.stdout.write(
      `Layani — ${settings.name}. Terminal chat; Ctrl+D to quit.\n` +
        'Telegram: set TELEGRAM_BOT_TOKEN · WhatsApp: set WA_ENABLED=1 (needs Chromium and a QR scan) · see README.\n' +
        'Try: "syarat bikin ktp apa aja", "booking kk besok jam 9", "cek booking".\n' +
        (server ? `Web: ${server.url}/display (layar TV) · ketik /console untuk tautan masuk konsol loket dan dasbor.\n` : ''),
    );
  }
  await runTerminal({ conversation: engine.conversation, input: process.stdin, output: process.stdout, prompt: interactive });
  await shutdown();
}

/** A backup every day at 02:00 MPP time, and one now if the newest is older than yesterday (the bot was down). */
async function startBackups(store: JsonStore<LayaniTables>, dir: string, timeZone: string, logger: Logger): Promise<{ stop(): void }> {
  const today = () => localParts(systemClock.now(), timeZone).date;
  const backup = () => backupStore(store, dir, today(), logger);
  if (((await newestBackup(dir)) ?? '') < addDays(today(), -1)) {
    backup().catch((error: unknown) => logger.error('store.backup_failed', { error: error instanceof Error ? error.message : String(error) }));
  }
  return startDaily('store.backup', '0 2 * * *', backup, timeZone, logger);
}

function buildChannels(config: Config, engine: Engine, logger: Logger): Partial<Record<Channel, ChatChannel>> {
  const onUnreachable = (user: UserKey): void => markUnreachable(engine.app, user);
  const channels: Partial<Record<Channel, ChatChannel>> = {};
  if (config.telegram) {
    channels.tg = createTelegramChannel({ ...config.telegram, conversation: engine.conversation, logger, onUnreachable });
  }
  if (config.whatsapp) {
    const { chromiumPath, sendIntervalMs } = config.whatsapp;
    channels.wa = createWhatsAppChannel({
      clientFactory: () => createWhatsAppClient({ dataDir: join(config.dataDir, 'whatsapp'), chromiumPath }),
      conversation: engine.conversation,
      logger,
      onUnreachable,
      sendIntervalMs,
    });
  }
  return channels;
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`layani: ${error.message}\n`);
  } else {
    process.stderr.write(`layani: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
