/**
 * What citizens and counters read aloud: booking codes (typed on phones, found in free text) and
 * queue numbers (called in the hall, one prefix per service).
 */
import { describe, expect, it } from 'vitest';

import { BOOKING_CODE, newBookingCode, queueLabel, seededRandom } from '../../../core/booking/booking-code.js';
import { loadDataSync } from '../../../data/load.js';

describe('queue numbers', () => {
  it('gives every service of the real catalog its own short prefix, so two counters never call the same number', () => {
    const services = loadDataSync().catalog.services.map((s) => s.id);
    const labels = services.map((id) => queueLabel(id, 7));
    for (const label of labels) expect(label).toMatch(/^[A-Z]{2,3}-007$/);
    expect(new Set(labels).size).toBe(services.length);
  });

  it('reads as the service prefix and three digits, growing past 999', () => {
    expect(queueLabel('ktp', 1)).toBe('KTP-001');
    expect(queueLabel('akta_lahir', 42)).toBe('AKL-042');
    expect(queueLabel('kk', 1000)).toBe('KK-1000');
  });

  it('falls back to the first letters of a service the table does not know', () => {
    expect(queueLabel('dispenda', 3)).toBe('DIS-003');
  });
});

describe('booking codes', () => {
  it('uses only symbols that cannot be mistaken when read aloud or typed (no 0/O, 1/I/L)', () => {
    const random = seededRandom(1);
    const codes = Array.from({ length: 200 }, () => newBookingCode(random));
    for (const code of codes) expect(code).toMatch(/^LY-[2-9A-HJKMNP-Z]{5}$/);
    expect(newBookingCode(() => 0)).toBe('LY-22222');
    expect(newBookingCode(() => 0.999_999)).toBe('LY-ZZZZZ');
    // The whole alphabet is used: 200 codes of 5 symbols draw all 31 of them.
    expect(new Set(codes.join('').replaceAll('LY-', '')).size).toBe(31);
  });

  it('is found in what a citizen types, with or without the dash, in any case', () => {
    expect('cek booking ly-7k2mp ya'.match(BOOKING_CODE)?.[1]).toBe('7k2mp');
    expect('kode saya LY7K2MP'.match(BOOKING_CODE)?.[1]).toBe('7K2MP');
    expect(BOOKING_CODE.test('LY-7K2MO')).toBe(false); // O is not in the alphabet
    expect(BOOKING_CODE.test('XLY-7K2MP')).toBe(false);
  });

  it('comes out the same for the same seed (the simulator and tests replay exactly)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    for (const x of draws) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom(43)()).not.toBe(draws[0]);
  });
});
