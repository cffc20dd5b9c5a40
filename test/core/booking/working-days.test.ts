/**
 * Working days, as citizens meet them: the date a complaint will be answered by (counted in
 * working days), and whether staff are at the MPP now or when they will be (handoff, holidays).
 * Test MPP: Mon–Thu 08:00–12:00 and 13:00–15:00, Fri 08:00–11:30 and 13:00–15:00, closed at the
 * weekend and on Christmas Day (Friday 25 Dec 2026).
 */
import { describe, expect, it } from 'vitest';

import { addWorkingDays, isOpenAt, isWorkingDay, nextOpening } from '../../../core/booking/working-days.js';
import { toMinutes } from '../../../core/local-time.js';
import { testSettings } from '../../fakes/mpp.js';

const settings = testSettings();
const at = (time: string) => toMinutes(time);

describe('working days', () => {
  it('answers a complaint within 5 working days, skipping the weekend and a holiday closure', () => {
    expect(addWorkingDays(settings, '2026-11-23', 5)).toBe('2026-11-30'); // Monday → next Monday
    expect(addWorkingDays(settings, '2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays(settings, '2026-12-24', 1)).toBe('2026-12-28'); // Thursday → Monday, past Christmas
    expect(addWorkingDays(settings, '2026-11-23', 0)).toBe('2026-11-23');
  });

  it('counts the weekend and a closure as days off', () => {
    expect(isWorkingDay(settings, '2026-11-23')).toBe(true);
    expect(isWorkingDay(settings, '2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay(settings, '2026-12-25')).toBe(false); // Christmas closure, a Friday
  });

  it('is open from the opening minute up to, not at, the closing minute of each period', () => {
    const monday = '2026-11-23';
    expect(isOpenAt(settings, monday, at('07:59'))).toBe(false);
    expect(isOpenAt(settings, monday, at('08:00'))).toBe(true);
    expect(isOpenAt(settings, monday, at('11:59'))).toBe(true);
    expect(isOpenAt(settings, monday, at('12:00'))).toBe(false); // lunch break
    expect(isOpenAt(settings, monday, at('13:00'))).toBe(true);
    expect(isOpenAt(settings, monday, at('15:00'))).toBe(false);
    expect(isOpenAt(settings, '2026-11-28', at('09:00'))).toBe(false); // Saturday
    expect(isOpenAt(settings, '2026-12-25', at('09:00'))).toBe(false); // Christmas
  });

  it('says when staff are next in: after lunch, the next morning, after the weekend or a holiday', () => {
    expect(nextOpening(settings, '2026-11-23', at('07:00'))).toEqual({ date: '2026-11-23', time: '08:00' });
    expect(nextOpening(settings, '2026-11-23', at('12:30'))).toEqual({ date: '2026-11-23', time: '13:00' });
    expect(nextOpening(settings, '2026-11-23', at('15:30'))).toEqual({ date: '2026-11-24', time: '08:00' });
    expect(nextOpening(settings, '2026-11-27', at('16:00'))).toEqual({ date: '2026-11-30', time: '08:00' }); // Friday evening
    expect(nextOpening(settings, '2026-11-28', at('10:00'))).toEqual({ date: '2026-11-30', time: '08:00' }); // Saturday
    expect(nextOpening(settings, '2026-12-24', at('16:00'))).toEqual({ date: '2026-12-28', time: '08:00' }); // before Christmas
  });

  it('knows no next opening when the MPP is closed for the next two weeks', () => {
    const closed = testSettings({ hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(nextOpening(closed, '2026-11-23', at('09:00'))).toBeNull();
  });
});
