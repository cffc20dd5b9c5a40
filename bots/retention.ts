/**
 * Deletes dated log files once their retention has passed (issue 13 item 7): the operator log
 * (`inbox/operator-YYYY-MM-DD.jsonl`) and the audit log (`logs/audit-YYYY-MM.jsonl`), with the
 * days set in mpp.json's `retention`. Files are named by period, so nothing is ever rewritten:
 * a period's file is deleted whole once the period ended more than the retention ago.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

import { AUDIT_LOG_PREFIX } from '../core/audit.js';
import type { Logger } from '../core/ports.js';
import type { Settings } from '../core/schema.js';
import { OPERATOR_LOG_PREFIX } from './operator-inbox.js';

const DAY_MS = 86_400_000;
const DATED = /^(\d{4})-(\d{2})(?:-(\d{2}))?\.jsonl$/;

/** The instant a dated file's period ends: the next day, or the first of the next month (UTC). */
function periodEnd(suffix: string): number | null {
  const match = DATED.exec(suffix);
  if (!match) return null;
  const [, year, month, day] = match;
  return day === undefined ? Date.UTC(Number(year), Number(month), 1) : Date.UTC(Number(year), Number(month) - 1, Number(day) + 1);
}

/** Deletes `<prefix>PERIOD.jsonl` files in `dir` whose period ended `keepDays` or more days before `now`; returns their names. */
export async function pruneDatedLogs(dir: string, prefix: string, keepDays: number, now: Date): Promise<string[]> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const expired = names.filter((name) => {
    const end = name.startsWith(prefix) ? periodEnd(name.slice(prefix.length)) : null;
    return end !== null && now.getTime() - end >= keepDays * DAY_MS;
  });
  await Promise.all(expired.map((name) => fs.rm(join(dir, name), { force: true })));
  return expired;
}

export interface RetentionOptions {
  readonly dataDir: string;
  readonly inboxDir: string;
  readonly retention: Settings['retention'];
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly everyMs?: number;
}

/** Prunes now and then every few hours; `run` is exposed for tests. */
export function startRetention(options: RetentionOptions): { run(): Promise<void>; stop(): void } {
  const now = options.now ?? (() => new Date());
  const run = async (): Promise<void> => {
    const at = now();
    const removed = [
      ...(await pruneDatedLogs(options.inboxDir, OPERATOR_LOG_PREFIX, options.retention.operatorLogDays, at)),
      ...(await pruneDatedLogs(join(options.dataDir, 'logs'), AUDIT_LOG_PREFIX, options.retention.auditDays, at)),
    ];
    if (removed.length > 0) options.logger.info('logs_pruned', { files: removed.join(',') });
  };
  const safeRun = (): Promise<void> => run().catch((error: unknown) => options.logger.error('logs_prune_failed', { error: String(error) }));
  void safeRun();
  const timer = setInterval(() => void safeRun(), options.everyMs ?? 6 * 3_600_000);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
