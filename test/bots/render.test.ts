import { describe, expect, it } from 'vitest';

import { CallbackCodec, inlineKeyboard, numberedOptions, textWithNumberedOptions } from '../../bots/render.js';

const options = [
  { label: 'Ya', value: 'yes' },
  { label: 'Tidak', value: 'no' },
];

describe('numbered options (WhatsApp)', () => {
  it('appends the list to the text', () => {
    expect(textWithNumberedOptions('Lanjutkan?', options, 100)).toEqual(['Lanjutkan?\n\nBalas dengan angka:\n1. Ya\n2. Tidak']);
  });

  it('sends the list on its own when the last chunk is full', () => {
    const text = 'x'.repeat(40);
    expect(textWithNumberedOptions(text, options, 45)).toEqual([text, numberedOptions(options)]);
  });

  it('leaves text without options alone', () => {
    expect(textWithNumberedOptions('Halo', undefined, 100)).toEqual(['Halo']);
    expect(textWithNumberedOptions('Halo', [], 100)).toEqual(['Halo']);
  });

  it('sends the menu as its own bubble when the answer and menu together would not fit a phone screen', () => {
    const answer = 'x'.repeat(680);
    expect(textWithNumberedOptions(answer, options, 4096, 700)).toEqual([answer, numberedOptions(options)]);
    expect(textWithNumberedOptions('y'.repeat(600), options, 4096, 700)).toEqual([`${'y'.repeat(600)}\n\n${numberedOptions(options)}`]);
  });
});

describe('CallbackCodec (Telegram)', () => {
  it('passes values that fit in 64 bytes through verbatim', () => {
    const codec = new CallbackCodec();
    expect(codec.encode('menu:sim')).toBe('menu:sim');
    expect(codec.decode('menu:sim')).toBe('menu:sim');
  });

  it('maps longer values (bytes, not characters) to a short id and back', () => {
    const codec = new CallbackCodec();
    const value = 'layanan:' + 'é'.repeat(30); // 38 characters, 68 bytes
    const id = codec.encode(value);
    expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
    expect(codec.encode(value)).toBe(id);
    expect(codec.decode(id)).toBe(value);
  });

  it('maps values that look like its own ids, so they cannot collide', () => {
    const codec = new CallbackCodec();
    const lookalike = codec.encode('~#1');
    const long = codec.encode('x'.repeat(70));
    expect(long).not.toBe(lookalike);
    expect(codec.decode(lookalike)).toBe('~#1');
    expect(codec.decode(long)).toBe('x'.repeat(70));
  });

  it('forgets the oldest ids beyond its capacity (the button expires)', () => {
    const codec = new CallbackCodec(2);
    const ids = ['a', 'b', 'c'].map((c) => codec.encode(c.repeat(70)));
    expect(codec.decode(ids[0] ?? '')).toBeUndefined();
    expect(codec.decode(ids[2] ?? '')).toBe('c'.repeat(70));
  });

  it('renders one button per row', () => {
    expect(inlineKeyboard(options, new CallbackCodec())).toEqual({
      inline_keyboard: [[{ text: 'Ya', callback_data: 'yes' }], [{ text: 'Tidak', callback_data: 'no' }]],
    });
  });
});
