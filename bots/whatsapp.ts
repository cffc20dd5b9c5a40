/**
 * WhatsApp ⇄ core, through whatsapp-web.js (a real Chromium running WhatsApp Web).
 *
 * - The channel sees the client only through `WaClientLike`, so tests use an EventEmitter stub;
 *   `createWhatsAppClient` builds the real one (and the compiler checks it fits the shape).
 * - Private chats only (`@c.us` and `@lid` senders); groups, status broadcasts, newsletters and
 *   our own messages are ignored. Users are keyed by the serialised id verbatim (`wa:<from>`):
 *   `@lid` ids carry no phone number, and we do not look one up (docs/notes/adapters.md §5).
 * - Options become a numbered list: WhatsApp buttons and lists are deprecated.
 * - Text is formatted for WhatsApp (bots/whatsapp-format.ts): the core's emphasised parts in
 *   bold, every literal `*`, `_`, `~` and backtick neutralised.
 * - Sends are spaced by a minimum interval with jitter across all chats, to look less like a
 *   bulk sender (ban risk), and ordered per chat.
 * - After `disconnected` the old client is destroyed and a new one is built by `clientFactory`
 *   after a backoff: re-initialising the same instance is unreliable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import qrcode from 'qrcode-terminal';
import wweb from 'whatsapp-web.js';

import { AppError, DeliveryError } from '../core/errors.js';
import { type Clock, type Conversation, type Logger, type Sender, systemClock } from '../core/ports.js';
import { REQUIREMENTS_BUDGET } from '../core/service-info.js';
import type { IncomingMessage, Outgoing, Reply, UserKey } from '../core/types.js';
import { type ChannelHooks, type ChatChannel, createDispatcher, describe } from './channel.js';
import { createPacer, realSleep, type Sleep } from './rate-limiter.js';
import { textWithNumberedOptions } from './render.js';
import { neutralise, whatsappText } from './whatsapp-format.js';

// whatsapp-web.js is CommonJS that Node's ESM loader only half sees: named imports crash
// outside vitest (docs/notes/adapters.md §3), so destructure the default export.
const { Client, LocalAuth } = wweb;

/** The message fields the adapter reads; the library's `Message` fits (checked in test/bots). */
export interface WaMessageLike {
  /** `<phone>@c.us`, `<id>@lid`, `<id>@g.us`, `status@broadcast`, … */
  readonly from: string;
  readonly fromMe: boolean;
  /** `chat`, `image`, `ptt`, `sticker`, `location`, `revoked`, … */
  readonly type: string;
  /** Text, or the caption of a photo, video or document. */
  readonly body: string;
  readonly hasMedia: boolean;
}

/** An incoming voice or video call. */
export interface WaCallLike {
  readonly from?: string;
  readonly isGroup: boolean;
  reject(): Promise<void>;
}

/** The client members the adapter uses; the library's `Client` fits (checked in test/bots). */
export interface WaClientLike {
  on(event: 'message', listener: (message: WaMessageLike) => void): unknown;
  on(event: 'qr', listener: (qr: string) => void): unknown;
  on(event: 'authenticated', listener: () => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  on(event: 'auth_failure', listener: (message: string) => void): unknown;
  on(event: 'disconnected', listener: (reason: string) => void): unknown;
  /** CONNECTED, CONFLICT (open elsewhere), UNPAIRED (logged out), TIMEOUT, … */
  on(event: 'change_state', listener: (state: string) => void): unknown;
  /** `ack` -1 means WhatsApp refused a message we sent. */
  on(event: 'message_ack', listener: (message: { readonly to: string }, ack: number) => void): unknown;
  on(event: 'call', listener: (call: WaCallLike) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string): Promise<unknown>;
}

export interface WhatsAppChannelOptions extends ChannelHooks {
  /** Builds a fresh client: at start (unless `client` is given) and after every disconnect. */
  readonly clientFactory?: () => WaClientLike;
  /** The client to start with. Without `clientFactory` a disconnect is final. */
  readonly client?: WaClientLike;
  readonly conversation: Conversation;
  readonly logger: Logger;
  /** Called when a send says the user does not exist on WhatsApp. */
  readonly onUnreachable?: (user: UserKey) => void;
  /** Minimum gap between two sends, over all chats. Default 1000 ms. */
  readonly sendIntervalMs?: number;
  /** Up to this much is added to each gap at random. Default half of `sendIntervalMs`. */
  readonly sendJitterMs?: number;
  /** Retries per message after a transient failure. Default 2. */
  readonly maxRetries?: number;
  /** First reconnect delay (doubled per failed attempt, up to `maxDelayMs`). Default 2 s, 5 min. */
  readonly reconnect?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number };
  /** After `authenticated`, how long `ready` may take before we log an alarm. Default 3 min. */
  readonly readyTimeoutMs?: number;
  /** Shows a login QR; default prints it in the terminal with a hint line. */
  readonly showQr?: (qr: string) => void;
  /** WhatsApp rotates the QR every ~20 s; show a new one at most this often. Default 60 s. */
  readonly qrIntervalMs?: number;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  /** [0, 1) for send jitter; tests pin it. */
  readonly random?: () => number;
}

