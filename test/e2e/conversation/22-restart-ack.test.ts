/**
 * Leftover 3 (issue 11): after a restart or 30 idle minutes, a bare "ok", "oke", "sip" or "siap"
 * to a confirm question asked before was thanked ("Sama-sama!"), which reads as if the booking were
 * made. It is now told, like "ya", that the question is gone and the booking was not saved; unless
 * the bot pushed something since the citizen last wrote (a reminder): then "ok" acknowledges that.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { book, citizen, MONDAY, type Sim, start, step } from './chat.js';

const GONE = ['percakapan sebelumnya sudah tidak tersimpan', 'Booking yang belum dikonfirmasi belum tersimpan', 'ketik "booking" untuk mulai lagi'];

describe('a bare "ok" after a restart is told the question is gone (leftover 3)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layani-restart-ack-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('"ok", "oke", "sip", "siap" and "iya" to confirm steps asked before the restart book nothing and say so', async () => {
    const users = ['ok', 'oke', 'sip', 'siap', 'iya'].map((word) => ({ word, user: citizen() }));
    const before = await simulation({ now: MONDAY, dataDir: dir, capacity: 50 });
    for (const { user } of users) {
      await step(before, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
      await step(before, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    }
    await before.sim.close();

    const after = await simulation({ now: MONDAY, dataDir: dir, capacity: 50 });
    for (const { word, user } of users) {
      await step(after, user, word, { kind: 'answer', has: [`"${word}"`, ...GONE], not: ['Sama-sama', 'Booking berhasil'] });
    }
    // The citizen starts again and books; a later "ok" in the same conversation is thanked as before.
    const { user } = users[0]!;
    await step(after, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(after, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(after, user, 'ok', { kind: 'booking_confirmed', booking: { service: 'ktp' } });
    await step(after, user, '1', { kind: 'answer', has: ['Dicatat'] });
    await step(after, user, 'ok', { kind: 'answer', has: ['Sama-sama'], not: ['tidak tersimpan'] });
    await after.sim.close();
  });
});

describe('"ok" to a reminder acknowledges it (leftover 3)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('the day-before reminder comes at 18:00; "ok" at 19:00 is thanked, not told a question is gone', async () => {
    const user = citizen();
    await book(s, user, 'booking npwp selasa jam 9', 'Budi Santoso');
    const pushed = await s.advance('11h');
    expect(pushed.some((l) => l.to === user && l.text.includes('Pengingat')), 'the reminder was sent').toBe(true);
    await step(s, user, 'ok', { kind: 'answer', has: ['Sama-sama'], not: ['tidak tersimpan'] });
  });

  it('without a reminder since, "oke" 31 idle minutes after a confirm step is told the booking was not saved', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await s.advance('31m');
    await step(s, user, 'oke', { kind: 'answer', has: GONE, not: ['Sama-sama', 'Booking berhasil'] });
  });
});
