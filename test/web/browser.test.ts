/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The three pages in real headless Chromium (Debian's package, driven by puppeteer-core), as
 * people use them: a staff member logs in with a link from the chat, calls three citizens, adds
 * a walk-in; the hall display shows every call and never a name; two consoles pressing
 * "Panggil" at once get different citizens; the dashboard's numbers are the store's, and a
 * question the bot did not understand shows there, masked.
 * Screenshots of each page at 1366×768 and 1920×1080 go to test-output/screenshots/ (git-ignored).
 *
 * Skipped only when Chromium is missing on a developer machine; in CI (CI set) it always runs,
 * and .ci/run installs Chromium first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { silentLogger } from '../../core/ports.js';
import { callNext } from '../../core/staff/counter.js';
import type { UserKey } from '../../core/types.js';
import { startWebServer } from '../../web/server.js';
import { webHarness } from './harness.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUN = existsSync(CHROMIUM) || Boolean(process.env['CI']);
const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const DATE = '2026-11-23';
const HTML_NAME = '<img src=x onerror="window.__xss=1">Rina';
const NAMES = ['Siti Rahayu', 'Agus Salim', HTML_NAME, 'Budi Walkin', 'Dewi Lestari'];

describe.skipIf(!RUN)('counter console, hall display and dashboard in Chromium', () => {
  let browser: Browser;
  let h: Awaited<ReturnType<typeof webHarness>>;

  beforeAll(async () => {
    h = await webHarness();
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.server.close().catch(() => {});
  });

  const book = (user: UserKey, name: string, time: string) => h.bookings.book({ user, name, service: 'ktp', variant: 'baru', date: DATE, time });

  /** Opens the login link as a staff member would, presses "Masuk", and sets up the counter. */
  async function openConsole(user: UserKey, counter: string): Promise<Page> {
    // Its own browser context: each counter PC has its own cookie jar.
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(h.link(user));
    await Promise.all([page.waitForNavigation(), page.click('#masuk')]);
    expect(new URL(page.url()).pathname).toBe('/console');
    await page.waitForSelector('#service-choices input[value="ktp"]');
    await page.type('#counter', counter);
    await page.click('#service-choices input[value="ktp"]');
    await page.click('#save-setup');
    await page.waitForSelector('body[data-ready="yes"]');
    return page;
  }

  const currentLabel = (page: Page) => page.$eval('#current', (el) => el.querySelector('#current-label')?.textContent ?? '');

  /** A keyboard shortcut (e.g. "n") or a button (selector), then the next citizen on the screen. */
  async function press(page: Page, key: KeyInput | `#${string}`, before: string): Promise<string> {
    // A button is clicked from inside the page: CDP mouse clicks wait for frames a background tab never paints.
    await (key.startsWith('#') ? page.$eval(key, (button) => (button as HTMLButtonElement).click()) : page.keyboard.press(key as KeyInput));
    // Mutation polling: a page in a background tab gets no animation frames to poll on.
    await page.waitForFunction((old) => (document.querySelector('#current-label')?.textContent ?? '') !== old, { polling: 'mutation' }, before);
    return currentLabel(page);
  }

  async function shots(page: Page, name: string): Promise<void> {
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewport({ width, height });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) });
    }
  }

  it('serves citizens end to end, keeps names off the display and agrees with the store', async () => {
    await book('tg:101', NAMES[0]!, '10:30');
    await book('tg:102', NAMES[1]!, '10:30');
    await book('tg:103', NAMES[2]!, '11:00');

    const display = await browser.newPage();
    await display.setViewport({ width: 1920, height: 1080 });
    await display.goto(`${h.server.url}/display`);
    await display.waitForFunction(() => document.getElementById('connection')?.className === 'ok' && document.getElementById('mpp')?.textContent !== '', { polling: 'mutation' });

    const staff = await openConsole('tg:900', '2');
    const called: string[] = [];
    // Three citizens, one click (here: the N shortcut) each; the display shows every call.
    for (let i = 0; i < 3; i++) {
      h.clock.advance(4); // a few minutes per citizen
      const label = await press(staff, 'n', called.at(-1) ?? '');
      called.push(label);
      await display.waitForFunction((l) => (document.body.dataset['calls'] ?? '').split(' ').includes(l), { polling: 'mutation' }, label);
    }
    expect(called).toEqual(['KTP-001', 'KTP-002', 'KTP-003']);
    expect(h.bookings.day('ktp', DATE).filter((b) => b.status === 'done').map((b) => b.queueNumber)).toEqual([1, 2]);

    // HTML in a name is shown as text on the console and runs nothing.
    expect(await staff.$eval('#current-name', (el) => el.textContent)).toBe(HTML_NAME);
    expect(await staff.$$('#current img')).toHaveLength(0);
    expect(await staff.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // A walk-in with a name.
    await staff.click('#btn-walkin');
    await staff.type('#walkin-name', NAMES[3]!);
    await staff.click('#walkin-form button[type="submit"]');
    await staff.waitForFunction(() => [...document.querySelectorAll('#waiting td.label')].some((td) => td.textContent === 'KTP-004'), { polling: 'mutation' });
    await book('tg:105', NAMES[4]!, '11:30');

    // Two counters press "Panggil" at the same moment: two different citizens.
    h.clock.advance(4);
    const other = await openConsole('term:admin', '3');
    const [a, b] = await Promise.all([press(staff, '#btn-next', 'KTP-003'), press(other, '#btn-next', '')]);
    expect(new Set([a, b])).toEqual(new Set(['KTP-004', 'KTP-005']));
    const calledNow = h.bookings.day('ktp', DATE).filter((x) => x.status === 'called');
    expect(calledNow.map((x) => x.counter).sort()).toEqual(['Loket 2', 'Loket 3']);
    for (const label of [a, b]) await display.waitForFunction((l) => (document.body.dataset['calls'] ?? '').split(' ').includes(l), { polling: 'mutation' }, label);
    await display.waitForFunction(() => document.querySelectorAll('#counters li').length === 2, { polling: 'mutation' });

    // The display never shows a name (nor the booking codes).
    const shown = await display.$eval('body', (body) => body.innerText + body.innerHTML);
    for (const name of [...NAMES, 'Rina', ...h.bookings.day('ktp', DATE).map((x) => x.code)]) expect(shown).not.toContain(name);
    const recent = await display.$$eval('#recent li .label', (els) => els.map((e) => e.textContent));
    expect(new Set(recent.slice(0, 2))).toEqual(new Set(['KTP-004', 'KTP-005']));
    expect(recent.slice(2)).toEqual(['KTP-003', 'KTP-002', 'KTP-001']);

    // A citizen asks something the bot does not understand; the head sees it, masked.
    await h.engine.conversation.handle({ from: 'tg:107', text: 'Nama saya Joko Widodo, mau tanya legalisir ijazah <img src=x onerror="window.__xss=2">', receivedAt: h.clock.now() });

    // The dashboard (an admin) shows the store's numbers for today.
    const head = await (await browser.createBrowserContext()).newPage();
    await head.goto(h.link('term:admin'));
    await Promise.all([head.waitForNavigation(), head.click('#masuk')]);
    await head.goto(`${h.server.url}/dashboard`);
    await head.waitForSelector('body[data-loaded="yes"]');
    const row = await head.$$eval('#table-services tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)).find((cells) => cells[0] === 'ktp'));
    const day = h.bookings.day('ktp', DATE);
    const count = (keep: (x: (typeof day)[number]) => boolean) => String(day.filter(keep).length);
    expect(row?.slice(2, 7)).toEqual([count((x) => !x.walkIn), count((x) => x.checkedInAt !== undefined), count((x) => x.status === 'done'), count((x) => x.status === 'skipped'), count((x) => x.walkIn)]);
    expect(row?.slice(2, 7)).toEqual(['4', '0', '3', '0', '1']);
    expect(row?.[8]).toBe('4'); // minutes at the counter: each served citizen took 4
    const misses = await head.$$eval('#table-misses tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(misses).toEqual([['Nama saya [nama] , mau tanya legalisir ijazah <img src=x onerror="window.__xss=2">', '1', DATE, 'fallback', '0']]);
    expect(await head.$eval('body', (body) => body.innerText)).not.toContain('Joko');
    // The HTML a citizen typed is text on the dashboard too.
    expect(await head.$$('#tables img')).toHaveLength(0);
    expect(await head.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await head.$eval('#hours-chart', (c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
    const csv = await head.evaluate(() => fetch(document.querySelector<HTMLAnchorElement>('#csv-services')!.href).then((r) => r.text()));
    expect(csv).toContain('ktp,KTP-el,4,0,3,0,1');

    // Every console action is in the audit log with the person and the counter.
    const audit = h.store.logEntries('audit-2026-11').filter((e) => String(e['action']).startsWith('console:'));
    const nexts = audit.filter((e) => e['action'] === 'console:next').map((e) => `${String(e['who'])}@${String(e['counter'])}`);
    expect(nexts.slice(0, 3)).toEqual(['tg:900@2', 'tg:900@2', 'tg:900@2']);
    expect(nexts.slice(3).sort()).toEqual(['term:admin@3', 'tg:900@2']);
    expect(audit.filter((e) => e['action'] === 'console:walkin').map((e) => [e['who'], e['counter'], e['allowed']])).toEqual([['tg:900', '2', true]]);

    // Calls are spoken one after another (chime, then speech), none dropped.
    await display.waitForFunction(() => (document.body.dataset['spoken'] ?? '').split('|').length === 5, { polling: 'mutation', timeout: 60_000 });
    const spoken = await display.$eval('body', (body) => (body.dataset['spoken'] ?? '').split('|'));
    expect(spoken.slice(0, 3)).toEqual(['Nomor antrean K T P nol nol satu, silakan ke loket dua.', 'Nomor antrean K T P nol nol dua, silakan ke loket dua.', 'Nomor antrean K T P nol nol tiga, silakan ke loket dua.']);
    await display.evaluate(() => (document.getElementById('flash')!.hidden = true));
    await shots(staff, 'console');
    await shots(display, 'display');
    await shots(head, 'dashboard');
  }, 180_000);

  it('the display reconnects by itself after the server restarts, and shows the next call', async () => {
    const port = Number(new URL(h.server.url).port);
    const display = await browser.newPage();
    await display.goto(`${h.server.url}/display`);
    await display.waitForFunction(() => document.getElementById('connection')?.className === 'ok', { polling: 'mutation' });
    await h.server.close();
    await display.waitForFunction(() => document.getElementById('connection')?.className === 'down', { polling: 'mutation' });
    const restarted = await startWebServer({ app: h.engine.app, auth: h.auth, logger: silentLogger, publicUrl: 'http://layani.test', host: '127.0.0.1', port });
    try {
      await display.waitForFunction(() => document.getElementById('connection')?.className === 'ok', { polling: 'mutation', timeout: 20_000 });
      await h.bookings.book({ user: 'tg:106', name: 'Eko', service: 'kk', variant: 'umum', date: DATE, time: '11:00' });
      const call = await callNext(h.engine.app, { staff: 'tg:900', now: h.clock.now() }, 'kk', '7');
      expect(call.ok).toBe(true);
      await display.waitForFunction(() => (document.body.dataset['calls'] ?? '').split(' ').includes('KK-001'), { polling: 'mutation' });
    } finally {
      await restarted.close();
    }
  }, 60_000);
});
