/**
 * Places named for their market day (issue 11, session 9, date/time): "pasar minggu", "pasar senen" (read "senin" by the
 * Javanese table), "pasar rebo", "pasar kemis" are districts of Jakarta and Tangerang, and "pasar <day>" names a village
 * market across Java. chrono read the weekday as a date ("kantor kelurahan pasar minggu dimana ya" had a Sunday). A
 * weekday right after "pasar" is the place's name; "ke pasar hari minggu" (with "hari") stays a day.
 */
import { WEEKDAYS } from './date-tokens.js';

/** `tokens` without a weekday right after "pasar"; the same array when there is none. */
export function dropMarketDays(tokens: readonly string[]): readonly string[] {
  const at = tokens.findIndex((t, i) => t === 'pasar' && WEEKDAYS.has(tokens[i + 1] ?? ''));
  if (at < 0) return tokens;
  return tokens.filter((t, i) => !(WEEKDAYS.has(t) && tokens[i - 1] === 'pasar'));
}
