/**
 * A day just past in a complaint's or a thanks' story (issue 11, session 23, dev set 99: "tgl 12/3 kae aku ngantri neng loket
 * samsat, petugase dolanan hp wae …" on 15 March; "abah ulun meninggal tanggal 13/3"): a day and month without a year are
 * read forward (chrono's forwardDate, and a booking's day is ahead), which put the story's day eleven months on. Told as a
 * complaint or thanks, or beside a word of a time gone (PAST), what happened lies behind: a day from one to RECENT_DAYS days
 * ago, written without a year, is this year's. Other messages keep the day ahead ("tanggal 20 desember" asked on the 28th is next December's, dates.test.ts).
 */
import type { IntentName } from '../core/nlu.js';
import { zoneOffsetMinutes } from './dates.js';

/** Intents that tell what happened. */
const TOLD: ReadonlySet<IntentName> = new Set(['complaint', 'thanks']);
/**
 * Words of a time gone, in the normal form: any intent's day beside them may be past ("Imlek tgl 6 Feb kmrn samsat buka ga
 * sih?", "abah ulun meninggal tanggal 13/3, … apa haja nang dibawa?"; dev sets 73 and 99), or as it turned out ("hari lahir
 * pancasila saya booking ktp tapi ternyata tutup", "biar ga kayak pas hari lahir pancasila datang percuma"; dev set 107).
 */
const PAST = /\b(?:kemarin|tadi|lalu|sempat|pernah|meninggal|wafat|almarhum|almarhumah|ternyata|waktu itu|(?:kayak|kaya|seperti) (?:pas|waktu|saat))\b/;
/** How far back the story's day may lie. */
const RECENT_DAYS = 45;
/** A day read a year on lies at least this far ahead. */
const ROLLED_DAYS = 300;
const DAY_MS = 86_400_000;

/** The story's day: `date` a year earlier when it was rolled forward past a day just gone (see above). */
export function storyDay(date: string | null, intent: IntentName, normalized: string, now: Date, timeZone: string): string | null {
  if (date === null || !(TOLD.has(intent) || PAST.test(normalized))) return date;
  const local = new Date(now.getTime() + zoneOffsetMinutes(timeZone, now) * 60_000);
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  const said = Date.UTC(y, m - 1, d);
  const before = Date.UTC(y - 1, m - 1, d);
  const ago = (today - before) / DAY_MS;
  if ((said - today) / DAY_MS < ROLLED_DAYS || ago < 1 || ago > RECENT_DAYS) return date;
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
