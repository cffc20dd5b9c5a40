/**
 * Indeks Kepuasan Masyarakat (IKM) from raw survey answers, per Permenpan RB 14/2017:
 *   NRR per unsur   = Σ scores / respondents who answered that unsur
 *   IKM             = Σ (NRR × 1/9) over the 9 unsur            (1–4)
 *   konversi        = IKM × 25                                   (25–100)
 *   mutu            = band of the konversi: D < 65.00 ≤ C ≤ 76.60 < B ≤ 88.30 < A
 * Values keep full precision; only the grade and the text round (to 2 or 4 decimals).
 *
 * Which answers count:
 * - `completed` responses: every answered unsur.
 * - `skipped` responses (the citizen stopped halfway): their answered unsur count too. NRR is per
 *   unsur over those who answered it, so a partial answer is still a valid answer to that unsur.
 * - `asked` responses are still in progress and do not count yet; the survey dialog closes
 *   abandoned ones as `skipped`.
 * - `withdrawn` responses were sent before the visit was over and taken back: they never count.
 * - Rows without a `status` (plain `{ scores }`) all count.
 * A respondent is a counted response with at least one answer.
 *
 * An unsur nobody answered makes the IKM undefined (`ikm: null`, listed in `missing`): the
 * regulation weights each of the 9 unsur 1/9, and averaging over fewer would be a different index.
 */
import { tr } from '../i18n.js';
import type { SurveyResponse } from '../records.js';
import type { Localized } from '../schema.js';
import type { Lang } from '../types.js';
import { SKM_ELEMENTS } from './skm-elements.js';

export const ELEMENT_COUNT = SKM_ELEMENTS.length;

export type Grade = 'A' | 'B' | 'C' | 'D';

/** A survey as the computation sees it: a `SurveyResponse`, or bare scores. */
export interface IkmInput {
  readonly scores: readonly (number | null)[];
  readonly status?: SurveyResponse['status'];
}

export interface ElementResult {
  /** Nilai rata-rata (1–4), null when nobody answered this unsur. */
  readonly nrr: number | null;
  readonly answered: number;
}

export interface IkmResult {
  readonly respondents: number;
  /** One entry per unsur, in the regulation's order. */
  readonly perElement: readonly ElementResult[];
  /** Unsur numbers (1–9) nobody answered; when not empty, the index is null. */
  readonly missing: readonly number[];
  readonly ikm: number | null;
  readonly konversi: number | null;
  readonly grade: Grade | null;
  readonly label: Localized | null;
}

/** Mutu pelayanan and kinerja unit pelayanan (Permenpan RB 14/2017, table of nilai persepsi). */
export const GRADE_LABELS: Readonly<Record<Grade, Localized>> = {
  A: { id: 'Sangat baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Kurang baik', en: 'Less than good' },
  D: { id: 'Tidak baik', en: 'Not good' },
};

// ---------------------------------------------------------------------------------------------
// Rounding and banding

/**
 * `x` rounded half up to `digits` decimals, as an integer count of 10^-digits. Going through 12
 * significant digits first drops binary noise, so 88.305 (stored as 88.30499…) rounds to 88.31.
 */
function scaledRound(x: number, digits: number): number {
  return Math.round(Number((x * 10 ** digits).toPrecision(12)));
}

/** Half-up rounding to `digits` decimals, as text with a dot. */
export function fixed(x: number, digits: number): string {
  return (scaledRound(x, digits) / 10 ** digits).toFixed(digits);
}

/**
 * The grade of a konversi (25–100). The regulation's bands are written with 2 decimals and have
 * gaps (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31), so the value is rounded half up to 2
 * decimals first: 76.605 → 76.61 → B, 88.305 → 88.31 → A.
 */
export function gradeOf(konversi: number): Grade {
  const cents = scaledRound(konversi, 2);
  if (!(cents >= 2500 && cents <= 10000)) throw new RangeError(`konversi must be 25–100, got ${konversi}`);
  if (cents >= 8831) return 'A';
  if (cents >= 7661) return 'B';
  if (cents >= 6500) return 'C';
  return 'D';
}

// ---------------------------------------------------------------------------------------------
// The index

const counts = (row: IkmInput): boolean => row.status !== 'asked' && row.status !== 'withdrawn';

