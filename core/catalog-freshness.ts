/**
 * Which catalog facts are overdue for a re-check. Fees, online systems (Coretax, SINAR) and
 * holiday lists change every year, and a citizen travels on what the bot says, so each variant
 * carries the date its facts were last checked against their sources (issue #12).
 */
import type { Catalog } from './schema.js';

/** The default limit of `npm run catalog -- stale` and of the start-up warning. */
export const STALE_AFTER_MONTHS = 6;

export interface StaleFact {
  /** `service.variant`, as maintainers search for it in services.json. */
  readonly key: string;
  readonly checkedOn: string;
}

/** Variants whose `checkedOn` lies more than `months` calendar months before `today` (YYYY-MM-DD), oldest first. */
export function staleFacts(catalog: Catalog, today: string, months: number = STALE_AFTER_MONTHS): StaleFact[] {
  const cutoff = monthsBefore(today, months);
  return catalog.services
    .flatMap((s) => s.variants.map((v) => ({ key: `${s.id}.${v.id}`, checkedOn: v.checkedOn })))
    .filter((fact) => fact.checkedOn < cutoff)
    .sort((a, b) => a.checkedOn.localeCompare(b.checkedOn) || a.key.localeCompare(b.key));
}

/**
 * The same day `months` months earlier, clamped to the month's end (31 Aug − 6 months = 28/29 Feb),
 * so "6 months" means what a maintainer reading a calendar expects.
 */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** One line per fact, for the script and the start-up warning. */
export function formatStale(facts: readonly StaleFact[]): string {
  return facts.map((f) => `${f.key} (checked ${f.checkedOn})`).join(', ');
}
