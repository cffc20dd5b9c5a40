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
  const ms = dayMs(date);
  return WEEKDAYS[(((Math.floor(ms / 86_400_000) + 4) % 7) + 7) % 7] ?? 'sun'; // 1970-01-01 was a Thursday; NaN → 'sun' as before
}

export function toMinutes(time: string): number {
  // `HH:MM` read in place: slot checks call this several times per booking attempt (issue 13
  // item 4). Anything else takes the general path, so every answer is the same as before.
  if (time.length === 5 && time.charCodeAt(2) === 0x3a) {
    const h = twoDigits(time, 0);
    const m = twoDigits(time, 3);
    if (h < 100 && m < 100) return h * 60 + m;
  }
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}

/**
 * `Date.parse(`${date}T00:00:00Z`)`, read in place for `YYYY-MM-DD`: the slot rules ask for it
 * several times per booking attempt, 1,000 attempts in one tick in the bench's burst (issue 13
 * item 4). Any other form, or a field out of range, goes to `Date.parse`: the same answer always.
 */
export function dayMs(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const century = twoDigits(date, 0); // from 10: Date.UTC reads years 0–99 as 1900–1999
    const yearOf = twoDigits(date, 2);
    const month = twoDigits(date, 5);
    const day = twoDigits(date, 8);
    if (century >= 10 && century < 100 && yearOf < 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return Date.UTC(century * 100 + yearOf, month - 1, day);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

/** Two digits of `text` at `i` as a number; NaN-free: a non-digit makes it out of every range checked. */
function twoDigits(text: string, i: number): number {
  const high = text.charCodeAt(i) - 48;
  const low = text.charCodeAt(i + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : 100;
}

/**
 * `Date.parse` for the stored UTC instants, several times faster on their one form
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`, what `toISOString()` writes): the reminder index reads 200k of
 * them at start-up, ~60–80 ms with `Date.parse` (issue 13 item 4). Any other form, or a field
 * out of range, goes to `Date.parse`, so the answer is always the same as its.
 */
export function instantMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(10) !== 84 /* T */ || iso.charCodeAt(23) !== 90 /* Z */) return Date.parse(iso);
  const century = twoDigits(iso, 0); // from 10: Date.UTC reads years 0–99 as 1900–1999
  const yearOf = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  const second = twoDigits(iso, 17);
  const lastDigit = iso.charCodeAt(22) - 48;
  const milli = twoDigits(iso, 20) * 10 + (lastDigit >= 0 && lastDigit <= 9 ? lastDigit : 1000);
  const separators = iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58 && iso.charCodeAt(19) === 46;
  const inRange = century >= 10 && century < 100 && yearOf < 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59 && milli < 1000;
  return separators && inRange ? Date.UTC(century * 100 + yearOf, month - 1, day, hour, minute, second, milli) : Date.parse(iso);
}

const TWO = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
/** 9999-12-31T23:59:59.999Z + 1 ms: past it `toISOString()` writes a six-digit year. */
const YEAR_10000 = 253_402_300_800_000;

/**
 * `new Date(ms).toISOString()`, about three times faster: a new booking writes three instants
 * (created, two reminders), 320 of them in the bench's burst (issue 13 item 4). Days to a civil
 * date by H. Hinnant's `civil_from_days`; anything but a whole ms in years 1970–9999 goes to
 * `toISOString()` (which also throws on an invalid time, as before). Fuzz-tested against it.
 */
export function isoString(ms: number): string {
  if (!(ms >= 0 && ms < YEAR_10000) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return `${TWO[Math.floor(year / 100)]!}${TWO[year % 100]!}-${TWO[month]!}-${TWO[day]!}T${TWO[hour]!}:${TWO[minute]!}:${TWO[second]!}.${THREE[rest - second * 1000]!}Z`;
}
