/**
 * An expired SIM is made anew, not renewed (Perpol 5/2021; the catalog's `notWhen` on the renewal). A young man whose SIM C died
 * last year asked to book a renewal and was booked for one, told to bring "SIM lama yang masih berlaku" (session 47, a field
 * test). He is told first, and booked for a new SIM; one that expires next month is still a renewal.
 */
import { describe, expect, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('an expired SIM (issue 11, conversation)', () => {
  it('is told it cannot be renewed and is booked for a new SIM', async () => {
    const s = await start();
    const rizky = citizen();
    await step(s, rizky, 'sim c saya sudah mati sejak tahun lalu, mau booking perpanjang sim besok jam 9', {
      has: ['SIM yang sudah habis masa berlakunya tidak bisa diperpanjang: harus membuat SIM baru', /atas nama siapa/i],
    });
    await step(s, rizky, 'Rizky Ramadhan', { kind: 'clarify', has: ['SIM baru'], not: ['Perpanjang SIM'] });
    const booked = await step(s, rizky, 'ya', { kind: 'booking_confirmed', has: ['Layanan: SIM baru'], not: ['masih berlaku'] });
    expect(booked.booking?.service).toBe('sim');
  });

  it('answers the requirements of a new SIM for an expired one, and of a renewal for one not yet expired', async () => {
    const s = await start();
    await step(s, citizen(), 'syarat perpanjang sim yg udah expired', { kind: 'answer', has: ['tidak bisa diperpanjang', 'Syarat SIM baru'] });
    await step(s, citizen(), 'sim saya mau mati bulan depan, syarat perpanjang apa', { kind: 'answer', has: ['Syarat Perpanjang SIM'], not: ['tidak bisa diperpanjang'] });
  });
});
