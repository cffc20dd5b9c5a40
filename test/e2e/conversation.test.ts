/**
 * Conversations a citizen would have, through the real engine, catalog, understanding and
 * simulator (memory store). Monday 23 Nov 2026, 08:00 WIB unless stated.
 */
import { beforeEach, describe, expect, it } from 'vitest';

import { simulation } from './sim-harness.js';

const NOW = '2026-11-23T08:00:00+07:00';
const CITIZEN = 'tg:1001' as const;

describe('asking about services', () => {
  let s: Awaited<ReturnType<typeof simulation>>;
  beforeEach(async () => {
    s = await simulation({ now: NOW });
  });

  it('answers "gmn syarat bikin kk?" after asking which KK case, with checklist, fee and source', async () => {
    const [question] = await s.say(CITIZEN, 'gmn syarat bikin kk?');
    expect(question?.kind).toBe('clarify');
    expect(question?.options?.map((o) => o.label)).toContain('KK baru');
    const [answer] = await s.say(CITIZEN, '1');
    expect(answer?.kind).toBe('answer');
    expect(answer?.text).toContain('Syarat KK baru');
    expect(answer?.text).toMatch(/GRATIS/);
    expect(answer?.text).toContain('Sumber:');
    expect(answer?.text).toContain('Dasar hukum:');
  });

  it('keeps the service for follow-ups: "syarat?" → "untuk layanan apa?" → "sim" → answer, then "biayanya?"', async () => {
    const [ask] = await s.say(CITIZEN, 'syarat?');
    expect(ask).toMatchObject({ kind: 'clarify' });
    expect(ask?.text).toBe('Untuk layanan apa?');
    const [variant] = await s.say(CITIZEN, 'sim');
    expect(variant?.kind).toBe('clarify');
    const [answer] = await s.say(CITIZEN, 'perpanjang');
    expect(answer?.text).toMatch(/Syarat .*SIM/i);
    const [cost] = await s.say(CITIZEN, 'biayanya?');
    expect(cost?.kind).toBe('answer');
    expect(cost?.text).toContain('Rp');
    expect(cost?.text).toContain('PP 76/2020');
  });

  it('answers typed option text as well as numbers', async () => {
    await s.say(CITIZEN, 'syarat paspor');
    const [answer] = await s.say(CITIZEN, 'paspor baru');
    expect(answer?.kind).toBe('answer');
    expect(answer?.text).toContain('📋');
  });

  it('says Dukcapil documents are free by law and how to report anyone asking for money', async () => {
    const [answer] = await s.say(CITIZEN, 'bikin akta lahir bayar brp?');
    expect(answer?.text).toContain('GRATIS');
    expect(answer?.text).toContain('79A');
    expect(answer?.text).toMatch(/lapor\.go\.id|1708/);
  });

  it('answers opening hours, location and the service list from the settings', async () => {
    const [hours] = await s.say(CITIZEN, 'jam buka mpp kapan ya');
    expect(hours?.text).toContain('Jumat');
    expect(hours?.text).toContain('WIB');
    const [where] = await s.say(CITIZEN, 'alamat mpp dimana');
    expect(where?.text).toContain('https://');
    const [list] = await s.say(CITIZEN, 'layanan apa aja yg ada');
    expect(list?.text).toContain('Paspor');
    expect(list?.options?.length).toBeGreaterThanOrEqual(17);
  });

  it('answers in English when asked in English', async () => {
    const [answer] = await s.say(CITIZEN, 'how much does a passport cost?');
    expect(answer?.text).toMatch(/Fee|Passport/);
    expect(answer?.text).not.toContain('Biaya');
  });

  it('falls back politely on out-of-scope messages, then offers a human after repeated misses', async () => {
    const [first] = await s.say(CITIZEN, 'besok cuaca di jakarta hujan gak ya');
    expect(first?.kind).toBe('fallback');
    expect(first?.text).toContain('belum paham');
    await s.say(CITIZEN, 'putar lagu dangdut dong');
    const [third] = await s.say(CITIZEN, 'siapa presiden pertama amerika');
    expect(third?.kind).toBe('fallback');
    expect(third?.text).toContain('petugas');
  });
});

describe('bad input', () => {
  it('answers empty, huge, emoji-only, media, a stray number and unknown commands politely', async () => {
    const s = await simulation({ now: NOW });
    const cases = ['', '   ', 'a'.repeat(10_000), '😀😀😀', '3', '/foobar', '🙏 ' + 'syarat ktp '.repeat(900)];
    for (const text of cases) {
      const replies = await s.say(CITIZEN, text);
      expect(replies.length, text.slice(0, 20)).toBeGreaterThan(0);
      for (const reply of replies) {
        expect(reply.kind).not.toBe('error');
        expect(reply.text.length).toBeGreaterThan(0);
        expect(reply.text.length).toBeLessThanOrEqual(3000);
      }
    }
    const media = s.lines.length;
    await s.sim.handle({ from: CITIZEN, media: 'sticker' });
    expect(s.lines[media]?.text).toContain('teks');
    const [unknown] = await s.say(CITIZEN, '/foobar');
    expect(unknown?.text).toContain('/foobar');
  });
});
