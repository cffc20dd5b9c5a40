/**
 * A real web server (Hono on Node's http, port 0) over a real engine on the memory store and a
 * fake clock, plus the requests a browser would make: login through a one-time link, the
 * session cookie, the CSRF token from the page (clients.ts: the requests and an event-stream reader).
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
import { loginWithToken, type Staff } from './clients.js';

export { openEvents, type Staff, staffClient } from './clients.js';

export const NOW = '2026-11-23T03:00:00Z'; // Monday 10:00 WIB

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
  const login = (user: UserKey): Promise<Staff> => loginWithToken(server.url, tokenOf(link(user)));
  return { ...h, auth, server, link, tokenOf, postLogin, login };
}
