/**
 * The booking texts a citizen reads in confirmations, reminders and "cek booking": the card
 * (code, number, service, when, where), the checklist, and the live position in today's queue.
 */
import { describe, expect, it } from 'vitest';

import { bookingCard, checklistBlock, liveStatus, summary } from '../../../core/booking/booking-replies.js';
import type { Booking } from '../../../core/records.js';
import { engineHarness } from '../../fakes/engine.js';

// Monday 23 Nov 2026, 07:00 WIB.
const NOW = '2026-11-23T00:00:00Z';
const TODAY = '2026-11-23';
const ktp = { service: 'ktp', variant: 'hilang' } as const;

async function booked() {
  const h = engineHarness({ now: NOW });
  const booking = await h.bookings.book({ user: 'tg:1', name: 'Ani', ...ktp, date: '2026-11-24', time: '10:00' });
  return { ...h, app: h.engine.app, booking };
}

describe('the booking card', () => {
  it('names the code, number, service variant, day and time, the counter and whose it is, in Indonesian and English', async () => {
    const { app, booking } = await booked();
    expect(bookingCard(app, booking, 'id').split('\n')).toEqual([
      `Kode booking: ${booking.code}`,
      'Nomor antrean: KTP-001',
      'Layanan: Hilang',
      'Jadwal: Selasa, 24 November 2026, 10.00 WIB',
      'Tempat: Disdukcapil: Lantai 1, loket 1–3, MPP Uji',
      `Atas nama: ${booking.name}`,
    ]);
    expect(bookingCard(app, booking, 'en').split('\n')).toEqual([
      `Booking code: ${booking.code}`,
      'Queue number: KTP-001',
      'Service: Hilang',
      'When: Tuesday, 24 November 2026, 10:00 WIB',
      'Where: Civil Registry: Floor 1, counters 1–3, MPP Uji',
      `Name: ${booking.name}`,
    ]);
  });

  it('still reads for a service no longer in the catalog: its id, and the MPP as the place', async () => {
    const { app, booking } = await booked();
    const gone: Booking = { ...booking, service: 'dispenda' };
    expect(bookingCard(app, gone, 'id')).toContain('Layanan: dispenda');
    expect(bookingCard(app, gone, 'id')).toContain('Tempat: MPP Uji');
    expect(checklistBlock(app, gone, 'id')).toBe('');
  });

  it('lists the documents to bring for that variant', async () => {
    const { app, booking } = await booked();
    expect(checklistBlock(app, booking, 'id')).toBe('Bawa dokumen berikut (asli dan fotokopi):\n☐ Dokumen Hilang');
    expect(checklistBlock(app, booking, 'en')).toMatch(/^Bring these documents \(originals and copies\):\n.*Document Hilang/);
  });

  it('gives channels the summary they attach to booking_confirmed', async () => {
    const { booking } = await booked();
    expect(summary(booking)).toEqual({ code: booking.code, service: 'ktp', date: '2026-11-24', time: '10:00', queueNumber: 'KTP-001' });
  });
});

describe('live status ("cek booking")', () => {
  async function today() {
    const h = engineHarness({ now: NOW });
    const book = (user: `tg:${number}`, time: string) => h.bookings.book({ user, name: 'Warga', ...ktp, date: TODAY, time });
    const first = await book('tg:1', '10:00');
    await book('tg:2', '10:00');
    const third = await book('tg:3', '10:30');
    return { ...h, app: h.engine.app, first, third };
  }

  it('tells the next citizen they are next, and a later one how many are before them and the wait', async () => {
    const { app, first, third } = await today();
    expect(liveStatus(app, first, TODAY, 'id')).toBe('Posisi: Anda nomor berikutnya.');
    expect(liveStatus(app, first, TODAY, 'en')).toBe('Position: you are next.');
    // 30-minute slots for 2 people: 15 minutes each, 2 people ahead.
    expect(liveStatus(app, third, TODAY, 'id')).toBe('Posisi: 2 orang sebelum Anda (perkiraan tunggu ±30 menit).');
    expect(liveStatus(app, third, TODAY, 'en')).toBe('Position: 2 people before you (estimated wait about 30 min).');
  });

  it('says nothing about position on another day', async () => {
    const { app, booking } = await booked();
    expect(liveStatus(app, booking, TODAY, 'id')).toBe('');
  });

  it('tells a called citizen where to go, and an absent one to report to the counter', async () => {
    const { app, bookings, first, third } = await today();
    const called = bookings.patch(first, { status: 'called', counter: 'Loket 3' });
    expect(liveStatus(app, called, TODAY, 'id')).toBe('🔔 Sedang dipanggil ke Loket 3.');
    expect(liveStatus(app, { ...called, counter: undefined }, TODAY, 'id')).toBe('🔔 Sedang dipanggil ke loket.');
    expect(liveStatus(app, { ...called, counter: undefined }, TODAY, 'en')).toBe('🔔 Being called to the counter.');
    const absent = bookings.patch(third, { status: 'skipped' });
    expect(liveStatus(app, absent, TODAY, 'id')).toBe('Nomor Anda sudah dipanggil tetapi Anda belum hadir: segera lapor ke loket.');
    expect(liveStatus(app, absent, TODAY, 'en')).toBe('Your number was called while you were away: please report to the counter.');
  });

  it('gives no "±0" estimate when the counter has been finishing visits in no time', async () => {
    const { app, bookings, first, third } = await today();
    const at = '2026-11-23T02:00:00.000Z';
    for (const [user, time] of [['tg:7', '08:00'], ['tg:8', '08:30'], ['tg:9', '09:00']] as const) {
      const visit = await bookings.book({ user, name: 'Warga', ...ktp, date: TODAY, time });
      bookings.patch(visit, { status: 'done', calledAt: at, doneAt: at });
    }
    bookings.patch(first, { status: 'called', counter: 'Loket 1' });
    // The slot settings' guess still weighs: a few instant visits are no proof that nobody takes time.
    expect(liveStatus(app, third, TODAY, 'id')).toMatch(/^Posisi: 1 orang sebelum Anda \(perkiraan tunggu ±[1-9]\d* menit\)\.$/);
  });

  it('gives no minute estimate beside an announcement to the slot, which says how long', async () => {
    const { app, third } = await today();
    expect(liveStatus(app, third, TODAY, 'id', undefined, true)).toBe('Posisi: 2 orang sebelum Anda (waktu tunggu: lihat pengumuman di bawah).');
  });
});
