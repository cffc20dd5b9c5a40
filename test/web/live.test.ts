/**
 * The live pushes are built incrementally (only the services a change touched are recomputed):
 * after every kind of change, what a display and a console last received must equal the state
 * built from scratch, including a transfer, which changes two services' queues and frees a counter.
 * Fake timers drive the 20 ms coalescing window; no sleeping.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { callNext, callNextAmong, finishCurrent, transfer, walkIn } from '../../core/staff/counter.js';
import type { UserKey } from '../../core/types.js';
import { WebAuth } from '../../web/auth.js';
import { consoleState } from '../../web/console-state.js';
import { displayState } from '../../web/display-state.js';
import { Live } from '../../web/live.js';
import type { LiveClient } from '../../web/sse.js';
import { engineHarness } from '../fakes/engine.js';
import { NOW } from './harness.js';

const DATE = '2026-11-23';

/** A client that keeps the events it was sent, decoded. */
function recorder() {
  const events: { event: string; data: unknown }[] = [];
  const decoder = new TextDecoder();
  const client: LiveClient = {
    write(frame) {
      for (const block of decoder.decode(frame).split('\n\n').filter(Boolean)) {
        const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        events.push({ event: field('event') ?? '', data: JSON.parse(field('data') ?? 'null') });
      }
    },
    close() {},
  };
  const last = (event: string) => events.filter((e) => e.event === event).at(-1)?.data;
  return { client, events, last };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

describe('live pushes built incrementally', () => {
  it('leave every display and console exactly where a fresh build would, through calls, walk-ins, absences and transfers', async () => {
    const h = engineHarness({ now: NOW });
    const app = h.engine.app;
    const auth = new WebAuth({ store: h.store, clock: h.clock, publicUrl: 'http://layani.test' });
    const live = new Live(app, auth);
    const display = recorder();
    live.addDisplay(display.client);
    const consoles = await Promise.all(
      (
        [
          ['tg:900', '2', ['ktp']],
          ['term:admin', '3', ['ktp', 'kk']],
        ] as const
      ).map(async ([user, counter, services]) => {
        const { session } = await auth.start(user);
        const ready = await auth.update(session, { counter, services });
        const screen = recorder();
        live.addConsole(screen.client, ready.id);
        return { user: user as UserKey, counter, session: ready, screen };
      }),
    );
    for (const [i, time] of ['10:30', '10:30', '11:00', '11:00'].entries()) await h.bookings.book({ user: `tg:${20 + i}`, name: `Warga ${i}`, service: i < 3 ? 'ktp' : 'kk', variant: i < 3 ? 'baru' : 'umum', date: DATE, time });
    const [front, side] = consoles;
    const at = (staff: UserKey) => ({ staff, now: h.clock.now() });

    const steps: [string, () => Promise<unknown>][] = [
      ['front calls', () => callNext(app, at(front!.user), 'ktp', '2')],
      ['side calls among two services', () => callNextAmong(app, at(side!.user), ['ktp', 'kk'], '3')],
      ['a walk-in', () => walkIn(app, at(front!.user), 'kk', 'Budi')],
      ['front marks absent', () => finishCurrent(app, at(front!.user), 'skipped')],
      ['front calls again', () => callNext(app, at(front!.user), 'ktp', '2')],
      ['front transfers to kk, counter 3', () => transfer(app, at(front!.user), { service: 'kk', counter: '3' })],
      ['side finishes and calls kk', async () => (await finishCurrent(app, at(side!.user), 'done'), callNext(app, at(side!.user), 'kk', '3'))],
    ];
    for (const [step, run] of steps) {
      h.clock.advance(3);
      await run();
      await vi.advanceTimersByTimeAsync(25);
      expect(display.last('state'), step).toEqual(JSON.parse(JSON.stringify(displayState(app))));
      for (const c of consoles) expect(c.screen.last('state'), `${step}: console ${c.counter}`).toEqual(JSON.parse(JSON.stringify(consoleState(app, c.session))));
    }
    // Every call reached the display once, in order, as it was made.
    expect(display.events.filter((e) => e.event === 'call').map((e) => (e.data as { label: string }).label)).toEqual(['KTP-001', 'KTP-002', 'KTP-003', 'KK-002']);
  });

  it('puts a new announcement on the displays\' ticker within half a minute, and no console is pushed for it', async () => {
    const h = engineHarness({ now: NOW });
    const app = h.engine.app;
    const auth = new WebAuth({ store: h.store, clock: h.clock, publicUrl: 'http://layani.test' });
    const live = new Live(app, auth);
    const display = recorder();
    live.addDisplay(display.client);
    const { session } = await auth.start('tg:900');
    const screen = recorder();
    live.addConsole(screen.client, session.id);
    expect(display.last('state')).toMatchObject({ announcement: null });
    const draft = await app.broadcasts.draft({ createdBy: 'term:admin', text: 'Loket KTP tutup pukul 12.00 hari ini.', audience: { kind: 'subscribers' } });
    await app.broadcasts.confirm(draft.id);
    await vi.advanceTimersByTimeAsync(30_100);
    expect(display.last('state')).toMatchObject({ announcement: 'Loket KTP tutup pukul 12.00 hari ini.' });
    expect(screen.events).toHaveLength(1); // only the state it got on connecting
    live.closeAll();
  });
});
