/**
 * "jam lain", "ganti hari aja", "another time" at a booking's or a move's confirm step: the hour (or day) offered is not the one
 * wanted, and the citizen asks for the choices rather than naming one. It was "Mohon jawab ya atau tidak" (session 43, `npm run
 * simulate`, after a move that kept the booking's hour). A "tidak" before it ("gak, jam lain aja") is part of the same answer.
 */
const NO = String.raw`(?:(?:tidak|nggak|ngga|gak|ga|gk|no|nope|bukan)[\s,.]+)?`;
const WANT = String.raw`(?:(?:mau|pengen|pingin|minta|bisa|boleh|i'?d like|can i have)\s+)?`;
const TAIL = String.raw`(?:\s+(?:aja|saja|dong|deh|ya|kak|min|please|pls))*[?.!\s]*$`;
const OTHER = String.raw`(?:lain|laen|lainnya|yang lain|yg lain)`;

const OTHER_TIME = new RegExp(`^${NO}${WANT}(?:(?:jam|waktu|jamnya|waktunya)\\s+(?:yang\\s+|yg\\s+)?${OTHER}|(?:ganti|pilih|ubah)\\s+(?:jam|waktu)(?:nya)?(?:\\s+${OTHER})?|(?:another|other|a different|different)\\s+(?:time|hour))${TAIL}`, 'i');
const OTHER_DAY = new RegExp(`^${NO}${WANT}(?:(?:hari|tanggal|tgl|harinya|tanggalnya)\\s+(?:yang\\s+|yg\\s+)?${OTHER}|(?:ganti|pilih|ubah)\\s+(?:hari|tanggal|tgl)(?:nya)?(?:\\s+${OTHER})?|(?:another|other|a different|different)\\s+(?:day|date))${TAIL}`, 'i');

/** Which part of the slot offered the citizen wants chosen again, or null. */
export function otherSlotAsked(text: string): 'time' | 'date' | null {
  const t = text.trim();
  if (OTHER_TIME.test(t)) return 'time';
  if (OTHER_DAY.test(t)) return 'date';
  return null;
}
