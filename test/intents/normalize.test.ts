/** The normaliser and typo corrector on their own: chat Indonesian in, the forms the models know out. */
import { describe, expect, it } from 'vitest';

import { AbbreviationIndex } from '../../intents/abbreviations.js';
import { dropFillers, type Lexicon, normalizeToken, rewriteColloquial, splitTokens } from '../../intents/normalize.js';
import { TypoCorrector } from '../../intents/typos.js';

const vocabulary = new Map(['syarat', 'paspor', 'biaya', 'antre', 'halo', 'maaf', 'skck', 'lokasi', 'berapa'].map((w) => [w, 1]));
const roots = new Set(['urus', 'daftar', 'cari', 'tunggu', 'tanya', 'ambil', 'batal', 'kirim', 'maaf', 'hai', 'tambah', 'cetak']);
const corrector = new TypoCorrector(vocabulary);
const abbreviations = new AbbreviationIndex(vocabulary);
const lexicon: Lexicon = {
  isKnown: (t) => vocabulary.has(t) || roots.has(t),
  isWord: (t) => vocabulary.has(t) || roots.has(t),
  isRoot: (t) => roots.has(t),
  correct: (t) => corrector.correct(t),
  expand: (t) => abbreviations.expand(t),
};
const normalize = (text: string): string => splitTokens(text).flatMap((t) => normalizeToken(t, lexicon)).join(' ');

describe('splitTokens', () => {
  it('lower-cases and strips accents, emoji, URLs and punctuation', () => {
    expect(splitTokens('Halo Kák 🙏 cek https://mpp.go.id/info ya!!')).toEqual(['halo', 'kak', 'cek', 'ya']);
  });

  it('keeps dates, times, codes and hyphenated words whole', () => {
    expect(splitTokens('tgl 27/11 jam 13.00, e-ktp LY-7KQ2M')).toEqual(['tgl', '27/11', 'jam', '13.00', 'e-ktp', 'ly-7kq2m']);
  });

  it('splits digits glued to words', () => {
    expect(splitTokens('jam9 besok 10am')).toEqual(['jam', '9', 'besok', '10', 'am']);
  });

  it('reads "kirim2" as reduplication, not as "kirim 2"', () => {
    expect(normalize('kirim2 info')).toBe('kirim info');
  });

  it('cuts a long paste to 500 characters before work', () => {
    expect(splitTokens('ab '.repeat(5000)).length).toBeLessThanOrEqual(167);
  });
});

describe('normalizeToken', () => {
  it('applies the slang map', () => {
    expect(normalize('sy mau tny brp biaya utk bikin paspor gmn')).toBe('saya mau tny berapa biaya untuk buat paspor bagaimana');
    expect(normalize('ga gak nggak gk tdk')).toBe('tidak tidak tidak tidak tidak');
    expect(normalize('bsk tgl 5 jm 9 pkl 10')).toBe('besok tanggal 5 jam 9 pukul 10');
  });

  it('squeezes elongated words', () => {
    expect(normalize('haloooo')).toBe('halo');
    expect(normalize('maaaaf')).toBe('maaf');
  });

  it('rewrites colloquial verb forms only when the result is a root', () => {
    expect(rewriteColloquial('ngurus', lexicon)).toBe('urus');
    expect(rewriteColloquial('daftarin', lexicon)).toBe('daftar');
    expect(rewriteColloquial('nyari', lexicon)).toBe('cari');
    expect(rewriteColloquial('nunggu', lexicon)).toBe('tunggu');
    expect(rewriteColloquial('ngambil', lexicon)).toBe('ambil');
    expect(rewriteColloquial('batalin', lexicon)).toBe('batal');
    expect(rewriteColloquial('nyetak', lexicon)).toBe('cetak');
    expect(rewriteColloquial('ngeblog', lexicon)).toBe('ngeblog');
  });

  it('corrects typos against the known words', () => {
    expect(normalize('syrat pasport biya')).toBe('syarat paspor biya');
    expect(normalize('lokasih')).toBe('lokasi');
  });

  it('unifies spellings the stemmer treats apart', () => {
    expect(normalize('antrian antrean antri')).toBe('antre antre antre');
    expect(normalize('akte')).toBe('akta');
  });
});

describe('dropFillers', () => {
  it('drops particles and forms of address', () => {
    expect(dropFillers(['syarat', 'ktp', 'dong', 'kak', 'min'])).toEqual(['syarat', 'ktp']);
  });
});

describe('TypoCorrector', () => {
  it('finds transpositions and deletions', () => {
    expect(corrector.correct('sckk')).toBeNull(); // four letters: too short to guess
    expect(corrector.correct('syrat')).toBe('syarat');
    expect(corrector.correct('psapor')).toBe('paspor');
    expect(corrector.correct('antreee')).toBeNull(); // two edits on a short word
  });

  it('leaves unknown words alone when nothing is close', () => {
    expect(corrector.correct('rendang')).toBeNull();
  });

  it('never corrects to a word two edits away under 8 letters', () => {
    expect(corrector.correct('berpaaa')).toBeNull();
  });
});

describe('AbbreviationIndex, some vowels dropped (session 42)', () => {
  const index = new AbbreviationIndex(new Map([['kematian', 5], ['layanan', 20], ['lainnya', 4], ['besok', 9]]));

  it('reads a word of five letters or more with only some vowels dropped, its letters in order', () => {
    expect(index.expand('kmtian')).toBe('kematian');
    expect(index.expand('lyann')).toBe('layanan');
  });

  it('leaves shorter words, words whose letters are out of order, and two equally likely words alone', () => {
    expect(index.expand('bsok')).toBeNull();
    expect(index.expand('kmtain')).toBeNull();
    expect(new AbbreviationIndex(new Map([['kamatan', 5], ['kematian', 5]])).expand('kmtan')).toBeNull();
  });
});
