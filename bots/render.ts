/**
 * Reply options rendered per platform: an inline keyboard on Telegram, a numbered list on
 * WhatsApp (its buttons and lists are deprecated). The engine accepts both the option value
 * and the option's number as an answer, so either rendering round-trips.
 */
import type { InlineKeyboardMarkup } from 'telegraf/types';

import { splitText } from '../core/split-text.js';
import type { ReplyOption } from '../core/types.js';

export const NUMBERED_HEADER = 'Balas dengan angka:';

/** `Balas dengan angka:\n1. Label\n2. Label` */
export function numberedOptions(options: readonly ReplyOption[]): string {
  return [NUMBERED_HEADER, ...options.map((option, index) => `${index + 1}. ${option.label}`)].join('\n');
}

/**
 * Text chunks for a platform without buttons: the body split under `limit`, the numbered list
 * appended to the last chunk when the two still fit `screen` (a phone screen: a 700-character
 * requirements answer plus its menu would be a 790-character bubble), otherwise sent as a chunk of its own.
 */
export function textWithNumberedOptions(
  text: string,
  options: readonly ReplyOption[] | undefined,
  limit: number,
  screen = limit,
): string[] {
  const chunks = splitText(text, limit);
  if (!options?.length) return chunks;
  const list = numberedOptions(options);
  const last = chunks.at(-1);
  if (last !== undefined && last.length + 2 + list.length <= Math.min(limit, screen)) {
    chunks[chunks.length - 1] = `${last}\n\n${list}`;
    return chunks;
  }
  return [...chunks, ...splitText(list, limit)];
}

/** Telegram's limit on `callback_data`, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** Marks callback data that stands for a longer value kept in memory. */
const SHORT_ID_PREFIX = '~#';

/**
 * Maps option values to `callback_data`. Values that fit go through verbatim (so buttons keep
 * working across restarts); longer ones get a short id remembered for the last `capacity`
 * values; an id that has been forgotten decodes to `undefined` (the button has expired).
 */
export class CallbackCodec {
  private readonly values = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity = 5000) {}

  encode(value: string): string {
    const fits = Buffer.byteLength(value, 'utf8') <= CALLBACK_DATA_MAX_BYTES;
    if (fits && !value.startsWith(SHORT_ID_PREFIX)) return value;
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const id = `${SHORT_ID_PREFIX}${(this.next++).toString(36)}`;
    this.values.set(id, value);
    this.ids.set(value, id);
    this.evict();
    return id;
  }

  decode(data: string): string | undefined {
    return data.startsWith(SHORT_ID_PREFIX) ? this.values.get(data) : data;
  }

  private evict(): void {
    // Maps iterate in insertion order: the first entry is the oldest.
    for (const [id, value] of this.values) {
      if (this.values.size <= this.capacity) return;
      this.values.delete(id);
      this.ids.delete(value);
    }
  }
}

/** One button per row: labels are sentences ("Perpanjang SIM"), not short words. */
export function inlineKeyboard(options: readonly ReplyOption[], codec: CallbackCodec): InlineKeyboardMarkup {
  return {
    inline_keyboard: options.map((option) => [{ text: option.label, callback_data: codec.encode(option.value) }]),
  };
}