/** WhatsApp takes far longer texts, but a 4096-character message is already a wall. */
export const WHATSAPP_TEXT_LIMIT = 4096;

/** What a state change means for the operator; absent = nothing to do. */
const STATE_HINTS: Readonly<Record<string, string>> = {
  CONFLICT: 'WhatsApp Web is open on another computer: close it there (this session takes over)',
  UNPAIRED: 'the phone unlinked this device: scan the new QR',
  UNPAIRED_IDLE: 'the phone unlinked this device: scan the new QR',
  TIMEOUT: 'the phone is offline or unreachable',
  DEPRECATED_VERSION: 'WhatsApp Web rejected this version: upgrade whatsapp-web.js',
};

const QR_HINT = 'Scan this QR with the MPP phone: WhatsApp → Settings → Linked devices → Link a device.';
const NOT_CONNECTED = 'WhatsApp is not connected (waiting for a QR scan or reconnecting)';
const DRAIN_TIMEOUT_MS = 10_000;
export const CALL_REPLY = 'Maaf, Layani tidak bisa menerima panggilan suara atau video. Silakan ketik pertanyaan Anda di sini.';

export function createWhatsAppChannel(options: WhatsAppChannelOptions): ChatChannel {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const connection = createConnection(options, clock, sleep);
  const deliver = createDelivery(options, connection, clock, sleep);
  const dispatcher = createDispatcher({ conversation: options.conversation, logger, platform: 'whatsapp', deliver, undelivered: options.undelivered, behind: options.behind });
  connection.onMessage = (message) => {
    const incoming = toIncoming(message, clock.now());
    if (incoming) void dispatcher.dispatch(incoming);
  };
  connection.onCall = (from) => {
    dispatcher.send(`wa:${from}`, { kind: 'fallback', text: CALL_REPLY }).catch((error: unknown) => {
      logger.warn('whatsapp.call_reply_failed', { user: `wa:${from}`, error: describe(error) });
    });
  };

  return {
    start: () => connection.start(),
    async stop(reason = 'stop') {
      connection.stopReceiving();
      await dispatcher.drain(DRAIN_TIMEOUT_MS);
      await connection.stop(reason);
    },
    sender: { send: (message: Outgoing) => dispatcher.push(message.to, message) } satisfies Sender,
  };
}

interface Connection {
  /** The client to send through, when it is ready. */
  readonly ready: WaClientLike | undefined;
  onMessage: (message: WaMessageLike) => void;
  /** A private voice/video call came in (already rejected). */
  onCall: (from: string) => void;
  start(): Promise<void>;
  stopReceiving(): void;
  stop(reason: string): Promise<void>;
}

