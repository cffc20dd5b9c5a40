/**
 * Session 10, speed (issue 11): chrono's parse with each parser gated on the words its pattern needs
 * (intents/chrono-gate.ts) must answer exactly what chrono alone answers. Checked four ways: the gates against
 * chrono's own word tables, the gated parsers' patterns pinned (a chrono upgrade must be reviewed), gated against
 * plain parses on phrases written here and on seeded random text built from chrono's words, and on every message of
 * the non-blind fixture sets and every training example.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { type ParsedResult, ParsingContext } from 'chrono-node';
import * as en from 'chrono-node/en';
import * as id from 'chrono-node/id';
import { describe, expect, it } from 'vitest';

import { enGbChrono, GATES, idChrono } from '../../intents/chrono-gate.js';
import { trainingExamples } from '../../intents/examples/index.js';

const CHRONO = new URL('../../node_modules/chrono-node/dist/esm/locales/', import.meta.url);
type Table = Readonly<Record<string, unknown>>;
/** The word tables of a locale's constants.js that the gates cover (not exported by the package: read from its files). */
interface Tables {
  readonly MONTH_DICTIONARY: Table;
  readonly WEEKDAY_DICTIONARY: Table;
  readonly TIME_UNIT_DICTIONARY: Table;
  readonly INTEGER_WORD_DICTIONARY: Table;
}
const idTables = (await import(new URL('id/constants.js', CHRONO).href)) as Tables;
const enTables = (await import(new URL('en/constants.js', CHRONO).href)) as Tables;

const REFERENCE = { instant: new Date('2026-12-01T03:00:00Z'), timezone: 420 };
const OPTION = { forwardDate: true };
const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;

/** Everything a result says: where, what text, its tags, and each component with whether it is certain. */
function described(results: readonly ParsedResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      index: r.index,
      text: r.text,
      tags: [...r.tags()].sort(),
      start: COMPONENTS.map((c) => [r.start.get(c), r.start.isCertain(c)]),
      end: r.end === undefined || r.end === null ? null : COMPONENTS.map((c) => [r.end?.get(c), r.end?.isCertain(c)]),
      date: r.start.date().getTime(),
    })),
  );
}

function sameAsChrono(text: string): void {
  expect(described(idChrono.parse(text, REFERENCE, OPTION)), text).toBe(described(id.casual.parse(text, REFERENCE, OPTION)));
  expect(described(enGbChrono.parse(text, REFERENCE, OPTION)), text).toBe(described(en.GB.parse(text, REFERENCE, OPTION)));
}

const gate = (locale: 'id' | 'en', parser: string, i = 0): RegExp => {
  const re = GATES[locale][parser]?.[i];
  if (re === undefined) throw new Error(`no gate ${i} for ${parser}`);
  return re;
};

describe('the gates hold every word of chrono’s own tables', () => {
  // Each gate that names a table's words, with the table it must cover.
  const cases: [string, Table, RegExp][] = [
    ['id months', idTables.MONTH_DICTIONARY, gate('id', 'IDMonthNameParser')],
    ['id months (day first)', idTables.MONTH_DICTIONARY, gate('id', 'IDMonthNameLittleEndianParser', 1)],
    ['id months (month first)', idTables.MONTH_DICTIONARY, gate('id', 'IDMonthNameMiddleEndianParser', 1)],
    ['id weekdays', idTables.WEEKDAY_DICTIONARY, gate('id', 'IDWeekdayParser')],
    ['id time units (within)', idTables.TIME_UNIT_DICTIONARY, gate('id', 'IDTimeUnitWithinFormatParser', 1)],
    ['id time units (ago)', idTables.TIME_UNIT_DICTIONARY, gate('id', 'IDTimeUnitAgoFormatParser')],
    ['id time units (later)', idTables.TIME_UNIT_DICTIONARY, gate('id', 'IDTimeUnitLaterFormatParser')],
    ['en months', enTables.MONTH_DICTIONARY, gate('en', 'ENMonthNameParser')],
    ['en months (day first)', enTables.MONTH_DICTIONARY, gate('en', 'ENMonthNameLittleEndianParser')],
    ['en months (month first)', enTables.MONTH_DICTIONARY, gate('en', 'ENMonthNameMiddleEndianParser')],
    ['en months (year first)', enTables.MONTH_DICTIONARY, gate('en', 'ENYearMonthNameParser', 1)],
    ['en weekdays', enTables.WEEKDAY_DICTIONARY, gate('en', 'ENWeekdayParser')],
  ];
  it.each(cases)('%s', (_name, table, re) => {
    expect(table).toBeDefined();
    const missed = Object.keys(table).filter((word) => !re.test(word) || !re.test(word.toUpperCase()));
    expect(missed).toEqual([]);
  });
});

describe('the gated parsers are the patterns the gates were read from (chrono-node 2.10.3)', () => {
  // A chrono upgrade that changes a pattern fails here: read the new pattern, fix its gate, then update the hash.
  const PINNED = { id: '29a352c1b7784d76e4c61b89', en: '06c5d85af1d70db8aa056d78' };
  const context = new ParsingContext('', REFERENCE, OPTION);
  it.each([
    ['id', id.casual],
    ['en', en.GB],
  ] as const)('%s', (locale, chrono) => {
    const gated = chrono.parsers.filter((p) => GATES[locale][p.constructor.name] !== undefined);
    const sources = gated.map((p) => `${p.constructor.name} ${p.pattern(context).source} ${p.pattern(context).flags}`).join('\n');
    expect(createHash('sha256').update(sources).digest('hex').slice(0, 24)).toBe(PINNED[locale]);
    // Every gate names a parser the locale has: a renamed parser would otherwise run ungated, unnoticed.
    expect(Object.keys(GATES[locale]).filter((name) => !chrono.parsers.some((p) => p.constructor.name === name))).toEqual([]);
  });
});

