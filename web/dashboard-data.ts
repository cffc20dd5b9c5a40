/**
 * The MPP head's figures for one day and one survey period, straight from the store: the same
 * bookings the counters call and the same survey rows `/ikm` reads. Every table here can be
 * exported as CSV (`toCsv`), so the numbers on screen and in the spreadsheet are one computation.
 */
import type { App } from '../core/app.js';
import { computeIkm, filterResponses, type Period } from '../core/care/ikm.js';
import { pick } from '../core/i18n.js';
import { localParts, toInstant } from '../core/local-time.js';
import type { Booking } from '../core/records.js';

export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface Dashboard {
  readonly date: string;
  readonly period: Period;
  readonly services: Table;
  readonly hours: Table;
  readonly complaints: Table;
  readonly ikm: Table;
  /** The most frequent questions the bot did not understand in the period (masked, as `/belajar` lists them). */
  readonly misses: Table;
}

export const DASHBOARD_TABLES = ['services', 'hours', 'complaints', 'ikm', 'misses'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

const minutes = (from: string | number, to: string): number => (Date.parse(to) - (typeof from === 'number' ? from : Date.parse(from))) / 60_000;
const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10);

/** Waiting starts at check-in, else at arrival for walk-ins, else at the slot time (whichever is later than booking). */
function waitMinutes(app: App, b: Booking): number | null {
  if (!b.calledAt) return null;
  const start = b.checkedInAt ?? (b.walkIn ? b.createdAt : toInstant(b.date, b.time, app.settings.timeZone).toISOString());
  return Math.max(0, minutes(start, b.calledAt));
}

function serviceRows(app: App, date: string): Table {
  const rows = app.info.offered().map((s) => {
    const day = app.bookings.day(s.id, date).filter((b) => b.status !== 'cancelled');
    const count = (keep: (b: Booking) => boolean): number => day.filter(keep).length;
    const waits = day.flatMap((b) => waitMinutes(app, b) ?? []);
    const serving = day.flatMap((b) => (b.calledAt && b.doneAt ? [minutes(b.calledAt, b.doneAt)] : []));
    return [s.id, pick(s.name, 'id'), count((b) => !b.walkIn), count((b) => b.checkedInAt !== undefined), count((b) => b.status === 'done'), count((b) => b.status === 'skipped'), count((b) => b.walkIn), mean(waits), mean(serving)];
  });
  return {
    title: 'Layanan hari ini',
    columns: ['layanan', 'nama', 'booking', 'check_in', 'dilayani', 'tidak_hadir', 'walk_in', 'rata_tunggu_menit', 'rata_layan_menit'],
    rows: rows.filter((r) => r.slice(2, 7).some((n) => n !== 0)),
  };
}

function hourRows(app: App, date: string): Table {
  const hourOf = (iso: string): number => Number(localParts(new Date(iso), app.settings.timeZone).time.slice(0, 2));
  const day = app.info.offered().flatMap((s) => app.bookings.day(s.id, date)).filter((b) => b.status !== 'cancelled');
  const rows = Array.from({ length: 24 }, (_, hour) => [
    `${String(hour).padStart(2, '0')}:00`,
    day.filter((b) => Number(b.time.slice(0, 2)) === hour).length,
    day.filter((b) => b.calledAt && hourOf(b.calledAt) === hour).length,
    day.filter((b) => b.doneAt && hourOf(b.doneAt) === hour).length,
  ]);
  const busy = rows.filter((r) => r.slice(1).some((n) => n !== 0)).map((r) => r[0]);
  const first = Math.min(7, ...busy.map((h) => Number(String(h).slice(0, 2))));
  const last = Math.max(16, ...busy.map((h) => Number(String(h).slice(0, 2))));
  return { title: 'Per jam', columns: ['jam', 'jadwal', 'dipanggil', 'selesai'], rows: rows.slice(first, last + 1) };
}

function complaintRows(app: App): Table {
  const now = app.clock.now().toISOString();
  const open = [...app.store.table('complaints').values()].filter((c) => c.status !== 'closed').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return {
    title: 'Pengaduan terbuka',
    columns: ['tiket', 'kategori', 'layanan', 'status', 'dibuat', 'batas_jawab', 'terlambat'],
    rows: open.map((c) => [c.id, c.category, c.service ?? '', c.status === 'open' ? 'belum dijawab' : 'dijawab', c.createdAt.slice(0, 10), c.dueAt.slice(0, 10), c.dueAt < now && c.status === 'open' ? 'ya' : 'tidak']),
  };
}

function ikmRows(app: App, period: Period): Table {
  const surveys = [...app.store.table('surveys').values()];
  const row = (id: string, name: string) => {
    const result = computeIkm(filterResponses(surveys, { ...(id ? { service: id } : {}), ...period }));
    return [id || 'semua', name, result.respondents, result.konversi === null ? null : Math.round(result.konversi * 100) / 100, result.grade ?? ''];
  };
  const perService = app.info.offered().map((s) => row(s.id, pick(s.name, 'id'))).filter((r) => r[2] !== 0);
  return { title: `IKM ${period.from} s.d. ${period.to}`, columns: ['layanan', 'nama', 'responden', 'ikm_konversi', 'mutu'], rows: [row('', app.settings.name), ...perService] };
}

/** Misses that differ only in case, spacing or end punctuation are the same question. */
const questionKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.,]+$/, '')
    .trim();

const SHOWN_MISSES = 20;

/**
 * The questions the bot answered with "I did not understand" (the learning table, issue 11: kept
 * masked, at most 90 days), grouped and counted over the period: what staff should teach first.
 */
function missRows(app: App, period: Period): Table {
  const groups = new Map<string, { text: string; count: number; at: string; day: string; guess: string; filed: number }>();
  for (const miss of app.learning.misses.all()) {
    const day = localParts(new Date(miss.at), app.settings.timeZone).date;
    if (day < period.from || day > period.to) continue;
    const key = questionKey(miss.text);
    const group = groups.get(key);
    // Oldest first: the latest wording and guess win.
    groups.set(key, { text: miss.text, count: (group?.count ?? 0) + 1, at: miss.at, day, guess: miss.guesses[0]?.intent ?? '', filed: (group?.filed ?? 0) + (miss.filed ? 1 : 0) });
  }
  // Most frequent first; among equals, the most recently asked.
  const rows = [...groups.values()].sort((a, b) => b.count - a.count || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, SHOWN_MISSES);
  return {
    title: `Pertanyaan yang paling sering tidak dikenali, ${period.from} s.d. ${period.to}`,
    columns: ['pertanyaan', 'jumlah', 'terakhir', 'tebakan_bot', 'sudah_dipelajari'],
    rows: rows.map((g) => [g.text, g.count, g.day, g.guess, g.filed]),
  };
}

export function dashboard(app: App, date: string, period: Period): Dashboard {
  return {
    date,
    period,
    services: serviceRows(app, date),
    hours: hourRows(app, date),
    complaints: complaintRows(app),
    ikm: ikmRows(app, period),
    misses: missRows(app, period),
  };
}

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function toCsv(table: Table): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
