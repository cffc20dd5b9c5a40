/**
 * A move said as a shift of the booking's own day, not as a day: "tolong undur seminggu ya", "mundur 2 hari", "majukan sehari",
 * "push it back a week". The NLU finds no date in them (there is none), so the move offered the days from today, and the
 * citizen's "ya" to that list was no option (session 40, `npm run simulate`). Like the yes and no words of confirm-answer.ts,
 * these are the chat's own forms; the day they lead to is the booking's plus the shift.
 */

/** Later: "undur", "mundur", "tunda", "geser", "push back", "postpone", "delay" (and their -kan/-in/di- forms). */
const LATER = /\b(?:di)?(?:undur|mundur|tunda|geser|pindah)(?:kan|in|kn)?\b|\bpush(?:ed)? (?:it |this |that )?back\b|\bpostpone\b|\bdelay\b|\bmove (?:it |this |that )?(?:back|later)\b/;
/** Earlier: "majukan", "maju", "bring it forward". */
const EARLIER = /\b(?:di)?maju(?:kan|in|kn)?\b|\bbring (?:it |this |that )?forward\b|\bmove (?:it |this |that )?(?:up|earlier)\b/;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, a: 1, an: 1, one: 1, dua: 2, two: 2, tiga: 3, three: 3, empat: 4, four: 4, lima: 5, five: 5,
};
/** "seminggu", "sepekan", "sehari", "2 hari", "dua minggu", "a week", "3 days". */
const AMOUNT = /\b(?:(se)(hari|minggu|pekan)|(\d{1,2}|satu|dua|tiga|empat|lima|a|an|one|two|three|four|five) (hari|minggu|pekan|days?|weeks?))\b/;

/**
 * "bisa dimajuin ke hari sebelumnya?", "pindah ke besoknya aja": the day before or after the booking's own, said by the words
 * themselves (session 41, `npm run simulate`: the move offered the days from today). Not "the day after tomorrow".
 */
const DAY_BEFORE = /\b(?:(?:se)?hari sebelumnya|sehari sebelum(?:nya)?|the day before(?! yesterday))\b/;
const DAY_AFTER = /\b(?:besoknya|keesokan harinya|hari berikutnya|sehari (?:setelahnya|sesudahnya)|the (?:day after(?! tomorrow)|next day|following day))\b/;

/**
 * The booking's own hour kept when it moves: "same time", "jam yang sama", "jamnya tetap". At a move's "Pilih jam" (read-request.ts)
 * and in the message that asks for the move ("pindah ke senin depan jam yang sama" asked the hour again; session 41, simulate).
 */
export const SAME_TIME = /\b(same time|the same time|same hour|jam (yang|yg) sama|jamnya sama|sama jamnya|jam sama|jamnya tetap|jam tetap|tetap jam(nya)?|waktu (yang|yg) sama|waktunya sama)\b/i;

/** Days to shift the booking by (negative: earlier), or null when the message says no shift. */
export function shiftDays(text: string): number | null {
  const t = text.toLowerCase();
  const before = DAY_BEFORE.test(t);
  if (before !== DAY_AFTER.test(t)) return before ? -1 : 1;
  const later = LATER.test(t);
  const earlier = EARLIER.test(t);
  if (later === earlier) return null;
  const amount = AMOUNT.exec(t);
  if (!amount) return null;
  const count = amount[1] ? 1 : (NUMBER_WORDS[amount[3] ?? ''] ?? Number(amount[3]));
  const unit = amount[2] ?? amount[4] ?? '';
  const days = count * (/^(minggu|pekan|week)/.test(unit) ? 7 : 1);
  return later ? days : -days;
}

/**
 * Minutes to shift the booking's hour by (negative: earlier), or null: "bisa dimajuin 1 jam?", "mundur setengah jam",
 * "can I move it an hour later?". Right after booking, the first was "that is not one of the options" under the variant question,
 * and elsewhere the move asked for a day again (session 42, `npm run simulate`). The day stays the booking's.
 */
export function shiftMinutes(text: string): number | null {
  const t = text.toLowerCase();
  const later = LATER.test(t) || /\b(?:hour|minutes?) later\b/.test(t);
  const earlier = EARLIER.test(t) || /\b(?:hour|minutes?) earlier\b/.test(t);
  if (later === earlier) return null;
  const amount = HOURS.exec(t);
  if (!amount) return null;
  const minutes = amount[1] ? 30 : amount[2] ? 60 : (NUMBER_WORDS[amount[3] ?? ''] ?? Number(amount[3])) * (/^(jam|hours?)$/.test(amount[4] ?? '') ? 60 : 1);
  return later ? minutes : -minutes;
}

/**
 * The hour moved with no amount: "jamnya dimajuin dikit bisa ga", "geser jamnya", "bisa lebih pagi?", "a bit earlier". The day
 * stays the booking's and its hours are offered; the move asked "Pilih tanggal" from today (session 44, `npm run simulate`).
 */
export function hourMoved(text: string): boolean {
  const t = text.toLowerCase();
  const hour = /\b(?:jam|jamnya|jamny|pukul|hour)\b/.test(t) && (LATER.test(t) || EARLIER.test(t));
  return hour || /\blebih (?:pagi|awal|siang|sore)\b|\b(?:bit |little )?(?:earlier|later) (?:in the day|that day|slot|time)\b|\bagak (?:pagian|siangan|sorean)\b|\b(?:pagian|siangan|sorean)\b/.test(t);
}

/** "setengah jam", "half an hour", "sejam", "1 jam", "dua jam", "30 menit", "an hour", "2 hours", "45 minutes". */
const HOURS = /\b(?:(setengah jam|half an hour|1\/2 jam)|(sejam)|(\d{1,3}|satu|dua|tiga|a|an|one|two|three) (jam|hours?|menit|minutes?))\b/;

