/**
 * The counter console's API. Every action calls the same functions as the chat commands
 * (core/staff/counter.ts), so alerts, the survey and the store behave the same; every action,
 * refused or not, is written to the audit log with the person and the counter.
 */
import type { Context, Hono } from 'hono';

import type { App } from '../core/app.js';
import { audit } from '../core/audit.js';
import { queueLabel } from '../core/booking/booking-code.js';
import type { Booking } from '../core/records.js';
import { callNextAmong, type CounterActor, type CounterRefusal, finishCurrent, recallCurrent, transfer, walkIn } from '../core/staff/counter.js';
import type { WebSession } from './auth.js';
import { chosenServices, consoleState } from './console-state.js';
import { csrfOk, sessionFor } from './guard.js';
import { consolePage, messagePage, NEED_LINK } from './pages.js';
import type { WebContext } from './server.js';
import { eventStream } from './sse.js';

type Body = Record<string, unknown>;
type Outcome = { readonly status: 200 | 400 | 403 | 409; readonly message: string };

const COUNTER = /^\d{1,3}$/;
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.trim().slice(0, max) : '');

const REFUSALS: Record<CounterRefusal, Outcome> = {
  not_in_scope: { status: 403, message: 'Layanan itu di luar wewenang Anda.' },
  nothing_waiting: { status: 409, message: 'Tidak ada antrean yang menunggu.' },
  nothing_called: { status: 409, message: 'Belum ada nomor yang Anda panggil.' },
  unknown_service: { status: 400, message: 'Layanan tidak dikenal.' },
  no_target: { status: 400, message: 'Pilih layanan atau loket tujuan yang lain.' },
};

const label = (b: Booking): string => queueLabel(b.service, b.queueNumber);

export function consoleRoutes(hono: Hono, ctx: WebContext): void {
  const { app } = ctx;
  hono.get('/console', (c) => {
    const session = sessionFor(c, ctx, 'staff');
    if (!session) return c.html(messagePage('Perlu masuk', NEED_LINK, 'login_needed'), 401);
    return c.html(consolePage(app.settings.name, session.csrf));
  });
  hono.get('/api/console/state', (c) => {
    const session = sessionFor(c, ctx, 'staff');
    return session ? c.json(consoleState(app, session)) : c.json({ ok: false, error: 'login_needed' }, 401);
  });
  hono.get('/api/console/events', (c) => {
    const session = sessionFor(c, ctx, 'staff');
    if (!session) return c.json({ ok: false, error: 'login_needed' }, 401);
    return eventStream(c, (client) => ctx.live.addConsole(client, session.id));
  });
  hono.post('/api/console/:action', async (c) => {
    const session = sessionFor(c, ctx, 'staff');
    if (!session) return c.json({ ok: false, error: 'login_needed', message: NEED_LINK }, 401);
    const action = c.req.param('action');
    if (!(await csrfOk(c, session))) {
      auditAction(app, session, action, 'csrf', false);
      await app.store.flush();
      return c.json({ ok: false, error: 'csrf', message: 'Halaman kedaluwarsa: muat ulang.' }, 403);
    }
    const body = await jsonBody(c);
    const outcome = await act(ctx, session, action, body);
    auditAction(app, session, action, auditArgs(action, body), outcome.status === 200);
    await app.store.flush();
    const fresh = ctx.auth.byId(session.id) ?? session;
    return c.json({ ok: outcome.status === 200, message: outcome.message, state: ctx.live.consoleState(fresh) }, outcome.status);
  });
}

async function jsonBody(c: Context): Promise<Body> {
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === 'object' ? (body as Body) : {};
  } catch {
    return {};
  }
}

/** Audit without names: a walk-in's name is personal data and stays in the booking only. */
function auditArgs(action: string, body: Body): string {
  const { name: _name, ...rest } = body;
  return JSON.stringify(rest).slice(0, 200) + (action === 'walkin' && text(body['name'], 60) ? ' +nama' : '');
}

