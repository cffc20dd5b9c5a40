/**
 * The only reader of `process.env`. Everything else receives a frozen, typed `Config`.
 * Errors name the variable and the fix.
 */
import { join } from 'node:path';

import { AppError } from './errors.js';
import type { UserKey } from './types.js';

export interface Config {
  /** Folder with mpp.json and services.json. */
  readonly settingsDir: string;
  /** Runtime database folder (git-ignored). */
  readonly dataDir: string;
  /** Daily backups of the data folder (default `<dataDir>/backups`; better on another disk). */
  readonly backupDir: string;
  readonly staffIds: readonly UserKey[];
  readonly logLevel: 'info' | 'warn' | 'error' | 'silent';
  /** Port of the stand-alone /healthz server (LAYANI_HEALTH_PORT); absent = not started. */
  readonly healthPort?: number;
  readonly telegram?: {
    readonly token: string;
    readonly apiRoot?: string;
    readonly webhook?: { readonly url: string; readonly secret: string; readonly port: number; readonly host: string };
  };
  readonly whatsapp?: { readonly chromiumPath: string; readonly sendIntervalMs: number };
  /** The counter console, hall display and dashboard (web/). */
  readonly web: {
    readonly host: string;
    readonly port: number;
    /** The address staff open (login links point here): LAYANI_WEB_URL behind a reverse proxy, else http://host:port. */
    readonly publicUrl: string;
    /** LAYANI_WEB_PORT=off: no web server at all (its modules are never loaded). */
    readonly off?: true;
  };
}

type Env = Readonly<Record<string, string | undefined>>;

const USER_KEY = /^(tg|wa|term):.+$/;

export function readConfig(env: Env, defaults: { settingsDir: string; dataDir: string }): Config {
  return Object.freeze({
    settingsDir: env['LAYANI_SETTINGS_DIR'] || defaults.settingsDir,
    dataDir: env['LAYANI_DATA_DIR'] || defaults.dataDir,
    backupDir: env['LAYANI_BACKUP_DIR'] || join(env['LAYANI_DATA_DIR'] || defaults.dataDir, 'backups'),
    staffIds: staffIds(env['STAFF_IDS']),
    logLevel: logLevel(env['LOG_LEVEL']),
    ...healthPort(env['LAYANI_HEALTH_PORT']),
    ...telegram(env),
    ...whatsapp(env),
    web: web(env),
  });
}

function staffIds(raw: string | undefined): UserKey[] {
  const ids = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.find((id) => !USER_KEY.test(id));
  if (bad) throw new AppError('CONFIG', `STAFF_IDS has "${bad}": write each id as channel:id, e.g. STAFF_IDS=tg:123456789,wa:6281234567890@c.us`);
  return ids as UserKey[];
}

function logLevel(raw: string | undefined): Config['logLevel'] {
  const level = raw || 'info';
  if (level === 'info' || level === 'warn' || level === 'error' || level === 'silent') return level;
  throw new AppError('CONFIG', `LOG_LEVEL="${level}" is not one of info, warn, error, silent`);
}

function healthPort(raw: string | undefined): Pick<Config, 'healthPort'> {
  if (!raw) return {};
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('CONFIG', `LAYANI_HEALTH_PORT="${raw}" is not a port number (0–65535), e.g. LAYANI_HEALTH_PORT=8081`);
  return { healthPort: port };
}

function telegram(env: Env): Pick<Config, 'telegram'> {
  const token = env['TELEGRAM_BOT_TOKEN'];
  if (!token) return {};
  if (!/^\d+:[\w-]{20,}$/.test(token)) throw new AppError('CONFIG', 'TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters): copy it again from @BotFather');
  const url = env['TELEGRAM_WEBHOOK_URL'];
  const secret = env['TELEGRAM_WEBHOOK_SECRET'];
  if (url && !secret) throw new AppError('CONFIG', 'TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set a random secret (letters, digits, _ and -)');
  if (url && !url.startsWith('https://')) throw new AppError('CONFIG', `TELEGRAM_WEBHOOK_URL must be a public https:// URL, got "${url}"`);
  const port = Number(env['TELEGRAM_WEBHOOK_PORT'] || 8443);
  const apiRoot = env['TELEGRAM_API_ROOT'];
  return {
    telegram: {
      token,
      ...(apiRoot ? { apiRoot } : {}),
      ...(url && secret ? { webhook: { url, secret, port, host: env['TELEGRAM_WEBHOOK_HOST'] || '127.0.0.1' } } : {}),
    },
  };
}

function whatsapp(env: Env): Pick<Config, 'whatsapp'> {
  if (env['WA_ENABLED'] !== '1') return {};
  const interval = Number(env['WA_SEND_INTERVAL_MS'] || 1500);
  if (!Number.isFinite(interval) || interval < 0) throw new AppError('CONFIG', 'WA_SEND_INTERVAL_MS must be a number of milliseconds, e.g. 1500');
  return { whatsapp: { chromiumPath: env['CHROMIUM_PATH'] || '/usr/bin/chromium', sendIntervalMs: interval } };
}

function web(env: Env): Config['web'] {
  const host = env['LAYANI_WEB_HOST'] || '127.0.0.1';
  // No console, display or dashboard on this machine (a bot-only install); /healthz then needs LAYANI_HEALTH_PORT.
  if (env['LAYANI_WEB_PORT'] === 'off') return { host, port: 0, publicUrl: `http://${host}`, off: true };
  const port = Number(env['LAYANI_WEB_PORT'] || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('CONFIG', `LAYANI_WEB_PORT="${env['LAYANI_WEB_PORT']}" is not a port number (0–65535), e.g. LAYANI_WEB_PORT=8080`);
  const url = env['LAYANI_WEB_URL'];
  if (url && !/^https?:\/\/[^/]+/.test(url)) throw new AppError('CONFIG', `LAYANI_WEB_URL must start with https:// (the address staff open, e.g. https://antrean.mpp.example), got "${url}"`);
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { host, port, publicUrl: (url || `http://${shown}:${port}`).replace(/\/+$/, '') };
}