/** Owns the current client: login events, readiness, reconnect with backoff. */
function createConnection(options: WhatsAppChannelOptions, clock: Clock, sleep: Sleep): Connection {
  const { logger, clientFactory } = options;
  const showQr = options.showQr ?? printQr;
  const initialDelayMs = options.reconnect?.initialDelayMs ?? 2000;
  const maxDelayMs = options.reconnect?.maxDelayMs ?? 300_000;
  let current: WaClientLike | undefined;
  let isReady = false;
  let receiving = false;
  let stopped = false;
  let reconnecting = false;
  let readyTimer: NodeJS.Timeout | undefined;

  const armReadyAlarm = (): void => {
    clearTimeout(readyTimer);
    readyTimer = setTimeout(() => {
      // Seen when a WhatsApp Web update breaks the library's injection (docs/notes/adapters.md §5).
      logger.error('whatsapp.not_ready', {
        hint: 'authenticated but never ready: upgrade whatsapp-web.js or delete the wwebjs_cache folder',
      });
    }, options.readyTimeoutMs ?? 180_000);
    readyTimer.unref();
  };

  const status = (state: 'running' | 'degraded', detail?: string): void => options.events?.status(state, detail);
  let lastQrAt = Number.NEGATIVE_INFINITY;

  /** Login and connection events. */
  const attachLogin = (client: WaClientLike, isCurrent: () => boolean): void => {
    client.on('qr', (qr) => {
      if (!isCurrent()) return;
      status('degraded', 'waiting for a QR scan');
      // WhatsApp sends a fresh QR every ~20 s; a screen of QR codes in the log helps nobody.
      const at = clock.now().getTime();
      if (at - lastQrAt < (options.qrIntervalMs ?? 60_000)) return;
      lastQrAt = at;
      logger.info('whatsapp.qr', { hint: QR_HINT });
      showQr(qr);
    });
    client.on('authenticated', () => {
      if (!isCurrent()) return;
      logger.info('whatsapp.authenticated');
      armReadyAlarm();
    });
    client.on('ready', () => {
      if (!isCurrent()) return;
      clearTimeout(readyTimer);
      isReady = true;
      status('running');
      logger.info('whatsapp.ready');
    });
    client.on('auth_failure', (message) => {
      if (!isCurrent()) return;
      status('degraded', 'login failed: scan the QR again');
      logger.error('whatsapp.auth_failure', { error: message, hint: 'delete <dataDir>/wwebjs_auth and scan the QR again' });
    });
    client.on('change_state', (state) => {
      if (!isCurrent()) return;
      const hint = STATE_HINTS[state];
      if (state === 'CONNECTED') status('running');
      else status('degraded', hint ?? state);
      logger[hint ? 'warn' : 'info']('whatsapp.state', { state, ...(hint ? { hint } : {}) });
    });
    client.on('disconnected', (reason) => {
      if (!isCurrent()) return;
      const hint = reason === 'LOGOUT' ? 'logged out on the phone: scan the new QR to link again' : undefined;
      status('degraded', `disconnected (${reason}): reconnecting`);
      logger.warn('whatsapp.disconnected', { reason, hint });
      void reconnect();
    });
  };

  /** Messages, delivery failures and calls. */
  const attachTraffic = (client: WaClientLike, isCurrent: () => boolean): void => {
    client.on('message', (message) => {
      if (isCurrent() && receiving) connection.onMessage(message);
    });
    client.on('message_ack', (message, ack) => {
      // -1: WhatsApp refused it after accepting the send (e.g. the number cannot receive it).
      if (isCurrent() && ack === -1) logger.warn('whatsapp.message_refused', { user: `wa:${message.to}` });
    });
    client.on('call', (call) => {
      if (!isCurrent() || !receiving || call.isGroup || !call.from || !isPrivateChat(call.from)) return;
      const from = call.from;
      logger.info('whatsapp.call_rejected', { user: `wa:${from}` });
      call.reject().catch((error: unknown) => logger.info('whatsapp.call_reject_failed', { error: describe(error) }));
      connection.onCall(from);
    });
  };

  const attach = (client: WaClientLike): void => {
    const isCurrent = (): boolean => client === current && !stopped;
    attachLogin(client, isCurrent);
    attachTraffic(client, isCurrent);
  };

  const connect = async (client: WaClientLike): Promise<void> => {
    current = client;
    isReady = false;
    attach(client);
    try {
      await client.initialize();
    } catch (error) {
      if (current === client) current = undefined;
      await destroy(client);
      throw startError(error);
    }
  };

  const destroy = async (client: WaClientLike | undefined): Promise<void> => {
    // The library often destroys a disconnected client itself; a second destroy may throw.
    await client?.destroy().catch((error: unknown) => logger.info('whatsapp.destroy_failed', { error: describe(error) }));
  };

  const reconnect = async (): Promise<void> => {
    if (reconnecting || stopped) return;
    reconnecting = true;
    const old = current;
    current = undefined;
    isReady = false;
    clearTimeout(readyTimer);
    await destroy(old);
    if (!clientFactory) logger.error('whatsapp.reconnect_unavailable', { hint: 'pass clientFactory to reconnect' });
    for (let attempt = 0; clientFactory && !stopped; attempt++) {
      await sleep(Math.min(maxDelayMs, initialDelayMs * 2 ** attempt));
      if (stopped) break;
      try {
        await connect(clientFactory());
        logger.info('whatsapp.reconnected', { attempt });
        break;
      } catch (error) {
        logger.warn('whatsapp.reconnect_failed', { attempt, error: describe(error) });
      }
    }
    reconnecting = false;
  };

  const connection: Connection = {
    get ready() {
      return isReady ? current : undefined;
    },
    onMessage: () => undefined,
    onCall: () => undefined,
    async start() {
      stopped = false;
      receiving = true;
      const client = options.client ?? clientFactory?.();
      if (!client) throw new AppError('CONFIG', 'createWhatsAppChannel needs `client` or `clientFactory`');
      await connect(client);
      logger.info('whatsapp.started', { at: clock.now().toISOString() });
    },
    stopReceiving() {
      receiving = false;
    },
    async stop(reason) {
      stopped = true;
      receiving = false;
      clearTimeout(readyTimer);
      const client = current;
      current = undefined;
      isReady = false;
      await destroy(client);
      logger.info('whatsapp.stopped', { reason });
    },
  };
  return connection;
}

