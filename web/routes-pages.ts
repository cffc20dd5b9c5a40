/** Login and logout, the hall display (no login, nothing personal) and the dashboard (admins, `dashboard` role). */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';

import { audit } from '../core/audit.js';
import { parsePeriod } from '../core/care/ikm.js';
import { localParts } from '../core/local-time.js';
import { dashboard, DASHBOARD_TABLES, type DashboardTable, toCsv } from './dashboard-data.js';
import { displayState } from './display-state.js';
import { Attempts, clearSessionCookie, csrfOk, sessionFor, setSessionCookie } from './guard.js';
import { dashboardPage, displayPage, loginPage, messagePage, NEED_LINK } from './pages.js';
import type { WebContext } from './server.js';
import { eventStream } from './sse.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function remote(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function pageRoutes(hono: Hono, ctx: WebContext): void {
  const { app } = ctx;
  const attempts = new Attempts(20, () => app.clock.now().getTime());
  const mpp = app.settings.name;

  hono.get('/', (c) => c.html(messagePage(mpp, 'Layar antrean: /display · Konsol loket: /console · Dasbor: /dashboard')));

  hono.get('/login', (c) => {
    const token = c.req.query('t') ?? '';
    if (!/^[\w-]{20,100}$/.test(token)) return c.html(messagePage('Tautan tidak sah', NEED_LINK, 'invalid'), 400);
    return c.html(loginPage(mpp, token));
  });

  hono.post('/login', async (c) => {
    if (!attempts.allow(remote(c))) return c.html(messagePage('Terlalu banyak percobaan', 'Coba lagi satu menit lagi.', 'rate_limited'), 429);
    const form = await c.req.parseBody();
    const token = typeof form['t'] === 'string' ? form['t'] : '';
    const user = ctx.auth.consume(token);
    const allowed = user !== null && (app.access.isStaff(user) || app.access.canSeeDashboard(user));
    audit(app.store, app.clock.now(), { who: user ?? 'unknown', action: 'web:login', args: '', allowed });
    if (!user || !allowed) {
      await app.store.flush();
      return c.html(messagePage('Tautan tidak berlaku', `Tautan ini salah, sudah dipakai atau kedaluwarsa. ${NEED_LINK}`, 'expired'), 403);
    }
    const { cookie } = await ctx.auth.start(user);
    setSessionCookie(c, ctx, cookie);
    return c.redirect(app.access.isStaff(user) ? '/console' : '/dashboard', 303);
  });

  hono.post('/logout', async (c) => {
    const session = sessionFor(c, ctx, 'staff') ?? sessionFor(c, ctx, 'dashboard');
    if (!session || !(await csrfOk(c, session))) return c.html(messagePage('Tidak diizinkan', NEED_LINK, 'forbidden'), 403);
    await ctx.auth.end(session);
    ctx.live.endSessions([session.id]);
    audit(app.store, app.clock.now(), { who: session.user, action: 'web:logout', counter: session.counter ?? '', args: '', allowed: true });
    clearSessionCookie(c, ctx);
    return c.html(messagePage('Anda sudah keluar', NEED_LINK, 'logged_out'));
  });

  hono.get('/display', (c) => c.html(displayPage(mpp)));
  hono.get('/api/display/state', (c) => c.json(displayState(app)));
  hono.get('/api/display/events', (c) => eventStream(c, (client) => ctx.live.addDisplay(client)));

  hono.get('/dashboard', (c) => {
    const session = sessionFor(c, ctx, 'dashboard');
    if (!session) return c.html(messagePage('Perlu masuk sebagai admin', NEED_LINK, 'login_needed'), 401);
    return c.html(dashboardPage(mpp, session.csrf));
  });
  hono.get('/api/dashboard', (c) => {
    const query = dashboardQuery(c, ctx);
    if (!query) return c.json({ ok: false, error: 'bad_request' }, 400);
    if (!sessionFor(c, ctx, 'dashboard')) return c.json({ ok: false, error: 'login_needed' }, 401);
    return c.json(dashboard(app, query.date, query.period));
  });
  hono.get('/dashboard/csv/:table', (c) => {
    if (!sessionFor(c, ctx, 'dashboard')) return c.json({ ok: false, error: 'login_needed' }, 401);
    const table = c.req.param('table') as DashboardTable;
    const query = dashboardQuery(c, ctx);
    if (!DASHBOARD_TABLES.includes(table) || !query) return c.json({ ok: false, error: 'bad_request' }, 400);
    const csv = toCsv(dashboard(app, query.date, query.period)[table]);
    return c.body(`\uFEFF${csv}`, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="layani-${table}-${query.date}.csv"` });
  });
}

function dashboardQuery(c: Context, ctx: WebContext) {
  const today = localParts(ctx.app.clock.now(), ctx.app.settings.timeZone).date;
  const date = c.req.query('date') || today;
  const period = parsePeriod(c.req.query('period') || 'bulan ini', today);
  return DATE.test(date) && period ? { date, period } : null;
}
