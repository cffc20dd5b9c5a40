/**
 * The throughput work of issue 11 added cheap pre-checks in front of slower steps. Each must answer exactly
 * what the slow step alone answers: here the slow step is written out as it was, and both run on seeded
 * random chat-like text (letters, digits, separators, accents, emoji, links) and on hand-picked edge cases.
 */
import { describe, expect, it } from 'vitest';

import { BagIndex } from '../../intents/bag-index.js';
import { type FeatureStats, IntentModel, type ModelState, UNKNOWN } from '../../intents/classifier.js';
import { bagKey } from '../../intents/index.js';
import { splitTokens } from '../../intents/normalize.js';
import { deletions, forEachDeletionKey, keyOf } from '../../intents/typos.js';

/** Mulberry32: a small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a', 'k', 'e', 'ktp', 'Syarat', 'PASPOR', 'kirim', 'jam', ' ', ' ', ' ', '  ', '0', '1', '2', '9', '13', '2026', '.', '/', ':', '-', '#', ',', '?',
  '!', "'", '’', '`', 'é', 'Ká', '🙏', 'http://x.id/a', 'www.mpp.go.id', 'ly-7kq2m', '\n', '\t', '_', '(', ')', '"', '+', '@', 'ß', 'İ',
];

function chatText(next: () => number): string {
  const length = Math.floor(next() * 14);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return text;
}

// The tokeniser before its pre-checks (same patterns, every pass always run).
const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_KEPT = /[^a-z0-9#./:\- ]+/g;
const LONE_SEPARATOR = /(?<![0-9])[./:]|[./:](?![0-9])|(?<![a-z0-9])-|-(?![a-z0-9])/g;
const LETTERS_THEN_DIGITS = /^([a-z]{2,})(\d[\d.:/]*)$/;
const DIGITS_THEN_LETTERS = /^(\d[\d.:/]*)([a-z]{2,})$/;
const REDUPLICATED = /^([a-z]{2,})2$/;
const CODE_NAME = /^[a-z]{2}\d$/;
const TRAILING_LEET = /^[a-z]{3,}[013457]$/;

function splitTokensSlow(text: string): string[] {
  let cleaned = text.slice(0, 500).toLowerCase();
  cleaned = cleaned.replace(URL, ' ').normalize('NFKD').replace(COMBINING_MARKS, '');
  cleaned = cleaned.replace(/[’'`]/g, '').replace(NOT_KEPT, ' ').replace(LONE_SEPARATOR, ' ');
  const tokens: string[] = [];
  for (const raw of cleaned.split(' ')) {
    if (raw === '' || raw === '#') continue;
    const glued = REDUPLICATED.test(raw) || CODE_NAME.test(raw) || TRAILING_LEET.test(raw) ? null : (LETTERS_THEN_DIGITS.exec(raw) ?? DIGITS_THEN_LETTERS.exec(raw));
    if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(glued[1], glued[2]);
    else tokens.push(raw);
  }
  return tokens;
}

describe('splitTokens pre-checks', () => {
  it('answer what every pass answers, on 20,000 random chat-like texts', () => {
    const next = random(11);
    for (let i = 0; i < 20_000; i++) {
      const text = chatText(next);
      expect(splitTokens(text), JSON.stringify(text)).toEqual(splitTokensSlow(text));
    }
  });

  it('answer what every pass answers on separators, glued digits and reduplication', () => {
    for (const text of ['kirim2 dokumen', 'jam13.00', '13.00wib', 'e-ktp - ok', 'a.b c/d 1.2 3/4 x:y', '-', 'ktp2 ada?', 'tgl27/11', "jum'at", 'ly - 7kq2m']) {
      expect(splitTokens(text), text).toEqual(splitTokensSlow(text));
    }
  });
});

describe('BagIndex (the pre-check before a memorised bag is looked up)', () => {
  const words = ['buka', 'jam', 'berapa', '#layanan', '#tanggal', 'syarat', 'apa', 'saya', 'mau', 'daftar', 'batal', 'kode', 'antre', 'hari'];
  const bagOf = (next: () => number, size: number): string[] => Array.from({ length: size }, () => words[Math.floor(next() * words.length)] ?? '');

  it('never rules out a memorised bag, in any order, and rules out most others (5,000 random bags)', () => {
    const next = random(7);
    const memorised = new Set(Array.from({ length: 300 }, () => bagKey(bagOf(next, 1 + Math.floor(next() * 5)))));
    const index = new BagIndex(memorised);
    let ruledOut = 0;
    let others = 0;
    for (let i = 0; i < 5_000; i++) {
      const bag = i % 2 === 0 ? [...([...memorised][i % memorised.size] ?? '').split(' ')].reverse() : bagOf(next, 1 + Math.floor(next() * 6));
      const member = memorised.has(bagKey(bag));
      if (member) expect(index.mayHold(bag), bag.join(' ')).toBe(true);
      else {
        others++;
        if (!index.mayHold(bag)) ruledOut++;
      }
    }
    expect(ruledOut / others).toBeGreaterThan(0.9);
  });

  it('rules out a bag with a word no memorised bag has, and the empty bag', () => {
    const index = new BagIndex(['berapa buka jam']);
    expect(index.mayHold(['jam', 'buka', 'berapa'])).toBe(true);
    expect(index.mayHold(['jam', 'buka', 'kapan'])).toBe(false);
    expect(index.mayHold(['jam', 'buka'])).toBe(false);
    expect(index.mayHold([])).toBe(false);
  });
});

/** `IntentModel.score` as it was before issue 11's throughput work: a Map of counts, typed arrays, three lookups. */
function scoreSlow(state: ModelState, neutral: ReadonlySet<string>, features: readonly string[]) {
  const classes = state.labels.length;
  const counts = new Map<string, number>();
  let total = 0;
  let inScopeKnown = 0;
  for (const f of features) {
    const seen = counts.get(f);
    counts.set(f, (seen ?? 0) + 1);
    if (seen !== undefined) continue;
    total++;
    if (state.inScope.has(f) || neutral.has(f)) inScopeKnown++;
    else counts.set(UNKNOWN, (counts.get(UNKNOWN) ?? 0) + 1);
  }
  const known: [FeatureStats, number][] = [];
  let norm = 0;
  for (const [f, tf] of counts) {
    const stats = state.stats.get(f);
    if (stats === undefined && neutral.has(f)) continue;
    const w = (1 + Math.log(tf)) * (stats?.weight ?? state.unknownWeight);
    norm += w * w;
    if (stats !== undefined) known.push([stats, w]);
  }
  norm = Math.sqrt(norm) || 1;
  const centroid = new Float64Array(classes);
  const log = Float64Array.from(state.logPrior);
  for (const [stats, raw] of known) {
    const w = raw / norm;
    for (let c = 0; c < classes; c++) {
      centroid[c] = (centroid[c] ?? 0) + w * (stats.centroid[c] ?? 0);
      log[c] = (log[c] ?? 0) + (stats.logLikelihood[c] ?? 0);
    }
  }
  let max = -Infinity;
  for (const l of log) max = Math.max(max, l);
  let sum = 0;
  const bayes = log.map((l) => {
    const p = Math.exp(l - max);
    sum += p;
    return p;
  });
  for (let c = 0; c < classes; c++) bayes[c] = (bayes[c] ?? 0) / sum;
  const nearest = (c: number): number => {
    const dots = new Map<number, number>();
    for (const [stats, raw] of known) {
      const docs = stats.docs[c] ?? new Int32Array();
      const weights = stats.docWeights[c] ?? new Float64Array();
      for (let k = 0; k < docs.length; k++) dots.set(docs[k] ?? 0, (dots.get(docs[k] ?? 0) ?? 0) + (raw / norm) * (weights[k] ?? 0));
    }
    return Math.max(0, ...dots.values());
  };
  return { bayes: [...bayes], centroid: [...centroid], nearest, inScopeKnown, total };
}

