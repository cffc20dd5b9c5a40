import { describe, expect, it } from 'vitest';

import { splitText } from '../../core/split-text.js';

describe('splitText', () => {
  it('returns short text as one chunk and blank text as none', () => {
    expect(splitText('Halo', 10)).toEqual(['Halo']);
    expect(splitText('  \n ', 10)).toEqual([]);
  });

  it('prefers paragraph breaks, then line breaks, then spaces', () => {
    expect(splitText('aaaa bbbb\n\ncccc', 12)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('aaaa bbbb\ncccc dd', 12)).toEqual(['aaaa bbbb', 'cccc dd']);
    expect(splitText('aaaa bbbb cccc', 12)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('does not cut off a tiny first paragraph when a later line break fits', () => {
    expect(splitText('a\n\nbbbbbbb\ncc', 12)).toEqual(['a\n\nbbbbbbb', 'cc']);
  });

  it('cuts inside a word only when there is no boundary, never inside an emoji', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    const chunks = splitText('abc😀def', 4);
    expect(chunks).toEqual(['abc', '😀de', 'f']);
  });

  it('keeps every chunk within the limit and loses no words', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `kata${i}`);
    const text = words.map((w, i) => (i % 37 === 36 ? `${w}\n\n` : i % 11 === 10 ? `${w}\n` : `${w} `)).join('');
    const chunks = splitText(text, 4096);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 4096)).toBe(true);
    expect(chunks.join(' ').split(/\s+/)).toEqual(words);
  });

  it('rejects a limit that cannot make progress', () => {
    expect(() => splitText('abc', 1)).toThrow(RangeError);
  });
});