/**
 * Every word and phrase of the locales' parser patterns ("yang lalu", "from now", "tgl.", "jum'at"), read off the patterns
 * themselves, not off the gates: a word a gate forgot still turns up here.
 */
function patternWords(): string[] {
  const context = new ParsingContext('', REFERENCE, OPTION);
  const words = new Set<string>();
  for (const chrono of [id.casual, en.GB])
    for (const parser of chrono.parsers) {
      const source = parser.pattern(context).source.replace(/\\s(?:[*+?]|\{\d*,?\d*\})?/g, ' ');
      for (const piece of source.split(/[|()[\]]|\?:|\?=|\?!|\?<[=!]/)) {
        const word = piece.replace(/[?*+]$/, '').replace(/\\\./g, '.').trim().replace(/ +/g, ' ');
        if (/^[a-z'][a-z'. ]*$/.test(word)) words.add(word);
      }
    }
  return [...words];
}

/**
 * Seeded random texts (a failure replays): half free strings of those words, numbers in the shapes chrono reads and
 * punctuation; half a count and a time unit amid them ("dalam 2 tahun", "seminggu lagi", "3 days later"), the shape
 * the time-unit parsers need and free strings seldom make.
 */
function randomTexts(count: number): string[] {
  const words = patternWords();
  const numbers = ['1', '3', '9', '12', '21', '30', '100', '2026', '2027', '8.30', '13:00', '27/11', '1-12', '2026-12-05', '12/2026', '1st', '22nd', '5pm'];
  const counts = ['2', '10', '1.5', 'se', 'a', 'an', 'few', ...Object.keys(idTables.INTEGER_WORD_DICTIONARY), ...Object.keys(enTables.INTEGER_WORD_DICTIONARY)];
  const units = [...Object.keys(idTables.TIME_UNIT_DICTIONARY), ...Object.keys(enTables.TIME_UNIT_DICTIONARY)];
  const marks = [',', '-', '/', '.', ':', '+', '(', ')', '~', "'"];
  let seed = 20261201;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] ?? '';
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text: string;
    if (next() < 0.5) {
      const duration = `${pick(counts)}${next() < 0.2 ? '' : ' '}${pick(units)}`;
      text = [next() < 0.5 ? pick(words) : '', duration, pick(words), next() < 0.5 ? pick(words) : ''].join(' ').trim();
    } else {
      const parts: string[] = [];
      for (let i = 1 + Math.floor(next() * 6); i > 0; i--) {
        const r = next();
        parts.push(r < 0.35 ? pick(numbers) : r < 0.9 ? pick(words) : pick(marks));
      }
      text = parts.join(next() < 0.85 ? ' ' : '');
    }
    texts.push(next() < 0.15 ? text.toUpperCase() : text);
  }
  return texts;
}

describe('each gate lets through every text its parser reads something in', () => {
  const texts = randomTexts(40_000);
  it.each([
    ['id', id.casual],
    ['en', en.GB],
  ] as const)('%s, on 40,000 random texts of the patterns’ own words', (locale, chrono) => {
    const missed: string[] = [];
    for (const parser of chrono.parsers) {
      const needs = GATES[locale][parser.constructor.name];
      if (needs === undefined) continue;
      // The parser alone, no refiner: what it reads before anything is merged or filtered.
      const alone = new id.Chrono({ parsers: [parser], refiners: [] });
      for (const text of texts)
        if (!needs.every((re) => re.test(text)) && alone.parse(text, REFERENCE, OPTION).length > 0) missed.push(`${parser.constructor.name}: ${text}`);
    }
    expect(missed.slice(0, 10)).toEqual([]);
  }, 120_000);
});

describe('gated parse answers what chrono answers', () => {
  it('on dates and times as citizens write them', () => {
    for (const text of [
      'bisa datang besok jam 9 pagi',
      'kalau hari ini jam 14.30 masih buka?',
      'saya mau ke mpp hari jumat minggu depan',
      'tanggal 17 agustus 2027 libur kan',
      'senin 4/1 jam 8',
      'booking untuk 2027-01-05 pukul 10:15',
      'dua hari lagi saya ambil',
      'sudah 3 minggu yang lalu saya daftar',
      'dalam waktu 2 jam selesai?',
      'tadi malam saya coba tapi gagal',
      'nanti malam atau besok lusa',
      'minggu ini penuh, bulan depan bagaimana',
      "jum'at siang ada loket?",
      'pada tengah hari tutup',
      'desember 24 - 26 buka?',
      'can i come tomorrow at 3 pm',
      'next monday morning please',
      'the 21st of january 2027',
      'two weeks ago i applied',
      'in 3 days or by the end of the month',
      'this weekend, 12/2026 or 2027 march',
      'last night around midnight',
      'PADA HARI SELASA JAM 10 SIANG',
      'Tomorrow At Noon',
    ])
      sameAsChrono(text);
  });

  it('on every message of the non-blind fixture sets and every training example', () => {
    const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
    const texts: string[] = [...trainingExamples().values()].flat();
    // The blind sets are never read here (docs: honest measurement); the golden dump covers them by hash.
    for (const file of readdirSync(fixtures).filter((f) => f.startsWith('nlu-') && f.endsWith('.jsonl') && !f.includes('blind'))) {
      for (const line of readFileSync(`${fixtures}${file}`, 'utf8').split('\n')) {
        const text = line.trim() === '' ? undefined : (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') texts.push(text);
      }
    }
    expect(texts.length).toBeGreaterThan(5000);
    for (const text of texts) sameAsChrono(text.toLowerCase());
  }, 120_000);
});
