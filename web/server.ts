/**
 * The web edge: the counter console, the hall display and the MPP head's dashboard, served by
 * the bot process on the same engine (one queue for bot bookings, walk-ins, alerts, the display
 * and the statistics). Hono on Node's http server; live updates over Server-Sent Events.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from '@hono/node-server';
import { Hono } from 'hono';

import type { App } from '../core/app.js';
import type { Logger } from '../core/ports.js';
import type { WebAuth } from './auth.js';
import { Live } from './live.js';
import { consoleRoutes } from './routes-console.js';
import { pageRoutes } from './routes-pages.js';

export interface WebOptions {
  readonly app: App;
  readonly auth: WebAuth;
  readonly logger: Logger;
  /** Where staff open the pages; https:// makes the session cookie Secure. */
  readonly publicUrl: string;
  /** GET /healthz (bots/health.ts `healthReport` in main.ts): 503 when `ok` is false; a plain {ok:true} when not given. */
  readonly health?: () => { readonly ok: boolean };
}

export interface WebContext extends WebOptions {
  readonly live: Live;
  readonly secure: boolean;
}

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The page scripts and Chart.js, read once; served from the package, never from a CDN (the MPP's internet may be poor). */
function assets(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of ['console.js', 'display.js', 'dashboard.js', 'speech.js', 'live.js', 'style.css']) files.set(name, readFileSync(join(PUBLIC, name), 'utf8'));
  const chart = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
  files.set('chart.umd.min.js', readFileSync(chart, 'utf8'));
  return files;
}

export function createWebApp(options: WebOptions): { readonly hono: Hono; readonly live: Live } {
  const live = new Live(options.app, options.auth);
  const context: WebContext = { ...options, live, secure: options.publicUrl.startsWith('https://') };
  const hono = new Hono();
  const files = assets();
  hono.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  hono.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const body = files.get(name);
    if (body === undefined) return c.notFound();
    return c.body(body, 200, { 'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'text/plain', 'Cache-Control': 'no-cache' });
  });
  hono.get('/healthz', (c) => {
    const report = options.health?.() ?? { ok: true };
    // A monitor needs only the status; the body says what is wrong.
    return c.json(report, report.ok ? 200 : 503, { 'Cache-Control': 'no-store' });
  });
  pageRoutes(hono, context);
  consoleRoutes(hono, context);
  hono.onError((error, c) => {
    options.logger.error('web_error', { path: c.req.path, error: String(error) });
    return c.json({ ok: false, error: 'server_error' }, 500);
  });
  return { hono, live };
}

export interface WebServer {
  /** http://host:port actually bound (port 0 picks a free one). */
  readonly url: string;
  readonly live: Live;
  close(): Promise<void>;
}

export async function startWebServer(options: WebOptions & { readonly host: string; readonly port: number }): Promise<WebServer> {
  const { hono, live } = createWebApp(options);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: hono.fetch, hostname: options.host, port: options.port }, () => resolve(s as Server));
    (s as Server).once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    live,
    close: () =>
      new Promise<void>((resolve) => {
        live.closeAll();
        // Open event streams would keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
