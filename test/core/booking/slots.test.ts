import { describe, expect, it } from 'vitest';

import { freeSlots, nearestFreeSlots, nextOpenDays, slotProblem, slotTimes } from '../../../core/booking/slots.js';
import { testSettings } from '../../fakes/mpp.js';

const settings = testSettings();
const none = () => 0;
// Monday 23 Nov 2026, 09:10 WIB
const now = new Date('2026-11-23T02:10:00Z');

describe('slot rules', () => {
  it('cuts the day into slots inside opening periods, around the lunch break', () => {
    expect(slotTimes(settings, 'ktp', '2026-11-24')).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30']);
  });

  it('keeps the Friday prayer break', () => {
    const friday = slotTimes(settings, 'ktp', '2026-11-27');
    expect(friday).not.toContain('11:30');
    expect(friday).toContain('11:00');
    expect(friday).toContain('13:00');
  });

  it('uses agency hours when they differ from the building', () => {
    expect(slotTimes(settings, 'skck', '2026-11-24')).toEqual([]);
    expect(slotTimes(settings, 'skck', '2026-11-30')).toHaveLength(8);
  });

  it('explains why a slot cannot be booked, most important reason first', () => {
    expect(slotProblem(settings, 'ktp', '2026-11-23', '09:00', now, none)).toBe('past');
    expect(slotProblem(settings, 'ktp', '2026-11-23', '09:30', now, none)).toBe('cutoff');
    expect(slotProblem(settings, 'ktp', '2026-11-23', '10:00', now, none)).toBeNull();
    expect(slotProblem(settings, 'ktp', '2026-11-28', '09:00', now, none)).toBe('closed_day');
    expect(slotProblem(settings, 'ktp', '2026-12-25', '09:00', now, none)).toBe('beyond_horizon');
    expect(slotProblem(settings, 'ktp', '2026-11-24', '12:00', now, none)).toBe('not_a_slot');
    expect(slotProblem(settings, 'ktp', '2026-11-24', '09:00', now, () => 2)).toBe('full');
    expect(slotProblem(settings, 'paspor', '2026-11-24', '09:00', now, none)).toBe('not_offered');
  });

  it('treats a holiday as closed even on a weekday', () => {
    const wide = testSettings({ booking: { ...settings.booking, horizonDays: 60 } });
    expect(slotProblem(wide, 'ktp', '2026-12-25', '09:00', now, none)).toBe('closure');
  });

  it('offers the nearest free slots and the next open days', () => {
    const taken = (_s: string, _d: string, t: string) => (t === '09:00' ? 2 : 0);
    expect(nearestFreeSlots(settings, 'ktp', '2026-11-24', '09:00', now, taken, 2)).toEqual(['08:30', '09:30']);
    expect(freeSlots(settings, 'ktp', '2026-11-23', now, none)[0]).toBe('10:00');
    expect(nextOpenDays(settings, 'ktp', '2026-11-27', now, none, 2)).toEqual(['2026-11-27', '2026-11-30']);
  });
});