function auditAction(app: App, session: WebSession, action: string, args: string, allowed: boolean): void {
  audit(app.store, app.clock.now(), { who: session.user, action: `console:${action}`, counter: session.counter ?? '', args, allowed });
}

async function act(ctx: WebContext, session: WebSession, action: string, body: Body): Promise<Outcome> {
  const { app } = ctx;
  const actor: CounterActor = { staff: session.user, now: app.clock.now() };
  if (action === 'setup') return setup(ctx, session, body);
  const counter = session.counter;
  const services = chosenServices(app, session);
  switch (action) {
    case 'next': {
      if (!counter || services.length === 0) return { status: 409, message: 'Pilih nomor loket dan layanan dulu.' };
      // One click per citizen: calling the next one finishes the one at the counter.
      const finished = await finishCurrent(app, actor, 'done');
      const result = await callNextAmong(app, actor, services, counter);
      if (!result.ok) return { status: REFUSALS[result.reason].status, message: `${finished.ok ? `${label(finished.booking)} selesai. ` : ''}${REFUSALS[result.reason].message}` };
      return { status: 200, message: `${label(result.booking)} dipanggil ke ${result.booking.counter ?? ''}.` };
    }
    case 'recall': {
      const result = recallCurrent(app, actor);
      if (!result.ok) return REFUSALS[result.reason];
      ctx.live.call(result.booking, true);
      return { status: 200, message: `${label(result.booking)} dipanggil ulang.` };
    }
    case 'skip':
    case 'done': {
      const result = await finishCurrent(app, actor, action === 'done' ? 'done' : 'skipped');
      if (!result.ok) return REFUSALS[result.reason];
      if (result.requeued === true) return { status: 200, message: `${label(result.booking)} kembali ke antrean: jadwalnya ${result.booking.time}, belum terlambat.` };
      return { status: 200, message: action === 'done' ? `${label(result.booking)} selesai.` : `${label(result.booking)} tidak hadir; dipanggil ulang setelah antrean habis.` };
    }
    case 'walkin': {
      const service = text(body['service'], 40);
      if (!app.info.service(service)) return REFUSALS.unknown_service;
      const result = await walkIn(app, actor, service, text(body['name'], 60));
      if (!result.ok) return REFUSALS[result.reason];
      return { status: 200, message: `Nomor walk-in ${label(result.booking)}.` };
    }
    case 'transfer':
      return transferAction(app, actor, body);
    default:
      return { status: 400, message: 'Aksi tidak dikenal.' };
  }
}

async function transferAction(app: App, actor: CounterActor, body: Body): Promise<Outcome> {
  const service = text(body['service'], 40);
  const counter = text(body['counter'], 3);
  if (counter && !COUNTER.test(counter)) return { status: 400, message: 'Nomor loket hanya angka.' };
  if (service && !app.info.service(service)) return REFUSALS.unknown_service;
  const result = await transfer(app, actor, { ...(service ? { service } : {}), ...(counter ? { counter } : {}) });
  if (!result.ok) return REFUSALS[result.reason];
  return { status: 200, message: `${queueLabel(result.from.service, result.from.queueNumber)} dialihkan → ${label(result.booking)}${result.booking.counter ? ` (${result.booking.counter})` : ''}.` };
}

async function setup(ctx: WebContext, session: WebSession, body: Body): Promise<Outcome> {
  const counter = text(body['counter'], 3);
  const services = Array.isArray(body['services']) ? body['services'].filter((s): s is string => typeof s === 'string').slice(0, 30) : [];
  if (!COUNTER.test(counter)) return { status: 400, message: 'Nomor loket hanya angka (mis. 2).' };
  if (services.length === 0) return { status: 400, message: 'Pilih minimal satu layanan.' };
  if (services.some((s) => !ctx.app.access.canServe(session.user, s))) return REFUSALS.not_in_scope;
  await ctx.auth.update(session, { counter, services });
  ctx.live.refresh();
  return { status: 200, message: `Loket ${counter}: ${services.length} layanan.` };
}
