/**
 * The web edge under a day's load: 50 counter consoles and 20 hall displays connected over real
 * HTTP and Server-Sent Events, 1,000 calls replayed in virtual time (a fake clock moves 30 s per
 * call, 08:00 → 16:20), each a real POST from one of the consoles. The 70 clients run in a child
 * process (web-clients.ts), so this process is the server alone. Measured: time from the POST
 * to the last display receiving the call, whether every display got every call in order, and the
 * longest event-loop stall of the server.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { seededRandom } from '../core/booking/booking-code.js';
import { createEngine } from '../core/create-engine.js';
import { silentLogger } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import { walkIn } from '../core/staff/counter.js';
import type { UserKey } from '../core/types.js';
import { loadData } from '../data/load.js';
import { createMemoryStore } from '../data/store/memory-store.js';
import { FakeClock } from '../test/fakes/clock.js';
import { deafNlu } from '../test/fakes/engine.js';
import { WebAuth } from '../web/auth.js';
import { startWebServer } from '../web/server.js';
import { monitorBusy } from './busy.js';
import { round, summarize } from './stats.js';
import type { FromClients, ToClients } from './web-clients.js';

export const WEB_TARGETS = { callToDisplayP99Ms: 1000, stallMs: 50 } as const;

export interface WebBenchResult {
  readonly calls: number;
  readonly consoles: number;
  readonly displays: number;
  readonly sseClients: number;
  readonly callToDisplayP50Ms: number;
  readonly callToDisplayP99Ms: number;
  readonly callToDisplayMaxMs: number;
  /** Every display received every call, in the order they were made. */
  readonly inOrder: boolean;
  readonly missedCalls: number;
  /** Longest stall of the server's event loop (the clients run in a child process). */
  readonly maxStallMs: number;
  /** 99th percentile of the event-loop delay: the typical worst, where the maximum is one moment. */
  readonly stallP99Ms: number;
  /** Longest CPU stretch of the server between two turns of a 5 ms timer: the stall it causes itself, whatever the machine's load. */
  readonly maxBusyMs: number;
  /** CPU the server process spent per call (user + system): comparable across machine loads, unlike the stall. */
  readonly serverCpuMsPerCall: number;
  /** The machine's 1-minute load average at the end: the figures depend on it (2 shared cores). */
  readonly load1m: number;
}

const CONSOLES = 50;
const DISPLAYS = 20;
const CALLS = 1_000;

async function setup() {
  const { settings, catalog } = await loadData();
  const clock = new FakeClock('2026-11-23T01:00:00Z'); // Monday 08:00 WIB
  const store = createMemoryStore<LayaniTables>();
  const auth = new WebAuth({ store, clock, publicUrl: 'http://bench', linksPerWindow: CONSOLES });
  const staff = Array.from({ length: CONSOLES }, (_, i) => `term:bench${i}` as UserKey);
  const engine = createEngine({ settings, catalog, nlu: deafNlu, store, clock, random: seededRandom(1), push: { send: () => Promise.resolve() }, logger: silentLogger, staff, loginLinks: auth });
  const server = await startWebServer({ app: engine.app, auth, logger: silentLogger, publicUrl: 'http://bench', host: '127.0.0.1', port: 0 });
  return { engine, clock, auth, staff, server, services: engine.app.info.offered().map((s) => s.id) };
}

/** The clients' child process, running TypeScript through tsx like the bench itself. */
function startClients(): { ask(message: ToClients): Promise<FromClients>; readonly child: ChildProcess } {
  const child = fork(fileURLToPath(new URL('./web-clients.ts', import.meta.url)), [], { execArgv: ['--import', import.meta.resolve('tsx')], stdio: 'inherit' });
  // One question at a time: the parent waits for each answer before asking again.
  let pending: { resolve(message: FromClients): void; reject(error: Error): void } | undefined;
  child.on('message', (message: FromClients) => pending?.resolve(message));
  child.on('exit', (code) => pending?.reject(new Error(`bench clients exited (${code})`)));
  return {
    child,
    ask: (message) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(message);
      }),
  };
}

