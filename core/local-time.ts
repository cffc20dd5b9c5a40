/**
 * Wall-clock time at the MPP. Indonesia has no daylight saving, so each zone is a fixed
 * offset (Keppres 41/1987): arithmetic on offsets is exact and needs no tz database.
 */
import type { Weekday } from './schema.js';

const OFFSET_MINUTES: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

const ZONE_LABEL: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function offsetMinutes(timeZone: string): number {
  const offset = OFFSET_MINUTES[timeZone];
  if (offset === undefined) throw new Error(`Unsupported time zone ${timeZone}: use an Indonesian IANA zone`);
  return offset;
}

export function zoneLabel(timeZone: string): string {
  return ZONE_LABEL[timeZone] ?? timeZone;
}

export interface LocalParts {
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM */
  readonly time: string;
  readonly weekday: Weekday;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function localParts(instant: Date, timeZone: string): LocalParts {
  const shifted = new Date(instant.getTime() + offsetMinutes(timeZone) * 60_000);
  const hours = shifted.getUTCHours();
  const minutes = shifted.getUTCMinutes();
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(hours)}:${pad(minutes)}`,
    weekday: WEEKDAYS[shifted.getUTCDay()] ?? 'sun',
    minutes: hours * 60 + minutes,
  };
}

/** The instant at which the MPP's clocks show `date` `time`. */
export function toInstant(date: string, time: string, timeZone: string): Date {
  const utc = Date.parse(`${date}T${time}:00Z`);
  return new Date(utc - offsetMinutes(timeZone) * 60_000);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';
}

export function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
