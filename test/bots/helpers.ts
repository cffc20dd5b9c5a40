/** Shared test doubles for the channel adapters: logger, virtual time, scripted conversation. */
import type { Clock, Conversation, Logger } from '../../core/ports.js';
import type { IncomingMessage, Reply } from '../../core/types.js';
import { changed } from '../fakes/changes.js';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields: Record<string, unknown>;
}

export function recordingLogger(): Logger & { readonly entries: LogEntry[]; text(): string } {
  const entries: LogEntry[] = [];
  const log =
    (level: LogEntry['level']) =>
    (event: string, fields: Record<string, unknown> = {}): void => {
      entries.push({ level, event, fields });
      changed();
    };
  return { entries, info: log('info'), warn: log('warn'), error: log('error'), text: () => JSON.stringify(entries) };
}

/**
 * Virtual time: `sleep(ms)` records the wait and moves the clock forward instead of waiting,
 * so rate limits, retry_after and backoff are asserted exactly and cost no real time.
 */
export function virtualTime(start = Date.parse('2026-11-02T08:00:00+07:00')) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock = { now: () => new Date(now) };
  const sleep = (ms: number): Promise<void> => {
    sleeps.push(ms);
    now += ms;
    return Promise.resolve();
  };
  return { clock, sleep, sleeps, now: () => now };
}

export const MENU_OPTIONS = [
  { label: 'Syarat perpanjang SIM', value: 'menu:sim' },
  { label: 'Ambil nomor antrean', value: 'menu:book' },
  { label: 'Layanan lain yang tersedia di MPP hari ini', value: `menu:other:${'x'.repeat(70)}` },
] as const;

/** Paragraphs of ~300 characters, ~5,100 in all: more than one Telegram message. */
export const LONG_TEXT = Array.from(
  { length: 17 },
  (_, i) => `Paragraf ${i + 1}. ${'Persyaratan dan prosedur layanan dijelaskan di sini dengan lengkap. '.repeat(4).trim()}`,
).join('\n\n');

/**
 * A deterministic stand-in for the engine: `/start` → greeting with a menu, `panjang` → long
 * answer, `error` → throws, media → polite refusal, anything else → echo.
 */
export function scriptedConversation(options: { hold?: (message: IncomingMessage) => Promise<void> | undefined } = {}) {
  const received: IncomingMessage[] = [];
  const conversation: Conversation = {
    async handle(message) {
      received.push(message);
      changed();
      // An explicit gate the test opens, never a timer.
      await options.hold?.(message);
      return scriptedReplies(message);
    },
  };
  return { conversation, received };
}

function scriptedReplies(message: IncomingMessage): Reply[] {
  if (message.media) return [{ kind: 'fallback', text: 'Maaf, saya hanya bisa membaca pesan teks.' }];
  if (message.text === 'error') throw new Error('engine exploded');
  if (message.text === '/start') {
    return [
      { kind: 'answer', text: 'Selamat datang di Layani, asisten Mal Pelayanan Publik.' },
      { kind: 'clarify', text: 'Apa yang bisa kami bantu?', options: MENU_OPTIONS },
    ];
  }
  if (message.text === 'panjang') return [{ kind: 'answer', text: LONG_TEXT }];
  return [{ kind: 'answer', text: `Anda menulis: ${message.text}` }];
}

export { changed, until } from '../fakes/changes.js';
