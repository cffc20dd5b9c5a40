/**
 * Reads the MPP settings (`mpp.json`) and the service catalog (`services.json`), validates both with
 * core/schema.ts and checks them against each other. Every problem ends up in one
 * `AppError('DATA_FILE')` naming the file, the field, what is wrong and how to fix it: the people who
 * edit these files are MPP staff, not developers, so the message has to be enough on its own.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { z } from 'zod';

import { formatStale, STALE_AFTER_MONTHS, staleFacts } from '../core/catalog-freshness.js';
import { AppError } from '../core/errors.js';
import { localParts } from '../core/local-time.js';
import { INTENT_NAMES, type LearnedData } from '../core/nlu.js';
import type { Catalog, Settings, Weekday, WeekHours } from '../core/schema.js';
import { catalogSchema, learnedSchema, settingsSchema } from '../core/schema.js';

/** The folder of this file: where the shipped `mpp.json` and `services.json` live. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('.', import.meta.url));
export const SETTINGS_FILE = 'mpp.json';
export const CATALOG_FILE = 'services.json';

export interface AppData {
  readonly settings: Settings;
  readonly catalog: Catalog;
}

export interface LoadOptions {
  /**
   * Receives what should be fixed but must not stop the bot, such as facts overdue for a re-check:
   * an MPP with an old catalog still needs its queue tomorrow morning.
   */
  readonly onWarning?: (message: string) => void;
  /** "Today" for the freshness check; the system clock by default. */
  readonly now?: Date;
}

/** Reads and checks both data files; throws `AppError('DATA_FILE')` listing what to fix. */
export async function loadData(dir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Promise<AppData> {
  // allSettled, then report in a fixed order: whichever read failed first must not decide the message.
  const [settings, catalog] = await Promise.allSettled([readSource(dir, SETTINGS_FILE), readSource(dir, CATALOG_FILE)]);
  if (settings.status === 'fulfilled' && catalog.status === 'fulfilled') return warned(checkData(settings.value, catalog.value), join(dir, CATALOG_FILE), options);
  throw combinedReadError([settings, catalog].flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : [])));
}

/** Same as `loadData`, for start-up code and scripts that cannot await. */
export function loadDataSync(dir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): AppData {
  const read = (name: string): Source | AppError => {
    try {
      return readSourceSync(dir, name);
    } catch (err) {
      return err as AppError;
    }
  };
  const settings = read(SETTINGS_FILE);
  const catalog = read(CATALOG_FILE);
  if (settings instanceof AppError || catalog instanceof AppError) {
    throw combinedReadError([settings, catalog].filter((r): r is AppError => r instanceof AppError));
  }
  return warned(checkData(settings, catalog), join(dir, CATALOG_FILE), options);
}

/** Every unreadable file, settings first then catalog, in one error (one read error passes through as is). */
function combinedReadError(errors: readonly AppError[]): AppError {
  if (errors.length === 1) return errors[0]!;
  return new AppError('DATA_FILE', errors.map((e) => e.message).join('\n'), { cause: errors[0] });
}

function warned(data: AppData, catalogPath: string, options: LoadOptions): AppData {
  const message = staleWarning(data, catalogPath, options.now ?? new Date());
  if (message !== undefined) options.onWarning?.(message);
  return data;
}

/** A warning in the same shape as the errors: the file, what is wrong and how to fix it. */
export function staleWarning(data: AppData, catalogPath: string, now: Date): string | undefined {
  const today = localParts(now, data.settings.timeZone).date;
  const stale = staleFacts(data.catalog, today, STALE_AFTER_MONTHS);
  if (stale.length === 0) return undefined;
  return (
    `${catalogPath}: ${stale.length} service variant(s) were last checked more than ${STALE_AFTER_MONTHS} months ago: ${formatStale(stale)}. ` +
    'Fix: check those facts against their sources and update "checkedOn" (npm run catalog -- stale lists them).'
  );
}

