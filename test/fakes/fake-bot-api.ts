/**
 * A stateful fake of the Telegram Bot API on 127.0.0.1, for driving the real telegraf.
 * It speaks the wire format telegraf uses (POST /bot<token>/<method>, JSON in, `{ ok, result }`
 * out), holds long polls until an update arrives, records what the bot sent, and can be told
 * to fail the next call to a method (429 with retry_after, 403, 500, a dropped connection).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { InlineKeyboardMarkup, Update } from 'telegraf/types';

import { changed, until } from './changes.js';

/** An update as a test writes it; the fake numbers it. */
export type UpdateBody = Update extends infer U ? (U extends Update ? Omit<U, 'update_id'> : never) : never;

export const FAKE_TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghijkl';

/** One API request as the fake received it. */
export interface ApiCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  /** True when the fake answered with an injected fault. */
  readonly faulted: boolean;
}

/** A `sendMessage` the fake accepted. */
export interface SentMessage {
  readonly chatId: number;
  readonly text: string;
  readonly replyMarkup?: InlineKeyboardMarkup;
  readonly messageId: number;
}

export type Fault =
  | { readonly kind: 'rate-limit'; readonly retryAfter: number }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'server-error' }
  | { readonly kind: 'drop-connection' }
  /** 409: another getUpdates consumer, or a webhook is set. */
  | { readonly kind: 'conflict' }
  /** 401: the token was revoked. */
  | { readonly kind: 'unauthorized' }
  /** 400 with a description, e.g. "Bad Request: message is too long". */
  | { readonly kind: 'bad-request'; readonly description: string }
  /** Never answers (until the client gives up or the fake closes). */
  | { readonly kind: 'hang' }
  /** Answers normally, but only once `until` resolves: an explicit gate the test opens (a slow request in flight). */
  | { readonly kind: 'hold'; readonly until: Promise<void> };

export interface FakeBotApi {
  readonly apiRoot: string;
  readonly calls: readonly ApiCall[];
  readonly sent: readonly SentMessage[];
  /** Queues an update for the next getUpdates (answers a held long poll at once); `updateId` to redeliver one. */
  push(update: UpdateBody, updateId?: number): void;
  /** Fails the next call to `method` with `fault` (queued: call several times for several). */
  failNext(method: string, fault: Fault): void;
  /** Resolves when `predicate` holds (re-checked on every change a fake signals); rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeBotApiOptions {
  /** The only token accepted; any other gets 401 Unauthorized. */
  readonly token?: string;
  /** How long an empty long poll is held before answering `[]`. */
  readonly holdMs?: number;
}

interface Waiter {
  readonly res: ServerResponse;
  readonly timer: NodeJS.Timeout;
}

const BOT_INFO = { id: 123456789, is_bot: true, first_name: 'Layani', username: 'layani_test_bot' };

