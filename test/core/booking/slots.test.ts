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

  it('decides "not a slot" and "closed day" exactly as the list of slot times says, without building it (issue 13)', () => {
    const times = ['07:30', '08:00', '08:15', '8:00', '08:00 ', '11:30', '12:00', '13:00', '14:30', '15:00', '15:30', '23:59', 'ab:cd', ''];
    const days = ['2026-11-24', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'];
    for (const service of ['ktp', 'skck'])
      for (const date of days)
        for (const time of times) {
          const list = slotTimes(settings, service, date);
          const expected = list.length === 0 ? 'closed_day' : !list.includes(time) ? 'not_a_slot' : null;
          const problem = slotProblem(settings, service, date, time, now, none);
          // Earlier reasons (past, horizon, closure) come first; otherwise the list decides.
          if (problem === 'closed_day' || problem === 'not_a_slot' || problem === null) expect(problem, `${service} ${date} ${time}`).toBe(expected);
          else expect(['past', 'beyond_horizon', 'closure', 'not_offered']).toContain(problem);
        }
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

describe('slot rules at their edges (what a citizen is offered or refused)', () => {
  // Monday 23 Nov 2026, 09:00 WIB sharp
  const nine = new Date('2026-11-23T02:00:00Z');

  it('a slot starting this very minute has passed; 30 minutes ahead is still bookable, 29 is not', () => {
    const at0930 = new Date('2026-11-23T02:30:00Z'); // 09:30 WIB
    expect(slotProblem(settings, 'ktp', '2026-11-23', '09:30', at0930, none)).toBe('past');
    expect(slotProblem(settings, 'ktp', '2026-11-23', '09:30', nine, none)).toBeNull();
    const at0901 = new Date('2026-11-23T02:01:00Z');
    expect(slotProblem(settings, 'ktp', '2026-11-23', '09:30', at0901, none)).toBe('cutoff');
  });

  it('books up to the last day of the horizon (14 days ahead), not one day more', () => {
    expect(slotProblem(settings, 'ktp', '2026-12-07', '09:00', nine, none)).toBeNull();
    expect(slotProblem(settings, 'ktp', '2026-12-08', '09:00', nine, none)).toBe('beyond_horizon');
    expect(nextOpenDays(settings, 'ktp', '2026-12-04', nine, none, 5)).toEqual(['2026-12-04', '2026-12-07']);
  });

  it('a full slot is refused only when every seat is taken', () => {
    expect(slotProblem(settings, 'ktp', '2026-11-24', '09:00', nine, () => 1)).toBeNull();
    expect(slotProblem(settings, 'ktp', '2026-11-24', '09:00', nine, () => 2)).toBe('full');
  });

  it('has no slot at all on a holiday closure', () => {
    const closed = testSettings({ closures: [{ date: '2026-11-26', reason: { id: 'Cuti bersama', en: 'Leave' } }] });
    expect(slotTimes(closed, 'ktp', '2026-11-26')).toEqual([]);
    expect(freeSlots(closed, 'ktp', '2026-11-26', nine, none)).toEqual([]);
    expect(nextOpenDays(closed, 'ktp', '2026-11-26', nine, none, 1)).toEqual(['2026-11-27']);
  });

  it('offers days from today when asked from a past date, and from the asked day otherwise', () => {
    expect(nextOpenDays(settings, 'ktp', '2026-11-20', nine, none, 2)).toEqual(['2026-11-23', '2026-11-24']);
    expect(nextOpenDays(settings, 'ktp', '2026-11-25', nine, none, 1)).toEqual(['2026-11-25']);
  });

  it('offers the first free slots when no time was asked, at most the number asked, in clock order', () => {
    expect(nearestFreeSlots(settings, 'ktp', '2026-11-24', null, nine, none, 3)).toEqual(['08:00', '08:30', '09:00']);
    // Nearest to 11:30 are 11:30, 11:00, 10:30 (13:00 is 90 minutes away, across lunch); shown in clock order.
    expect(nearestFreeSlots(settings, 'ktp', '2026-11-24', '11:30', nine, none, 3)).toEqual(['10:30', '11:00', '11:30']);
  });
});
