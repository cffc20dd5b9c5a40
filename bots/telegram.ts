/**
 * Telegram ⇄ core, through telegraf (the only telegraf import besides type-only ones).
 *
 * - Long polling by default; a webhook when `webhook` is given.
 * - Private chats only: messages from groups, supergroups and channels are ignored silently
 *   (answering there would spam everyone in the group, and MPP talk is personal).
 * - Update handlers only record the update (bots/inbound-log.ts), queue work and return, so
 *   telegraf's sequential batches (docs/notes/adapters.md §4.4) never wait on the engine or on
 *   the rate limiter, and an update confirmed before it was answered is answered after a crash.
 * - Every send goes through the rate limiter, honours 429 `retry_after`, retries network
 *   errors a bounded number of times, and maps failures in `mapTelegramError`.
 */
import { createServer, type IncomingMessage as IncomingHttp, type Server, type ServerResponse } from 'node:http';

import { Telegraf, TelegramError } from 'telegraf';
import type { CallbackQuery, Message, Update, User } from 'telegraf/types';

import { AppError, DeliveryError } from '../core/errors.js';
import { type Clock, type Conversation, type Logger, type Sender, systemClock } from '../core/ports.js';
import { splitText } from '../core/split-text.js';
import type { IncomingMessage, Outgoing, Reply, UserKey } from '../core/types.js';
import { type ChannelHooks, type ChatChannel, createDispatcher, describe, ERROR_REPLY } from './channel.js';
import type { InboundLog } from './inbound-log.js';
import { createRateLimiter, realSleep, type Sleep } from './rate-limiter.js';
import { CallbackCodec, inlineKeyboard } from './render.js';
import { FatalChannelError } from './supervisor.js';
import { guardApi, publishCommands } from './telegram-api.js';

export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * 25/s over all chats with a burst of 5, so at most 30 leave in any second, even the first after
 * idle (with burst = rate it was 50: issue 14 item 6); 1/s per chat after a burst of 3.
 */
export const DEFAULT_LIMITS = {
  global: { perSecond: 25, burst: 5 },
  perChat: { perSecond: 1, burst: 3 },
} as const;

export interface TelegramLimits {
  /** Messages per second over all chats (Telegram allows about 30). Default 25. */
  readonly globalPerSecond?: number;
  /** Messages let out at once after idle, over all chats. Default 5 (so ≤ 30 in any second). */
  readonly globalBurst?: number;
  /** Messages per second to one chat (Telegram allows about 1). Default 1. */
  readonly perChatPerSecond?: number;
  /** Short burst allowed per chat, e.g. a reply in three chunks. Default 3. */
  readonly perChatBurst?: number;
  /** Retries per message after a 429, a 5xx or a network error. Default 3. */
  readonly maxRetries?: number;
  /** A longer `retry_after` means a flagged bot: fail the send instead of waiting. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** First network backoff, doubled per retry. Default 500 ms. */
  readonly backoffMs?: number;
}

export interface TelegramWebhook {
  /** Public HTTPS URL Telegram posts to; its path is the one we serve. */
  readonly url: string;
  /** 1–256 of `A-Z a-z 0-9 _ -`, checked against `X-Telegram-Bot-Api-Secret-Token`. */
  readonly secret: string;
  /** Local port behind the reverse proxy. Default 8443. */
  readonly port?: number;
  /** Interface to listen on. Default 127.0.0.1: the reverse proxy terminates TLS in front. */
  readonly host?: string;
}

/** Telegram's updates are a few KB; anything far bigger is not Telegram. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export interface TelegramChannelOptions extends ChannelHooks {
  readonly token: string;
  /** Bot API root; only tests and self-hosted Bot API servers change it. */
  readonly apiRoot?: string;
  readonly webhook?: TelegramWebhook;
  readonly conversation: Conversation;
  readonly logger: Logger;
  /** Called when a user blocked the bot or the chat is gone: drop their subscriptions. */
  readonly onUnreachable?: (user: UserKey) => void;
  readonly limits?: TelegramLimits;
  /** Stamps `receivedAt` and drives the rate limiter. */
  readonly clock?: Clock;
  /** Waits for rate limits, `retry_after` and backoff; tests pass virtual time. */
  readonly sleep?: Sleep;
  /** Records updates before they are acknowledged; answers those a crash left unanswered. */
  readonly inbound?: InboundLog;
  /** Staff chat ids: they get the staff command menu. */
  readonly staffChats?: readonly number[];
  /** Timeout of every Bot API request. Default 30 s (telegraf's own is 500 s). */
  readonly requestTimeoutMs?: number;
}

