/** Dates and times as a citizen reads them, in Indonesian or English. */
import { weekdayOf, zoneLabel } from './local-time.js';
import type { Weekday } from './schema.js';
import type { Lang } from './types.js';

const DAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  id: { sun: 'Minggu', mon: 'Senin', tue: 'Selasa', wed: 'Rabu', thu: 'Kamis', fri: 'Jumat', sat: 'Sabtu' },
  en: { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `Februari` / `February` for month 2. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

export function dayName(day: Weekday, lang: Lang): string {
  return DAY_NAMES[lang][day];
}

/** `Selasa, 24 November 2026` */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[lang][Number(month) - 1] ?? month;
  return `${dayName(weekdayOf(date), lang)}, ${Number(day)} ${monthName} ${year}`;
}

/** `24 Nov` — for option buttons, which must stay short. */
export function formatShortDate(date: string, lang: Lang): string {
  const [, month, day] = date.split('-');
  const name = (MONTHS[lang][Number(month) - 1] ?? '').slice(0, 3);
  return `${dayName(weekdayOf(date), lang).slice(0, 3)} ${Number(day)} ${name}`;
}

/** `09.00 WIB` (Indonesian writes a dot) or `09:00 WIB`. */
export function formatTime(time: string, timeZone: string, lang: Lang): string {
  return `${lang === 'id' ? time.replace(':', '.') : time} ${zoneLabel(timeZone)}`;
}
