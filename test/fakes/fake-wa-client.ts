/**
 * A stand-in for whatsapp-web.js's `Client`, typed by the adapter's `WaClientLike`: an
 * EventEmitter the test drives (`qr`, `ready`, `message`, `disconnected`) that records sends.
 * WhatsApp's real behaviour cannot be faked honestly, so this only covers our side of the seam.
 */
import { EventEmitter } from 'node:events';

import type { WaCallLike, WaClientLike, WaMessageLike } from '../../bots/whatsapp.js';
import { changed } from './changes.js';

export interface WaSent {
  readonly chatId: string;
  readonly content: string;
}

export class FakeWaClient extends EventEmitter implements WaClientLike {
  readonly sent: WaSent[] = [];
  initializeCalls = 0;
  destroyCalls = 0;
  /** Errors thrown by the next `sendMessage` calls, in order. */
  readonly sendFailures: unknown[] = [];
  /** When set, `initialize()` rejects with it. */
  initializeError: Error | undefined;

  async initialize(): Promise<void> {
    this.initializeCalls++;
    if (this.initializeError !== undefined) throw this.initializeError;
    await Promise.resolve();
  }

  async destroy(): Promise<void> {
    this.destroyCalls++;
    changed();
    await Promise.resolve();
  }

  async sendMessage(chatId: string, content: string): Promise<unknown> {
    await Promise.resolve();
    if (this.sendFailures.length > 0) throw this.sendFailures.shift();
    this.sent.push({ chatId, content });
    changed();
    return { id: { _serialized: `true_${chatId}_${this.sent.length}` } };
  }

  /** Emits an incoming message; defaults describe a private text from a `@c.us` user. */
  receive(message: Partial<WaMessageLike>): void {
    const full: WaMessageLike = {
      from: '6281234567890@c.us',
      fromMe: false,
      type: 'chat',
      body: '',
      hasMedia: false,
      ...message,
    };
    this.emit('message', full);
  }

  /** Emits an incoming private call; `rejected` counts `reject()` calls. */
  call(from = '6281234567890@c.us', isGroup = false): { rejected: number } {
    const state = { rejected: 0 };
    const call: WaCallLike = {
      from,
      isGroup,
      reject: () => {
        state.rejected++;
        changed();
        return Promise.resolve();
      },
    };
    this.emit('call', call);
    return state;
  }

  /** Emits `authenticated` then `ready`, as a restored session does. */
  becomeReady(): void {
    this.emit('authenticated');
    this.emit('ready');
  }
}

/** Hands out fresh fake clients, as `clientFactory` would build new real ones. */
export function fakeClientFactory() {
  const clients: FakeWaClient[] = [];
  const factory = (): FakeWaClient => {
    const client = new FakeWaClient();
    clients.push(client);
    return client;
  };
  return { factory, clients, latest: () => clients.at(-1) };
}
