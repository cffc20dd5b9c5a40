/**
 * Issue 14: `GET /healthz` on the web server's port is the same report as bots/health.ts (each
 * channel's state, the store, the last scheduler tick), 200 when all is well and 503 when not;
 * with LAYANI_WEB_PORT=off no web server starts (main.ts then serves /healthz on LAYANI_HEALTH_PORT).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { type HealthReport,healthReport } from '../../bots/health.js';
import type { ChannelStatus } from '../../bots/supervisor.js';
import { seededRandom } from '../../core/booking/booking-code.js';
import { readConfig } from '../../core/config.js';
import { createEngine } from '../../core/create-engine.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { prepareWeb } from '../../web/index.js';
import type { RunningWeb } from '../../web/lazy-server.js';
import { FakeClock } from '../fakes/clock.js';
import { deafNlu } from '../fakes/engine.js';
import { testCatalog, testSettings } from '../fakes/mpp.js';

const clock = new FakeClock('2026-11-30T08:10:00+07:00');
const running: ChannelStatus = { state: 'running', since: '2026-11-30T01:00:00.000Z', restarts: 0 };
const servers: RunningWeb[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function setUp(env: Record<string, string>) {
  const store = createMemoryStore<LayaniTables>();
  const config = readConfig({ LAYANI_WEB_PORT: '0', ...env }, { settingsDir: '/nowhere', dataDir: '/nowhere' });
  const web = prepareWeb({ config: config.web, store, clock, logger: silentLogger });
  const engine = createEngine({
    settings: testSettings(),
    catalog: testCatalog(),
    nlu: deafNlu,
    store,
    clock,
    random: seededRandom(7),
    push: { send: () => Promise.resolve() },
    logger: silentLogger,
    loginLinks: web.loginLinks,
  });
  return { web, engine, store };
}

describe('GET /healthz on the web port', () => {
  it('serves the health report: 200 while all is well, 503 with the reason when a channel is restarting', async () => {
    const { web, engine } = setUp({});
    let wa: ChannelStatus = running;
    const report = (): HealthReport =>
      healthReport({
        clock,
        startedAt: new Date('2026-11-30T08:00:00+07:00'),
        channels: () => ({ tg: running, wa }),
        store: () => ({ ok: true, rows: 3, outboxPending: 1, outboxFailed: 0 }),
        lastTick: () => ({ at: new Date('2026-11-30T08:09:30+07:00'), ok: true }),
      });
    const server = await web.start(engine.app, report);
    if (server === null) throw new Error('web server did not start');
    servers.push(server);

    const good = await fetch(`${server.url}/healthz`);
    expect(good.status).toBe(200);
    expect(good.headers.get('cache-control')).toBe('no-store');
    expect(await good.json()).toEqual(report());
    expect(report()).toMatchObject({ channels: { tg: { state: 'running' } }, store: { ok: true, outboxPending: 1 }, scheduler: { ok: true, ageS: 30 } });

    wa = { ...running, state: 'restarting', lastError: 'auth timeout', restarts: 2 };
    const bad = await fetch(`${server.url}/healthz`);
    expect(bad.status).toBe(503);
    expect(await bad.json()).toMatchObject({ ok: false, channels: { wa: { state: 'restarting', lastError: 'auth timeout' } } });
  });

  it('starts no web server with LAYANI_WEB_PORT=off', async () => {
    const { web, engine } = setUp({ LAYANI_WEB_PORT: 'off' });
    expect(await web.start(engine.app, () => ({ ok: true }))).toBeNull();
  });
});

describe('the pages load on the first page request, not at start', () => {
  it('answers /healthz without loading them, then serves a page', async () => {
    const { web, engine } = setUp({});
    const server = await web.start(engine.app, () => ({ ok: true }));
    if (server === null) throw new Error('web server did not start');
    servers.push(server);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const display = await fetch(`${server.url}/display`);
    expect(display.status).toBe(200);
    expect(await display.text()).toContain('<html');
  });

  it('ends a removed person\'s stored sessions even before any page was opened (a restart, then /staff remove)', async () => {
    const { web, engine, store } = setUp({});
    await engine.app.access.add({ id: 'tg:77', role: 'staff', addedBy: 'tg:1', addedAt: '2026-11-29T08:00:00+07:00' });
    const session = { id: 'h', user: 'tg:77', csrf: 'c', createdAt: '2026-11-30T08:00:00+07:00', expiresAt: '2026-11-30T17:00:00+07:00' };
    store.table('web_sessions').put(session);
    const server = await web.start(engine.app, () => ({ ok: true }));
    if (server === null) throw new Error('web server did not start');
    servers.push(server);
    await engine.app.access.remove('tg:77');
    expect(store.table('web_sessions').get('h')).toBeUndefined();
  });
});