export const TOKEN_REJECTED = 'TELEGRAM_BOT_TOKEN was rejected by Telegram (401): check the token from @BotFather';
const BUTTON_EXPIRED = 'Pilihan ini sudah kedaluwarsa. Silakan ketik jawaban Anda.';
const EMPTY_TEXT_WITH_OPTIONS = 'Silakan pilih:';
const DRAIN_TIMEOUT_MS = 10_000;
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const LINK = /https?:\/\/|\bwww\./i;

/** Builds the Telegram channel; nothing touches the network before `start()`. */
export function createTelegramChannel(options: TelegramChannelOptions): ChatChannel {
  checkWebhook(options.webhook);
  const { logger, token } = options;
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const redact = (text: string): string => redactToken(text, token);
  const bot = new Telegraf(token, {
    // webhookReply off: every call is a real request whose errors we can see.
    telegram: { apiRoot: options.apiRoot, webhookReply: false },
  });
  const codec = new CallbackCodec();
  const deliver = createDelivery({ ...options, bot, codec, clock, sleep });
  const dispatcher = createDispatcher({ conversation: options.conversation, logger, platform: 'telegram', deliver, undelivered: options.undelivered, behind: options.behind });
  const { inbound } = options;
  const claimed = new Map<number, string>();
  // The update is on disk before the handler returns, so before telegraf confirms it (issue 14 item 5).
  bot.use(async (ctx, next) => {
    const id = `tg:${ctx.update.update_id}`;
    if (inbound && !(await inbound.claim(id, ctx.update))) {
      logger.info('telegram.update_seen_before', { updateId: ctx.update.update_id });
      return;
    }
    claimed.set(ctx.update.update_id, id);
    try {
      await next();
    } finally {
      // Handlers that dispatched took the id over; anything else (groups, edits) is done now.
      if (claimed.delete(ctx.update.update_id)) inbound?.answered(id);
    }
  });
  const receive = (message: IncomingMessage, updateId: number): void => {
    const id = claimed.get(updateId);
    claimed.delete(updateId);
    void dispatcher.dispatch(message).then(() => id && inbound?.answered(id));
  };

  bot.on('message', (ctx) => {
    if (ctx.message.chat.type !== 'private') return;
    receive(toIncoming(ctx.message, clock.now()), ctx.update.update_id);
  });
  bot.on('callback_query', (ctx) =>
    onCallback(ctx.callbackQuery, { bot, codec, clock, logger, redact, receive: (message) => receive(message, ctx.update.update_id) }),
  );
  bot.catch((error, ctx) => {
    // Without a handler telegraf rethrows and polling stops for good (docs/notes/adapters.md §4.2).
    logger.error('telegram.update_failed', { updateId: ctx.update.update_id, error: redact(describe(error)) });
    const chat = ctx.chat;
    if (chat?.type === 'private') dispatcher.send(`tg:${chat.id}`, ERROR_REPLY).catch(() => undefined);
  });

  const runtime = createRuntime({ bot, options, redact, replay: () => replayUnanswered(bot, inbound, logger) });
  return {
    start: () => runtime.start(),
    async stop(reason = 'stop') {
      await runtime.stop(reason);
      await dispatcher.drain(DRAIN_TIMEOUT_MS);
    },
    sender: {
      send: (message: Outgoing) => dispatcher.push(message.to, message),
    } satisfies Sender,
  };
}

interface DeliveryDeps extends TelegramChannelOptions {
  readonly bot: Telegraf;
  readonly codec: CallbackCodec;
  readonly clock: Clock;
  readonly sleep: Sleep;
}

