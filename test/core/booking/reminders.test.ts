import { describe, expect, it } from 'vitest';

import { engineHarness } from '../../fakes/engine.js';

// Monday 23 Nov 2026, 09:00 WIB; booking Tuesday 10:00 WIB.
const NOW = '2026-11-23T02:00:00Z';
const booking = { user: 'tg:1', name: 'Ani', service: 'ktp', variant: 'baru', date: '2026-11-24', time: '10:00' } as const;

describe('reminders', () => {
  it('sends the day-before reminder at 18:00 with the checklist, then the one-hour reminder, each once', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    await bookings.book(booking);
    clock.set('2026-11-23T10:59:00Z');
    expect(await engine.reminders.sweep()).toBe(0);
    clock.set('2026-11-23T11:00:00Z'); // 18:00 WIB
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent[0]).toMatchObject({ to: 'tg:1', kind: 'reminder' });
    expect(sent[0]?.text).toContain('besok');
    expect(sent[0]?.text).toContain('Dokumen Baru');
    expect(sent[0]?.options?.map((o) => o.label)).toEqual(['Ganti jadwal', 'Batalkan']);
    expect(await engine.reminders.sweep()).toBe(0);
    clock.set('2026-11-24T02:00:00Z'); // 09:00 WIB
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent[1]?.text).toContain('sebentar lagi');
    clock.set('2026-11-24T02:30:00Z');
    expect(await engine.reminders.sweep()).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('a day-before reminder sent late, on the day itself (after downtime), says "hari ini", not "besok"', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    await bookings.book({ ...booking, time: '14:00' });
    clock.set('2026-11-24T00:00:00Z'); // 07:00 WIB on the day: the bot was down at 18:00 the day before
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent[0]?.text).toContain('hari ini');
    expect(sent[0]?.text).not.toContain('besok');
  });

  it('never reminds about a cancelled booking, and reminds about a moved one at its new time', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    const cancelled = await bookings.book(booking);
    await bookings.cancel(cancelled);
    const moved = await bookings.book({ ...booking, user: 'tg:2' });
    await bookings.move(moved, '2026-11-25', '10:00');
    clock.set('2026-11-23T11:00:00Z');
    expect(await engine.reminders.sweep()).toBe(0);
    clock.set('2026-11-24T11:00:00Z');
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent.map((m) => m.to)).toEqual(['tg:2']);
  });

  it('after downtime sends only the nearest useful reminder and drops those of passed slots', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    await bookings.book(booking);
    await bookings.book({ ...booking, user: 'tg:2', time: '08:00' });
    clock.set('2026-11-24T02:30:00Z'); // 09:30 WIB: tg:2's slot passed, tg:1's is in 30 minutes
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe('tg:1');
    expect(sent[0]?.text).toContain('sebentar lagi');
  });
});

describe('reminders, as the citizen reads and uses them', () => {
  it('reads head, booking card, checklist, then how to reschedule or cancel; the buttons carry the booking code', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    const booked = await bookings.book(booking);
    clock.set('2026-11-23T11:00:00Z');
    await engine.reminders.sweep();
    const parts = sent[0]!.text.split('\n\n');
    expect(parts[0]).toBe('⏰ Pengingat: besok Anda punya jadwal layanan.');
    expect(parts[1]).toMatch(new RegExp(`^Kode booking: ${booked.code}\n`));
    expect(parts[2]).toMatch(/^Bawa dokumen berikut/);
    expect(parts.at(-1)).toBe('Berhalangan? Balas "ganti jadwal" atau "batal booking".');
    expect(sent[0]?.options).toEqual([
      { label: 'Ganti jadwal', value: `ganti jadwal ${booked.code}` },
      { label: 'Batalkan', value: `batal booking ${booked.code}` },
    ]);
  });

  it('speaks English to a citizen who chose English, and leaves the checklist out of the reminder shortly before', async () => {
    const { engine, clock, sent, bookings, store } = engineHarness({ now: NOW });
    store.table('users').put({ id: 'tg:1', createdAt: NOW, lang: 'en' });
    const booked = await bookings.book(booking);
    clock.set('2026-11-23T11:00:00Z');
    await engine.reminders.sweep();
    expect(sent[0]?.text).toMatch(/^⏰ Reminder: you have an appointment tomorrow\.\n\n/);
    expect(sent[0]?.text).toContain('Bring these documents');
    expect(sent[0]?.text).toMatch(/Can’t make it\? Reply "reschedule" or "cancel booking"\.$/);
    expect(sent[0]?.options).toEqual([
      { label: 'Reschedule', value: `ganti jadwal ${booked.code}` },
      { label: 'Cancel', value: `batal booking ${booked.code}` },
    ]);
    clock.set('2026-11-24T02:00:00Z');
    await engine.reminders.sweep();
    expect(sent[1]?.text).toMatch(/^⏰ Reminder: your appointment is coming up soon\.\n\n/);
    expect(sent[1]?.text).not.toContain('Bring these documents');
  });

  it('says "today" in English too when a day-before reminder goes out late on the day', async () => {
    const { engine, clock, sent, bookings, store } = engineHarness({ now: NOW });
    store.table('users').put({ id: 'tg:1', createdAt: NOW, lang: 'en' });
    await bookings.book({ ...booking, time: '14:00' });
    clock.set('2026-11-24T00:00:00Z');
    await engine.reminders.sweep();
    expect(sent[0]?.text).toMatch(/^⏰ Reminder: you have an appointment today\./);
  });

  it('does not remind a citizen the counter has already called', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    const booked = await bookings.book(booking);
    clock.set('2026-11-23T11:00:00Z');
    await engine.reminders.sweep();
    clock.set('2026-11-24T01:30:00Z'); // 08:30 WIB: they came early and were called
    bookings.patch(bookings.get(booked.id)!, { status: 'called', counter: 'Loket 1' });
    clock.set('2026-11-24T02:00:00Z'); // 09:00 WIB: the hour-before reminder would be due
    expect(await engine.reminders.sweep()).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing once the slot has started, and records which reminders went out and which were dropped', async () => {
    const { engine, clock, sent, bookings } = engineHarness({ now: NOW });
    const late = await bookings.book(booking);
    const soon = await bookings.book({ ...booking, user: 'tg:2', time: '10:30' });
    clock.set('2026-11-24T03:00:00Z'); // 10:00 WIB sharp, after downtime: tg:1's slot starts now
    expect(await engine.reminders.sweep()).toBe(1);
    expect(sent.map((m) => m.to)).toEqual(['tg:2']);
    const states = (id: string) => bookings.get(id)!.reminders.map((r) => `${r.kind}:${r.state}`);
    expect(states(late.id)).toEqual(['day_before:skipped', 'hour_before:skipped']);
    expect(states(soon.id)).toEqual(['day_before:skipped', 'hour_before:sent']);
  });
});
