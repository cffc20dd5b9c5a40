/**
 * npm run bench:measured [-- --runs 3] [--settle 240] [--save DIR] [--from a.json,b.json,…] [--write]
 *
 * The README's "Measured" table, regenerated (issue 13: "from a quiet run with min/median/max of
 * 3 runs and the date"). Runs `npm run bench -- --json` in `--runs` child processes one after
 * another (a fresh heap each, as a real start), notes the load average before each, and prints the
 * table: every figure as `median (min–max)`, with how many runs met the target. `--save` keeps
 * each run's JSON; `--from` builds the table from saved JSON instead of running; `--write` puts
 * the table into README.md between the `measured:start` and `measured:end` markers.
 *
 * The figures mean something only on an idle machine: the header says the load, so a table from
 * a busy machine is never mistaken for a quiet one. Each run first waits (up to `--settle` seconds)
 * for the 1-minute load average to fall below 1: a bench run itself keeps one core busy, and without
 * the wait the next run starts while the average still remembers the previous one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { LATER_BLIND_SETS } from './blind-sets.js';

type Report = Record<string, unknown>;

export interface MeasuredRun {
  readonly report: Report;
  /** 1-minute load average just before the run started. */
  readonly loadBefore: number;
  readonly at: string;
}

/** A value from the report by dotted path (`storeScale.bookP99Ms`); undefined when absent. */
export function pick(report: Report, key: string): number | undefined {
  let value: unknown = report;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Format = (n: number) => string;
const pct: Format = (n) => `${(n * 100).toFixed(1)} %`;
const ms: Format = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const int: Format = (n) => Math.round(n).toLocaleString('en-US');

interface Figure {
  readonly key: string;
  readonly format: Format;
}

interface Line {
  readonly what: string;
  readonly figures: readonly Figure[];
  /** Text after the figures (unit, what they are). */
  readonly unit: string;
  readonly target: string;
  /** Keys of `report.targets` that decide PASS for this line. */
  readonly targets: readonly string[];
}

const f = (key: string, format: Format = ms): Figure => ({ key, format });

export const LINES: readonly Line[] = [
  { what: 'intent accuracy, held-out test set', figures: [f('nlu.intentAccuracy', pct), f('nlu.nlpjsIntentAccuracy', pct)], unit: '(ours / nlp.js)', target: '≥ 95 %', targets: ['intentAccuracy'] },
  { what: 'service / date-time accuracy', figures: [f('nlu.serviceAccuracy', pct), f('nlu.dateTimeAccuracy', pct)], unit: '', target: '≥ 97 % / ≥ 95 %', targets: ['serviceAccuracy', 'dateTimeAccuracy'] },
  { what: 'out-of-scope messages accepted', figures: [f('nlu.oosAccepted', pct)], unit: '', target: '≤ 5 %', targets: ['oosAccepted'] },
  { what: 'blind set: intent / out-of-scope accepted', figures: [f('nlu.blindIntentAccuracy', pct), f('nlu.blindOosAccepted', pct)], unit: '', target: '≥ 96 % / ≤ 3 %', targets: ['blindIntentAccuracy', 'blindOosAccepted'] },
  ...LATER_BLIND_SETS.map(({ n, origin }): Line => ({
    what: `blind set ${n} (${origin}): intent / out-of-scope accepted`,
    figures: [f(`nlu.blind${n}IntentAccuracy`, pct), f(`nlu.blind${n}OosAccepted`, pct)],
    unit: '',
    target: '≥ 96 % / ≤ 3 %',
    targets: [`blind${n}IntentAccuracy`, `blind${n}OosAccepted`],
  })),
  { what: 'understanding throughput, one core', figures: [f('nlu.msgsPerSec', int)], unit: 'msgs/s', target: '≥ 20,000', targets: ['msgsPerSec'] },
  { what: 'engine reply latency without I/O, p50 / p99', figures: [f('engine.replyP50Ms'), f('engine.replyP99Ms')], unit: 'ms', target: 'p99 ≤ 2 ms', targets: ['replyP99'] },
  { what: 'messages/s from new users at 40k–50k live sessions', figures: [f('engine.msgsPerSecAt50kSessions', int)], unit: 'msgs/s', target: '≥ 2,000', targets: ['sessionsAt50k'] },
  { what: 'reminder sweep, 100k pending, 200 due: median / max of 5 sweeps', figures: [f('engine.sweepMs'), f('engine.sweepMaxMs')], unit: 'ms', target: 'median ≤ 20 ms', targets: ['reminderSweep'] },
  { what: 'booking acknowledged on disk (synthetic put + flush, 100k archived + 5k hot), p50 / p99', figures: [f('store.oursP50Ms'), f('store.oursP99Ms')], unit: 'ms', target: 'p99 ≤ 10 ms', targets: ['bookingP99'] },
  { what: '1,000 concurrent booking attempts (synthetic)', figures: [f('store.oursConcurrentMs')], unit: 'ms', target: '≤ 1 s, 0 over-booked', targets: ['concurrentBookings'] },
  { what: '**real `Bookings.book()` at 100k upcoming + 1M archived**, p50 / p99 / max', figures: [f('storeScale.bookP50Ms'), f('storeScale.bookP99Ms'), f('storeScale.bookMaxMs')], unit: 'ms (a compaction of the hot set runs beside them)', target: 'p99 ≤ 5 ms', targets: ['scaleBookingP99'] },
  { what: 'same, 1,000 concurrent `book()` calls (40 slots × 8 seats)', figures: [f('storeScale.concurrentMs')], unit: 'ms', target: '≤ 100 ms, 0 over-booked', targets: ['scaleConcurrent'] },
  { what: 'same, longest event-loop stall, compaction included', figures: [f('storeScale.maxStallMs')], unit: 'ms', target: '≤ 50 ms', targets: ['scaleStall'] },
  { what: 'same, CPU of the burst\'s synchronous part per `book()` call (what the stall is made of; load-independent)', figures: [f('storeScale.burstCpuUsPerCall')], unit: 'µs', target: '', targets: [] },
  { what: 'same, start-up (open store + `createEngine`)', figures: [f('storeScale.startupMs', int)], unit: 'ms', target: '≤ 1,000 ms', targets: ['scaleStartup'] },
  { what: 'same, start-up in a fresh process (a restart: cold JIT)', figures: [f('storeScale.startupFreshMs', int)], unit: 'ms', target: '', targets: [] },
  { what: 'same, RSS after the run', figures: [f('storeScale.rssMb', int)], unit: 'MB', target: '', targets: [] },
  { what: 'anchor: better-sqlite3 (WAL, `synchronous=FULL`), same insert-with-capacity-check on 1.1M rows: p50 / p99; 1,000 in one transaction', figures: [f('storeScale.sqlite.p50Ms'), f('storeScale.sqlite.p99Ms'), f('storeScale.sqlite.batchedMs')], unit: 'ms', target: '', targets: [] },
  { what: 'broadcast to 100,000 subscribers, fake Bot API with Telegram limits: virtual seconds / 429s', figures: [f('broadcast.virtualSeconds', int), f('broadcast.rateLimited', int)], unit: '(ideal at 30/s: 3,333 s)', target: '0 × 429', targets: ['broadcastNo429'] },
  { what: 'kill and resume a 20,000-recipient broadcast: duplicates / missed / in doubt', figures: [f('broadcast.resume.duplicates', int), f('broadcast.resume.missed', int), f('broadcast.resume.unknown', int)], unit: '', target: '0 / 0', targets: ['broadcastResume'] },
  { what: 'start-up to the first reply, compiled, WhatsApp off: wall / peak RSS', figures: [f('startup.firstReplyMs', int), f('startup.rssMb')], unit: 'ms / MiB', target: '≤ 1,000 ms / ≤ 120 MB (114.4 MiB)', targets: ['startupFirstReply', 'startupRss'] },
  { what: 'web: 70 SSE clients, call → every display p99 / longest event-loop stall', figures: [f('web.callToDisplayP99Ms'), f('web.maxStallMs')], unit: 'ms', target: 'p99 ≤ 1 s / stall ≤ 50 ms', targets: ['webCallToDisplay', 'webEventLoopStall'] },
  { what: '`/belajar latih` retrain, event loop blocked: in this thread / in the worker thread (shipped); worker wall time', figures: [f('retrain.inThreadStallMs', int), f('retrain.workerStallMs', int), f('retrain.workerWallMs', int)], unit: 'ms', target: '', targets: [] },
];

/** `median (min–max)` of one figure over the runs; `–` when no run reported it. */
function cell(runs: readonly MeasuredRun[], figure: Figure): string {
  const values = runs.map((run) => pick(run.report, figure.key)).filter((v): v is number => v !== undefined);
  if (values.length === 0) return '–';
  const [mid, low, high] = [median(values), Math.min(...values), Math.max(...values)].map(figure.format);
  return low === high ? mid! : `${mid} (${low}–${high})`;
}

function verdict(runs: readonly MeasuredRun[], keys: readonly string[]): string {
  if (keys.length === 0) return '';
  const passed = runs.filter((run) => keys.every((key) => (run.report['targets'] as Record<string, unknown> | undefined)?.[key] === true)).length;
  return `${passed === runs.length ? 'PASS' : passed === 0 ? 'FAIL' : 'mixed'} ${passed}/${runs.length}`;
}

export function measuredTable(runs: readonly MeasuredRun[]): string {
  const loads = runs.map((run) => run.loadBefore.toFixed(2)).join(' / ');
  const date = runs[0]?.at.slice(0, 10) ?? '';
  const quiet = runs.every((run) => run.loadBefore < 1);
  const head = [
    `${runs.length} run(s) of \`npm run bench -- --json\` on ${date} (Node ${process.versions.node}, ${os.cpus().length} cores), each in a fresh process;`,
    `1-minute load average before each run: ${loads}${quiet ? ' (quiet)' : ' — **not quiet**: other work shared the machine, so figures and tails are inflated'}.`,
    'Each figure is the median of the runs (min–max); "runs" counts the runs that met the target.',
    'Regenerate with `npm run bench:measured -- --write` on an idle machine.',
    '',
    '| what | measured | target | runs |',
    '|---|---|---|---|',
  ];
  const rows = LINES.map((line) => {
    const figures = line.figures.map((figure) => cell(runs, figure)).join(' / ');
    return `| ${line.what} | ${figures}${line.unit ? ` ${line.unit}` : ''} | ${line.target} | ${verdict(runs, line.targets)} |`;
  });
  return [...head, ...rows].join('\n');
}

/** Replaces the text between the README markers; throws when they are missing. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const start = '<!-- measured:start (npm run bench:measured -- --write) -->';
  const end = '<!-- measured:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no "${start}" … "${end}" block to replace`);
  return `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
}

/** Waits until the 1-minute load average is below 1, or `seconds` passed; returns the last reading. */
async function settle(seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let load = os.loadavg()[0]!;
  while (load >= 1 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    load = os.loadavg()[0]!;
  }
  return load;
}

function runOnce(index: number, total: number, loadBefore: number): MeasuredRun {
  const at = new Date().toISOString();
  process.stderr.write(`bench run ${index + 1}/${total} (load ${loadBefore.toFixed(2)})…\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', 'index.ts'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`bench run ${index + 1} failed (exit ${child.status}): ${last.slice(0, 200)}`);
  return { report: JSON.parse(last) as Report, loadBefore, at };
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const from = arg('from');
  let runs: MeasuredRun[];
  if (from !== undefined) {
    runs = from.split(',').map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as MeasuredRun);
  } else {
    const total = Number(arg('runs') ?? 3);
    const seconds = Number(arg('settle') ?? 240);
    runs = [];
    for (let i = 0; i < total; i++) runs.push(runOnce(i, total, await settle(seconds)));
    const save = arg('save');
    if (save !== undefined) {
      fs.mkdirSync(save, { recursive: true });
      runs.forEach((run, i) => fs.writeFileSync(path.join(save, `run-${i + 1}.json`), `${JSON.stringify(run)}\n`));
    }
  }
  const table = measuredTable(runs);
  process.stdout.write(`${table}\n`);
  if (process.argv.includes('--write')) fs.writeFileSync('README.md', replaceBetweenMarkers(fs.readFileSync('README.md', 'utf8'), table));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
