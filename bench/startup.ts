/**
 * Start-up figures (issue 14): from process start to the first reply to a piped question, and the
 * resident memory at that moment, for the compiled app (`node dist/main.js`, built first when
 * dist/ is missing or older than a source it compiles) with WhatsApp off. Median of 5 runs on one data folder after a warm-up run that
 * writes the understanding cache (a restart, the common case); the cold start (no cache) and
 * `npm start` (tsx) are measured once each for comparison.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const QUESTION = 'jam buka?\n';

export interface StartupBenchResult {
  /** Compiled, warm understanding cache: median ms from spawn to the first reply. */
  readonly firstReplyMs: number;
  /** Peak resident memory (VmHWM) at the first reply, MiB (2^20 bytes, despite the key's name), median. */
  readonly rssMb: number;
  /** Issue 14's 120 MB (10^6 bytes) in the unit of `rssMb`: what `rssMb` is compared with. */
  readonly rssTargetMiB: number;
  /** CPU time (user + sys) the process used up to the first reply, ms, median: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  /** Compiled, first start on an empty data folder (trains the model and writes the cache). */
  readonly coldFirstReplyMs: number;
  /** `npm start` (tsx compiles on the fly), warm cache. */
  readonly npmStartFirstReplyMs: number;
  readonly runs: number;
}

/**
 * Issue 14: first reply ≤ 1,000 ms and ≤ 120 MB. The issue wrote MB (10^6 bytes); /proc reports KiB and the
 * bench prints MiB, so the verdict compares MiB with 120 MB in MiB (114.4), not with 120 (that was 125.8 MB).
 */
export const STARTUP_TARGETS = { firstReplyMs: 1000, rssMB: 120, rssMiB: Math.floor((120e6 / 2 ** 20) * 10) / 10 } as const;

/** The two verdicts the bench prints and `npm run bench -- --json` reports (`targets.startupFirstReply`, `targets.startupRss`). */
export function startupVerdicts(r: Pick<StartupBenchResult, 'firstReplyMs' | 'rssMb'>): { firstReply: boolean; rss: boolean } {
  return { firstReply: r.firstReplyMs <= STARTUP_TARGETS.firstReplyMs, rss: r.rssMb <= STARTUP_TARGETS.rssMiB };
}

function cleanEnv(dataDir: string): NodeJS.ProcessEnv {
  // The web server on (as in production) on any free port: a busy 8080 would leave it off and flatter the figures.
  const env: NodeJS.ProcessEnv = { ...process.env, LAYANI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', LAYANI_WEB_PORT: '0' };
  for (const key of ['TELEGRAM_BOT_TOKEN', 'WA_ENABLED', 'LAYANI_HEALTH_PORT']) delete env[key];
  return env;
}

/** Peak RSS of a live process, MiB (Linux /proc). */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** CPU time of a live process so far, ms (Linux /proc: utime + stime in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Start {
  readonly ms: number;
  readonly rssMb: number;
  readonly cpuMs: number;
}

/** One start: spawn, pipe the question, time the first reply, read memory, then end stdin. */
function once(command: string, args: string[], dataDir: string): Promise<Start> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: cleanEnv(dataDir), stdio: ['pipe', 'pipe', 'inherit'] });
    let result: Start | undefined;
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (result || !out.includes('layani> ')) return;
      result = { ms: Math.round(performance.now() - started), rssMb: peakRssMb(child.pid!), cpuMs: cpuMs(child.pid!) };
      child.stdin.end();
    });
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`exit ${code}: ${out.slice(0, 200)}`))));
    child.stdin.write(QUESTION);
  });
}

/** What `npm run build` compiles (tsconfig.build.json `include`), plus the data files the app reads at start. */
const BUILT = ['main.ts', 'bots', 'core', 'intents', 'data', 'web', 'tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time under `path`, ms. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * A dist/ left from an earlier checkout or edit would be measured as if it were this code, and nothing in the
 * figures would show it; so the bench builds whenever a compiled source is newer than dist/main.js.
 */
function distIsCurrent(): boolean {
  const main = join(root, 'dist', 'main.js');
  if (!existsSync(main)) return false;
  const built = statSync(main).mtimeMs;
  return BUILT.every((p) => !existsSync(join(root, p)) || newest(join(root, p)) <= built);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function runStartupBench(runs = 5): Promise<StartupBenchResult> {
  if (!distIsCurrent()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'layani-startup-'));
  const compiled = ['node', [join(root, 'dist', 'main.js')]] as const;
  const cold = await once(compiled[0], [...compiled[1]], dataDir);
  const warm: Start[] = [];
  for (let i = 0; i < runs; i++) warm.push(await once(compiled[0], [...compiled[1]], dataDir));
  const npmStart = await once('node', ['--import', 'tsx', join(root, 'main.ts')], dataDir);
  return {
    firstReplyMs: median(warm.map((r) => r.ms)),
    rssMb: median(warm.map((r) => r.rssMb)),
    rssTargetMiB: STARTUP_TARGETS.rssMiB,
    cpuMs: median(warm.map((r) => r.cpuMs)),
    coldFirstReplyMs: cold.ms,
    npmStartFirstReplyMs: npmStart.ms,
    runs,
  };
}

export function formatStartupBench(r: StartupBenchResult): string {
  const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  const verdicts = startupVerdicts(r);
  return [
    `Start-up: piped "jam buka?" to the first reply, WhatsApp off, median of ${r.runs} (cache warm).`,
    `  node dist/main.js            ${r.firstReplyMs} ms   (target ≤ ${STARTUP_TARGETS.firstReplyMs} ms: ${pass(verdicts.firstReply)})`,
    `  CPU (user+sys) to it         ${r.cpuMs} ms (steadier than wall time when the machine is shared)`,
    `  peak RSS at first reply      ${r.rssMb} MiB   (target ≤ ${STARTUP_TARGETS.rssMB} MB = ${STARTUP_TARGETS.rssMiB} MiB: ${pass(verdicts.rss)})`,
    `  first start, no cache        ${r.coldFirstReplyMs} ms (trains the model once)`,
    `  tsx (as npm start)           ${r.npmStartFirstReplyMs} ms`,
  ].join('\n');
}

// `npx tsx bench/startup.ts [--runs=N] [--json]`: this bench alone (issue 14), e.g. to compare two checkouts back to back.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
  const result = await runStartupBench(runs);
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(result)}\n` : `${formatStartupBench(result)}\n`);
}
