/** The kernel's one masking function and one sanitising function (issue 13 items 6 and 11). */
import { describe, expect, it } from 'vitest';

import { inertLine, inertText } from '../../core/inert.js';
import { hasNik, maskText } from '../../core/mask.js';

describe('maskText', () => {
  it.each([
    ['NIK 3273010101900009', 'NIK 3273••••••••0009'],
    ['/3273010101900009', '/3273••••••••0009'],
    ['nik: 3273 0101 0190 0009.', 'nik: 3273••••••••0009.'],
    ['NIK:3273010101900009abc', 'NIK:3273••••••••0009abc'],
    ['hp 081234567890', 'hp 0812••••7890'],
    ['wa +62 812-3456-7890 ya', 'wa +6281•••••7890 ya'],
  ])('masks %j', (input, masked) => {
    expect(maskText(input)).toBe(masked);
  });

  it.each(['booking LY-7KQ2M jam 09.00', 'ADU-0007', 'tanggal 2026-11-23', 'no rek 12345678901234567890'])('leaves %j alone', (text) => {
    expect(maskText(text)).toBe(text);
  });

  it('tells a NIK apart from shorter and longer numbers', () => {
    expect(hasNik('3273010101900009')).toBe(true);
    expect(hasNik('3273 0101 0190 0009')).toBe(true);
    expect(hasNik('081234567890')).toBe(false);
    expect(hasNik('12345678901234567')).toBe(false);
    // The regex is global: asking twice must give the same answer.
    expect(hasNik('3273010101900009')).toBe(true);
  });
});

describe('inertText / inertLine', () => {
  it('removes ANSI colours, OSC hyperlinks and titles, and other controls', () => {
    expect(inertText('\u001b[31mmerah\u001b[0m')).toBe('merah');
    expect(inertText('\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007')).toBe('klik');
    expect(inertText('\u001b]0;judul\u001b\\sesudah')).toBe('sesudah');
    expect(inertText('a\u0000b\u0007c\u009b2Jd\u007f')).toBe('abcd');
  });

  it('removes bidi overrides and isolates, so text reads as it is stored', () => {
    expect(inertText('Budi\u202Eitakgnal\u202C')).toBe('Budiitakgnal');
    expect(inertText('x\u2066y\u2069z\u200F')).toBe('xyz');
  });

  it('keeps newlines in free text but not in single-line fields', () => {
    expect(inertText('satu\r\ndua\n\n\n\ntiga')).toBe('satu\ndua\n\ntiga');
    expect(inertLine('antre lama\nPelapor: anonim\u2028Batas jawab: 2099-01-01')).toBe('antre lama Pelapor: anonim Batas jawab: 2099-01-01');
  });

  it('keeps letters, emoji and their joiners', () => {
    expect(inertLine('Siti Nurhaliza 👨‍👩‍👧 ✓')).toBe('Siti Nurhaliza 👨‍👩‍👧 ✓');
  });
});