// ---------------------------------------------------------------------------------------------
// Reading and parsing

interface Source {
  readonly path: string;
  readonly text: string;
}

async function readSource(dir: string, name: string): Promise<Source> {
  const path = join(dir, name);
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (err) {
    throw readError(path, err);
  }
}

function readSourceSync(dir: string, name: string): Source {
  const path = join(dir, name);
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (err) {
    throw readError(path, err);
  }
}

function readError(path: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOENT'
      ? `${path}: file not found. Fix: create it (start from the copy in the repository's data/ folder), ` +
        `or point Layani at the folder that holds ${SETTINGS_FILE} and ${CATALOG_FILE}.`
      : `${path}: cannot read the file (${code ?? String(err)}). Fix: check that it is a readable file, not a folder.`;
  return new AppError('DATA_FILE', message, { cause: err });
}

function parseJson(source: Source): unknown {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const text = source.text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw jsonError(source.path, text, err);
  }
}

function jsonError(path: string, text: string, err: unknown): AppError {
  const reason = err instanceof Error ? err.message : String(err);
  const offset = jsonErrorOffset(reason, text.length);
  const where = offset === undefined ? '' : ` at ${lineColumn(text, offset)}`;
  const spot = offset === undefined ? '' : ' at or just before that spot';
  return new AppError(
    'DATA_FILE',
    `${path}: invalid JSON${where} (${reason}). Fix: look for a missing or extra comma, quote or bracket${spot}; ` +
      'JSON allows no comments and no comma after the last item.',
    { cause: err },
  );
}

/** V8 reports "... in JSON at position 123" for most mistakes; only then can we point at a line. */
function jsonErrorOffset(reason: string, length: number): number | undefined {
  const match = /at position (\d+)/.exec(reason);
  if (match?.[1] !== undefined) return Number(match[1]);
  return reason.includes('Unexpected end of JSON input') ? length : undefined;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

// ---------------------------------------------------------------------------------------------
// Problems and the error that lists them

interface Problem {
  readonly file: string;
  /** Path inside the file, e.g. `agencies[2].services[0]`. */
  readonly field: string;
  readonly what: string;
  readonly fix: string;
}

/** More than a handful of problems usually share one cause; the rest show up on the next run. */
const MAX_SHOWN = 5;

function dataError(problems: readonly Problem[]): AppError {
  const count = problems.length;
  const lines = problems
    .slice(0, MAX_SHOWN)
    .map((p, i) => `  ${i + 1}. ${p.file}, field ${p.field}: ${p.what}. Fix: ${p.fix}.`);
  if (count > MAX_SHOWN) lines.push(`  ...and ${count - MAX_SHOWN} more; fix these first, then start again.`);
  return new AppError('DATA_FILE', [`The data files have ${count} problem${count === 1 ? '' : 's'}:`, ...lines].join('\n'));
}

function checkData(settingsSource: Source, catalogSource: Source): AppData {
  const settings = validate(settingsSource.path, settingsSchema, parseJson(settingsSource));
  const catalog = validate(catalogSource.path, catalogSchema, parseJson(catalogSource));
  if (!settings.ok || !catalog.ok) throw dataError([...problemsOf(settings), ...problemsOf(catalog)]);
  const problems = crossCheck(settings.value, catalog.value, { settings: settingsSource.path, catalog: catalogSource.path });
  if (problems.length > 0) throw dataError(problems);
  return { settings: settings.value, catalog: catalog.value };
}

// ---------------------------------------------------------------------------------------------
// Schema validation: one zod issue → one problem with a fix

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };
type Issue = z.ZodError['issues'][number];
type Key = string | number;

function validate<T>(file: string, schema: z.ZodType<T>, data: unknown): Checked<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issueProblem(file, issue, data)) };
}

function problemsOf<T>(checked: Checked<T>): Problem[] {
  return checked.ok ? [] : checked.problems;
}