describe('IntentModel.score (parallel arrays instead of a Map of counts and typed arrays)', () => {
  const docs = [
    { label: 'cost', features: ['biaya', '#layanan', 'berapa'] },
    { label: 'cost', features: ['harga', '#layanan', 'berapa', 'berapa'] },
    { label: 'hours', features: ['jam', 'buka'] },
    { label: 'hours', features: ['buka', 'jam', 'berapa', 'hari'] },
    { label: 'book', features: ['daftar', '#layanan', '#tanggal', 'jam'] },
    { label: 'fallback', features: ['cuaca', 'hari', 'ini'] },
  ];
  const neutral = new Set(['ini', 'di', 'dukcapil']);
  const model = new IntentModel(docs, { outOfScope: 'fallback', unknownWeight: 0.8, neutral });
  const words = ['biaya', '#layanan', 'berapa', 'harga', 'jam', 'buka', 'hari', 'daftar', '#tanggal', 'cuaca', 'ini', 'di', 'dukcapil', 'kue', 'xyz', UNKNOWN];

  it('gives bit-identical scores and nearest cosines on 3,000 random feature lists (repeats, unknown, neutral, a literal #unk; every tenth up to 60 long, past the scan limit)', () => {
    const next = random(5);
    for (let i = 0; i < 3_000; i++) {
      const features = Array.from({ length: Math.floor(next() * (i % 10 === 0 ? 60 : 9)) }, () => words[Math.floor(next() * words.length)] ?? '');
      const fast = model.score(features);
      const slow = scoreSlow(model.state, neutral, features);
      const label = features.join(' ');
      expect([...fast.bayes], label).toEqual(slow.bayes);
      expect([...fast.centroid], label).toEqual(slow.centroid);
      expect([fast.inScopeKnown, fast.total], label).toEqual([slow.inScopeKnown, slow.total]);
      for (let c = 0; c < model.labels.length; c++) expect(fast.nearest(c), label).toBe(slow.nearest(c));
    }
  });
});

describe('the typo index keys (issue 14: hashed without building the deleted strings)', () => {
  it('are the hashes of the deletion strings, for every word length and depth', () => {
    const next = random(14);
    const letters = 'aabkmnsy'; // few letters, so repeats make equal deletions that must count once
    for (let n = 0; n < 3_000; n++) {
      const word = Array.from({ length: 1 + Math.floor(next() * 14) }, () => letters[Math.floor(next() * letters.length)]).join('');
      for (const depth of [1, 2]) {
        const strings = deletions(word, depth, new Set([word]));
        const keys = new Set<number>();
        forEachDeletionKey(word, depth, (key) => keys.add(key));
        expect(keys).toEqual(new Set([...strings].map((s) => keyOf(s))));
      }
    }
  });
});