/** Sends one reply: split under 4096, keyboard on the last chunk, each chunk rate limited. */
function createDelivery(deps: DeliveryDeps): (to: UserKey, reply: Reply) => Promise<void> {
  const limits = deps.limits ?? {};
  const maxRetries = limits.maxRetries ?? 3;
  const maxRetryAfterMs = limits.maxRetryAfterMs ?? 60_000;
  const backoffMs = limits.backoffMs ?? 500;
  const limiter = createRateLimiter({
    global: { perSecond: limits.globalPerSecond ?? DEFAULT_LIMITS.global.perSecond, burst: limits.globalBurst ?? DEFAULT_LIMITS.global.burst },
    perChat: { perSecond: limits.perChatPerSecond ?? DEFAULT_LIMITS.perChat.perSecond, burst: limits.perChatBurst ?? DEFAULT_LIMITS.perChat.burst },
    now: () => deps.clock.now().getTime(),
    sleep: deps.sleep,
  });

  /** Milliseconds to wait before retrying, or undefined to give up. */
  const retryDelay = (error: DeliveryError, attempt: number): number | undefined => {
    if (attempt >= maxRetries) return undefined;
    if (error.code === 'RATE_LIMITED') {
      const wait = error.retryAfterMs ?? 0;
      return wait <= maxRetryAfterMs ? wait : undefined;
    }
    return error.code === 'TRANSIENT' ? backoffMs * 2 ** attempt : undefined;
  };

  const sendChunk = async (to: UserKey, text: string, reply_markup?: ReturnType<typeof inlineKeyboard>) => {
    const chatId = chatIdOf(to);
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire(to);
      try {
        // Links in answers point to official pages; a preview card would bury the text.
        const link_preview_options = LINK.test(text) ? { is_disabled: true } : undefined;
        await deps.bot.telegram.sendMessage(chatId, text, { reply_markup, link_preview_options });
        return;
      } catch (raw) {
        const error = mapTelegramError(raw, deps.token);
        const wait = retryDelay(error, attempt);
        if (wait === undefined) {
          if (error.code === 'UNREACHABLE') deps.onUnreachable?.(to);
          throw error;
        }
        deps.logger.warn('telegram.send_retry', { user: to, code: error.code, waitMs: wait, attempt });
        // A 429 does not say whether the chat or the bot is over the limit: hold everything.
        if (error.code === 'RATE_LIMITED') limiter.pauseFor(wait);
        else await deps.sleep(wait);
      }
    }
  };

  return async (to, reply) => {
    const chunks = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
    const options = reply.options?.length ? reply.options : undefined;
    if (options && chunks.length === 0) chunks.push(EMPTY_TEXT_WITH_OPTIONS);
    for (const [index, chunk] of chunks.entries()) {
      const isLast = index === chunks.length - 1;
      await sendChunk(to, chunk, isLast && options ? inlineKeyboard(options, deps.codec) : undefined);
    }
  };
}

interface CallbackDeps {
  readonly bot: Telegraf;
  readonly codec: CallbackCodec;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly redact: (text: string) => string;
  readonly receive: (message: IncomingMessage) => void;
}

/** A pressed button: answer it (or the client spins forever), drop the keyboard, route the value. */
async function onCallback(query: CallbackQuery, deps: CallbackDeps): Promise<void> {
  const value = 'data' in query ? deps.codec.decode(query.data) : undefined;
  const chat = query.message?.chat;
  await deps.bot.telegram
    .answerCbQuery(query.id, value === undefined ? BUTTON_EXPIRED : undefined)
    .catch((error: unknown) => deps.logger.warn('telegram.callback_answer_failed', { error: deps.redact(describe(error)) }));
  if (value === undefined || chat?.type !== 'private' || !query.message) return;
  // Best effort: a stale keyboard only means a second press is read as typed text.
  deps.bot.telegram
    .editMessageReplyMarkup(chat.id, query.message.message_id, undefined, undefined)
    .catch((error: unknown) => deps.logger.info('telegram.keyboard_not_removed', { error: deps.redact(describe(error)) }));
  deps.receive({ from: `tg:${chat.id}`, text: value, receivedAt: deps.clock.now(), displayName: nameOf(query.from) });
}

interface RuntimeDeps {
  readonly bot: Telegraf;
  readonly options: TelegramChannelOptions;
  readonly redact: (text: string) => string;
  /** Answers updates a crash left unanswered; runs after getMe, before polling. */
  readonly replay: () => Promise<void>;
}