function issueProblem(file: string, issue: Issue, root: unknown): Problem {
  const path = issue.path.filter((key): key is Key => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const field = formatPath([...path, issue.keys[0] ?? '']);
    const what = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { file, field, what, fix: 'remove it or correct the spelling (field names are case-sensitive)' };
  }
  const [what, fix] = explain(issue, valueAt(root, path), path, root);
  return { file, field: formatPath(path), what, fix };
}

function explain(issue: Issue, value: unknown, path: readonly Key[], root: unknown): [string, string] {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? ['is missing', `add it: ${describeType(issue.expected)}`]
        : [`is ${show(value)}, which is the wrong type`, `write ${describeType(issue.expected)}`];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      // A missing choice field (e.g. "representable") is missing, not a wrong value.
      return value === undefined ? ['is missing', `add it: one of ${allowed}`] : [`${show(value)} is not allowed`, `use one of ${allowed}`];
    }
    case 'invalid_format':
      return [`${show(value)} has the wrong format`, issue.format === 'url' ? 'write a full address starting with https://' : issue.message];
    case 'invalid_key':
      return [`the key ${show(path.at(-1))} is not a valid id`, issue.issues[0]?.message ?? issue.message];
    case 'too_small':
      return sizeProblem(value, issue.minimum, 'at least');
    case 'too_big':
      return sizeProblem(value, issue.maximum, 'at most');
    case 'custom':
      return [issue.message, customFix(path, root)];
    default:
      return [issue.message, 'compare it with the shapes in core/schema.ts'];
  }
}

function sizeProblem(value: unknown, limit: number | bigint, bound: 'at least' | 'at most'): [string, string] {
  if (Array.isArray(value)) return [`has ${value.length} item(s)`, `it needs ${bound} ${limit} item(s)`];
  if (typeof value === 'string') return value === '' ? ['is empty', 'write some text'] : [`is too long`, `shorten it to ${bound} ${limit} characters`];
  return [`is ${show(value)}`, `use a number ${bound} ${limit}`];
}

/** Fixes for the two `refine` rules in core/schema.ts. */
function customFix(path: readonly Key[], root: unknown): string {
  const last = path.at(-1);
  if (last === 'uncertainNote') return 'add "uncertainNote": {"id": "...", "en": "..."} saying what to check, or set "uncertain": false';
  if (last === 'defaultVariant') return `use one of the variant ids: ${variantIds(valueAt(root, path.slice(0, -1)))}`;
  if (path.includes('sources') || (path.includes('inPerson') && last === 'source')) {
    return 'cite the government page (.go.id) or the regulation itself; move press and blogs to "research", which citizens never see';
  }
  return 'compare it with the rules in core/schema.ts';
}

function variantIds(service: unknown): string {
  const variants = (service as { variants?: unknown } | undefined)?.variants;
  if (!Array.isArray(variants)) return '(none yet)';
  return variants.map((v) => JSON.stringify((v as { id?: unknown }).id)).join(', ');
}

function describeType(expected: string): string {
  const words: Record<string, string> = {
    string: 'text in double quotes',
    number: 'a number without quotes',
    boolean: 'true or false, without quotes',
    array: 'a list in [ ]',
    object: 'an object in { }',
  };
  return words[expected] ?? `a value of type ${expected}`;
}

function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

