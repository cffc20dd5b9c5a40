/**
 * The MPP head's dashboard over real HTTP, against the store behind it: the questions citizens
 * typed that the bot did not understand (masked, grouped, most frequent first, exported as CSV),
 * and the complaint and IKM tables after the events that fill them (a complaint filed, a
 * citizen served who answers the survey).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { SKM_ELEMENTS } from '../../core/care/skm-elements.js';
import { callNext, finishCurrent } from '../../core/staff/counter.js';
import type { UserKey } from '../../core/types.js';
import { webHarness } from './harness.js';

const ADMIN: UserKey = 'term:admin';
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

type Table = { columns: string[]; rows: (string | number | null)[][] };

async function harness() {
  const h = await webHarness();
  cleanup = () => h.server.close();
  const say = async (from: UserKey, text: string) => h.engine.conversation.handle({ from, text, receivedAt: h.clock.now() });
  // A fresh login per look: the tests move the clock by days, past a session's 12 hours.
  const cookie = async () => ((await h.postLogin(h.tokenOf(h.link(ADMIN)))).headers.get('set-cookie') ?? '').split(';')[0]!;
  const get = async (path: string) => fetch(`${h.server.url}${path}`, { headers: { cookie: await cookie() } });
  const dashboard = async (query = '') => (await (await get(`/api/dashboard${query}`)).json()) as Record<'misses' | 'ikm' | 'complaints', Table>;
  const csv = async (table: string) => (await get(`/dashboard/csv/${table}`)).text();
  return { ...h, say, dashboard, csv };
}

describe('most frequent unrecognised questions', () => {
  it('shows what citizens typed and the bot did not understand, masked, most frequent first, also as CSV', async () => {
    const h = await harness();
    const replies = await h.say('tg:501', 'Nama saya Budi Santoso, HP 081234567890, mau tanya sertifikat halal');
    expect(replies.map((r) => r.kind)).toContain('fallback');
    await h.say('tg:502', 'mau tanya sertifikat halal');
    h.clock.advance(60);
    await h.say('tg:503', 'Mau tanya  sertifikat halal?');
    await h.say('tg:504', 'bisa bayar pakai qris');

    const misses = (await h.dashboard()).misses;
    expect(misses.columns).toEqual(['pertanyaan', 'jumlah', 'terakhir', 'tebakan_bot', 'sudah_dipelajari']);
    // The same question in other case and punctuation counts once per citizen asking it.
    expect(misses.rows.map((r) => [r[0], r[1]])).toEqual([
      ['Mau tanya  sertifikat halal?', 2],
      ['bisa bayar pakai qris', 1],
      [expect.stringContaining('sertifikat halal'), 1],
    ]);
    const masked = String(misses.rows[2]![0]);
    expect(masked).toContain('[nama]');
    for (const secret of ['Budi', 'Santoso', '081234567890']) expect(JSON.stringify(misses)).not.toContain(secret);
    expect(masked).toBe(h.engine.app.learning.misses.latest(10, true).at(-1)!.text);

    const exported = await h.csv('misses');
    expect(exported).toContain('Mau tanya  sertifikat halal?,2,2026-11-23,fallback,0');
    expect(exported).not.toContain('Budi');
  });

  it('counts only the chosen period', async () => {
    const h = await harness();
    await h.say('tg:501', 'mau tanya sertifikat halal');
    expect((await h.dashboard('?period=2026-10')).misses.rows).toEqual([]);
    expect((await h.dashboard('?period=2026-11')).misses.rows).toHaveLength(1);
  });
});

describe('complaints and IKM', () => {
  it('shows an open complaint (overdue once its answer date passes) and a served citizen\'s survey as the IKM', async () => {
    const h = await harness();
    // A citizen is served; the survey follows, answered with the best score for every element.
    await h.bookings.book({ user: 'tg:602', name: 'Sari', service: 'ktp', variant: 'baru', date: '2026-11-23', time: '13:00' });
    const actor = { staff: 'tg:900' as UserKey, now: h.clock.now() };
    expect((await callNext(h.engine.app, actor, 'ktp', '2')).ok).toBe(true);
    expect((await finishCurrent(h.engine.app, actor, 'done')).ok).toBe(true);
    for (let i = 0; i < SKM_ELEMENTS.length; i++) await h.say('tg:602', '4');
    const ikm = (await h.dashboard()).ikm;
    expect(ikm.rows.find((r) => r[0] === 'ktp')).toEqual(['ktp', 'KTP-el', 1, 100, 'A']);
    expect(ikm.rows[0]?.slice(2)).toEqual([1, 100, 'A']);

    const complaint = await h.engine.app.complaints.create({ user: 'tg:601', category: 'waiting_time', service: 'ktp', text: 'Antre lama sekali', hasPhoto: false });
    const row = () => h.dashboard().then((d) => d.complaints.rows.find((r) => r[0] === complaint.id));
    expect(await row()).toEqual([complaint.id, 'waiting_time', 'ktp', 'belum dijawab', '2026-11-23', complaint.dueAt.slice(0, 10), 'tidak']);
    h.clock.set(new Date(Date.parse(complaint.dueAt) + 60_000).toISOString());
    expect((await row())?.[6]).toBe('ya');
  });
});
