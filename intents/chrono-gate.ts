/**
 * chrono-node's parse, with each parser run only when the words its pattern cannot match without are in the text
 * (issue 11, throughput). chrono runs every parser of a locale over the text (13 for `id`, 18 for `en.GB`), each a
 * case-insensitive regex tried at every word boundary; most find nothing: "besok jam 10" needs the casual-date and the
 * time-expression parsers, never the month names, the slashed dates or "… yang lalu". Skipping a parser whose regex
 * cannot match leaves chrono's answer as it was: a parser that does not match adds no result, the others run in the
 * same order with the same refiners, and the stable sort sees the same results in the same order.
 *
 * Each gate below is what its parser's pattern (chrono-node 2.10.3) must contain in any match: the mandatory group
 * with the word boundaries and optional parts around it dropped, tested with the same `i` flag. A gate may let through
 * text the parser then rejects (that costs only the parse it would have cost anyway); it must never hold back text the
 * parser would match. test/intents/session-10-speed.test.ts pins each gated parser's pattern, checks every word of chrono's
 * own month, weekday and time-unit tables against the gates, and compares gated and plain parses. A parser with no
 * gate here (a chrono upgrade's new one, `en`'s "within 3 days", whose number and unit may be "a" and "d") always runs.
 */
import type { ParsedResult, ParsingOption, ParsingReference } from 'chrono-node';
// The two locales only: the package root loads all sixteen (~0.4 s of every start-up, issue 14).
import * as en from 'chrono-node/en';
import * as id from 'chrono-node/id';

type Chrono = typeof id.casual;
type Parser = Chrono['parsers'][number];

/** A digit (`\d` without the `u` flag is [0-9], as in chrono's patterns). */
const DIGIT = /\d/;
/** Slashed or dotted day and month ("27/11", "1.12"), SlashDateFormatParser's core. */
const NUMBER_SEPARATOR_NUMBER = /\d[/.-]\d/;
/** ISOFormatParser's core: "2026-11-27". */
const ISO_DATE = /\d{4}-\d{1,2}-\d/;

// chrono.id's tables (locales/id/constants.ts): every key holds one of these (chrono-gate.test.ts checks each).
const ID_MONTH = /jan|feb|peb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|nop|des/i;
const ID_WEEKDAY = /minggu|ahad|senin|selasa|rabu|kamis|jum|sabtu/i;
const ID_TIME_UNIT = /detik|menit|jam|hari|minggu|pekan|bulan|tahun/i;

// chrono.en's tables (locales/en/constants.ts), likewise.
const EN_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const EN_WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/i;

/** Per parser (by class name), the patterns that must all match somewhere in the text for the parser to match. */
const ID_GATES: Readonly<Record<string, readonly RegExp[]>> = {
  // (minggu|pekan|bulan|tahun)\s+(ini|depan|berikutnya|mendatang|yang\s+lalu|lalu|kemarin)
  IDRelativeDateFormatParser: [/minggu|pekan|bulan|tahun/i, /ini|depan|berikutnya|mendatang|lalu|kemarin/i],
  // (?:(?:pada\s+)?bulan\s+)?(<month>)…
  IDMonthNameParser: [ID_MONTH],
  // (?:(?:pada|di)\s+)?(tengah\s+malam|tengah\s+hari|pagi|siang|sore|petang|malam(?!\s+ini))…
  IDCasualTimeParser: [/tengah|pagi|siang|sore|petang|malam/i],
  // (sekarang|saat\s+ini|hari\s+ini|kemarin\s+lusa|kemarin|besok\s+lusa|besok|lusa|nanti\s+malam|malam\s+ini|tadi\s+malam|semalam)
  IDCasualDateParser: [/sekarang|saat\s+ini|hari\s+ini|kemarin|besok|lusa|nanti\s+malam|malam\s+ini|tadi\s+malam|semalam/i],
  ISOFormatParser: [ISO_DATE],
  // ([^\d]|^)([0-3]?[0-9])[\/\.\-]([0-3]?[0-9])…
  SlashDateFormatParser: [NUMBER_SEPARATOR_NUMBER],
  // …([0-9]{1,2})…(<month>)…
  IDMonthNameLittleEndianParser: [DIGIT, ID_MONTH],
  // (<month>)(?:-|/|\s*,?\s*)([0-9]{1,2})…
  IDMonthNameMiddleEndianParser: [DIGIT, ID_MONTH],
  // (?:pada\s+)?(hari\s+)?(<weekday>)…
  IDWeekdayParser: [ID_WEEKDAY],
  // AbstractTimeExpressionParser: …(\d{1,4})…
  IDTimeExpressionParser: [DIGIT],
  // (?:dalam\s+(?:waktu\s+)?)(<number> <unit>…)
  IDTimeUnitWithinFormatParser: [/dalam/i, ID_TIME_UNIT],
  // (<number> <unit>…)\s{0,5}(?:yang\s+)?(?:lalu|silam|sebelumnya)
  IDTimeUnitAgoFormatParser: [ID_TIME_UNIT, /lalu|silam|sebelumnya/i],
  // (<number> <unit>…)\s{0,5}(?:lagi|kemudian|setelahnya|sesudahnya|mendatang|ke\s*depan)
  IDTimeUnitLaterFormatParser: [ID_TIME_UNIT, /lagi|kemudian|setelahnya|sesudahnya|mendatang|depan/i],
};