/** Scores come from the store; a bad one is a bug or a damaged file, so say which. */
function checkScores(row: IkmInput, index: number): void {
  const where = `survey ${'id' in row && typeof row.id === 'string' ? row.id : `#${index}`}`;
  if (row.scores.length !== ELEMENT_COUNT) {
    throw new RangeError(`${where}: expected ${ELEMENT_COUNT} scores, got ${row.scores.length}`);
  }
  for (const score of row.scores) {
    if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 4)) {
      throw new RangeError(`${where}: score ${score} is not 1–4`);
    }
  }
}

export function computeIkm(responses: readonly IkmInput[]): IkmResult {
  const sums = new Array<number>(ELEMENT_COUNT).fill(0);
  const answered = new Array<number>(ELEMENT_COUNT).fill(0);
  let respondents = 0;
  responses.forEach((row, index) => {
    if (!counts(row)) return;
    checkScores(row, index);
    let any = false;
    row.scores.forEach((score, i) => {
      if (score === null) return;
      sums[i] = (sums[i] ?? 0) + score;
      answered[i] = (answered[i] ?? 0) + 1;
      any = true;
    });
    if (any) respondents++;
  });
  const perElement = answered.map((n, i) => ({ nrr: n === 0 ? null : (sums[i] ?? 0) / n, answered: n }));
  return { respondents, perElement, ...weigh(perElement) };
}

function weigh(perElement: readonly ElementResult[]): Pick<IkmResult, 'missing' | 'ikm' | 'konversi' | 'grade' | 'label'> {
  const missing = perElement.flatMap((e, i) => (e.nrr === null ? [i + 1] : []));
  if (missing.length > 0) return { missing, ikm: null, konversi: null, grade: null, label: null };
  // Σ (NRR × 1/9) with the 1/9 applied once: the same value, one rounding step fewer.
  const ikm = perElement.reduce((sum, e) => sum + (e.nrr ?? 0), 0) / ELEMENT_COUNT;
  const konversi = ikm * 25;
  const grade = gradeOf(konversi);
  return { missing, ikm, konversi, grade, label: GRADE_LABELS[grade] };
}

// ---------------------------------------------------------------------------------------------
// Selecting responses

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  readonly from: string;
  readonly to: string;
}

