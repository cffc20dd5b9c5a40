/** Working days at the MPP: days the building opens, minus closures. */
import { addDays, toMinutes, weekdayOf } from '../local-time.js';
import type { Settings } from '../schema.js';
import { closureOn } from './slots.js';

export function isWorkingDay(settings: Settings, date: string): boolean {
  return settings.hours[weekdayOf(date)].length > 0 && !closureOn(settings, date);
}

/** The date `days` working days after `from` (response deadlines are counted in working days). */
export function addWorkingDays(settings: Settings, from: string, days: number): string {
  let date = from;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isWorkingDay(settings, date)) counted++;
  }
  return date;
}

/** Whether the building is open at `minutes` past midnight on `date`. */
export function isOpenAt(settings: Settings, date: string, minutes: number): boolean {
  if (!isWorkingDay(settings, date)) return false;
  return settings.hours[weekdayOf(date)].some((p) => toMinutes(p.open) <= minutes && minutes < toMinutes(p.close));
}

/** The next time the building opens after `minutes` on `date` (looks two weeks ahead). */
export function nextOpening(settings: Settings, date: string, minutes: number): { date: string; time: string } | null {
  for (let i = 0; i < 14; i++) {
    const day = addDays(date, i);
    if (!isWorkingDay(settings, day)) continue;
    const period = settings.hours[weekdayOf(day)].find((p) => i > 0 || toMinutes(p.open) > minutes);
    if (period) return { date: day, time: period.open };
  }
  return null;
}