function formatPath(path: readonly Key[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (/^[A-Za-z_][\w]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Checks across both files (run only once each file matches its schema)

interface Files {
  readonly settings: string;
  readonly catalog: string;
}

function crossCheck(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  return [
    ...duplicateIds(files.settings, 'agencies', settings.agencies),
    ...duplicateIds(files.catalog, 'services', catalog.services),
    ...catalog.services.flatMap((s, i) => duplicateIds(files.catalog, `services[${i}].variants`, s.variants)),
    ...agencyServiceProblems(settings, catalog, files),
    ...serviceAgencyProblems(settings, catalog, files),
    ...slotProblems(settings, catalog, files),
    ...synonymProblems(catalog, files.catalog),
    ...notWhenProblems(catalog, files.catalog),
    ...closureProblems(settings, files.settings),
    ...counterNumberProblems(settings, files.settings),
    ...notHereProblems(settings, catalog, files),
    ...closureServiceProblems(settings, catalog, files),
    ...hoursProblems(settings, files.settings),
  ];
}

function duplicateIds(file: string, list: string, items: readonly { readonly id: string }[]): Problem[] {
  const ids = items.map((item) => item.id);
  return ids.flatMap((id, i) => {
    const first = ids.indexOf(id);
    if (first === i) return [];
    const what = `id "${id}" is used twice (also ${list}[${first}])`;
    return [{ file, field: `${list}[${i}].id`, what, fix: 'give each entry its own id, or merge the two entries' }];
  });
}

function idList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

/** Every service an agency offers must exist, and no service may sit at two agencies. */
function agencyServiceProblems(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  const known = catalog.services.map((s) => s.id);
  const offeredAt = new Map<string, string>();
  return settings.agencies.flatMap((agency, i) =>
    agency.services.flatMap((id, j): Problem[] => {
      const field = `agencies[${i}].services[${j}]`;
      if (!known.includes(id)) {
        const fix = `use a service id from ${basename(files.catalog)} (${idList(known)}), or add the service there`;
        return [{ file: files.settings, field, what: `"${id}" is not a service in ${files.catalog}`, fix }];
      }
      const earlier = offeredAt.get(id);
      offeredAt.set(id, earlier ?? field);
      if (earlier === undefined) return [];
      return [{ file: files.settings, field, what: `"${id}" is already offered at ${earlier}`, fix: 'list each service under one agency only' }];
    }),
  );
}

/**
 * Each service names its agency, and that agency must list it. A service no counter offers is an
 * error rather than a warning: the bot would describe it and then fail to book it, and the
 * catalog is meant to be trimmed to what this MPP really has (not every MPP hosts Polres or Imigrasi).
 */
function serviceAgencyProblems(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  const settingsName = basename(files.settings);
  return catalog.services.flatMap((service, i): Problem[] => {
    const field = `services[${i}].agency`;
    const k = settings.agencies.findIndex((a) => a.id === service.agency);
    if (k < 0) {
      const fix = `use an agency id from ${settingsName} (${idList(settings.agencies.map((a) => a.id))}), or add the agency there`;
      return [{ file: files.catalog, field, what: `"${service.agency}" is not an agency in ${files.settings}`, fix }];
    }
    if (settings.agencies[k]?.services.includes(service.id)) return [];
    const other = settings.agencies.find((a) => a.services.includes(service.id));
    const what = `agency "${service.agency}" does not list "${service.id}" in agencies[${k}].services of ${settingsName}`;
    const fix = other
      ? `set "agency" to "${other.id}", which offers it`
      : `add "${service.id}" to agencies[${k}].services in ${settingsName}, or remove the service if this MPP does not offer it`;
    return [{ file: files.catalog, field, what, fix }];
  });
}

function slotProblems(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  const known = catalog.services.map((s) => s.id);
  return Object.keys(settings.slots.perService)
    .filter((id) => !known.includes(id))
    .map((id) => ({
      file: files.settings,
      field: `slots.perService.${id}`,
      what: `"${id}" is not a service in ${files.catalog}`,
      fix: `use a service id from ${basename(files.catalog)} (${idList(known)}), or remove the entry`,
    }));
}

// ---------------------------------------------------------------------------------------------
// Synonyms: one word must point to one service (and, within it, to one variant)

interface Word {
  readonly text: string;
  readonly owner: string;
  readonly field: string;
}

/** A variant's `notWhen.use` names another variant of the same service. */
function notWhenProblems(catalog: Catalog, file: string): Problem[] {
  return catalog.services.flatMap((service, i) =>
    service.variants.flatMap((variant, j): Problem[] => {
      const use = variant.notWhen?.use;
      if (use === undefined || (use !== variant.id && service.variants.some((v) => v.id === use))) return [];
      const others = service.variants.filter((v) => v.id !== variant.id).map((v) => v.id);
      return [{ file, field: `services[${i}].variants[${j}].notWhen.use`, what: `"${use}" is not another variant of "${service.id}"`, fix: `use one of ${idList(others)}` }];
    }),
  );
}

function synonymProblems(catalog: Catalog, file: string): Problem[] {
  const serviceWords = catalog.services.flatMap((s, i) =>
    s.synonyms.map((text, k) => ({ text, owner: s.id, field: `services[${i}].synonyms[${k}]` })),
  );
  const variantProblems = catalog.services.flatMap((s, i) =>
    wordProblems(
      file,
      s.variants.flatMap((v, j) => v.synonyms.map((text, k) => ({ text, owner: v.id, field: `services[${i}].variants[${j}].synonyms[${k}]` }))),
      'variant',
    ),
  );
  return [...wordProblems(file, serviceWords, 'service'), ...variantProblems];
}

/** The matcher compares lower-cased, single-spaced text, so the file must hold words in that form. */
function normalizeWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function wordProblems(file: string, words: readonly Word[], kind: 'service' | 'variant'): Problem[] {
  const seen = new Map<string, Word>();
  return words.flatMap((word): Problem[] => {
    const norm = normalizeWord(word.text);
    const problems: Problem[] = [];
    if (norm !== word.text) {
      problems.push({ file, field: word.field, what: `"${word.text}" must be lower-case, with single spaces and none at the ends`, fix: `write "${norm}"` });
    }
    const first = seen.get(norm);
    if (first === undefined) seen.set(norm, word);
    else problems.push(clash(file, word, first, kind));
    return problems;
  });
}

function clash(file: string, word: Word, first: Word, kind: 'service' | 'variant'): Problem {
  if (first.owner === word.owner) {
    return { file, field: word.field, what: `"${word.text}" is listed twice (also ${first.field})`, fix: 'remove one of them' };
  }
  const what = `"${word.text}" is also a synonym of ${kind} "${first.owner}" (${first.field})`;
  return { file, field: word.field, what, fix: `keep it in one ${kind} only, so the word points to a single ${kind}` };
}

// ---------------------------------------------------------------------------------------------
// Calendar: closures and opening hours

/** An errand this MPP does not do is named by no word of a service it does: "kitas" must not hide an NPWP question. */
function notHereProblems(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  const ours = new Map<string, string>();
  for (const service of catalog.services) for (const word of [service.id, ...service.synonyms]) ours.set(word.toLowerCase(), service.id);
  return settings.notHere.flatMap((errand, i) =>
    errand.words.flatMap((word, j): Problem[] => {
      const service = ours.get(word.toLowerCase());
      return service === undefined ? [] : [{ file: files.settings, field: `notHere[${i}].words[${j}]`, what: `"${word}" names the service "${service}" of ${files.catalog}`, fix: 'remove the word, or the service from the catalog if this MPP does not offer it' }];
    }),
  );
}

/** One counter belongs to one agency: "/next ktp 7" must not send a citizen to the SIM desk. */
function counterNumberProblems(settings: Settings, file: string): Problem[] {
  const owner = new Map<string, string>();
  return settings.agencies.flatMap((agency, i) =>
    (agency.counterNumbers ?? []).flatMap((number, j): Problem[] => {
      const earlier = owner.get(number.toLowerCase());
      owner.set(number.toLowerCase(), earlier ?? agency.id);
      if (earlier === undefined || earlier === agency.id) return [];
      return [{ file, field: `agencies[${i}].counterNumbers[${j}]`, what: `counter "${number}" is already listed for agency "${earlier}"`, fix: 'list each counter under the one agency that serves at it' }];
    }),
  );
}

/** A closure of some services names services the catalog has. */
function closureServiceProblems(settings: Settings, catalog: Catalog, files: Files): Problem[] {
  const known = catalog.services.map((s) => s.id);
  return settings.closures.flatMap((closure, i) =>
    (closure.services ?? []).flatMap((id, j): Problem[] =>
      known.includes(id) ? [] : [{ file: files.settings, field: `closures[${i}].services[${j}]`, what: `"${id}" is not a service in ${files.catalog}`, fix: `use a service id from ${basename(files.catalog)} (${idList(known)})` }],
    ),
  );
}

function isCalendarDate(date: string): boolean {
  // Date rolls 2027-02-30 over to 2027-03-02, so a real date is one that survives the round trip.
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function closureProblems(settings: Settings, file: string): Problem[] {
  // One entry a day and reach: the whole MPP's day (no services) or one set of services. Two entries for one day would leave a
  // reply naming one reason and hiding the other.
  const keys = settings.closures.map((c) => `${c.date}|${c.services?.join(',') ?? ''}`);
  return settings.closures.flatMap(({ date }, i): Problem[] => {
    const field = `closures[${i}].date`;
    if (!isCalendarDate(date)) {
      return [{ file, field, what: `"${date}" is not a real calendar date`, fix: 'check the month (01-12) and that the day exists in that month' }];
    }
    const first = keys.indexOf(keys[i]!);
    if (first === i) return [];
    return [{ file, field, what: `"${date}" is listed twice (also closures[${first}])`, fix: 'keep one entry and put both reasons in it' }];
  });
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function hoursProblems(settings: Settings, file: string): Problem[] {
  const weeks: { field: string; week: WeekHours }[] = [{ field: 'hours', week: settings.hours }];
  settings.agencies.forEach((agency, i) => {
    if (agency.hours) weeks.push({ field: `agencies[${i}].hours`, week: agency.hours });
  });
  return weeks.flatMap(({ field, week }) => WEEKDAYS.flatMap((day) => dayProblems(file, `${field}.${day}`, week[day])));
}

/** HH:MM strings are zero-padded, so comparing them as text compares the times. */
function dayProblems(file: string, field: string, periods: WeekHours[Weekday]): Problem[] {
  return periods.flatMap((period, i): Problem[] => {
    const at = `${field}[${i}]`;
    if (period.open >= period.close) {
      const what = `opens at ${period.open} but closes at ${period.close}`;
      return [{ file, field: at, what, fix: '"close" must be later than "open" (24-hour time, e.g. "15:30")' }];
    }
    const previous = periods[i - 1];
    if (previous === undefined || period.open >= previous.close) return [];
    const what = `starts at ${period.open}, before the previous period ends at ${previous.close}`;
    return [{ file, field: at, what, fix: 'list the periods in time order without overlap, e.g. 08:00-12:00 then 13:00-15:30' }];
  });
}

// ---------------------------------------------------------------------------------------------
// learned.json: what staff taught this MPP's NLU (issue 11; written by data/learned.ts)

/** Checks a `learned.json` text like the catalog: shape, then intents and services that exist. */
export function parseLearned(path: string, text: string, catalog: Catalog): LearnedData {
  const checked = validate(path, learnedSchema, parseJson({ path, text }));
  if (!checked.ok) throw dataError(checked.problems);
  const services = new Set(catalog.services.map((s) => s.id));
  const intents = new Set<string>(INTENT_NAMES);
  const problems: Problem[] = [
    ...checked.value.examples.flatMap((e, i) =>
      intents.has(e.intent) ? [] : [{ file: path, field: `examples[${i}].intent`, what: `"${e.intent}" is not an intent`, fix: `use one of ${INTENT_NAMES.join(', ')}` }],
    ),
    ...checked.value.synonyms.flatMap((s, i) =>
      services.has(s.service) ? [] : [{ file: path, field: `synonyms[${i}].service`, what: `"${s.service}" is not in ${CATALOG_FILE}`, fix: 'use a service id from the catalog, or delete the entry' }],
    ),
  ];
  if (problems.length > 0) throw dataError(problems);
  return checked.value as LearnedData;
}
