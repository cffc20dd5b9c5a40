/**
 * Personal data never reaches a log in full (UU 27/2022): NIKs, phone numbers and user ids
 * are masked here, and every Logger implementation runs its fields through `maskFields`.
 */

const NIK = /\b(\d{4})\d{8}(\d{4})\b/g;
const PHONE = /(\+?62|0)8\d{2}[-\s]?\d{3,4}[-\s]?(\d{2,5})/g;

/** Masks NIKs (`3273********0009`) and phone numbers (`08******1234`) inside free text. */
export function maskText(text: string): string {
  return text
    .replace(NIK, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(PHONE, (match) => `${match.slice(0, 2)}******${match.slice(-4)}`);
}

/** `wa:6281234567890@c.us` → `wa:62…7890`; `tg:123456789` → `tg:12…6789`. */
export function maskUser(key: string): string {
  const [channel, rest = ''] = key.split(/:(.*)/s, 2) as [string, string?];
  const id = rest.split('@')[0] ?? '';
  if (id.length <= 6) return `${channel}:${'*'.repeat(id.length)}`;
  return `${channel}:${id.slice(0, 2)}…${id.slice(-4)}`;
}

const USER_FIELDS = new Set(['user', 'from', 'to', 'userKey', 'chatId']);
const DROPPED_FIELDS = new Set(['name', 'nik', 'phone', 'token']);

/** Returns a copy of log fields that is safe to print. */
export function maskFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (DROPPED_FIELDS.has(key)) out[key] = '[redacted]';
    else if (USER_FIELDS.has(key) && typeof value === 'string') out[key] = maskUser(value);
    else if (typeof value === 'string') out[key] = maskText(value);
    else out[key] = value;
  }
  return out;
}