/** Start/stop for polling or webhook; `start` fails with a fix-it message. */
function createRuntime({ bot, options, redact, replay }: RuntimeDeps) {
  const { logger } = options;
  let starting: Promise<void> | undefined;
  let polling: Promise<void> | undefined;
  let server: Server | undefined;
  let onFirstPoll = (): void => undefined;
  guardApi(bot, { logger, redact, requestTimeoutMs: options.requestTimeoutMs, onFirstPoll: () => onFirstPoll() });

  const checkToken = async (): Promise<void> => {
    try {
      // Set botInfo ourselves so launch() skips its own getMe and a bad token fails here, clearly.
      bot.botInfo = await bot.telegram.getMe();
    } catch (error) {
      if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
        throw new FatalChannelError(TOKEN_REJECTED);
      }
      throw new Error(redact(`Cannot reach the Telegram Bot API: ${describe(error)}`));
    }
  };

  /** Polling ended on its own: 409 is retried by the supervisor with backoff, 401 ends the process. */
  const pollingEnded = (error: unknown): void => {
    const hint = hintFor(error);
    logger.error('telegram.polling_failed', { error: redact(describe(error)), ...(hint ? { hint } : {}) });
    const fatal = error instanceof TelegramError && error.code === 401;
    options.events?.failed(fatal ? new FatalChannelError(TOKEN_REJECTED) : error);
  };

  const startPolling = (): Promise<void> =>
    new Promise((resolve, reject) => {
      let running = false;
      // launch() only settles when polling ends, so readiness is the first getUpdates call.
      onFirstPoll = () => {
        running = true;
        resolve();
      };
      polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
        () => logger.info('telegram.polling_stopped'),
        (error: unknown) => {
          if (!running) return reject(new Error(redact(`Telegram polling did not start: ${describe(error)}`)));
          pollingEnded(error);
        },
      );
    });

  const startWebhook = async (webhook: TelegramWebhook): Promise<void> => {
    const path = new URL(webhook.url).pathname;
    await bot.telegram.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    const callback = bot.webhookCallback(path, { secretToken: webhook.secret });
    server = createServer((req, res) => serveWebhook(req, res, callback, logger));
    await listen(server, webhook.port ?? 8443, webhook.host ?? '127.0.0.1');
  };

  return {
    start(): Promise<void> {
      starting = (async () => {
        await checkToken();
        await replay();
        await publishCommands(bot, options.staffChats ?? [], logger, redact);
        if (options.webhook) await startWebhook(options.webhook);
        else await startPolling();
        logger.info('telegram.started', { mode: options.webhook ? 'webhook' : 'polling', bot: bot.botInfo?.username });
      })();
      return starting;
    },
    async stop(reason: string): Promise<void> {
      // stop() while launch() is still starting throws and polling starts anyway (notes §4.5).
      await starting?.catch(() => undefined);
      if (polling) {
        try {
          bot.stop(reason);
        } catch {
          // Polling already ended (409/401): nothing to stop.
        }
        await polling;
        polling = undefined;
      }
      if (server) {
        const closing = server;
        server = undefined;
        closing.closeAllConnections();
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
    },
  };
}

type WebhookCallback = (req: IncomingHttp, res: ServerResponse) => Promise<void>;

/** Body limit and a log line for every rejected request (wrong path or secret, too big, bad JSON). */
function serveWebhook(req: IncomingHttp, res: ServerResponse, callback: WebhookCallback, logger: Logger): void {
  res.on('finish', () => {
    if (res.statusCode >= 400) logger.warn('telegram.webhook_rejected', { status: res.statusCode, method: req.method, path: req.url?.split('?')[0] });
  });
  const length = Number(req.headers['content-length'] ?? Number.NaN);
  if (req.method === 'POST' && !(length <= WEBHOOK_BODY_LIMIT)) {
    res.writeHead(413, { connection: 'close' }).end();
    req.destroy();
    return;
  }
  callback(req, res).catch((error: unknown) => {
    logger.warn('telegram.webhook_failed', { error: describe(error) });
    if (!res.headersSent) res.writeHead(500).end();
  });
}

