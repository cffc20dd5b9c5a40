/**
 * A real web server (Hono on Node's http, port 0) over a real engine on the memory store and a
 * fake clock, plus the requests a browser would make: login through a one-time link, the
 * session cookie, the CSRF token from the page, and an event-stream reader.
 */
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Outgoing } from '../../core/types.js';
import type { UserKey } from '../../core/types.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { WebAuth } from '../../web/auth.js';
import { startWebServer, type WebServer } from '../../web/server.js';
import { FakeClock } from '../fakes/clock.js';
import { deafNlu } from '../fakes/engine.js';
import { testCatalog, testSettings } from '../fakes/mpp.js';

export const NOW = '2026-11-23T03:00:00Z'; // Monday 10:00 WIB

export interface Staff {
  readonly cookie: string;
  readonly csrf: string;
  post(action: string, body?: unknown, options?: { csrf?: string | null }): Promise<{ status: number; body: { ok: boolean; message?: string; error?: string; state?: unknown } }>;
  get(path: string): Promise<Response>;
}

export async function webHarness() {
  const clock = new FakeClock(NOW);
  const store = createMemoryStore<LayaniTables>();
  const sent: Outgoing[] = [];
  const auth = new WebAuth({ store, clock, publicUrl: 'http://layani.test' });
  const engine = createEngine({
    settings: testSettings(),
    catalog: testCatalog(),
    nlu: deafNlu,
    store,
    clock,
    random: seededRandom(7),
    push: { send: (message) => (sent.push(message), Promise.resolve()) },
    logger: silentLogger,
    loginLinks: auth,
  });
  const h = { engine, clock, store, sent, bookings: engine.app.bookings };
  const server: WebServer = await startWebServer({ app: h.engine.app, auth, logger: silentLogger, publicUrl: 'http://layani.test', host: '127.0.0.1', port: 0 });
  /** The link as the chat would give it, pointed at this server. */
  const link = (user: UserKey): string => {
    const issued = auth.issue(user);
    if (!issued.ok) throw new Error(`no link: ${issued.reason}`);
    return issued.url.replace('http://layani.test', server.url);
  };
  const tokenOf = (url: string): string => new URL(url).searchParams.get('t') ?? '';
  const postLogin = (token: string) => fetch(`${server.url}/login`, { method: 'POST', body: new URLSearchParams({ t: token }), redirect: 'manual' });
  const login = async (user: UserKey): Promise<Staff> => {
    const response = await postLogin(tokenOf(link(user)));
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await (await fetch(`${server.url}/console`, { headers: { cookie } })).text();
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    return staffClient(server.url, cookie, csrf);
  };
  return { ...h, auth, server, link, tokenOf, postLogin, login };
}

export function staffClient(base: string, cookie: string, csrf: string): Staff {
  return {
    cookie,
    csrf,
    get: (path) => fetch(`${base}${path}`, { headers: { cookie } }),
    async post(action, body = {}, options = {}) {
      const token = options.csrf === undefined ? csrf : options.csrf;
      const response = await fetch(`${base}/api/console/${action}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { ok: boolean; message?: string; error?: string } };
    },
  };
}

/** Reads server-sent events one at a time from an open stream. */
export async function openEvents(url: string, cookie = '') {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ event: string; data: unknown; id?: string } | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field('data');
        if (data === undefined) continue;
        return { event: field('event') ?? 'message', data: JSON.parse(data), ...(field('id') ? { id: field('id')! } : {}) };
      }
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return null;
      buffer += chunk.value;
    }
  };
  /** The next event with this name (skipping others), or null when the stream ends. */
  const until = async (event: string) => {
    for (;;) {
      const message = await next();
      if (!message || message.event === event) return message;
    }
  };
  return { status: response.status, next, until, close: () => controller.abort() };
}
