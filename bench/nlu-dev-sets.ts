/** The dev sets tuned on for issue 11 (bench/nlu-dev.ts lists their misses; test/intents/dev-3.test.ts, dev-4.test.ts … dev-11.test.ts gate the third to eleventh). */
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEV_SET = `${ROOT}test/fixtures/nlu-dev.jsonl`;
/** Written in session 3 by someone who had not seen the code, "now" Thu 10 Dec 2026; committed unchanged. */
export const DEV_SET_3 = `${ROOT}test/fixtures/nlu-dev-3.jsonl`;
/**
 * Written in session 4 by someone who had not seen the code, weighted to the weak classes of blind set 3
 * (out-of-scope near misses, unknown names, Banjar, Sundanese, help and people); committed unchanged.
 */
export const DEV_SET_4 = `${ROOT}test/fixtures/nlu-dev-4.jsonl`;
/**
 * Written in session 5 by someone who saw only the writer's brief (the intents, services, classes and holiday
 * dates), not the code, the examples or earlier sets; committed unchanged before tuning on it.
 */
export const DEV_SET_5 = `${ROOT}test/fixtures/nlu-dev-5.jsonl`;
/**
 * Written in session 6 from the same writer's brief, weighted to the classes still weak after session 5
 * (Betawi, Bugis, long polite letters, abbreviations, unknown names, out-of-scope near misses); committed unchanged.
 */
export const DEV_SET_6 = `${ROOT}test/fixtures/nlu-dev-6.jsonl`;
/**
 * Written in session 7 from the same writer's brief, "now" Thu 31 Dec 2026 13:30 (the year boundary), weighted to
 * English, out-of-scope near misses and unknown names (programme and app names standing for a service among them);
 * committed unchanged before tuning on it.
 */
export const DEV_SET_7 = `${ROOT}test/fixtures/nlu-dev-7.jsonl`;
/**
 * Written in session 8 from the same writer's brief, "now" Sat 26 Dec 2026 10:05 (580 messages: every class, long
 * English letters, long polite letters that spell out the MPP's name); committed unchanged before tuning on it.
 */
export const DEV_SET_8 = `${ROOT}test/fixtures/nlu-dev-8.jsonl`;
/**
 * Written in session 8 from the same brief, "now" Wed 3 Feb 2027 15:20, weighted to the hard classes (500 messages:
 * English letters, long polite letters, out-of-scope near misses, unknown names, many names of services, dates and
 * times in many formats); committed unchanged before tuning on it.
 */
export const DEV_SET_9 = `${ROOT}test/fixtures/nlu-dev-9.jsonl`;
/**
 * Written in session 9 from the same brief, "now" Mon 15 Feb 2027 09:30 (500 messages in every class); committed
 * unchanged before tuning on it.
 */
export const DEV_SET_10 = `${ROOT}test/fixtures/nlu-dev-10.jsonl`;
/**
 * Written in session 9 from the same brief, "now" Thu 22 Apr 2027 11:10, weighted to the hard classes (500 messages:
 * out-of-scope near misses, English, long polite letters, the booking family, help and people, unknown names);
 * committed unchanged before tuning on it.
 */
export const DEV_SET_11 = `${ROOT}test/fixtures/nlu-dev-11.jsonl`;
/**
 * Written in session 10 from the same brief, "now" Mon 10 May 2027 14:05 WIB, weighted to the classes still short
 * (500 messages: 130 out of scope from some fifty domains, unknown names, long polite letters, English); committed
 * unchanged before tuning on it.
 */
export const DEV_SET_12 = `${ROOT}test/fixtures/nlu-dev-12.jsonl`;
/**
 * Written in session 10 from the same brief, "now" Tue 2 Mar 2027 10:40 in Jayapura (WIT), 500 messages in every
 * class, services named in unusual ways; committed unchanged before tuning on it.
 */
export const DEV_SET_13 = `${ROOT}test/fixtures/nlu-dev-13.jsonl`;
