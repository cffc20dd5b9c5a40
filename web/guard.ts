/**
 * Who may do what on the web: a session cookie for pages and streams, plus the CSRF token on
 * every POST. Roles and service scopes are the chat's (core/access.ts), checked on every request,
 * so a role taken away in chat takes effect on the next click.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

import { WebAuth, type WebSession } from './auth.js';
import type { WebContext } from './server.js';

export const COOKIE = 'layani_session';

export type Need = 'staff' | 'dashboard';

export function setSessionCookie(c: Context, ctx: WebContext, value: string): void {
  setCookie(c, COOKIE, value, { httpOnly: true, sameSite: 'Strict', secure: ctx.secure, path: '/', maxAge: 12 * 3600 });
}

export function clearSessionCookie(c: Context, ctx: WebContext): void {
  deleteCookie(c, COOKIE, { path: '/', secure: ctx.secure });
}

/** The session behind this request, if it exists and its person still has the role. */
export function sessionFor(c: Context, ctx: WebContext, need: Need): WebSession | undefined {
  const session = ctx.auth.session(getCookie(c, COOKIE));
  if (!session) return undefined;
  const access = ctx.app.access;
  return (need === 'staff' ? access.isStaff(session.user) : access.canSeeDashboard(session.user)) ? session : undefined;
}

/** CSRF: the token from the page, in the X-CSRF-Token header (fetch) or a `csrf` form field (logout). */
export async function csrfOk(c: Context, session: WebSession): Promise<boolean> {
  const header = c.req.header('x-csrf-token');
  if (header) return WebAuth.csrfMatches(session, header);
  if (!(c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) return false;
  const form = await c.req.parseBody();
  return WebAuth.csrfMatches(session, typeof form['csrf'] === 'string' ? form['csrf'] : undefined);
}

/** A fixed window per key (remote address): how many login attempts it may make per minute. */
export class Attempts {
  readonly #hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  allow(key: string): boolean {
    const now = this.now();
    const hit = this.#hits.get(key);
    if (!hit || now - hit.start >= 60_000) {
      if (this.#hits.size > 10_000) this.#hits.clear();
      this.#hits.set(key, { start: now, count: 1 });
      return true;
    }
    hit.count++;
    return hit.count <= this.perMinute;
  }
}
