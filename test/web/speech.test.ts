/** What the hall display says aloud (web/public/speech.js, the same file the browser loads). */
import { describe, expect, it } from 'vitest';

import { numberWords, spokenCall } from '../../web/public/speech.js';

describe('spoken calls in Indonesian', () => {
  it('spells the prefix, reads digits one by one and the counter number in words', () => {
    expect(spokenCall('KTP-007', 'Loket 2')).toBe('Nomor antrean K T P nol nol tujuh, silakan ke loket dua.');
    expect(spokenCall('SKC-120', 'Loket 12')).toBe('Nomor antrean S K C satu dua nol, silakan ke loket dua belas.');
  });

  it('says counter numbers the Indonesian way', () => {
    expect([1, 10, 11, 15, 20, 21, 100, 101, 110, 250].map((n) => numberWords(n))).toEqual(['satu', 'sepuluh', 'sebelas', 'lima belas', 'dua puluh', 'dua puluh satu', 'seratus', 'seratus satu', 'seratus sepuluh', 'dua ratus lima puluh']);
  });
});
