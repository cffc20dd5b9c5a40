/**
 * Bad input at the web edge, over real HTTP: forged, reused and expired login tokens, a removed
 * staff member's cookie, POSTs without the CSRF token, a console action for a service outside the
 * person's scope, too many login links, and the display/dashboard boundaries.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { silentLogger } from '../../core/ports.js';
import type { UserKey } from '../../core/types.js';
import { startWebServer } from '../../web/server.js';
import { openEvents, webHarness } from './harness.js';

const ADMIN: UserKey = 'term:admin';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function harness() {
  const h = await webHarness();
  cleanup = () => h.server.close();
  const say = async (from: UserKey, text: string) => (await h.engine.conversation.handle({ from, text, receivedAt: h.clock.now() }))[0];
  return { ...h, say };
}

describe('login links', () => {
  it('logs in once with a link from /console in a staff chat, and refuses the same link again', async () => {
    const h = await harness();
    const reply = await h.say('tg:900', '/console');
    const url = /(http:\/\/\S+)/.exec(reply?.text ?? '')?.[1] ?? '';
    expect(url).toContain('/login?t=');
    // A chat app fetching the link for a preview does not use it up: GET only shows a button.
    expect((await fetch(url.replace('http://layani.test', h.server.url))).status).toBe(200);
    const first = await h.postLogin(h.tokenOf(url));
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/console');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await h.postLogin(h.tokenOf(url))).status).toBe(403);
  });

  it('refuses a forged token and an expired one, and gives citizens no link', async () => {
    const h = await harness();
    expect((await h.postLogin('A'.repeat(43))).status).toBe(403);
    const url = h.link('tg:900');
    h.clock.advance(11);
    expect((await h.postLogin(h.tokenOf(url))).status).toBe(403);
    expect((await h.say('tg:5', '/console'))?.kind).toBe('not_allowed');
    expect(h.store.logEntries('audit-2026-11').filter((e) => e['action'] === 'web:login').map((e) => e['allowed'])).toEqual([false, false]);
  });

  it('limits login attempts per address to 20 a minute, so tokens cannot be guessed at speed', async () => {
    const h = await harness();
    for (let i = 0; i < 20; i++) expect((await h.postLogin(`forged-token-number-${String(i).padStart(4, '0')}`)).status).toBe(403);
    const url = h.link('tg:900');
    expect((await h.postLogin(h.tokenOf(url))).status).toBe(429);
    h.clock.advance(1);
    expect((await h.postLogin(h.tokenOf(url))).status).toBe(303);
  });

  it('makes the session cookie Secure when the pages are served over HTTPS (LAYANI_WEB_URL https://…)', async () => {
    const h = await harness();
    const https = await startWebServer({ app: h.engine.app, auth: h.auth, logger: silentLogger, publicUrl: 'https://antrean.mpp.test', host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`${https.url}/login`, { method: 'POST', body: new URLSearchParams({ t: h.tokenOf(h.link('tg:900')) }), redirect: 'manual' });
      expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
      expect((await h.postLogin(h.tokenOf(h.link('tg:900')))).headers.get('set-cookie')).not.toMatch(/Secure/);
    } finally {
      await https.close();
    }
  });

  it('rate-limits login links per person', async () => {
    const h = await harness();
    for (let i = 0; i < 5; i++) expect((await h.say('tg:900', '/console'))?.text).toContain('/login?t=');
    expect((await h.say('tg:900', '/console'))?.text).toContain('Terlalu banyak');
    h.clock.advance(11);
    expect((await h.say('tg:900', '/console'))?.text).toContain('/login?t=');
  });
});

describe('sessions and CSRF', () => {
  it('refuses a POST without the CSRF token, or with another session\'s, and audits the attempt', async () => {
    const h = await harness();
    const staff = await h.login('tg:900');
    const other = await h.login(ADMIN);
    expect((await staff.post('setup', { counter: '2', services: ['ktp'] }, { csrf: null })).status).toBe(403);
    expect((await staff.post('setup', { counter: '2', services: ['ktp'] }, { csrf: other.csrf })).status).toBe(403);
    expect((await staff.post('setup', { counter: '2', services: ['ktp'] })).status).toBe(200);
    const audit = h.store.logEntries('audit-2026-11').filter((e) => e['action'] === 'console:setup');
    expect(audit.map((e) => [e['who'], e['allowed']])).toEqual([['tg:900', false], ['tg:900', false], ['tg:900', true]]);
  });

  it('ends a removed staff member\'s sessions at once: the open stream closes and the cookie stops working', async () => {
    const h = await harness();
    await h.say(ADMIN, '/staff add tg:77 ktp');
    const staff = await h.login('tg:77');
    const events = await openEvents(`${h.server.url}/api/console/events`, staff.cookie);
    expect((await events.until('state'))?.event).toBe('state');
    await h.say(ADMIN, '/staff remove tg:77');
    expect((await events.until('ended'))?.event).toBe('ended');
    expect((await staff.post('setup', { counter: '1', services: ['ktp'] })).status).toBe(401);
    expect((await staff.get('/console')).status).toBe(401);
    events.close();
  });

  it('logs out: the cookie is cleared and no longer opens the console', async () => {
    const h = await harness();
    const staff = await h.login('tg:900');
    const response = await fetch(`${h.server.url}/logout`, { method: 'POST', headers: { cookie: staff.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf: staff.csrf }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/layani_session=;/);
    expect((await staff.get('/console')).status).toBe(401);
  });
});

describe('service scope', () => {
  it('refuses a console action for a service outside the person\'s scope, as the chat does', async () => {
    const h = await harness();
    await h.say(ADMIN, '/staff add tg:77 ktp');
    const staff = await h.login('tg:77');
    expect((await staff.post('setup', { counter: '3', services: ['kk'] })).status).toBe(403);
    expect((await staff.post('setup', { counter: '3', services: ['ktp'] })).status).toBe(200);
    const walkIn = await staff.post('walkin', { service: 'kk', name: 'Sari' });
    expect(walkIn.status).toBe(403);
    expect(h.bookings.day('kk', '2026-11-23')).toHaveLength(0);
    expect((await staff.post('walkin', { service: 'ktp', name: 'Sari' })).status).toBe(200);
  });

  it('keeps the dashboard to admins (and the dashboard role), and the console to staff', async () => {
    const h = await harness();
    const staff = await h.login('tg:900');
    expect((await staff.get('/dashboard')).status).toBe(401);
    expect((await staff.get('/api/dashboard')).status).toBe(401);
    expect((await staff.get('/dashboard/csv/services')).status).toBe(401);
    await h.say(ADMIN, '/staff dashboard tg:55');
    expect((await h.say('tg:55', '/next ktp'))?.kind).toBe('not_allowed');
    const head = await h.postLogin(h.tokenOf(h.link('tg:55')));
    expect(head.headers.get('location')).toBe('/dashboard');
    const cookie = (head.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await fetch(`${h.server.url}/api/dashboard`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${h.server.url}/console`, { headers: { cookie } })).status).toBe(401);
  });
});

describe('the hall display', () => {
  it('needs no login and carries no name, code or chat id, in its state or its call events', async () => {
    const h = await harness();
    const staff = await h.login('tg:900');
    await staff.post('setup', { counter: '2', services: ['ktp'] });
    await h.bookings.book({ user: 'tg:4242', name: 'Siti Rahayu', service: 'ktp', variant: 'baru', date: '2026-11-23', time: '11:00' });
    await staff.post('walkin', { service: 'ktp', name: 'Budi Santoso' });
    const events = await openEvents(`${h.server.url}/api/display/events`);
    await events.until('state');
    expect((await staff.post('next')).status).toBe(200);
    const call = await events.until('call');
    // The walk-in (arrived 10:00) goes before the 11:00 booking.
    expect(call?.data).toMatchObject({ label: 'KTP-002', counter: 'Loket 2' });
    const state = await (await fetch(`${h.server.url}/api/display/state`)).text();
    const html = await (await fetch(`${h.server.url}/display`)).text();
    const code = h.bookings.day('ktp', '2026-11-23').find((b) => !b.walkIn)!.code;
    for (const text of [JSON.stringify(call), state, html]) {
      for (const secret of ['Siti', 'Budi', 'tg:4242', 'tg:900', code]) expect(text).not.toContain(secret);
    }
    expect(JSON.parse(state)).toMatchObject({ counters: [{ label: 'KTP-002', counter: 'Loket 2' }], next: [{ labels: ['KTP-001'] }] });
    events.close();
  });
});