/** Sends one reply: chunks with the numbered options, paced, retried when transient. */
function createDelivery(options: WhatsAppChannelOptions, connection: Connection, clock: Clock, sleep: Sleep) {
  const intervalMs = options.sendIntervalMs ?? 1000;
  const maxRetries = options.maxRetries ?? 2;
  const pace = createPacer({
    intervalMs,
    jitterMs: options.sendJitterMs ?? intervalMs / 2,
    now: () => clock.now().getTime(),
    sleep,
    random: options.random,
  });

  const sendChunk = async (to: UserKey, text: string): Promise<void> => {
    const chatId = chatIdOf(to);
    for (let attempt = 0; ; attempt++) {
      try {
        const client = connection.ready;
        if (!client) throw new DeliveryError('TRANSIENT', NOT_CONNECTED);
        await pace();
        await client.sendMessage(chatId, text);
        return;
      } catch (raw) {
        const error = mapWhatsAppError(raw);
        if (error.code !== 'TRANSIENT' || attempt >= maxRetries) {
          if (error.code === 'UNREACHABLE') options.onUnreachable?.(to);
          throw error;
        }
        options.logger.warn('whatsapp.send_retry', { user: to, attempt, error: error.message });
        await sleep(Math.max(intervalMs, 1000) * 2 ** attempt);
      }
    }
  };

  return async (to: UserKey, reply: Reply): Promise<void> => {
    // Option labels can carry typed text (a name, a service word): neutralised like the body.
    const options = reply.numberedInText ? undefined : reply.options?.map((option) => ({ ...option, label: neutralise(option.label) }));
    for (const chunk of textWithNumberedOptions(whatsappText(reply), options, WHATSAPP_TEXT_LIMIT, REQUIREMENTS_BUDGET)) {
      await sendChunk(to, chunk);
    }
  };
}

type MediaKind = NonNullable<IncomingMessage['media']>;

const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = {
  image: 'image',
  album: 'image',
  sticker: 'sticker',
  audio: 'audio',
  ptt: 'audio',
  video: 'video',
  document: 'document',
  location: 'location',
};

/** Types whose `body` is the user's text or caption (for `location` it is a thumbnail). */
const TEXT_TYPES = new Set(['chat', 'image', 'album', 'video', 'document']);

/** Protocol noise, edits of history and notifications: nothing a citizen typed. */
const IGNORED_TYPES = new Set([
  'revoked',
  'reaction',
  'protocol',
  'ciphertext',
  'e2e_notification',
  'notification',
  'notification_template',
  'gp2',
  'group_notification',
  'broadcast_notification',
  'call_log',
  'debug',
]);