const EN_GATES: Readonly<Record<string, readonly RegExp[]>> = {
  // ([0-9]{4})[-\.\/\s]…
  ENYearMonthDayParser: [/\d{4}/],
  ISOFormatParser: [ISO_DATE],
  SlashDateFormatParser: [NUMBER_SEPARATOR_NUMBER],
  // (?:on\s{0,3})?(<ordinal>)…(<month>)…
  ENMonthNameLittleEndianParser: [EN_MONTH],
  // (<month>)(?:-|/|\s*,?\s*)(<ordinal>)…
  ENMonthNameMiddleEndianParser: [EN_MONTH],
  // …(<weekday>|weekend|weekday)…
  ENWeekdayParser: [EN_WEEKDAY],
  // ([0-9]|0[1-9]|1[012])/([0-9]{4})
  ENSlashMonthFormatParser: [/\d\/\d{4}/],
  // AbstractTimeExpressionParser: …(\d{1,4})…
  ENTimeExpressionParser: [DIGIT],
  // (<number> <unit>…)\s{0,5}(?:ago|before|earlier)
  ENTimeUnitAgoFormatParser: [/ago|before|earlier/i],
  // (<number> <unit>…)\s{0,5}(?:later|after|from now|henceforth|forward|out)
  ENTimeUnitLaterFormatParser: [/later|after|from now|henceforth|forward|out/i],
  // (<year>)(?:\s*[-.\/,]?\s*|\s+of\s+)(<month>)…, the year with at least one digit
  ENYearMonthNameParser: [DIGIT, EN_MONTH],
  // (now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)
  ENCasualDateParser: [/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i],
  // (?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)
  ENCasualTimeParser: [/morning|afternoon|evening|night|midday|noon/i],
  // (?:last\s+day|end)\s+of\s+(?:the\s+)?month
  ENEndOfCurrentMonthParser: [/month/i],
  // ((?:in)\s*)?(<month>)…
  ENMonthNameParser: [EN_MONTH],
  // (this|last|past|next|after\s*this)\s*(<unit>)
  ENRelativeDateFormatParser: [/this|last|past|next/i],
  // (this|last|past|next|after|\+|-)\s*(<number> <unit>…)
  ENTimeUnitCasualRelativeFormatParser: [/this|last|past|next|after|\+|-/i],
};

/** A locale's casual chrono whose parse skips the parsers that cannot match the text. */
export class GatedChrono {
  readonly #base: Chrono;
  /** The distinct patterns the gates name, each tested once per text (the digit test serves five parsers). */
  readonly #tests: readonly RegExp[];
  /** Per parser, a bit per test it needs. */
  readonly #needs: readonly number[];
  /** One chrono per set of parsers that may match (a bit per parser): a handful ever occur. */
  readonly #byMask = new Map<number, Chrono>();

  constructor(base: Chrono, gates: Readonly<Record<string, readonly RegExp[]>>) {
    const tests = [...new Set(Object.values(gates).flat())];
    if (base.parsers.length > 30 || tests.length > 30) throw new Error('chrono-gate: more parsers or tests than a mask holds');
    this.#base = base;
    this.#tests = tests;
    this.#needs = base.parsers.map((p: Parser) => (gates[p.constructor.name] ?? []).reduce((bits, re) => bits | (1 << tests.indexOf(re)), 0));
  }

  parse(text: string, reference: ParsingReference, option: ParsingOption): ParsedResult[] {
    let passed = 0;
    for (let t = 0; t < this.#tests.length; t++) if (this.#tests[t]?.test(text) === true) passed |= 1 << t;
    let mask = 0;
    for (let i = 0; i < this.#needs.length; i++) {
      const needs = this.#needs[i] ?? 0;
      if ((needs & passed) === needs) mask |= 1 << i;
    }
    let chrono = this.#byMask.get(mask);
    if (chrono === undefined) {
      const base = this.#base;
      chrono = new id.Chrono({ parsers: base.parsers.filter((_, i) => (mask & (1 << i)) !== 0), refiners: base.refiners });
      this.#byMask.set(mask, chrono);
    }
    return chrono.parse(text, reference, option);
  }
}

/** `chrono.id.parse`, gated. */
export const idChrono = new GatedChrono(id.casual, ID_GATES);
/** `chrono.en.GB.parse`, gated. */
export const enGbChrono = new GatedChrono(en.GB, EN_GATES);

/** For the tests: the gates by parser name. */
export const GATES = { id: ID_GATES, en: EN_GATES } as const;