export interface ResponseFilter {
  readonly service?: string;
  /** Visit dates, YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
}

/** Responses of one service and/or period (by visit date). YYYY-MM-DD compares as text. */
export function filterResponses<T extends { readonly service: string; readonly date: string }>(
  rows: Iterable<T>,
  filter: ResponseFilter,
): T[] {
  const { service, from, to } = filter;
  const keep = (row: T) =>
    (service === undefined || row.service === service) &&
    (from === undefined || row.date >= from) &&
    (to === undefined || row.date <= to);
  return [...rows].filter(keep);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Months `firstMonth`…`lastMonth` (1–12) of `year`. */
function months(year: number, firstMonth: number, lastMonth: number): Period {
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

function shiftMonth(today: string, delta: number): Period {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + delta;
  const month = (index % 12) + 1;
  return months(Math.floor(index / 12), month, month);
}

const RELATIVE = new Map<string, (today: string) => Period>([
  ['bulan ini', (today) => shiftMonth(today, 0)],
  ['this month', (today) => shiftMonth(today, 0)],
  ['bulan lalu', (today) => shiftMonth(today, -1)],
  ['last month', (today) => shiftMonth(today, -1)],
  ['tahun ini', (today) => months(Number(today.slice(0, 4)), 1, 12)],
  ['this year', (today) => months(Number(today.slice(0, 4)), 1, 12)],
  ['tahun lalu', (today) => months(Number(today.slice(0, 4)) - 1, 1, 12)],
  ['last year', (today) => months(Number(today.slice(0, 4)) - 1, 1, 12)],
]);

function absolutePeriod(text: string): Period | null {
  const year = /^([12]\d{3})(?:-(\d{2})|-q([1-4]))?$/.exec(text);
  if (year) {
    const [, y, month, quarter] = year;
    if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12 ? months(Number(y), Number(month), Number(month)) : null;
    if (quarter !== undefined) return months(Number(y), Number(quarter) * 3 - 2, Number(quarter) * 3);
    return months(Number(y), 1, 12);
  }
  const range = /^(\d{4}-\d{2}-\d{2})(?: ?\.\. ?(\d{4}-\d{2}-\d{2}))?$/.exec(text);
  if (!range?.[1]) return null;
  const from = range[1];
  const to = range[2] ?? from;
  return isDate(from) && isDate(to) && from <= to ? { from, to } : null;
}

/**
 * A period typed by staff: `2026`, `2026-03`, `2026-Q1`, `2026-01-01..2026-06-30`, one day
 * `2026-03-05`, or `bulan ini`/`this month`, `bulan lalu`/`last month`, `tahun ini`/`this year`,
 * `tahun lalu`/`last year` relative to `today` (YYYY-MM-DD, MPP time). Null when not understood.
 */
export function parsePeriod(text: string, today: string): Period | null {
  if (!isDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const relative = RELATIVE.get(normalized);
  return relative ? relative(today) : absolutePeriod(normalized);
}

// ---------------------------------------------------------------------------------------------
// Output

/** Indonesian writes a decimal comma. */
const num = (x: number, digits: number, lang: Lang): string => {
  const text = fixed(x, digits);
  return lang === 'id' ? text.replace('.', ',') : text;
};

function elementLine(element: ElementResult, i: number, lang: Lang): string {
  const info = SKM_ELEMENTS[i];
  const name = info ? `${info.code} ${info.name[lang]}` : `U${i + 1}`;
  if (element.nrr === null) return `${name}: – ${tr(lang, '(belum ada jawaban)', '(no answers)')}`;
  return `${name}: ${num(element.nrr, 2, lang)} (${element.answered} ${tr(lang, 'jawaban', 'answers')})`;
}

function summary(result: IkmResult, lang: Lang): string[] {
  if (result.respondents === 0) return [tr(lang, 'Belum ada survei yang diisi.', 'No survey answers yet.')];
  if (result.ikm === null || result.konversi === null || result.grade === null || result.label === null) {
    const codes = result.missing.map((n) => `U${n}`).join(', ');
    return [
      tr(
        lang,
        `IKM belum dapat dihitung: belum ada jawaban untuk ${codes} (setiap unsur berbobot 1/9).`,
        `IKM cannot be computed yet: no answers for ${codes} (each element weighs 1/9).`,
      ),
    ];
  }
  return [
    `IKM: ${num(result.ikm, 4, lang)}`,
    `${tr(lang, 'Konversi', 'Converted')}: ${num(result.konversi, 2, lang)}`,
    `${tr(lang, 'Mutu', 'Grade')}: ${result.grade} (${result.label[lang]})`,
  ];
}

/** A short report for staff: respondents, NRR per unsur (2 decimals), IKM (4), konversi (2), grade. */
export function formatIkm(result: IkmResult, lang: Lang, title: string): string {
  const lines = [title, `${tr(lang, 'Responden', 'Respondents')}: ${result.respondents}`];
  if (result.respondents > 0) lines.push('', ...result.perElement.map((e, i) => elementLine(e, i, lang)), '');
  return [...lines, ...summary(result, lang)].join('\n');
}

export type CsvRow = Pick<SurveyResponse, 'date' | 'service' | 'status'> & { readonly scores: readonly (number | null)[] };

export const CSV_HEADER = ['date', 'service', 'status', ...SKM_ELEMENTS.map((e) => e.code.toLowerCase())].join(',');

/**
 * RFC 4180 quoting; a text cell that a spreadsheet would run as a formula (= + - @ tab CR)
 * gets a leading apostrophe (OWASP "CSV injection").
 */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Responses as CSV (CRLF lines, header first), in the given order, empty cells for unanswered
 * unsur. The row id is left out on purpose: it is the booking id, which leads back to the citizen.
 */
export function toCsv(rows: Iterable<CsvRow>): string {
  const line = (row: CsvRow) =>
    [row.date, row.service, row.status, ...SKM_ELEMENTS.map((_, i) => row.scores[i])].map(cell).join(',');
  return [CSV_HEADER, ...[...rows].map(line)].map((l) => `${l}\r\n`).join('');
}
