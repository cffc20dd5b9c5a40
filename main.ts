/**
 * Composition root: config → data files → store → understanding → engine → channels → cron.
 * The only place that wires things together. Runs as `npm start` (tsx, the demo) and compiled
 * as `node dist/main.js` (production, issue 14): paths are taken from the project root either way.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startCron, startDaily } from './bots/cron.js';
import { healthReport, startHealthServer } from './bots/health.js';
import { createLogger } from './bots/log.js';
import { ensurePrivateDir, isOperator, operatorLog, startOperatorInbox } from './bots/operator-inbox.js';
import { createOutbox } from './bots/outbox.js';
import { installProcessGuard } from './bots/process-guard.js';
import { startRetention } from './bots/retention.js';
import { routerSender } from './bots/router-sender.js';
import { superviseChannels } from './bots/start-channels.js';
import { runTerminal, terminalSender, termSender } from './bots/terminal.js';
import { readConfig } from './core/config.js';
import { createEngine } from './core/create-engine.js';
import { AppError } from './core/errors.js';
import { addDays, localParts } from './core/local-time.js';
import { markUnreachable } from './core/notify.js';
import { type Logger, type Sender, systemClock } from './core/ports.js';
import type { LayaniTables } from './core/records.js';
import type { Channel, UserKey } from './core/types.js';
import { learnedFile } from './data/learned.js';
import { loadData } from './data/load.js';
import { backupStore, newestBackup } from './data/store/backup.js';
import { type JsonStore, openJsonStore } from './data/store/json-store.js';
import { cachedNlu } from './intents/model-cache.js';
import { createTrainer } from './intents/trainer.js';
import { prepareWeb } from './web/index.js';

/** The repository folder: where main.ts is, or the parent of dist/ when compiled. */
function projectRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'dist' ? dirname(here) : here;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const root = projectRoot();
  const config = readConfig(process.env, { settingsDir: join(root, 'data'), dataDir: join(root, 'var') });
  const logger = createLogger(config.logLevel);
  // Stale facts warn rather than stop: the queue must open even when a re-check is overdue.
  const { settings, catalog } = await loadData(config.settingsDir, { onWarning: (message) => logger.warn('catalog_stale', { message }) });
  const store = await openJsonStore<LayaniTables>(config.dataDir, { logger });
  // Installed as soon as the store is open, so a signal during start-up still unlocks it.
  const stopping: (() => Promise<void>)[] = [];
  const guard = installProcessGuard({
    logger,
    shutdown: async () => {
      for (const stop of stopping.reverse()) await stop();
      await store.close();
    },
  });
  const inboxDir = join(config.dataDir, 'inbox');
  await ensurePrivateDir(inboxDir);
  // Service mode: a chat channel runs and stdout is a journal, so nothing personal is printed (issue 13 item 7).
  const service = config.telegram !== undefined || config.whatsapp !== undefined;
  // Channels need the engine and the engine needs their senders: the router breaks the cycle.
  const senders: Partial<Record<Channel, Sender>> = {
    term: termSender({ service, operatorLog: operatorLog(inboxDir), terminal: terminalSender(process.stdout), isOperator }),
  };
  const outbox = createOutbox({ store, clock: systemClock, logger, deliver: routerSender(senders) });
  const staff: UserKey[] = [...settings.staff.admins, ...settings.staff.staff, ...config.staffIds] as UserKey[];
  const nluOptions = { timeZone: settings.timeZone, closures: settings.closures };
  // Read from the data folder when nothing it is made of changed (issue 14): a restart does not retrain.
  const models = cachedNlu(catalog, nluOptions, { dir: config.dataDir, logger });
  const web = prepareWeb({ config: config.web, store, clock: systemClock, logger });
  const engine = createEngine({
    settings,
    catalog,
    nlu: models(),
    // Learning from misses (issue 11): learned.json next to mpp.json; the engine retrains on start (from the cache),
    // and `/belajar latih` trains in a worker thread so citizens are answered meanwhile.
    trainer: createTrainer(catalog, nluOptions, { build: models, thread: { dir: config.dataDir, logger } }),
    learnedFile: learnedFile(config.settingsDir, catalog),
    store,
    clock: systemClock,
    random: Math.random,
    push: outbox.sender,
    logger,
    staff: config.staffIds,
    // The terminal demo's user is the person at the keyboard: admin, so `/console` opens every page.
    ...(service ? {} : { admins: ['term:local' as const] }),
    loginLinks: web.loginLinks,
  });
  const inbox = await startOperatorInbox({ dir: inboxDir, conversation: engine.conversation, logger });
  stopping.push(() => inbox.stop());
  const retention = startRetention({ dataDir: config.dataDir, inboxDir, retention: settings.retention, logger });
  stopping.push(() => Promise.resolve(retention.stop()));

  const channels = superviseChannels({
    config,
    conversation: engine.conversation,
    store,
    clock: systemClock,
    logger,
    staff,
    onUnreachable: (user) => markUnreachable(engine.app, user),
    undelivered: (messages, error) => outbox.undelivered(messages, error),
    behind: (messages) => outbox.behind(messages),
    onFatal: (error) => {
      process.stderr.write(`layani: ${error.message}\n`);
      void guard.exit('fatal_channel_error', 1);
    },
    onRunning: () => void outbox.retry().catch((error: unknown) => logger.error('outbox.retry_failed', { error: String(error) })),
  });
  for (const channel of channels) senders[channel.name] = channel.sender;
  // Stops taking updates, drains queued replies (≤ 10 s each), closes WhatsApp's browser.
  stopping.push(async () => void (await Promise.allSettled(channels.map((channel) => channel.stop('shutdown')))));
  const cron = startCron(async () => (await engine.tick()) + (await outbox.retry()), settings.timeZone, logger);
  stopping.push(() => Promise.resolve(cron.stop()));
  const backups = await startBackups(store, config.backupDir, settings.timeZone, logger);
  stopping.push(() => Promise.resolve(backups.stop()));
  const report = () =>
    healthReport({
      clock: systemClock,
      startedAt,
      channels: () => Object.fromEntries(channels.map((c) => [c.name, c.status()])),
      store: () => ({ ok: true, rows: store.stats().rows, walBytes: store.stats().walBytes, ...prefixed(outbox.counts()) }),
      lastTick: () => cron.lastTick(),
    });
  // GET /healthz on the web server; on its own port (LAYANI_HEALTH_PORT) only when the web server is off.
  const server = await web.start(engine.app, report);
  stopping.push(async () => {
    await server?.close();
  });
  if (server === null && config.healthPort !== undefined) {
    const health = await startHealthServer(report, { port: config.healthPort, logger });
    stopping.push(() => health.close());
  }
  await Promise.all(channels.map((channel) => channel.start()));

  if (channels.length > 0) {
    logger.info('started', { channels: channels.map((c) => c.name).join(','), mpp: settings.name });
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
  await guard.exit('end_of_input', 0);
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

function prefixed(counts: { pending: number; failed: number }) {
  return { outboxPending: counts.pending, outboxFailed: counts.failed };
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`layani: ${error.message}\n`);
  } else {
    process.stderr.write(`layani: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