/** Updates recorded before a crash and never answered: through the normal handlers, oldest first. */
async function replayUnanswered(bot: Telegraf, inbound: InboundLog | undefined, logger: Logger): Promise<void> {
  const pending = inbound?.unanswered('tg:') ?? [];
  if (pending.length === 0) return;
  logger.warn('telegram.replaying_unanswered', { count: pending.length });
  for (const { payload } of pending) await bot.handleUpdate(payload as Update);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function checkWebhook(webhook: TelegramWebhook | undefined): void {
  if (!webhook) return;
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(webhook.secret)) {
    throw new AppError('CONFIG', 'TELEGRAM_WEBHOOK_SECRET must be 1–256 characters of A-Z, a-z, 0-9, _ or -');
  }
  if (!URL.canParse(webhook.url) || !webhook.url.startsWith('https://')) {
    throw new AppError('CONFIG', `TELEGRAM_WEBHOOK_URL must be a public https:// URL, got ${webhook.url}`);
  }
}

/** `tg:123` → 123. Anything else is a routing bug upstream. */
function chatIdOf(to: UserKey): number {
  const match = /^tg:(-?\d+)$/.exec(to);
  if (!match?.[1]) throw new DeliveryError('REJECTED', `not a Telegram user key: ${to.split(':')[0]}:…`);
  return Number(match[1]);
}

type MediaKind = NonNullable<IncomingMessage['media']>;

/** Field present on a message → what the engine is told it received. Order matters: an animation also has `document`. */
const MEDIA_FIELDS: readonly (readonly [string, MediaKind])[] = [
  ['photo', 'image'],
  ['sticker', 'sticker'],
  ['voice', 'audio'],
  ['audio', 'audio'],
  ['animation', 'video'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['document', 'document'],
  ['venue', 'location'],
  ['location', 'location'],
];

/** A private-chat message → the core's message. Captions count as text. */
export function toIncoming(message: Message, receivedAt: Date): IncomingMessage {
  const from: UserKey = `tg:${message.chat.id}`;
  const displayName = nameOf(message.from);
  if ('text' in message) return { from, text: message.text, receivedAt, displayName };
  const caption = 'caption' in message ? message.caption?.trim() : undefined;
  if (caption) return { from, text: caption, receivedAt, displayName };
  const media = MEDIA_FIELDS.find(([field]) => field in message)?.[1] ?? 'other';
  return { from, text: '', receivedAt, media, displayName };
}

function nameOf(user: User | undefined): string | undefined {
  if (!user) return undefined;
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || undefined;
}

/** The one place Telegram failures become `DeliveryError`s. Messages never carry the token. */
export function mapTelegramError(error: unknown, token?: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof TelegramError) {
    const message = `Telegram ${error.code}: ${error.description}`;
    if (error.code === 429) {
      return new DeliveryError('RATE_LIMITED', message, (error.parameters?.retry_after ?? 5) * 1000);
    }
    if (error.code === 403 || (error.code === 400 && /chat not found|user is deactivated/i.test(error.description))) {
      return new DeliveryError('UNREACHABLE', message);
    }
    if (error.code >= 500) return new DeliveryError('TRANSIENT', message);
    return new DeliveryError('REJECTED', message);
  }
  const text = redactToken(describe(error), token);
  if (isNetworkError(error)) return new DeliveryError('TRANSIENT', `Telegram unreachable: ${text}`);
  return new DeliveryError('REJECTED', text);
}

/** node-fetch failures and socket errors (`ECONNRESET`, `ETIMEDOUT`, …). */
function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'FetchError' || (typeof code === 'string' && /^E[A-Z]+/.test(code));
}

function hintFor(error: unknown): string | undefined {
  if (error instanceof TelegramError && error.code === 409) {
    return 'another process polls with this token, or a webhook is set: run one instance only';
  }
  if (error instanceof TelegramError && error.code === 401) return TOKEN_REJECTED;
  return undefined;
}

/** Removes the token (and anything shaped like a bot token) from text meant for logs. */
export function redactToken(text: string, token?: string): string {
  const withoutToken = token ? text.split(token).join('[token]') : text;
  return withoutToken.replace(/\d{5,}:[\w-]{20,}/g, '[token]');
}
