/**
 * The web port, opened at start with Node's own http server. Hono, the pages and the live queue
 * state are imported on the first page request, not before the bot's first reply (issue 14: they
 * cost ~7 MiB and ~50 ms at start, and a bot whose console nobody opens never needs them).
 * `GET /healthz` is answered here, so a monitor's probes never load the pages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { Logger } from '../core/ports.js';

/** What main.ts keeps of the web server. */
export interface RunningWeb {
  /** http://host:port actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

/** The pages, once loaded: a Node request listener and what to close with the server. */
export interface LoadedPages {
  handle(request: IncomingMessage, response: ServerResponse): unknown;
  close(): void;
}

export interface LazyOptions {
  readonly host: string;
  readonly port: number;
  readonly logger: Logger;
  /** GET /healthz: 503 when `ok` is false; a plain {ok:true} when not given. */
  readonly health?: () => { readonly ok: boolean };
  readonly load: () => Promise<LoadedPages>;
}

export async function listenLazily(options: LazyOptions): Promise<RunningWeb> {
  let pages: Promise<LoadedPages> | undefined;
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url?.split('?')[0] === '/healthz') return healthz(options.health, response);
    pages ??= options.load();
    pages.then(
      (loaded) => void loaded.handle(request, response),
      (error: unknown) => {
        pages = undefined; // try again on the next request
        options.logger.error('web_error', { path: request.url ?? '', error: String(error) });
        response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"ok":false,"error":"server_error"}');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return { url: urlOf(server, options.host, options.port), close: () => close(server, pages) };
}

function healthz(health: LazyOptions['health'], response: ServerResponse): void {
  const report = health?.() ?? { ok: true };
  response.writeHead(report.ok ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(report));
}

function urlOf(server: Server, host: string, fallbackPort: number): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : fallbackPort;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function close(server: Server, pages: Promise<LoadedPages> | undefined): Promise<void> {
  (await pages?.catch(() => undefined))?.close();
  // Open event streams would keep close() waiting forever.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
