/**
 * The one entry main.ts uses: `prepareWeb` before the engine (the engine's `/console` command
 * needs the login links), then `start` once the engine exists. A busy port does not stop the
 * bot: chat keeps working, and the log says how to fix it. Hono and the pages are imported on the
 * first page request (web/lazy-server.ts), so with LAYANI_WEB_PORT=off, or before anyone opens a
 * page, they are never loaded (issue 14).
 */
import type { App } from '../core/app.js';
import type { Config } from '../core/config.js';
import type { Clock, Logger, LoginLinks, Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import { WebAuth } from './auth.js';
import { listenLazily, type LoadedPages, type RunningWeb } from './lazy-server.js';

export interface PreparedWeb {
  readonly loginLinks: LoginLinks;
  /** Serves the pages and `GET /healthz`; null when switched off (LAYANI_WEB_PORT=off) or the port could not be bound (logged). */
  start(app: App, health?: () => { readonly ok: boolean }): Promise<RunningWeb | null>;
}

export function prepareWeb(options: { config: Config['web']; store: Store<LayaniTables>; clock: Clock; logger: Logger }): PreparedWeb {
  const { config, store, clock, logger } = options;
  const auth = new WebAuth({ store, clock, publicUrl: config.publicUrl });
  let loaded = false;
  const loadPages = async (app: App, health?: () => { readonly ok: boolean }): Promise<LoadedPages> => {
    const [{ createWebApp }, { getRequestListener }] = await Promise.all([import('./server.js'), import('@hono/node-server')]);
    const { hono, live } = createWebApp({ app, auth, logger, publicUrl: config.publicUrl, ...(health ? { health } : {}) });
    loaded = true; // from here the live state ends a removed person's sessions and closes their streams
    return { handle: getRequestListener(hono.fetch), close: () => live.closeAll() };
  };
  return {
    loginLinks: auth,
    async start(app, health) {
      if (config.off === true) return null;
      // `/staff remove` ends that person's console sessions at once, pages loaded or not.
      app.access.onRemove((user) => {
        if (!loaded) auth.endAll(user);
      });
      try {
        const server = await listenLazily({ host: config.host, port: config.port, logger, ...(health ? { health } : {}), load: () => loadPages(app, health) });
        logger.info('web_started', { url: server.url });
        return server;
      } catch (error) {
        logger.error('web_not_started', { error: String(error), fix: 'set LAYANI_WEB_PORT to a free port (or LAYANI_WEB_HOST)' });
        return null;
      }
    },
  };
}
