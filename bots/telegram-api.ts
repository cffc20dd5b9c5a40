/**
 * What we add around telegraf's `callApi`, the one function every Bot API request goes through
 * (issue 14 item 3):
 * - a timeout on every request (telegraf's own is 500 s): 30 s, and for the long poll its 50 s
 *   hold plus 30 s. A timed-out request fails as a network error, which the poller retries and
 *   `mapTelegramError` calls TRANSIENT (an AbortError would end polling silently);
 * - one log line when polling stops getting through and one when it recovers;
 * - a hook on the first `getUpdates` (readiness: `launch()` never resolves while polling).
 */
import type { Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';

import type { Logger } from '../core/ports.js';
import { describe } from './channel.js';

export interface ApiGuardOptions {
  readonly logger: Logger;
  readonly redact: (text: string) => string;
  /** Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Called just before the first getUpdates request. */
  readonly onFirstPoll: () => void;
  /** Used to tell when a failed long poll came back. */
  readonly now?: () => number;
}

/** telegraf asks getUpdates to hold for 50 s (core/network/polling.js). */
const LONG_POLL_S = 50;

type SignalLike = { readonly aborted: boolean; addEventListener(type: 'abort', listener: () => void): void };

export function guardApi(bot: Telegraf, options: ApiGuardOptions): void {
  const telegram = bot.telegram;
  const original = telegram.callApi.bind(telegram);
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  let polled = false;
  let downSince: number | undefined;

  const wrapped: typeof telegram.callApi = async (method, payload, config = {}) => {
    const isPoll = method === 'getUpdates';
    if (isPoll && !polled) {
      polled = true;
      options.onFirstPoll();
    }
    const limit = isPoll ? LONG_POLL_S * 1000 + timeoutMs : timeoutMs;
    const controller = new AbortController();
    const outer = (config as { signal?: SignalLike }).signal;
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', () => controller.abort());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    try {
      const result = await original(method, payload, { signal: controller.signal as never });
      if (isPoll && downSince !== undefined) {
        options.logger.info('telegram.polling_recovered', { downForMs: now() - downSince });
        downSince = undefined;
      }
      return result;
    } catch (raw) {
      const error = timedOut ? timeoutError(method, limit) : raw;
      if (isPoll && !outer?.aborted && downSince === undefined) {
        downSince = now();
        options.logger.warn('telegram.polling_down', { error: options.redact(describe(error)) });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  telegram.callApi = wrapped;
}

/** Shaped like node-fetch's network errors, so telegraf's poller retries it. */
function timeoutError(method: string, ms: number): Error {
  return Object.assign(new Error(`Telegram ${method} timed out after ${Math.round(ms / 1000)} s`), { name: 'FetchError', code: 'ETIMEDOUT' });
}

/** The menu Telegram shows next to the text box. */
export const CITIZEN_COMMANDS: readonly BotCommand[] = [
  { command: 'start', description: 'Mulai / sapaan' },
  { command: 'menu', description: 'Apa yang bisa dibantu' },
  { command: 'booking', description: 'Ambil nomor antrean' },
  { command: 'batal', description: 'Batalkan booking' },
];

/** Shown only in staff chats (scope `chat`), on top of the citizen's. */
export const STAFF_COMMANDS: readonly BotCommand[] = [
  ...CITIZEN_COMMANDS,
  { command: 'next', description: 'Panggil nomor berikutnya: /next LAYANAN [LOKET]' },
  { command: 'skip', description: 'Nomor yang dipanggil tidak hadir' },
  { command: 'done', description: 'Selesai melayani' },
  { command: 'queue', description: 'Antrean hari ini: /queue LAYANAN' },
  { command: 'today', description: 'Ringkasan hari ini' },
  { command: 'walkin', description: 'Nomor untuk pengunjung tanpa booking' },
  { command: 'balas', description: 'Balas warga: /balas H-0001 TEKS' },
  { command: 'selesai', description: 'Akhiri percakapan: /selesai H-0001' },
  { command: 'pengaduan', description: 'Daftar pengaduan' },
  { command: 'announce', description: 'Pengumuman' },
  { command: 'ikm', description: 'Indeks kepuasan' },
  { command: 'batalkan', description: 'Batalkan booking warga' },
];

/** Citizen commands for everyone, staff commands per staff chat. Failures are logged, never fatal. */
export async function publishCommands(bot: Telegraf, staffChats: readonly number[], logger: Logger, redact: (text: string) => string): Promise<void> {
  try {
    await bot.telegram.setMyCommands([...CITIZEN_COMMANDS]);
    for (const chat_id of staffChats) await bot.telegram.setMyCommands([...STAFF_COMMANDS], { scope: { type: 'chat', chat_id } });
  } catch (error) {
    logger.warn('telegram.commands_not_set', { error: redact(describe(error)) });
  }
}