export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const token = options.token ?? FAKE_TOKEN;
  const holdMs = options.holdMs ?? 1000;
  const calls: ApiCall[] = [];
  const sent: SentMessage[] = [];
  const faults = new Map<string, Fault[]>();
  let queue: Update[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1000;
  const waiters = new Set<Waiter>();

  const reply = (res: ServerResponse, status: number, body: unknown): void => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const ok = (res: ServerResponse, result: unknown): void => reply(res, 200, { ok: true, result });

  const release = (waiter: Waiter, updates: Update[]): void => {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    ok(waiter.res, updates);
  };

  const getUpdates = (body: Record<string, unknown>, res: ServerResponse): void => {
    const offset = typeof body['offset'] === 'number' ? body['offset'] : 0;
    const limit = typeof body['limit'] === 'number' ? body['limit'] : 100;
    // An offset confirms every update below it.
    queue = queue.filter((update) => update.update_id >= offset);
    const timeout = typeof body['timeout'] === 'number' ? body['timeout'] : 0;
    if (queue.length > 0 || timeout === 0) return ok(res, queue.slice(0, limit));
    const waiter: Waiter = { res, timer: setTimeout(() => release(waiter, []), holdMs) };
    waiters.add(waiter);
    // The client aborted (telegraf's stop()): forget the poll instead of answering a dead socket.
    res.on('close', () => {
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
    });
  };

  const sendMessage = (body: Record<string, unknown>, res: ServerResponse): void => {
    const message: SentMessage = {
      chatId: Number(body['chat_id']),
      text: String(body['text']),
      replyMarkup: body['reply_markup'] as InlineKeyboardMarkup | undefined,
      messageId: nextMessageId++,
    };
    sent.push(message);
    changed();
    ok(res, {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: message.chatId, type: 'private', first_name: 'Warga' },
      from: BOT_INFO,
      text: message.text,
    });
  };

  const injectFault = (fault: Fault, res: ServerResponse): void => {
    switch (fault.kind) {
      case 'rate-limit':
        return reply(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${fault.retryAfter}`,
          parameters: { retry_after: fault.retryAfter },
        });
      case 'blocked':
        return reply(res, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      case 'server-error':
        return reply(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
      case 'drop-connection':
        res.socket?.destroy();
        return;
      case 'conflict':
        return reply(res, 409, { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' });
      case 'unauthorized':
        return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      case 'bad-request':
        return reply(res, 400, { ok: false, error_code: 400, description: fault.description });
      case 'hang':
      case 'hold':
        return;
    }
  };

  const route = (method: string, body: Record<string, unknown>, res: ServerResponse): void => {
    switch (method) {
      case 'getMe':
        return ok(res, BOT_INFO);
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
      case 'answerCallbackQuery':
        return ok(res, true);
      case 'editMessageReplyMarkup':
        return ok(res, true);
      case 'getUpdates':
        return getUpdates(body, res);
      case 'sendMessage':
        return sendMessage(body, res);
      default:
        return reply(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method}` });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, callToken, method = ''] = match;
    if (callToken !== token) return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const fault = faults.get(method)?.shift();
    calls.push({ method, body, faulted: fault !== undefined && fault.kind !== 'hold' });
    changed();
    if (fault?.kind === 'hold') {
      await fault.until;
      return route(method, body, res);
    }
    if (fault) return injectFault(fault, res);
    route(method, body, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reply(res, 400, { ok: false, error_code: 400, description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    sent,
    push(update, updateId) {
      queue.push({ ...update, update_id: updateId ?? nextUpdateId++ });
      const [waiter] = waiters;
      if (waiter) release(waiter, [...queue]);
    },
    failNext(method, fault) {
      faults.set(method, [...(faults.get(method) ?? []), fault]);
    },
    waitFor(predicate, timeoutMs) {
      return until(predicate, timeoutMs);
    },
    async close() {
      for (const waiter of [...waiters]) release(waiter, []);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Builders for the updates a citizen's client would produce. */
export const updates = {
  text(chatId: number, text: string, chatType: 'private' | 'group' = 'private'): UpdateBody {
    return { message: { ...messageBase(chatId, chatType), text } } as UpdateBody;
  },
  sticker(chatId: number): UpdateBody {
    const sticker = { file_id: 'stk', file_unique_id: 'stk-u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
    return { message: { ...messageBase(chatId, 'private'), sticker } } as UpdateBody;
  },
  photo(chatId: number, caption?: string): UpdateBody {
    const photo = [{ file_id: 'p', file_unique_id: 'p-u', width: 90, height: 90 }];
    return { message: { ...messageBase(chatId, 'private'), photo, caption } } as UpdateBody;
  },
  callback(chatId: number, data: string, messageId = 1000): UpdateBody {
    const message = { ...messageBase(chatId, 'private'), message_id: messageId, from: BOT_INFO, text: 'menu' };
    return {
      callback_query: { id: `cb-${messageId}-${data.length}`, from: citizen(chatId), chat_instance: 'ci', message, data },
    } as UpdateBody;
  },
};

let nextIncomingId = 1;

function citizen(id: number) {
  return { id, is_bot: false, first_name: 'Siti', last_name: 'Aminah', language_code: 'id' };
}

function messageBase(chatId: number, chatType: 'private' | 'group') {
  const chat = chatType === 'private' ? { id: chatId, type: 'private', first_name: 'Siti' } : { id: chatId, type: 'group', title: 'Warga RT 05' };
  return { message_id: nextIncomingId++, date: Math.floor(Date.now() / 1000), chat, from: citizen(Math.abs(chatId)) };
}