export async function runWebBench(): Promise<WebBenchResult> {
  const { engine, clock, auth, staff, server, services } = await setup();
  const app = engine.app;
  for (let i = 0; i < CALLS; i++) await walkIn(app, { staff: 'term:admin', now: clock.now() }, services[i % services.length]!, `Warga ${i}`);
  const clients = startClients();
  try {
    // Login attempts are limited to 20 a minute per address; the counters log in over a few minutes.
    for (let i = 0; i < staff.length; i += 20) {
      const tokens = staff.slice(i, i + 20).map((user) => {
        const issued = auth.issue(user);
        if (!issued.ok) throw new Error(issued.reason);
        return new URL(issued.url).searchParams.get('t') ?? '';
      });
      await clients.ask({ type: 'login', base: server.url, tokens });
      clock.advance(1);
    }
    await clients.ask({ type: 'open', services, displays: DISPLAYS });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sseClients = server.live.clients.displays + server.live.clients.consoles;

    // The server's own event loop: the clients run in the child process.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const busy = monitorBusy();
    const cpu = process.cpuUsage();
    const latencies: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      clock.advance(0.5);
      const answer = await clients.ask({ type: 'call', i });
      if (answer.type === 'called' && answer.label) latencies.push(answer.ms);
    }
    loop.disable();
    const maxBusyMs = busy.stop();
    const { user, system } = process.cpuUsage(cpu);
    const done = await clients.ask({ type: 'finish' });
    const { received, called } = done.type === 'done' ? done : { received: [], called: [] };
    const stats = summarize(latencies);
    return {
      calls: called.length,
      consoles: CONSOLES,
      displays: DISPLAYS,
      sseClients,
      callToDisplayP50Ms: round(stats.p50, 2),
      callToDisplayP99Ms: round(stats.p99, 2),
      callToDisplayMaxMs: round(stats.max, 2),
      inOrder: received.length === DISPLAYS && received.every((r) => r.join() === called.join()),
      missedCalls: received.reduce((n, r) => n + called.filter((l) => !r.includes(l)).length, 0),
      maxStallMs: round(loop.max / 1e6, 1),
      stallP99Ms: round(loop.percentile(99) / 1e6, 1),
      maxBusyMs: round(maxBusyMs, 1),
      serverCpuMsPerCall: round((user + system) / 1000 / CALLS, 2),
      load1m: round(loadavg()[0] ?? 0, 2),
    };
  } finally {
    clients.child.kill();
    await server.close();
  }
}

export function formatWebBench(r: WebBenchResult): string {
  const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  return [
    `Web: ${r.consoles} consoles + ${r.displays} displays (${r.sseClients} SSE clients), ${r.calls.toLocaleString('en-US')} calls over real HTTP, virtual day.`,
    `  call → every display p50 / p99 / max   ${r.callToDisplayP50Ms} / ${r.callToDisplayP99Ms} / ${r.callToDisplayMaxMs} ms   (target p99 ≤ ${WEB_TARGETS.callToDisplayP99Ms} ms: ${pass(r.callToDisplayP99Ms <= WEB_TARGETS.callToDisplayP99Ms)})`,
    `  server CPU per call                    ${r.serverCpuMsPerCall} ms; longest busy stretch ${r.maxBusyMs} ms (CPU between two 5 ms timer turns)`,
    `  every display got every call in order   ${r.inOrder ? 'yes' : `no (${r.missedCalls} missed)`}`,
    `  event-loop stall (server) p99 / max    ${r.stallP99Ms} / ${r.maxStallMs} ms   (target ≤ ${WEB_TARGETS.stallMs} ms: ${pass(r.maxStallMs <= WEB_TARGETS.stallMs)})   load average ${r.load1m}`,
  ].join('\n');
}
