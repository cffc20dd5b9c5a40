/**
 * Personal data never reaches a log or a stored free text in full (UU 27/2022): NIKs, phone
 * numbers and user ids are masked here. `maskText` is the one masking function: every Logger
 * runs its fields through `maskFields`, and the care and staff code masks citizen and staff
 * text with it before storing, relaying or auditing it (issue 13 item 6).
 */

/** 16 digits, optionally grouped with spaces, dots or dashes ("3273 0101 0190 0009"), not part of a longer number. */
const NIK = /(?<![\d])\d(?:[ .-]?\d){15}(?![ .-]?\d)/g;
/** Indonesian mobile numbers: 08…, 628…, +628…, optionally grouped. */
const PHONE = /(?<![\d+])(?:\+62|62|0)[ .-]?8\d(?:[ .-]?\d){6,10}(?![ .-]?\d)/g;
const BULLET = '•';

/** Keeps the first and last four digits: `3273••••••••0009`, `0812•••••7890`. */
function maskDigits(match: string): string {
  const digits = match.replace(/\D/g, '');
  const lead = match.startsWith('+') ? '+' : '';
  return `${lead}${digits.slice(0, 4)}${BULLET.repeat(digits.length - 8)}${digits.slice(-4)}`;
}

/** Masks NIKs (`3273••••••••0009`) and phone numbers (`0812•••••7890`) inside free text. */
export function maskText(text: string): string {
  return text.replace(NIK, (m) => (m.replace(/\D/g, '').length === 16 ? maskDigits(m) : m)).replace(PHONE, maskDigits);
}

/** True when the text holds something that looks like a NIK (16 digits). */
export function hasNik(text: string): boolean {
  NIK.lastIndex = 0;
  const found = NIK.test(text);
  NIK.lastIndex = 0;
  return found;
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
