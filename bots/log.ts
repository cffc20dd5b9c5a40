/** JSON-lines logger on stderr; every field goes through the PII mask first. */
import { maskFields } from '../core/mask.js';
import type { Logger } from '../core/ports.js';

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;

export function createLogger(level: keyof typeof LEVELS, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (at: keyof typeof LEVELS, event: string, fields: Record<string, unknown> = {}): void => {
    if (LEVELS[at] < LEVELS[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: at, event, ...maskFields(fields) })}\n`);
  };
  return {
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}
