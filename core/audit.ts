/**
 * The append-only audit trail: who did what, when. One log file per month (`logs/audit-2026-11.jsonl`),
 * so old months can be deleted after the retention set in mpp.json (`retention.auditDays`) while
 * the store keeps appending to the current one. Free-text arguments are masked (issue 13 items 6, 7).
 */
import { maskText } from './mask.js';
import type { Store } from './ports.js';

export const AUDIT_LOG_PREFIX = 'audit-';

/** The log that holds entries made at `at`: `audit-YYYY-MM` (UTC month, so a file never changes name). */
export function auditLogName(at: Date): string {
  return `${AUDIT_LOG_PREFIX}${at.toISOString().slice(0, 7)}`;
}

/** Appends one audit entry, with NIKs and phone numbers in its text fields masked. Durable after `store.flush()`. */
export function audit(store: Pick<Store<never>, 'appendLog'>, at: Date, entry: Record<string, unknown>): void {
  // `who` stays whole: it is a staff id, and the trail exists to say which one.
  const masked = Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, typeof value === 'string' && key !== 'who' ? maskText(value) : value]));
  store.appendLog(auditLogName(at), { at: at.toISOString(), ...masked });
}
