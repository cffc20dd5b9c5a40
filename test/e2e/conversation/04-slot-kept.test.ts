/**
 * Class 4: an answer that fits no option re-asks the same question and keeps the draft; the
 * variant (which changes neither counter nor slot) never holds a booking up: it is read from the
 * wording, or asked after the booking is safe, numbered, and recorded on the booking.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a filled slot is never dropped (issue 10, class 4)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const stray of ['ya', 'yg biasa', 'wkwk', 'hmm']) {
    it(`"${stray}" at "Pilih jam" asks again with numbered options; "1" then keeps service and date`, async () => {
      const user = citizen();
      await step(s, user, 'booking npwp besok', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'] });
      await step(s, user, stray, { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026', '1. ', 'batal'], not: ['Untuk layanan apa', 'belum paham'] });
      await step(s, user, '1', { kind: 'clarify', has: ['atas nama'], not: ['layanan apa'] });
      await step(s, user, 'Lestari', { kind: 'clarify', has: ['Selasa, 24 November 2026, 08.00', 'Lestari'] });
      await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { service: 'npwp', date: '2026-11-24', time: '08:00' } });
    });
  }

  it('the citizen can leave explicitly with "gak jadi"', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok', { kind: 'clarify' });
    await step(s, user, 'gak jadi', { kind: 'answer', has: ['tidak dilanjutkan'] });
    await step(s, user, '1', { kind: 'fallback', has: ['Tidak ada pilihan'] });
  });

  for (const [text, variant] of [
    ['mau bikin kk rabu jam 10', 'KK baru'],
    ['mau perpanjang skck besok jam 10', 'Perpanjang SKCK'],
    ['ktp saya hilang, mau booking besok jam 9', 'hilang'],
    ['pengen buat paspor kamis jam 9', 'Paspor baru'],
    ['i want to renew my sim on thursday at 10', 'Renew'],
  ] as const) {
    it(`"${text}" takes the variant from the wording (${variant}) and asks nothing about it`, async () => {
      const user = citizen();
      await step(s, user, text, { kind: 'clarify', has: [/atas nama|Whose name/], not: ['yang mana', 'Which'] });
      await step(s, user, 'Wati', { kind: 'clarify', has: [variant] });
      await step(s, user, 'ya', { kind: 'booking_confirmed', has: [/Bawa dokumen|Bring these/], not: ['yang mana', 'Which'] });
    });
  }

  it('a typed date at the time question moves the draft, it does not restart it', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'rabu', { kind: 'clarify', has: ['Pilih jam pada Rabu, 25 November 2026'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['atas nama'] });
  });
});

describe('the variant is asked after booking, never before (issue 10, class 4)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"booking kk besok jam 9": booked first, then "KK yang mana?" numbered; "2" is recorded with its checklist', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 9', { kind: 'clarify', has: ['atas nama'], not: ['yang mana'] });
    await step(s, user, 'Lestari', { kind: 'clarify', has: ['Kartu Keluarga (KK)', 'Selasa, 24 November 2026, 09.00'] });
    const done = await step(s, user, 'ya', {
      kind: 'booking_confirmed',
      has: ['Booking berhasil', 'Kartu Keluarga (KK) yang mana?', '1. KK baru', '2. Tambah anggota'],
      booking: { service: 'kk', date: '2026-11-24', time: '09:00' },
      options: ['KK baru'],
    });
    expect(done.booking?.queueNumber).toBe('KK-001');
    await step(s, user, '2', { kind: 'answer', has: ['Dicatat', 'Tambah anggota keluarga di KK', 'Bawa dokumen'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: ['Tambah anggota keluarga di KK', 'KK-001'] });
  });

  it('the variant can be answered in words ("perpanjang") after "booking sim kamis jam 10"', async () => {
    const user = citizen();
    await step(s, user, 'booking sim kamis jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['SIM (Surat Izin Mengemudi) yang mana?'] });
    await step(s, user, 'perpanjang', { kind: 'answer', has: ['Perpanjang SIM', 'SIM lama'] });
  });

  it('ignoring the question keeps the booking; "cek booking" shows it, and the checklist points to the requirements', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp rabu jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Rina', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['KTP-el (KTP elektronik) yang mana?'] });
    await step(s, user, 'jam buka', { kind: 'answer', has: ['Jam buka'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: ['Rabu, 25 November 2026', 'KTP-el (KTP elektronik)'] });
  });

  it('"yg biasa" to the question after booking asks only the question again; "2" then records it', async () => {
    const user = citizen();
    await step(s, user, 'booking kk kamis jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sri', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Kartu Keluarga (KK) yang mana?'] });
    await step(s, user, 'yg biasa', {
      kind: 'clarify',
      has: ['tidak ada di pilihan', 'Jenis yang mana untuk booking Anda?', '1. KK baru', 'sudah tersimpan', '"nanti"'],
      not: ['Kode booking', 'Ketik "batal"', 'belum paham'],
    });
    await step(s, user, '2', { kind: 'answer', has: ['Dicatat', 'Tambah anggota keluarga di KK'] });
  });

  it('"nanti aja" leaves the question, keeps the booking open, and points to the requirements', async () => {
    const user = citizen();
    await step(s, user, 'booking kk jumat jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Dewi', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    await step(s, user, 'nanti aja', { kind: 'answer', has: ['tetap tersimpan', 'syarat kk'], not: ['Dicatat'] });
    await step(s, user, '1', { kind: 'fallback', has: ['Tidak ada pilihan'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: ['Jumat, 27 November 2026', 'Kartu Keluarga (KK)'] });
  });

  // NIB since session 48, when NPWP gained a company variant.
  it('a one-variant service (NIB) books with its checklist and asks nothing more', async () => {
    const user = citizen();
    await step(s, user, 'booking nib kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Tono', { kind: 'clarify' });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Bawa dokumen'], not: ['yang mana'] });
  });

  it('in English: booked, then "Which … service?" with numbers; "1" records it', async () => {
    const user = citizen();
    await step(s, user, 'can I book a passport appointment on friday at 10am', { kind: 'clarify', has: ['Whose name'] });
    await step(s, user, 'John Doe', { kind: 'clarify' });
    await step(s, user, 'yes', { kind: 'booking_confirmed', has: ['You are booked', 'which Passport service?', '1. New passport'] });
    await step(s, user, '1', { kind: 'answer', has: ['Noted', 'Bring these documents'] });
  });
});