/** A WhatsApp message → the core's message, or undefined when it is not for us. */
export function toIncoming(message: WaMessageLike, receivedAt: Date): IncomingMessage | undefined {
  if (message.fromMe || !isPrivateChat(message.from) || IGNORED_TYPES.has(message.type)) return undefined;
  const from: UserKey = `wa:${message.from}`;
  if (TEXT_TYPES.has(message.type) && message.body.trim()) return { from, text: message.body, receivedAt };
  const media = MEDIA_TYPES[message.type] ?? (message.hasMedia ? 'document' : 'other');
  return { from, text: '', receivedAt, media };
}

/** One-to-one chats: `@c.us` (phone) or `@lid` (privacy id). Groups are `@g.us`, statuses `status@broadcast`. */
function isPrivateChat(from: string): boolean {
  return from.endsWith('@c.us') || from.endsWith('@lid');
}

/** `wa:628…@c.us` → `628…@c.us`. */
function chatIdOf(to: UserKey): string {
  if (!to.startsWith('wa:') || !isPrivateChat(to)) {
    throw new DeliveryError('REJECTED', `not a WhatsApp private chat key: ${to.split(':')[0]}:…`);
  }
  return to.slice(3);
}

/** The one place WhatsApp failures become `DeliveryError`s. */
export function mapWhatsAppError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  // whatsapp-web.js rejects with Errors, puppeteer errors and sometimes bare strings.
  const text = error instanceof Error ? error.message : String(error);
  if (/invalid wid|wid error|no lid for user|not registered|not a whatsapp user/i.test(text)) {
    return new DeliveryError('UNREACHABLE', `WhatsApp: ${text}`);
  }
  // Everything else observed is the browser side failing (detached frame, closed target,
  // destroyed context, null page during reconnect): worth a bounded retry.
  return new DeliveryError('TRANSIENT', `WhatsApp: ${text}`);
}

/** A launch failure → what to do about it. */
function startError(error: unknown): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/could not find (chrome|chromium|expected browser)|failed to launch the browser|ENOENT/i.test(text)) {
    return new AppError('CONFIG', `Chromium could not be started (${text}): apt-get install chromium or set CHROMIUM_PATH`);
  }
  if (text === 'auth timeout') {
    return new Error('WhatsApp Web did not load in time (auth timeout): check the network and the wwebjs_cache folder');
  }
  return error instanceof Error ? error : new Error(text);
}

function printQr(qr: string): void {
  qrcode.generate(qr, { small: true }, (art) => process.stdout.write(`${art}\n${QR_HINT}\n`));
}

export interface WhatsAppClientOptions {
  /** Persistent folder: `wwebjs_auth` (the login: keep it, never commit it) and `wwebjs_cache`. */
  readonly dataDir: string;
  readonly chromiumPath: string;
  readonly headless?: boolean;
  /** How long WhatsApp Web may take to load; the library's default is 30 s. */
  readonly authTimeoutMs?: number;
  /** More Chromium flags, e.g. `--host-resolver-rules` to keep a smoke test off the network. */
  readonly extraArgs?: readonly string[];
}

/** Flags for root and containers, then for a quiet browser that calls home as little as possible. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The real client. Constructing it starts no browser; `initialize()` does. */
export function createWhatsAppClient(options: WhatsAppClientOptions): WaClientLike {
  if (!existsSync(options.chromiumPath)) {
    throw new AppError('CONFIG', `Chromium not found at ${options.chromiumPath}: apt-get install chromium or set CHROMIUM_PATH`);
  }
  return new Client({
    authStrategy: new LocalAuth({ dataPath: join(options.dataDir, 'wwebjs_auth') }),
    webVersionCache: { type: 'local', path: join(options.dataDir, 'wwebjs_cache') },
    // WhatsApp Web opened on another computer (CONFLICT): take the session back.
    takeoverOnConflict: true,
    ...(options.authTimeoutMs === undefined ? {} : { authTimeoutMs: options.authTimeoutMs }),
    puppeteer: {
      executablePath: options.chromiumPath,
      headless: options.headless ?? true,
      // Layani's own shutdown closes the browser (bots/process-guard.ts); puppeteer's handlers
      // would kill it first and skip ours (issue 14 item 4).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    },
  });
}
