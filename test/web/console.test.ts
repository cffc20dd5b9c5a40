/**
 * The counter console's buttons over real HTTP do what the chat commands do: the citizen called
 * gets `turn_now`, those next in line `turn_soon`, a served citizen the survey, an absent one
 * `turn_missed`, a transferred one the transfer notice; "Panggil ulang" repeats `turn_now`.
 * The console shows the citizen with the documents to check, and the waiting list with waits.
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { ConsoleState } from '../../web/console-state.js';
import { webHarness } from './harness.js';

const DATE = '2026-11-23';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function counter() {
  const h = await webHarness();
  cleanup = () => h.server.close();
  for (const [user, name, time] of [['tg:11', 'Siti', '10:30'], ['tg:12', 'Agus', '10:30'], ['tg:13', 'Rina', '11:00'], ['tg:14', 'Dewi', '11:30']] as const) {
    await h.bookings.book({ user, name, service: 'ktp', variant: 'baru', date: DATE, time });
  }
  const staff = await h.login('tg:900');
  expect((await staff.post('setup', { counter: '2', services: ['ktp'] })).status).toBe(200);
  /** Presses a button; the messages citizens were sent because of it. */
  const press = async (action: string, body?: unknown) => {
    const before = h.sent.length;
    const result = await staff.post(action, body);
    expect(result.status).toBe(200);
    return { state: result.body.state as ConsoleState, sent: h.sent.slice(before).map((m) => [m.to, m.kind]) };
  };
  return { ...h, press };
}

describe('console buttons behave as the chat commands', () => {
  it('Panggil berikutnya: turn_now to the citizen called, turn_soon to those next; the console shows the documents to check', async () => {
    const h = await counter();
    const { state, sent } = await h.press('next');
    // At 10.00 Dewi's 11.30 slot is more than an hour away: she is told by a later call, nearer her time (session 45).
    expect(sent).toEqual([['tg:11', 'turn_now'], ['tg:12', 'turn_soon'], ['tg:13', 'turn_soon']]);
    expect(state.current).toMatchObject({ label: 'KTP-001', name: 'Siti', code: h.bookings.day('ktp', DATE).find((b) => b.user === 'tg:11')?.code, checkedIn: false });
    expect(state.current?.checklist.length).toBeGreaterThan(0);
    expect(state.waiting.map((w) => w.label)).toEqual(['KTP-002', 'KTP-003', 'KTP-004']);
    const [first, second, third] = state.waiting.map((w) => w.waitMinutes);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(0);
    expect(third).toBeGreaterThan(second!);
  });

  it('Panggil ulang repeats turn_now; Selesai sends the survey; the next press finishes and calls in one click', async () => {
    const h = await counter();
    await h.press('next');
    expect((await h.press('recall')).sent).toEqual([['tg:11', 'turn_now']]);
    expect((await h.press('done')).sent).toEqual([['tg:11', 'survey']]);
    const next = await h.press('next');
    expect(next.sent[0]).toEqual(['tg:12', 'turn_now']);
    const oneClick = await h.press('next');
    expect(oneClick.sent.slice(0, 2)).toEqual([['tg:12', 'survey'], ['tg:13', 'turn_now']]);
    expect([...h.bookings.day('ktp', DATE)].sort((a, b) => a.queueNumber - b.queueNumber).map((b) => b.status)).toEqual(['done', 'done', 'called', 'booked']);
  });

  it('Tidak hadir sends turn_missed; Alihkan sends the transfer notice and the citizen waits in the other queue', async () => {
    const h = await counter();
    await h.press('next');
    expect((await h.press('skip')).sent).toEqual([['tg:11', 'turn_missed']]);
    await h.press('next');
    const moved = await h.press('transfer', { service: 'kk', counter: '5' });
    expect(moved.sent).toEqual([['tg:12', 'turn_soon']]);
    expect(h.sent.at(-1)?.text).toContain('dialihkan');
    expect(h.bookings.day('kk', DATE)).toMatchObject([{ user: 'tg:12', status: 'booked', counter: 'Loket 5' }]);
    expect(moved.state.current).toBeNull();
  });
});
