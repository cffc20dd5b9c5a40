/**
 * Field bug 7 (issue 11): an unfinished booking lives in memory only. After a restart (a new
 * engine on the same store folder) or 30 idle minutes, the citizen's "ya" reaches a session that
 * asked nothing. The bot says plainly that the question is gone and the booking was not saved,
 * and how to start again; it never books, and never answers as if it knew the question.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { citizen, MONDAY, type Sim, start, step } from './chat.js';

const GONE = ['percakapan sebelumnya sudah tidak tersimpan', 'Booking yang belum dikonfirmasi belum tersimpan', 'ketik "booking" untuk mulai lagi'];

describe('after a restart an unfinished booking is said to be gone (field bug 7)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layani-restart-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('"ya" to a confirm step asked before the restart books nothing and says so; starting again works', async () => {
    const user = citizen();
    const before = await simulation({ now: MONDAY, dataDir: dir });
    await step(before, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(before, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await before.sim.close();

    const after = await simulation({ now: MONDAY, dataDir: dir });
    await step(after, user, 'ya', { kind: 'answer', has: ['"ya"', ...GONE], not: ['Booking berhasil', 'Tidak ada yang perlu dikonfirmasi'] });
    await step(after, user, 'cek booking', { kind: 'answer', has: ['Anda belum punya booking aktif'] });
    await step(after, user, 'booking ktp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(after, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(after, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'ktp', time: '09:00' } });
    await after.sim.close();
  });

  it('a picked time ("2") after a restart of an English booking: the question is said to be gone, and "yes" books nothing', async () => {
    const user = citizen();
    const before = await simulation({ now: MONDAY, dataDir: dir });
    await step(before, user, 'book a passport for thursday', { kind: 'clarify', has: ['Pick a time on Thursday'] });
    await before.sim.close();

    const after = await simulation({ now: MONDAY, dataDir: dir });
    // Nothing stored tells this citizen's language (no profile yet) and "2" shows none: Indonesian, the default.
    await step(after, user, '2', { kind: 'answer', has: ['"2"', ...GONE], not: ['Pick a time', 'Pilih jam'] });
    await step(after, user, 'yes', { not: ['You are booked', 'Booking berhasil'] });
    await after.sim.close();
  });
});

describe('after 30 idle minutes, too (field bug 7)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"ya" 31 minutes after the confirm step says the booking was not saved', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await s.advance('31m');
    await step(s, user, 'ya', { kind: 'answer', has: GONE, not: ['Booking berhasil'] });
  });

  it('an English citizen gets it in English', async () => {
    const user = citizen();
    await step(s, user, 'book npwp thursday at 10', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Confirm booking:'] });
    await s.advance('31m');
    await step(s, user, 'yes', { kind: 'answer', has: ['earlier conversation is no longer kept', 'was not saved: type "book"'], not: ['You are booked'] });
  });

  it('within a conversation, a stray "2" still gets the usual answer, and a first "makasih" is thanked', async () => {
    const user = citizen();
    await step(s, user, 'makasih', { kind: 'answer', has: ['Sama-sama'], not: ['tidak tersimpan'] });
    await step(s, user, '2', { has: ['Tidak ada pilihan yang sedang menunggu jawaban angka'] });
  });
});

describe('a day alone after the complaint form lapsed (session 48, a field test)', () => {
  it('is told the question is gone and the complaint unsent, not started as a booking', async () => {
    const s = await start();
    const rudi = citizen();
    await step(s, rudi, 'Payah pelayanannya, saya sudah izin kerja!!', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, rudi, 'Waktu tunggu / antrean', { kind: 'clarify' });
    await step(s, rudi, 'KTP-el (KTP elektronik)', { kind: 'clarify', has: ['Kapan kejadiannya?'] });
    await s.advance('60m');
    await step(s, rudi, 'hari ini', { kind: 'answer', has: ['tidak tahu "hari ini" menjawab pertanyaan yang mana', 'Pengaduan yang belum terkirim juga belum tersimpan'], not: ['Mau ambil antrean'] });
  });
});
