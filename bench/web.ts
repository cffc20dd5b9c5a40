/**
 * The web edge under a day's load: 50 counter consoles and 20 hall displays connected over real
 * HTTP and Server-Sent Events, 1,000 calls replayed in virtual time (a fake clock moves 30 s per
 * call, 08:00 → 16:20), each a real POST from one of the consoles. Measured: time from the POST
 * to the last display receiving the call, whether every display got every call in order, and the
 * longest event-loop stall of the process serving them.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

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
import { openEvents, staffClient } from '../test/web/harness.js';
import { WebAuth } from '../web/auth.js';
import { startWebServer } from '../web/server.js';
import { round, summarize } from './stats.js';

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
  readonly maxStallMs: number;
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

async function login(base: string, auth: WebAuth, user: UserKey) {
  const issued = auth.issue(user);
  if (!issued.ok) throw new Error(issued.reason);
  const response = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ t: new URL(issued.url).searchParams.get('t') ?? '' }), redirect: 'manual' });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await (await fetch(`${base}/console`, { headers: { cookie } })).text();
  return staffClient(base, cookie, /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '');
}

export async function runWebBench(): Promise<WebBenchResult> {
  const { engine, clock, auth, staff, server, services } = await setup();
  const app = engine.app;
  for (let i = 0; i < CALLS; i++) await walkIn(app, { staff: 'term:admin', now: clock.now() }, services[i % services.length]!, `Warga ${i}`);
  const consoles = [];
  for (const user of staff) {
    consoles.push(await login(server.url, auth, user));
    // Login attempts are limited to 20 a minute per address; the counters log in over a few minutes.
    if (consoles.length % 20 === 0) clock.advance(1);
  }
  // Each console calls one service at its own counter, as a real MPP floor would be set up.
  await Promise.all(consoles.map((c, i) => c.post('setup', { counter: String(i + 1), services: [services[i % services.length]] })));
  const consoleStreams = await Promise.all(consoles.map((c) => rawStream(`${server.url}/api/console/events`, c.cookie)));
  const received: string[][] = Array.from({ length: DISPLAYS }, () => []);
  const waiters = new Map<string, { left: number; done: () => void }>();
  const displays = await Promise.all(Array.from({ length: DISPLAYS }, () => openEvents(`${server.url}/api/display/events`)));
  displays.forEach((stream, d) => void pump(stream, d));
  async function pump(stream: Awaited<ReturnType<typeof openEvents>>, d: number): Promise<void> {
    for (let event = await stream.until('call'); event; event = await stream.until('call')) {
      const label = (event.data as { label: string }).label;
      received[d]!.push(label);
      const waiter = waiters.get(label);
      if (waiter && --waiter.left === 0) waiter.done();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  const sseClients = server.live.clients.displays + server.live.clients.consoles;

  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const latencies: number[] = [];
  const called: string[] = [];
  for (let i = 0; i < CALLS; i++) {
    clock.advance(0.5);
    const started = performance.now();
    const result = await consoles[i % CONSOLES]!.post('next');
    const label = /^(\S+) dipanggil/.exec(result.body.message ?? '')?.[1];
    if (!label) continue;
    called.push(label);
    const arrived = new Promise<void>((done) => waiters.set(label, { left: DISPLAYS - received.filter((r) => r.includes(label)).length, done }));
    if (received.every((r) => r.includes(label))) waiters.get(label)!.done();
    await arrived;
    latencies.push(performance.now() - started);
  }
  loop.disable();
  for (const stream of [...displays, ...consoleStreams]) stream.close();
  await server.close();
  const stats = summarize(latencies);
  const inOrder = received.every((r) => r.join() === called.join());
  return {
    calls: called.length,
    consoles: CONSOLES,
    displays: DISPLAYS,
    sseClients,
    callToDisplayP50Ms: round(stats.p50, 2),
    callToDisplayP99Ms: round(stats.p99, 2),
    callToDisplayMaxMs: round(stats.max, 2),
    inOrder,
    missedCalls: received.reduce((n, r) => n + called.filter((l) => !r.includes(l)).length, 0),
    maxStallMs: round(loop.max / 1e6, 1),
  };
}

/** A console's stream, read and thrown away (the bench measures the server, not JSON parsing here). */
async function rawStream(url: string, cookie: string): Promise<{ close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  void (async () => {
    while (!(await reader.read().catch(() => ({ done: true }))).done);
  })();
  return { close: () => controller.abort() };
}

export function formatWebBench(r: WebBenchResult): string {
  const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  return [
    `Web: ${r.consoles} consoles + ${r.displays} displays (${r.sseClients} SSE clients), ${r.calls.toLocaleString('en-US')} calls over real HTTP, virtual day.`,
    `  call → every display p50 / p99 / max   ${r.callToDisplayP50Ms} / ${r.callToDisplayP99Ms} / ${r.callToDisplayMaxMs} ms   (target p99 ≤ ${WEB_TARGETS.callToDisplayP99Ms} ms: ${pass(r.callToDisplayP99Ms <= WEB_TARGETS.callToDisplayP99Ms)})`,
    `  every display got every call in order   ${r.inOrder ? 'yes' : `no (${r.missedCalls} missed)`}`,
    `  longest event-loop stall               ${r.maxStallMs} ms   (target ≤ ${WEB_TARGETS.stallMs} ms: ${pass(r.maxStallMs <= WEB_TARGETS.stallMs)})`,
  ].join('\n');
}
