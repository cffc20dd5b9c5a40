/**
 * A service closed for a day from the counter's chat (session 46 left it: "/announce ktp 24/11 … tutup" told the day's bookers,
 * yet new bookings for that day were still taken and its reminders still said "see you tomorrow"). Staff preview the closure,
 * confirm it, and from then on the day is refused for that service only, its bookers are told with ways out, "cek booking" and
 * the reminder say so, and it holds across a restart until /bukalayanan opens it again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { book, citizen, MONDAY, type Sim, STAFF, step } from './chat.js';

const staffSays = async (s: Sim, text: string): Promise<string> =>
  (await s.say(STAFF, text))
    .filter((l) => l.to === STAFF)
    .map((l) => l.text)
    .join('\n');

describe('a service closed for a day by staff (issue 11, conversation)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layani-closure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('closes KTP on Tuesday: its booker is told, new KTP bookings go elsewhere, KK stays open, and the reminder says closed', async () => {
    const s = await simulation({ now: MONDAY, dataDir: dir, staff: [STAFF] });
    const budi = citizen();
    await book(s, budi, 'booking ktp besok jam 9', 'Budi Santoso');

    const preview = await staffSays(s, '/tutup ktp besok server Dukcapil gangguan');
    expect(preview).toContain('Pratinjau: Layanan KTP-el (KTP elektronik) tutup pada Selasa, 24 November 2026 (server Dukcapil gangguan)');
    expect(preview).toContain('1 warga yang sudah booking akan diberi tahu');

    const closed = await s.say(STAFF, 'ya');
    expect(closed.find((l) => l.to === STAFF)?.text).toContain('ditutup pada Selasa, 24 November 2026');
    const notice = closed.find((l) => l.to === budi);
    expect(notice?.kind).toBe('announcement');
    expect(notice?.text).toContain('ditutup (server Dukcapil gangguan)');
    expect(notice?.options?.map((o) => o.label)).toEqual(['Ganti jadwal', 'Batalkan booking']);

    const rina = citizen();
    await step(s, rina, 'booking ktp besok jam 10', {
      kind: 'clarify',
      has: ['Layanan KTP-el (KTP elektronik) tutup pada Selasa, 24 November 2026 (server Dukcapil gangguan)'],
      not: ['libur', 'Atas nama'],
      options: ['Rab 25 Nov'],
    });
    await step(s, citizen(), 'jam buka ktp besok?', { kind: 'answer', has: ['layanan KTP-el (KTP elektronik) tutup', 'Layanan lain tetap buka'] });
    // Another service that day is untouched.
    await step(s, citizen(), 'booking kk besok jam 10', { has: [/atas nama siapa/i] });

    await step(s, budi, 'cek booking', { kind: 'answer', has: ['⚠️ Layanan tutup pada hari itu (server Dukcapil gangguan)', 'ganti jadwal'] });
    expect(await staffSays(s, '/queue ktp besok')).toMatch(/^🚫 ktp tutup pada Selasa, 24 November 2026 \(server Dukcapil gangguan\)\.\nAntrean ktp/);

    // The evening before: no "besok Anda punya jadwal layanan", but the closure and the ways out.
    const evening = await s.advance('10h');
    const reminder = evening.find((l) => l.to === budi && l.kind === 'reminder');
    expect(reminder?.text).toContain('Layanan pada jadwal Anda tutup');
    expect(reminder?.text).not.toContain('besok Anda punya jadwal');
    await step(s, budi, 'ganti jadwal', { kind: 'clarify', options: ['Rab 25 Nov'], not: ['Sel 24 Nov'] });
    await s.sim.close();
  });

  it('holds across a restart on the same data folder, until /bukalayanan opens the day again', async () => {
    const s = await simulation({ now: '2026-11-23T19:00:00+07:00', dataDir: dir, staff: [STAFF] });
    await step(s, citizen(), 'booking ktp besok jam 11', { kind: 'clarify', has: ['tutup pada Selasa, 24 November 2026'] });
    expect(await staffSays(s, '/tutuplayanan')).toContain('• Selasa, 24 November 2026: ktp — server Dukcapil gangguan');
    expect(await staffSays(s, '/bukalayanan ktp besok')).toContain('dibuka lagi pada Selasa, 24 November 2026');
    await step(s, citizen(), 'booking ktp besok jam 11', { has: [/atas nama siapa/i], not: ['tutup pada'] });
    await s.sim.close();
  });
});

describe('who may close what, and what a closure needs (issue 11, conversation)', () => {
  it('a citizen is refused, a past day and a missing reason are pointed out, a holiday is already closed, and "tidak" closes nothing', async () => {
    const s = await simulation({ now: MONDAY, staff: [STAFF] });
    const stranger = citizen();
    await step(s, stranger, '/tutuplayanan ktp besok iseng', { kind: 'not_allowed', has: ['hanya untuk petugas'] });
    expect(await staffSays(s, '/tutuplayanan ktp 2026-11-20 gangguan')).toContain('sudah lewat');
    expect(await staffSays(s, '/tutuplayanan ktp besok')).toContain('Tulis alasannya');
    expect(await staffSays(s, '/tutuplayanan paspor 2026-12-25 libur')).toContain('sudah tutup pada Jumat, 25 Desember 2026');
    expect(await staffSays(s, '/tutuplayanan sim besok petugas diklat')).toContain('Belum ada warga yang booking');
    expect(await staffSays(s, 'tidak')).toContain('Penutupan dibatalkan');
    await step(s, citizen(), 'booking sim besok jam 9', { has: [/atas nama siapa/i] });
    // "/tutup ADU-0001" is still the complaint command: a ticket is no service.
    expect(await staffSays(s, '/tutup ADU-0001')).not.toContain('Pratinjau');
  });

  it('"/tutuplayanan semua" closes every service of the MPP that day', async () => {
    const s = await simulation({ now: MONDAY, staff: [STAFF] });
    await staffSays(s, '/tutuplayanan semua lusa banjir di depan gedung');
    expect(await staffSays(s, 'ya')).toContain('MPP Contoh (data contoh) ditutup pada Rabu, 25 November 2026');
    await step(s, citizen(), 'booking skck lusa jam 9', { kind: 'clarify', has: ['libur (banjir di depan gedung)'] });
  });
});
