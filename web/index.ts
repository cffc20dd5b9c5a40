/**
 * The one entry main.ts uses: `prepareWeb` before the engine (the engine's `/console` command
 * needs the login links), then `start` once the engine exists. A busy port does not stop the
 * bot: chat keeps working, and the log says how to fix it. Hono and the pages are imported by
 * `start` only, so with LAYANI_WEB_PORT=off they are never loaded (issue 14).
 */
import type { App } from '../core/app.js';
import type { Config } from '../core/config.js';
import type { Clock, Logger, LoginLinks, Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import { WebAuth } from './auth.js';
import type { WebServer } from './server.js';

export interface PreparedWeb {
  readonly loginLinks: LoginLinks;
  /** Serves the pages and `GET /healthz`; null when switched off (LAYANI_WEB_PORT=off) or the port could not be bound (logged). */
  start(app: App, health?: () => { readonly ok: boolean }): Promise<WebServer | null>;
}

export function prepareWeb(options: { config: Config['web']; store: Store<LayaniTables>; clock: Clock; logger: Logger }): PreparedWeb {
  const { config, store, clock, logger } = options;
  const auth = new WebAuth({ store, clock, publicUrl: config.publicUrl });
  return {
    loginLinks: auth,
    async start(app, health) {
      if (config.off === true) return null;
      try {
        const { startWebServer } = await import('./server.js');
        const server = await startWebServer({ app, auth, logger, publicUrl: config.publicUrl, host: config.host, port: config.port, ...(health ? { health } : {}) });
        logger.info('web_started', { url: server.url });
        return server;
      } catch (error) {
        logger.error('web_not_started', { error: String(error), fix: 'set LAYANI_WEB_PORT to a free port (or LAYANI_WEB_HOST)' });
        return null;
      }
    },
  };
}
