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
/**
 * Written in session 12 (1 Dec 2026) from the same brief by four writers, each with a lean of their own: older
 * citizens' run-on voice-typed messages (16, "now" Tue 8 Dec 2026 09:30 WIB), students' and traders' slang (17, Wed
 * 20 Jan 2027 14:10 WITA), formal letters on behalf of a parent or client (18, Thu 15 Apr 2027 11:00 WIT), citizens
 * outside Java and abroad (19, Fri 5 Mar 2027 10:00 WIB). 500 messages each, weighted to the hard classes; scored once
 * as written (aggregates only) and then added to the field's messages unchanged; no intent rule was written
 * from them (the regional date words of session 12 came from their date/time misses).
 */
export const DEV_SET_16 = `${ROOT}test/fixtures/nlu-dev-16.jsonl`;
export const DEV_SET_17 = `${ROOT}test/fixtures/nlu-dev-17.jsonl`;
export const DEV_SET_18 = `${ROOT}test/fixtures/nlu-dev-18.jsonl`;
export const DEV_SET_19 = `${ROOT}test/fixtures/nlu-dev-19.jsonl`;
/**
 * Written in session 12 (1 Dec 2026) from the same brief by six more writers, same class weights, each with a lean:
 * Sumatran traders and drivers (20, "now" Mon 14 Dec 2026 13:45 WIB), code-mixing professionals and expats (21, Wed 6
 * Jan 2027 09:10 WITA), fast thumbs on cheap phones (22, Wed 10 Feb 2027 16:20 in Pontianak, after closing), Javanese
 * and Sundanese villages (23, Tue 16 Mar 2027 07:30 WIB, after Lebaran), citizens having a bad day (24, Tue 27 Apr 2027
 * 10:50 WIT), families' errands (25, Wed 12 May 2027 12:15 WITA). Scored once as written, then added unchanged.
 */
export const DEV_SET_20 = `${ROOT}test/fixtures/nlu-dev-20.jsonl`;
export const DEV_SET_21 = `${ROOT}test/fixtures/nlu-dev-21.jsonl`;
export const DEV_SET_22 = `${ROOT}test/fixtures/nlu-dev-22.jsonl`;
export const DEV_SET_23 = `${ROOT}test/fixtures/nlu-dev-23.jsonl`;
export const DEV_SET_24 = `${ROOT}test/fixtures/nlu-dev-24.jsonl`;
export const DEV_SET_25 = `${ROOT}test/fixtures/nlu-dev-25.jsonl`;
/**
 * Written in session 12 (1 Dec 2026) from the same brief by eight more writers, a little more English and long letters,
 * each with a lean: Papua, Maluku and NTT (26, "now" Mon 21 Dec 2026 08:40 WIT), English writers of every kind (27, Wed
 * 13 Jan 2027 15:05 WIB), teenagers' first documents (28, Tue 2 Feb 2027 11:20 WITA), small businesses (29, Thu 25 Feb
 * 2027 09:55 WIB), pensioners' letters (30, Tue 6 Apr 2027 13:10 WITA), night-shift workers' days and times (31, Thu
 * 22 Apr 2027 21:30 WIB), offices we do not have (32, Wed 26 May 2027 10:15 in Pontianak), migrant workers abroad (33,
 * Tue 29 Dec 2026 14:00 WITA). Scored once as written, then added unchanged.
 */
export const DEV_SET_26 = `${ROOT}test/fixtures/nlu-dev-26.jsonl`;
export const DEV_SET_27 = `${ROOT}test/fixtures/nlu-dev-27.jsonl`;
export const DEV_SET_28 = `${ROOT}test/fixtures/nlu-dev-28.jsonl`;
export const DEV_SET_29 = `${ROOT}test/fixtures/nlu-dev-29.jsonl`;
export const DEV_SET_30 = `${ROOT}test/fixtures/nlu-dev-30.jsonl`;
export const DEV_SET_31 = `${ROOT}test/fixtures/nlu-dev-31.jsonl`;
export const DEV_SET_32 = `${ROOT}test/fixtures/nlu-dev-32.jsonl`;
export const DEV_SET_33 = `${ROOT}test/fixtures/nlu-dev-33.jsonl`;
/**
 * Written in session 13 (1 Dec 2026) from the same brief by seven writers, each with a lean the earlier sets were
 * thinnest in: English speakers (34, 200 English messages, "now" Tue 19 Jan 2027 14:20 WITA), out-of-scope near misses
 * (35, 200 of them, Mon 8 Feb 2027 09:05 WIB), days and times around holidays (36, 520 messages, Thu 25 Feb 2027 16:40
 * WIB), other towns' offices and older citizens' letters (37, Fri 9 Apr 2027 08:15 WITA), the young and abbreviated
 * (38, Sat 9 Jan 2027 21:30 WIB), eastern Indonesia (39, Mon 15 Mar 2027 11:50 WIT), a broad mix (40, Tue 11 May 2027
 * 13:25 WIB). Scored once as written (aggregates), then added unchanged; the date rules of session 13 and a few
 * intent rules came from their misses (docs/notes/nlu.md §32).
 */
export const DEV_SET_34 = `${ROOT}test/fixtures/nlu-dev-34.jsonl`;
export const DEV_SET_35 = `${ROOT}test/fixtures/nlu-dev-35.jsonl`;
export const DEV_SET_36 = `${ROOT}test/fixtures/nlu-dev-36.jsonl`;
export const DEV_SET_37 = `${ROOT}test/fixtures/nlu-dev-37.jsonl`;
export const DEV_SET_38 = `${ROOT}test/fixtures/nlu-dev-38.jsonl`;
export const DEV_SET_39 = `${ROOT}test/fixtures/nlu-dev-39.jsonl`;
export const DEV_SET_40 = `${ROOT}test/fixtures/nlu-dev-40.jsonl`;
/**
 * Two sets of long messages written later in session 13 (300 each), when letters were the weakest class: long polite
 * letters over every intent (41, "now" Thu 28 Jan 2027 09:40 WITA; the thanks and greeting letters of letter-acts.ts were
 * written from its misses) and long messages that tell a story, formal and run-on (42, Mon 19 Apr 2027 13:10 WIB; read
 * only as a check of that rule: 75.7 → 78.0 %, and its run-on chat without punctuation at 50 %).
 */
export const DEV_SET_41 = `${ROOT}test/fixtures/nlu-dev-41.jsonl`;
export const DEV_SET_42 = `${ROOT}test/fixtures/nlu-dev-42.jsonl`;
/**
 * Written in session 14 (1 Dec 2026) from the same brief by five writers, at the same time as blind set 14, each with a
 * lean: run-on chat and stories without punctuation (43, 300 messages, "now" Tue 12 Jan 2027 09:50 WIB), the border
 * between our business and near misses (44, 300, Mon 15 Mar 2027 13:05 WITA), Javanese and Sundanese chat (45, 300, Wed
 * 20 Jan 2027 11:30 WIB), long polite letters (46, 250, Fri 26 Feb 2027 08:40 WITA), a broad mix (47, 500, Tue 6 Apr
 * 2027 15:10 WIB). Scored once as written (43–47: 76.3 / 91.3 / 93.7 / 82.8 / 96.0 %), then added unchanged; the
 * clause reader (intents/run-on.ts) came from dev 43's misses.
 */
export const DEV_SET_43 = `${ROOT}test/fixtures/nlu-dev-43.jsonl`;
export const DEV_SET_44 = `${ROOT}test/fixtures/nlu-dev-44.jsonl`;
export const DEV_SET_45 = `${ROOT}test/fixtures/nlu-dev-45.jsonl`;
export const DEV_SET_46 = `${ROOT}test/fixtures/nlu-dev-46.jsonl`;
export const DEV_SET_47 = `${ROOT}test/fixtures/nlu-dev-47.jsonl`;
/**
 * Two more written later in session 14 for the classes blind 14 read worst: long messages that carry feelings, 170 that
 * are not complaints and 130 that are (48, "now" Wed 3 Mar 2027 10:20 WIB; 76.7 % as written), and unknown names, with
 * stories and eastern Malay, beside other offices' own errands (49, Thu 22 Apr 2027 13:35 WITA; 81.0 %). The eastern Malay
 * table and the story frame (intents/framed-piece.ts) were written from dev 49's misses.
 */
export const DEV_SET_48 = `${ROOT}test/fixtures/nlu-dev-48.jsonl`;
export const DEV_SET_49 = `${ROOT}test/fixtures/nlu-dev-49.jsonl`;

/**
 * Four written in session 15 from the one-page brief, each scored on `main` (d8cf0d5) before any work on it: long formal
 * letters, 220 in scope and 50 out, 30 in English (50, "now" Wed 13 Jan 2027 09:40 WITA; 82.3 %); complaints told as
 * feelings and sarcasm beside stories that ask, thank or are another business's (51, same "now"; 64.0 %); names we do not
 * know, other businesses' hours and our own facilities (52, Wed 7 Apr 2027 13:20 WIB; 87.3 %); regional chat in five
 * languages (53, same "now"; 95.0 %). The facility questions (intents/facilities.ts) came from dev 52's misses.
 */
export const DEV_SET_50 = `${ROOT}test/fixtures/nlu-dev-50.jsonl`;
export const DEV_SET_51 = `${ROOT}test/fixtures/nlu-dev-51.jsonl`;
export const DEV_SET_52 = `${ROOT}test/fixtures/nlu-dev-52.jsonl`;
export const DEV_SET_53 = `${ROOT}test/fixtures/nlu-dev-53.jsonl`;

/**
 * Two written in session 16 from the one-page brief, each scored on `main` (3828739) before any work on it: angry,
 * sarcastic and rhetorical chat beside annoyed people who still ask, cancel or move a booking, and other businesses'
 * troubles (54, "now" Mon 22 Feb 2027 09:40 WIB; 80.3 %, complaint-feeling 56.3 %); near misses that borrow our words and
 * long formal letters (55, Wed 27 Jan 2027 16:10 WITA; 95.0 %). The rhetorical where-questions (intents/rhetorical.ts) and
 * a bank's own branch (intents/bank-branch.ts) came from their misses with the older sets'.
 */
export const DEV_SET_54 = `${ROOT}test/fixtures/nlu-dev-54.jsonl`;
export const DEV_SET_55 = `${ROOT}test/fixtures/nlu-dev-55.jsonl`;
/**
 * Written later in session 16 in blind set 16's weakest classes as read at its end (booking-family, unknown-name,
 * abbreviations, Bugis-Makassar chat; "now" Thu 14 Jan 2027 07:45 WITA), scored on `main` (fefba23) before any work on it:
 * 94.3 %. "daeng" as a form of address came from its misses and the older sets'.
 */
export const DEV_SET_56 = `${ROOT}test/fixtures/nlu-dev-56.jsonl`;

/**
 * Four written in session 17 from the one-page brief, after blind set 17 was frozen: out of scope near misses beside
 * complaints said in sarcasm and irony (57, "now" Wed 20 Jan 2027 10:30 WITA; 90.3 % as written, complaint-feeling 64.4 %);
 * other places' offices and Javanese chat (58, Mon 28 Dec 2026 15:45 WIB; 91.0 %, unknown-name 71.4 %); long letters and
 * complaints told every way (59, Mon 15 Feb 2027 09:40 WIB; 80.7 %, complaint-feeling 60.0 %); services named every way
 * with unknown names and Banjar, Javanese and Betawi chat (60, Wed 3 Mar 2027 12:10 WIB; 96.3 %). Scored on `main` as
 * the session's work went on (57 and 58 on 31fe8a1, 60 on 871aec3, 59 on 0ac73ae): irony (intents/irony.ts), reporting
 * letters (told-not-asked.ts), another place's office and the services named with a clitic (entities.ts) came partly
 * from their misses.
 */
export const DEV_SET_57 = `${ROOT}test/fixtures/nlu-dev-57.jsonl`;
export const DEV_SET_58 = `${ROOT}test/fixtures/nlu-dev-58.jsonl`;
export const DEV_SET_59 = `${ROOT}test/fixtures/nlu-dev-59.jsonl`;
export const DEV_SET_60 = `${ROOT}test/fixtures/nlu-dev-60.jsonl`;

/**
 * Two written in session 18 from the one-page brief, after blind set 18 was frozen: tired and annoyed citizens, complaints
 * told as feelings, stories and dry sarcasm beside long letters and others' trouble that is not ours (61, "now" Mon 15 Feb
 * 2027 19:30 WIB; 86.5 % as written, complaint-feeling 76.7 %, out of scope accepted 17.1 %); the morning commute, other
 * places' offices and near misses (62, Wed 20 Jan 2027 07:15 WIB; 97.4 %, unknown-name 90.0 %). Scored on `main` (2029b87)
 * before any of that session's understanding work.
 */
export const DEV_SET_61 = `${ROOT}test/fixtures/nlu-dev-61.jsonl`;
export const DEV_SET_62 = `${ROOT}test/fixtures/nlu-dev-62.jsonl`;
/**
 * A third, in blind set 18's own lean but in its three weakest classes as scored before the work (aggregates only):
 * Sunday night, people writing for a family member, some by voice-to-text (63, Sun 10 Jan 2027 21:15 WIB; out of scope,
 * English, booking-family; 94.7 % as written, service 97.7 %). Spelled acronyms (spelled-letters.ts) and a booking called
 * off in so many words (index.ts OUR_BOOKING) came from its misses.
 */
export const DEV_SET_63 = `${ROOT}test/fixtures/nlu-dev-63.jsonl`;

/**
 * Session 19's sets, in blind set 19's lean (people writing just after closing time; aggregates only) and in its weakest
 * classes as scored before the work, Wed 10 Feb 2027 17:05 WIB: 64 phone autocorrect slips in every intent, 65 the
 * booking family and help and people, 66 other places' offices, out of scope and Javanese.
 */
export const DEV_SET_64 = `${ROOT}test/fixtures/nlu-dev-64.jsonl`;
export const DEV_SET_65 = `${ROOT}test/fixtures/nlu-dev-65.jsonl`;
export const DEV_SET_66 = `${ROOT}test/fixtures/nlu-dev-66.jsonl`;
/**
 * Two more, after the first three were read: 67 service names mangled by autocorrect and fat fingers, every service;
 * 68 the booking family after a bad day, two or three sentences with the request last.
 */
export const DEV_SET_67 = `${ROOT}test/fixtures/nlu-dev-67.jsonl`;
export const DEV_SET_68 = `${ROOT}test/fixtures/nlu-dev-68.jsonl`;
/**
 * Session 20 (2 Dec 2026), written from the same one-page brief before blind set 20 was scored: 69 every message dictated
 * by voice (no punctuation, numbers, times and letters said in words; "now" Thu 18 Feb 2027 09:10 in Jakarta); 70 the
 * fasting month before going home for Lebaran, and chain messages forwarded from a family group ("now" Tue 2 Mar 2027 12:20
 * in Makassar). Scored as written before any session-20 rule, then tuned on.
 */
export const DEV_SET_69 = `${ROOT}test/fixtures/nlu-dev-69.jsonl`;
export const DEV_SET_70 = `${ROOT}test/fixtures/nlu-dev-70.jsonl`;
/**
 * Four more, written after the first two were read and added unchanged: 71 near misses told with our words (someone
 * else's queue, fee, booking or trouble) beside look-alikes that are ours; 72 older citizens and their children (long polite
 * letters, help and people, the booking family with a reason); 73 unknown names by landmark and route in eastern towns,
 * complaints as feelings, holidays; 74 the five regional languages typed fast.
 */
export const DEV_SET_71 = `${ROOT}test/fixtures/nlu-dev-71.jsonl`;
export const DEV_SET_72 = `${ROOT}test/fixtures/nlu-dev-72.jsonl`;
export const DEV_SET_73 = `${ROOT}test/fixtures/nlu-dev-73.jsonl`;
export const DEV_SET_74 = `${ROOT}test/fixtures/nlu-dev-74.jsonl`;
/**
 * Four more, in the classes the blind sets still read weakest: 75 English (expats, returning migrant workers; chat, e-mails,
 * dictation); 76 out of scope told with our words (a hospital, a court, a dispute, a scam, a school); 77 short chat (help and
 * people, the booking family, complaints as feelings); 78 long polite letters, one question or request of every intent.
 */
export const DEV_SET_75 = `${ROOT}test/fixtures/nlu-dev-75.jsonl`;
export const DEV_SET_76 = `${ROOT}test/fixtures/nlu-dev-76.jsonl`;
export const DEV_SET_77 = `${ROOT}test/fixtures/nlu-dev-77.jsonl`;
export const DEV_SET_78 = `${ROOT}test/fixtures/nlu-dev-78.jsonl`;
/**
 * Session 21's eight, written beside blind set 21 in its lean: 79 everyone writes on behalf of someone else; 80 phone
 * autocorrect, glued words and stretched letters; 81 replies quoting an earlier line (">", "Membalas:", a pasted bot line);
 * 82 Papuan and Ambon Malay chat; 83 complaints as feelings, near misses and the holidays after Lebaran; 84 days and clock
 * times said every way; 85 near or after closing time; 86 long polite letters, English, help and people, unknown names.
 */
export const DEV_SET_79 = `${ROOT}test/fixtures/nlu-dev-79.jsonl`;
export const DEV_SET_80 = `${ROOT}test/fixtures/nlu-dev-80.jsonl`;
export const DEV_SET_81 = `${ROOT}test/fixtures/nlu-dev-81.jsonl`;
export const DEV_SET_82 = `${ROOT}test/fixtures/nlu-dev-82.jsonl`;
export const DEV_SET_83 = `${ROOT}test/fixtures/nlu-dev-83.jsonl`;
export const DEV_SET_84 = `${ROOT}test/fixtures/nlu-dev-84.jsonl`;
export const DEV_SET_85 = `${ROOT}test/fixtures/nlu-dev-85.jsonl`;
export const DEV_SET_86 = `${ROOT}test/fixtures/nlu-dev-86.jsonl`;
/**
 * Session 22's eight, written beside blind set 23: 87 several chat bubbles pasted as one message; 88 saying what one does not
 * want or changing one's mind (intents/taken-back.ts came from its misses); 89 young people's slang and Jaksel mixing; 90
 * Javanese of Madiun, Solo, Surabaya, Banyumas and Semarang, ngoko and krama; 91 offices and towns we do not know (the
 * office-in-full rule of name-frame.ts came from its misses); 92 English from expatriates, tourists and the diaspora; 93
 * complaints as feelings and stories, and feelings that only come with a question; 94 Sundanese, Betawi, Bugis-Makassar and
 * Banjar chat words, vowel-dropped abbreviations.
 */
export const DEV_SET_87 = `${ROOT}test/fixtures/nlu-dev-87.jsonl`;
export const DEV_SET_88 = `${ROOT}test/fixtures/nlu-dev-88.jsonl`;
export const DEV_SET_89 = `${ROOT}test/fixtures/nlu-dev-89.jsonl`;
export const DEV_SET_90 = `${ROOT}test/fixtures/nlu-dev-90.jsonl`;
export const DEV_SET_91 = `${ROOT}test/fixtures/nlu-dev-91.jsonl`;
export const DEV_SET_92 = `${ROOT}test/fixtures/nlu-dev-92.jsonl`;
export const DEV_SET_93 = `${ROOT}test/fixtures/nlu-dev-93.jsonl`;
export const DEV_SET_94 = `${ROOT}test/fixtures/nlu-dev-94.jsonl`;
/**
 * Session 23's, written beside blind set 24: 95 days and clock times written every way, older phones and older hands
 * (capitals, letter names), a situation told before the question (general, booking family, holidays, abbreviations); 96 a
 * situation told before the question (a document lost in a flood, a name misspelt, a move, a second-hand motorbike) and
 * near misses that use our words (a bank's queue, a hospital's booking, a school's registration), in out of scope, the
 * booking family and complaints as feelings. Scored as written, before they joined the field: 98.6 % and 86.7 %.
 */
export const DEV_SET_95 = `${ROOT}test/fixtures/nlu-dev-95.jsonl`;
export const DEV_SET_96 = `${ROOT}test/fixtures/nlu-dev-96.jsonl`;
/**
 * And four more with the same lean, written while the first two's misses were worked on: 97 long polite messages and help
 * and people; 98 offices and towns we do not know, complaints as feelings, English; 99 Javanese, Sundanese, Bugis-Makassar,
 * Banjar and Betawi; 100 out of scope near misses, everyday chat, holidays. As written: 93.2, 92.6, 95.9 and 99.3 %.
 */
export const DEV_SET_97 = `${ROOT}test/fixtures/nlu-dev-97.jsonl`;
export const DEV_SET_98 = `${ROOT}test/fixtures/nlu-dev-98.jsonl`;
export const DEV_SET_99 = `${ROOT}test/fixtures/nlu-dev-99.jsonl`;
export const DEV_SET_100 = `${ROOT}test/fixtures/nlu-dev-100.jsonl`;
/**
 * And four written later in the session, the same lean again: 101 long polite letters and help and people; 102 complaints
 * as feelings and stories, offices we do not know, English; 103 everyday chat, near misses, the booking family; 104
 * Sundanese, Bugis-Makassar, Javanese and abbreviations. As written: 93.3, 84.7 (complaint-feeling 71.7), 96.4 and 95.9 %.
 */
export const DEV_SET_101 = `${ROOT}test/fixtures/nlu-dev-101.jsonl`;
export const DEV_SET_102 = `${ROOT}test/fixtures/nlu-dev-102.jsonl`;
export const DEV_SET_103 = `${ROOT}test/fixtures/nlu-dev-103.jsonl`;
export const DEV_SET_104 = `${ROOT}test/fixtures/nlu-dev-104.jsonl`;
/**
 * Session 24's, written beside blind set 25 with its lean (voice notes turned into text, something forwarded before the
 * question, a correction inside the message): 105 long polite letters, help and people, complaints as feelings; 106 near
 * misses, offices we do not know, everyday chat; 107 the booking family, English, holidays, abbreviations; 108 Javanese,
 * Sundanese, Betawi, Banjar; 109 Bugis-Makassar, complaints, letters, help and people; 110 everyday chat, near misses,
 * offices we do not know, the booking family.
 */
export const DEV_SET_105 = `${ROOT}test/fixtures/nlu-dev-105.jsonl`;
export const DEV_SET_106 = `${ROOT}test/fixtures/nlu-dev-106.jsonl`;
export const DEV_SET_107 = `${ROOT}test/fixtures/nlu-dev-107.jsonl`;
export const DEV_SET_108 = `${ROOT}test/fixtures/nlu-dev-108.jsonl`;
export const DEV_SET_109 = `${ROOT}test/fixtures/nlu-dev-109.jsonl`;
export const DEV_SET_110 = `${ROOT}test/fixtures/nlu-dev-110.jsonl`;
/**
 * Session 25's, written beside blind set 26 with its lean (a situation or condition told first, expressive typing, sent
 * from inside the building): 111 everyday chat, near misses, offices we do not know, the booking family; 112 complaints as
 * feelings, help and people, the booking family, English; 113 everyday chat, long polite letters, holidays, abbreviations,
 * Betawi; 114 Javanese, Sundanese, Bugis-Makassar, Banjar; 115 near misses, offices we do not know, everyday chat; 116 the
 * booking family, complaints, help and people, holidays. As written: 96.0, 94.0, 95.9, 96.0, 94.4 and 94.7 %.
 */
export const DEV_SET_111 = `${ROOT}test/fixtures/nlu-dev-111.jsonl`;
export const DEV_SET_112 = `${ROOT}test/fixtures/nlu-dev-112.jsonl`;
export const DEV_SET_113 = `${ROOT}test/fixtures/nlu-dev-113.jsonl`;
export const DEV_SET_114 = `${ROOT}test/fixtures/nlu-dev-114.jsonl`;
export const DEV_SET_115 = `${ROOT}test/fixtures/nlu-dev-115.jsonl`;
export const DEV_SET_116 = `${ROOT}test/fixtures/nlu-dev-116.jsonl`;
/** Written after the first rules, in the same lean: 117 Javanese, Sundanese, Banjar, Bugis-Makassar (95.2 % as written); 118 the booking family, complaints, help and people, holidays (90.7 %). */
export const DEV_SET_117 = `${ROOT}test/fixtures/nlu-dev-117.jsonl`;
export const DEV_SET_118 = `${ROOT}test/fixtures/nlu-dev-118.jsonl`;
/**
 * Written after 111–118 joined the field, in the same lean: 119 the booking family, holidays, abbreviations; 120 Javanese,
 * Bugis-Makassar, Banjar, complaints; 121 the booking family, offices we do not know, near misses.
 */
export const DEV_SET_119 = `${ROOT}test/fixtures/nlu-dev-119.jsonl`;
export const DEV_SET_120 = `${ROOT}test/fixtures/nlu-dev-120.jsonl`;
export const DEV_SET_121 = `${ROOT}test/fixtures/nlu-dev-121.jsonl`;
/**
 * Session 26's, written beside blind set 27. 122–124 in its lean (terse telegraphic messages, asking for someone else, timing
 * right now around breaks and closures): 122 the booking family, complaints, help and people; 123 long polite letters,
 * English, holidays, offices we do not know; 124 near misses, everyday chat, abbreviations. 125–127 lean to hearsay checked,
 * pleading and fast thumbs: 125 Javanese, Sundanese, Bugis-Makassar, Banjar; 126 the booking family, complaints, Betawi,
 * holidays; 127 everyday chat, offices we do not know, help and people, near misses. As written (on f1b68d6): 93.0, 97.1,
 * 97.7, 98.6, 94.6 and 99.3 %.
 */
export const DEV_SET_122 = `${ROOT}test/fixtures/nlu-dev-122.jsonl`;
export const DEV_SET_123 = `${ROOT}test/fixtures/nlu-dev-123.jsonl`;
export const DEV_SET_124 = `${ROOT}test/fixtures/nlu-dev-124.jsonl`;
export const DEV_SET_125 = `${ROOT}test/fixtures/nlu-dev-125.jsonl`;
export const DEV_SET_126 = `${ROOT}test/fixtures/nlu-dev-126.jsonl`;
export const DEV_SET_127 = `${ROOT}test/fixtures/nlu-dev-127.jsonl`;
/**
 * Written after 122–127's rules, in the leans of the blind sets that stay lowest (16, 19, 21): 128 just after closing time
 * (complaints, the booking family, everyday chat); 129 a Saturday evening at home planning the week (near misses, long
 * polite letters, help and people, English); 130 eastern Indonesia's Malay, quoted replies, words glued by autocorrect
 * (everyday chat, offices we do not know, complaints, holidays). As written: 92.7, 97.9 and 95.3 %.
 */
export const DEV_SET_128 = `${ROOT}test/fixtures/nlu-dev-128.jsonl`;
export const DEV_SET_129 = `${ROOT}test/fixtures/nlu-dev-129.jsonl`;
export const DEV_SET_130 = `${ROOT}test/fixtures/nlu-dev-130.jsonl`;
/**
 * Session 27's, written in blind set 28's leans before any of its rules: 131 a second visit after being turned away (complaints,
 * everyday chat, the booking family); 132 online versus the counter (everyday chat, near misses, offices we do not know, help and
 * people); 133 the rush before the Pancasila closure (holidays, the booking family, Javanese, abbreviations); 134 Javanese told as
 * a story (Javanese, complaints, near misses); 135 businesses around the MPP (near misses, offices we do not know, long polite
 * letters); 136 complaints whose words look like a question (complaints, Sundanese, Betawi, English). As written (on cca32d2):
 * 89.3, 95.1, 91.7, 90.7, 93.2 and 89.4 %.
 */
export const DEV_SET_131 = `${ROOT}test/fixtures/nlu-dev-131.jsonl`;
export const DEV_SET_132 = `${ROOT}test/fixtures/nlu-dev-132.jsonl`;
export const DEV_SET_133 = `${ROOT}test/fixtures/nlu-dev-133.jsonl`;
export const DEV_SET_134 = `${ROOT}test/fixtures/nlu-dev-134.jsonl`;
export const DEV_SET_135 = `${ROOT}test/fixtures/nlu-dev-135.jsonl`;
export const DEV_SET_136 = `${ROOT}test/fixtures/nlu-dev-136.jsonl`;
/**
 * Written after 131–136's rules, in the classes the blind sets keep lowest: 137 a Saturday evening's everyday questions that are
 * not ours (near misses, everyday chat); 138 before opening on the day after a closure (the booking family for a relative, help
 * and people, English); 139 a long queue after lunch (complaints, Sundanese, Banjar, Bugis-Makassar); 140 other towns' own
 * offices, closures ahead, long letters (offices we do not know, holidays, abbreviations, long polite letters). As written (on
 * 131–136's rules and field): 97.8, 91.6, 90.8 and 93.2 %.
 */
export const DEV_SET_137 = `${ROOT}test/fixtures/nlu-dev-137.jsonl`;
export const DEV_SET_138 = `${ROOT}test/fixtures/nlu-dev-138.jsonl`;
export const DEV_SET_139 = `${ROOT}test/fixtures/nlu-dev-139.jsonl`;
export const DEV_SET_140 = `${ROOT}test/fixtures/nlu-dev-140.jsonl`;
/**
 * Written after 137–140's rules: 141 a crowded Monday before the closure (Javanese, Betawi, everyday chat); 142 the evening of a
 * closure day, what failed online (near misses, complaints, help and people). As written: 97.1 and 87.9 %.
 */
export const DEV_SET_141 = `${ROOT}test/fixtures/nlu-dev-141.jsonl`;
export const DEV_SET_142 = `${ROOT}test/fixtures/nlu-dev-142.jsonl`;
/**
 * Written last: 143 an ordinary weekday afternoon (everyday chat, holidays past and ahead, Betawi); 144 a weekday morning (help
 * and people, English, long polite letters). As written: 88.5 and 100 %.
 */
export const DEV_SET_143 = `${ROOT}test/fixtures/nlu-dev-143.jsonl`;
export const DEV_SET_144 = `${ROOT}test/fixtures/nlu-dev-144.jsonl`;
/**
 * Session 28 (issue 11), written before its rules, each 150 messages: 145 deadlines and corrections inside the message (everyday
 * chat, the booking family, holidays); 146 asking on behalf of others (everyday chat, Betawi, complaints); 147 days and times said
 * every way (the booking family, everyday chat); 148 a Saturday evening (out of scope, unknown names); 149 the weeks before Nyepi
 * and lebaran (holidays, Betawi, Sundanese); 150 the day after a bad visit (complaints told plainly, everyday chat). As written:
 * 87.4, 94.0, 97.2, 96.6, 96.5 and 87.9 %.
 */
export const DEV_SET_145 = `${ROOT}test/fixtures/nlu-dev-145.jsonl`;
export const DEV_SET_146 = `${ROOT}test/fixtures/nlu-dev-146.jsonl`;
export const DEV_SET_147 = `${ROOT}test/fixtures/nlu-dev-147.jsonl`;
export const DEV_SET_148 = `${ROOT}test/fixtures/nlu-dev-148.jsonl`;
export const DEV_SET_149 = `${ROOT}test/fixtures/nlu-dev-149.jsonl`;
export const DEV_SET_150 = `${ROOT}test/fixtures/nlu-dev-150.jsonl`;
/**
 * Session 28, written after its first rules: 151 complaints told plainly with no word of judging (150 of them); 152 a visit
 * gone wrong today (complaints, the booking family); 153 Banjar, Bugis-Makassar and Javanese on a busy morning; 154 a Sunday
 * night (out of scope, help and people); 155 typed in a hurry before work (everyday chat, abbreviations); 156 a Friday
 * afternoon (long letters, English, holidays ahead). As written: 70.7 % (79.3 % with the staff-story rule), 88.0, 97.1,
 * 98.5, 96.9 and 95.1 %.
 */
export const DEV_SET_151 = `${ROOT}test/fixtures/nlu-dev-151.jsonl`;
export const DEV_SET_152 = `${ROOT}test/fixtures/nlu-dev-152.jsonl`;
export const DEV_SET_153 = `${ROOT}test/fixtures/nlu-dev-153.jsonl`;
export const DEV_SET_154 = `${ROOT}test/fixtures/nlu-dev-154.jsonl`;
export const DEV_SET_155 = `${ROOT}test/fixtures/nlu-dev-155.jsonl`;
export const DEV_SET_156 = `${ROOT}test/fixtures/nlu-dev-156.jsonl`;
/**
 * Session 29: 157 regional chat after a first answer (Banjar, Betawi, Sundanese); 158 a weekday evening (help and people,
 * near misses); 159 a second visit after being turned away (complaints as feelings, everyday chat); 160 plans moved around the
 * May holidays (the booking family, holidays); 161 newcomers and people far away (offices we do not know, letters, English);
 * 162 late at night (abbreviations, everyday chat, out of scope). As written on bc25d79: 96.7, 96.0, 91.3, 94.0, 96.0 and
 * 98.0 %.
 */
export const DEV_SET_157 = `${ROOT}test/fixtures/nlu-dev-157.jsonl`;
export const DEV_SET_158 = `${ROOT}test/fixtures/nlu-dev-158.jsonl`;
export const DEV_SET_159 = `${ROOT}test/fixtures/nlu-dev-159.jsonl`;
export const DEV_SET_160 = `${ROOT}test/fixtures/nlu-dev-160.jsonl`;
export const DEV_SET_161 = `${ROOT}test/fixtures/nlu-dev-161.jsonl`;
export const DEV_SET_162 = `${ROOT}test/fixtures/nlu-dev-162.jsonl`;
/**
 * Session 29, second round: 163 Banjar and Bugis-Makassar for a relative, with money and counts; 164 a long afternoon queue
 * (help and people, complaints as feelings); 165 the lunch break (out of scope, offices we do not know); 166 days and times
 * said every way (the booking family, everyday chat); 167 after a bad experience (complaints, letters, English); 168 the day
 * after a holiday (Javanese, Sundanese, Betawi). As written (before this round's rules): 91.3, 90.0, 91.3, 99.3, 89.3 and 96.0 %.
 */
export const DEV_SET_163 = `${ROOT}test/fixtures/nlu-dev-163.jsonl`;
export const DEV_SET_164 = `${ROOT}test/fixtures/nlu-dev-164.jsonl`;
export const DEV_SET_165 = `${ROOT}test/fixtures/nlu-dev-165.jsonl`;
export const DEV_SET_166 = `${ROOT}test/fixtures/nlu-dev-166.jsonl`;
export const DEV_SET_167 = `${ROOT}test/fixtures/nlu-dev-167.jsonl`;
export const DEV_SET_168 = `${ROOT}test/fixtures/nlu-dev-168.jsonl`;
/**
 * Session 30: 169 out-of-scope near misses, 170 English, 171 help asked every way (is this chat official), 172 complaints as
 * stories and letters, written before its rules (as written on ffcddf0: 95.3, 98.0, 96.0 and 96.0 %); 173 other government
 * matters and companies, 174 typed inside the building (after round 1: 98.0, 94.7 %); 175 the booking family, 176 the five
 * regional languages, 177 near misses, abbreviations and holidays, 178 offices we do not know and complaints told (after round
 * 2: 99.3, 99.3, 97.3, 96.7 %).
 */
export const DEV_SET_169 = `${ROOT}test/fixtures/nlu-dev-169.jsonl`;
export const DEV_SET_170 = `${ROOT}test/fixtures/nlu-dev-170.jsonl`;
export const DEV_SET_171 = `${ROOT}test/fixtures/nlu-dev-171.jsonl`;
export const DEV_SET_172 = `${ROOT}test/fixtures/nlu-dev-172.jsonl`;
export const DEV_SET_173 = `${ROOT}test/fixtures/nlu-dev-173.jsonl`;
export const DEV_SET_174 = `${ROOT}test/fixtures/nlu-dev-174.jsonl`;
export const DEV_SET_175 = `${ROOT}test/fixtures/nlu-dev-175.jsonl`;
export const DEV_SET_176 = `${ROOT}test/fixtures/nlu-dev-176.jsonl`;
export const DEV_SET_177 = `${ROOT}test/fixtures/nlu-dev-177.jsonl`;
export const DEV_SET_178 = `${ROOT}test/fixtures/nlu-dev-178.jsonl`;
/**
 * Session 31: 179 typed as spoken, 180 a reason before the ask and other public offices, 181 terse and wandering, 182 incidental
 * places and numbers, 183 one breath without stops, 184 what someone said, 185 eastern Indonesian chat, 186 the week between
 * Christmas and New Year; all written from the one-page brief before the rules they fed (as written on 97c208c: 97.3, 96.7,
 * 97.3, 98.0, 97.3, 98.0, 98.0 and 100 %).
 */
export const DEV_SET_179 = `${ROOT}test/fixtures/nlu-dev-179.jsonl`;
export const DEV_SET_180 = `${ROOT}test/fixtures/nlu-dev-180.jsonl`;
export const DEV_SET_181 = `${ROOT}test/fixtures/nlu-dev-181.jsonl`;
export const DEV_SET_182 = `${ROOT}test/fixtures/nlu-dev-182.jsonl`;
export const DEV_SET_183 = `${ROOT}test/fixtures/nlu-dev-183.jsonl`;
export const DEV_SET_184 = `${ROOT}test/fixtures/nlu-dev-184.jsonl`;
export const DEV_SET_185 = `${ROOT}test/fixtures/nlu-dev-185.jsonl`;
export const DEV_SET_186 = `${ROOT}test/fixtures/nlu-dev-186.jsonl`;
/**
 * Session 32: 187 near misses from private life, 188 emoji, stretched words and shorthand, 189 a booking one already has, 190
 * complaints told as stories and grievances about other public bodies, 191 code-switching and foreigners, 192 the week of 17
 * Agustus and conditional questions, 193 older citizens and formal letters, 194 evenings, weekends and the bot itself; all
 * written from the one-page brief before the rules they fed (as written on 25c2cb7: 98.7, 99.3, 95.3, 98.0, 97.3, 100, 95.3
 * and 96.0 %).
 */
export const DEV_SET_187 = `${ROOT}test/fixtures/nlu-dev-187.jsonl`;
export const DEV_SET_188 = `${ROOT}test/fixtures/nlu-dev-188.jsonl`;
export const DEV_SET_189 = `${ROOT}test/fixtures/nlu-dev-189.jsonl`;
export const DEV_SET_190 = `${ROOT}test/fixtures/nlu-dev-190.jsonl`;
export const DEV_SET_191 = `${ROOT}test/fixtures/nlu-dev-191.jsonl`;
export const DEV_SET_192 = `${ROOT}test/fixtures/nlu-dev-192.jsonl`;
export const DEV_SET_193 = `${ROOT}test/fixtures/nlu-dev-193.jsonl`;
export const DEV_SET_194 = `${ROOT}test/fixtures/nlu-dev-194.jsonl`;
/**
 * Session 33: 195 pensioners and civil servants, 196 students and young job seekers, 197 small business owners, 198 drivers
 * and vehicles, 199 newlyweds and young families, 200 migrant workers and families abroad, 201 angry and tired citizens, 202
 * rural and elderly citizens; 203–206 documents described instead of named (for a relative, from a village, in slang, in
 * formal letters). All written from the one-page brief before the rules they fed (as written on f50962d: intent 96.7, 98.7,
 * 96.7, 95.3, 97.3, 91.3, 95.3, 98.0, 96.0, 95.3, 93.3 and 93.3 %; service 100, 99.2, 98.3, 92.5, 97.5, 100, 99.2, 100, 80.8,
 * 89.2, 88.3 and 79.2 %).
 */
export const DEV_SET_195 = `${ROOT}test/fixtures/nlu-dev-195.jsonl`;
export const DEV_SET_196 = `${ROOT}test/fixtures/nlu-dev-196.jsonl`;
export const DEV_SET_197 = `${ROOT}test/fixtures/nlu-dev-197.jsonl`;
export const DEV_SET_198 = `${ROOT}test/fixtures/nlu-dev-198.jsonl`;
export const DEV_SET_199 = `${ROOT}test/fixtures/nlu-dev-199.jsonl`;
export const DEV_SET_200 = `${ROOT}test/fixtures/nlu-dev-200.jsonl`;
export const DEV_SET_201 = `${ROOT}test/fixtures/nlu-dev-201.jsonl`;
export const DEV_SET_202 = `${ROOT}test/fixtures/nlu-dev-202.jsonl`;
export const DEV_SET_203 = `${ROOT}test/fixtures/nlu-dev-203.jsonl`;
export const DEV_SET_204 = `${ROOT}test/fixtures/nlu-dev-204.jsonl`;
export const DEV_SET_205 = `${ROOT}test/fixtures/nlu-dev-205.jsonl`;
export const DEV_SET_206 = `${ROOT}test/fixtures/nlu-dev-206.jsonl`;
/**
 * Session 34: 207 eastern Indonesian colloquial Malay (Papua, Maluku, NTT), 208 formal elderly citizens naming long office
 * names, 209 self-corrections, two questions at once, an earlier chat and near misses, 210 fast young typing, 211 near misses
 * (services elsewhere told in our words), 212 Javanese and Sundanese throughout, 213 Banjar, Bugis-Makassar and Betawi
 * throughout, 214 frustrated and sarcastic citizens. All written from the one-page brief after blind set 36 was frozen and
 * before the rules they fed (as written on 2a1b8c7: intent 97.3, 93.3, 94.7, 99.3, 99.3, 98.0, 99.3 and 96.0 %;
 * service 100, 100, 99.2, 100, 100, 99.2, 100 and 100 %).
 */
export const DEV_SET_207 = `${ROOT}test/fixtures/nlu-dev-207.jsonl`;
export const DEV_SET_208 = `${ROOT}test/fixtures/nlu-dev-208.jsonl`;
export const DEV_SET_209 = `${ROOT}test/fixtures/nlu-dev-209.jsonl`;
export const DEV_SET_210 = `${ROOT}test/fixtures/nlu-dev-210.jsonl`;
export const DEV_SET_211 = `${ROOT}test/fixtures/nlu-dev-211.jsonl`;
export const DEV_SET_212 = `${ROOT}test/fixtures/nlu-dev-212.jsonl`;
export const DEV_SET_213 = `${ROOT}test/fixtures/nlu-dev-213.jsonl`;
export const DEV_SET_214 = `${ROOT}test/fixtures/nlu-dev-214.jsonl`;
/**
 * Session 35: 215 out-of-scope lookalikes (banks, hospitals, schools, other offices' hours, told in MPP words), 216 Javanese
 * (ngoko, krama, Banyumasan ngapak), 217 Sundanese and Betawi, 218 voice-note transcripts, 219 asking on behalf of someone
 * else around New Year, 220 complaint stories with days, times and other offices in passing, 221 near misses with Banjar and
 * Bugis-Makassar flavour, 222 fast young typing. All written from the one-page brief after blind set 37 was frozen and before
 * the rules they fed (as written on 025d2de: intent 96.7, 96.0, 99.3, 98.0, 98.0, 97.3, 98.7 and 97.3 %; service 100, 100,
 * 100, 96.6, 100, 100, 99.2 and 100 %).
 */
export const DEV_SET_215 = `${ROOT}test/fixtures/nlu-dev-215.jsonl`;
export const DEV_SET_216 = `${ROOT}test/fixtures/nlu-dev-216.jsonl`;
export const DEV_SET_217 = `${ROOT}test/fixtures/nlu-dev-217.jsonl`;
export const DEV_SET_218 = `${ROOT}test/fixtures/nlu-dev-218.jsonl`;
export const DEV_SET_219 = `${ROOT}test/fixtures/nlu-dev-219.jsonl`;
export const DEV_SET_220 = `${ROOT}test/fixtures/nlu-dev-220.jsonl`;
export const DEV_SET_221 = `${ROOT}test/fixtures/nlu-dev-221.jsonl`;
export const DEV_SET_222 = `${ROOT}test/fixtures/nlu-dev-222.jsonl`;
/**
 * Session 36: 223 Javanese krama and ngoko, 224 Banjar, Bugis-Makassar and eastern Indonesian Malay, 225 dates and times
 * around Nyepi, Lebaran and cuti bersama, 226 out-of-scope lookalikes (banks, hospitals, marketplaces, loan apps), 227 East
 * Java's Javanese and Banyumas ngapak, 228 out-of-scope messages in the MPP's words, 229 booking, checking and moving with
 * dates in every form, 230 older citizens' long letters and complaint stories, some in Papuan and Ambonese Malay. Written
 * from the one-page brief while blind set 38 was being written (by other writers; neither saw the other) and before the rules
 * they fed (scored as they arrived, before any rule they fed: intent 99.3, 100, 99.3, 97.3, 95.3, 98.0, 98.0 and 99.3 %).
 */
export const DEV_SET_223 = `${ROOT}test/fixtures/nlu-dev-223.jsonl`;
export const DEV_SET_224 = `${ROOT}test/fixtures/nlu-dev-224.jsonl`;
export const DEV_SET_225 = `${ROOT}test/fixtures/nlu-dev-225.jsonl`;
export const DEV_SET_226 = `${ROOT}test/fixtures/nlu-dev-226.jsonl`;
export const DEV_SET_227 = `${ROOT}test/fixtures/nlu-dev-227.jsonl`;
export const DEV_SET_228 = `${ROOT}test/fixtures/nlu-dev-228.jsonl`;
export const DEV_SET_229 = `${ROOT}test/fixtures/nlu-dev-229.jsonl`;
export const DEV_SET_230 = `${ROOT}test/fixtures/nlu-dev-230.jsonl`;
/**
 * Session 36, a second round written the same way after the first round's rules, before the rules they fed: 231 booking said
 * indirectly (jatah, giliran, nomor urut, janji temu), 232 complaints told as feelings, sarcasm and emoji, 233 older citizens'
 * long and rambling letters, 234 our services in other words (descriptions, old names, loanwords), 235 people and the bot
 * itself, 236 heavy abbreviation and keyboard slips, 237 unknown names and office-like places, 238 Indonesian-English
 * code-switching (scored as they arrived, before any rule they fed: intent 94.7, 90.7, 98.0, 98.7, 97.3, 98.7, 95.3 and 98.7 %).
 */
export const DEV_SET_231 = `${ROOT}test/fixtures/nlu-dev-231.jsonl`;
export const DEV_SET_232 = `${ROOT}test/fixtures/nlu-dev-232.jsonl`;
export const DEV_SET_233 = `${ROOT}test/fixtures/nlu-dev-233.jsonl`;
export const DEV_SET_234 = `${ROOT}test/fixtures/nlu-dev-234.jsonl`;
export const DEV_SET_235 = `${ROOT}test/fixtures/nlu-dev-235.jsonl`;
export const DEV_SET_236 = `${ROOT}test/fixtures/nlu-dev-236.jsonl`;
export const DEV_SET_237 = `${ROOT}test/fixtures/nlu-dev-237.jsonl`;
export const DEV_SET_238 = `${ROOT}test/fixtures/nlu-dev-238.jsonl`;
/**
 * Session 36, a third round written the same way after the second round's rules: 239 complaints mixed with a question, 240
 * bookings for a relative or a group, 241 long letters from civil servants, teachers, pastors and village heads, 242 people
 * unsure how to use the chat, 243 other towns, offices and apps by name, 244 very short messages and fragments, 245
 * voice-to-text and autocorrect errors, 246 everyday life in Eastern Indonesia (scored as they arrived, before any rule they
 * fed: intent 98.0, 99.3, 98.0, 97.3, 98.0, 94.7, 98.7 and 98.7 %).
 */
export const DEV_SET_239 = `${ROOT}test/fixtures/nlu-dev-239.jsonl`;
export const DEV_SET_240 = `${ROOT}test/fixtures/nlu-dev-240.jsonl`;
export const DEV_SET_241 = `${ROOT}test/fixtures/nlu-dev-241.jsonl`;
export const DEV_SET_242 = `${ROOT}test/fixtures/nlu-dev-242.jsonl`;
export const DEV_SET_243 = `${ROOT}test/fixtures/nlu-dev-243.jsonl`;
export const DEV_SET_244 = `${ROOT}test/fixtures/nlu-dev-244.jsonl`;
export const DEV_SET_245 = `${ROOT}test/fixtures/nlu-dev-245.jsonl`;
export const DEV_SET_246 = `${ROOT}test/fixtures/nlu-dev-246.jsonl`;
/**
 * Session 37, a first round written beside blind set 39 (neither saw the other's file), from the one-page brief only: 247
 * Betawi and Sundanese traders and ojek drivers, 248 people sent back once for a missing document, 249 English-speaking expats,
 * returning migrant workers and students, 250 Javanese and Bugis-Makassar speakers in eastern towns, 251 near misses from daily
 * life in the MPP's words, 252 Papua, Maluku and NTT Malay, 253 a running chat with the bot, 254 Sundanese after Lebaran
 * (scored as they arrived, before any rule they fed: intent 98.7, 96.7, 96.7, 98.0, 100, 98.7, 96.7 and 100 %).
 */
export const DEV_SET_247 = `${ROOT}test/fixtures/nlu-dev-247.jsonl`;
export const DEV_SET_248 = `${ROOT}test/fixtures/nlu-dev-248.jsonl`;
export const DEV_SET_249 = `${ROOT}test/fixtures/nlu-dev-249.jsonl`;
export const DEV_SET_250 = `${ROOT}test/fixtures/nlu-dev-250.jsonl`;
export const DEV_SET_251 = `${ROOT}test/fixtures/nlu-dev-251.jsonl`;
export const DEV_SET_252 = `${ROOT}test/fixtures/nlu-dev-252.jsonl`;
export const DEV_SET_253 = `${ROOT}test/fixtures/nlu-dev-253.jsonl`;
export const DEV_SET_254 = `${ROOT}test/fixtures/nlu-dev-254.jsonl`;
/**
 * Session 37, a second round written the same way after the first round's rules: 255 out-of-scope questions that borrow the
 * MPP's words, 256 Banjar and Dayak-flavoured Indonesian, 257 complaints told as stories and feelings, 258 places and offices
 * the bot cannot know, 259 Betawi and Gen Z chat, 260 English speakers, 261 Javanese from Central and East Java, 262 two things
 * at once, corrections and first-time users (scored as they arrived: intent 92.0, 98.7, 96.7, 98.0, 98.7, 93.3, 94.7 and 98.0
 * %).
 */
export const DEV_SET_255 = `${ROOT}test/fixtures/nlu-dev-255.jsonl`;
export const DEV_SET_256 = `${ROOT}test/fixtures/nlu-dev-256.jsonl`;
export const DEV_SET_257 = `${ROOT}test/fixtures/nlu-dev-257.jsonl`;
export const DEV_SET_258 = `${ROOT}test/fixtures/nlu-dev-258.jsonl`;
export const DEV_SET_259 = `${ROOT}test/fixtures/nlu-dev-259.jsonl`;
export const DEV_SET_260 = `${ROOT}test/fixtures/nlu-dev-260.jsonl`;
export const DEV_SET_261 = `${ROOT}test/fixtures/nlu-dev-261.jsonl`;
export const DEV_SET_262 = `${ROOT}test/fixtures/nlu-dev-262.jsonl`;
/**
 * Session 37, a third round written the same way after the second round's rules: 263 greetings and small talk, 264 English
 * speakers naming the MPP their own way, 265 long waits for a document, 266 holidays and closures past and coming, 267 elderly
 * krama and young ngoko, 268 Bugis-Makassar, Mandar, Kaili and Gorontalo, 269 bookings for several people, and lateness, 270
 * the chat taken for a general hotline (scored as they arrived: intent 98.7, 99.3, 96.7, 97.3, 96.0, 98.0, 94.0 and 97.3 %).
 */
export const DEV_SET_263 = `${ROOT}test/fixtures/nlu-dev-263.jsonl`;
export const DEV_SET_264 = `${ROOT}test/fixtures/nlu-dev-264.jsonl`;
export const DEV_SET_265 = `${ROOT}test/fixtures/nlu-dev-265.jsonl`;
export const DEV_SET_266 = `${ROOT}test/fixtures/nlu-dev-266.jsonl`;
export const DEV_SET_267 = `${ROOT}test/fixtures/nlu-dev-267.jsonl`;
export const DEV_SET_268 = `${ROOT}test/fixtures/nlu-dev-268.jsonl`;
export const DEV_SET_269 = `${ROOT}test/fixtures/nlu-dev-269.jsonl`;
export const DEV_SET_270 = `${ROOT}test/fixtures/nlu-dev-270.jsonl`;
/**
 * Session 37, a fourth round written after the third round's rules and scored at the end of the session as held-out sets: 271
 * an ordinary weekday's mix, 272 Kalimantan and Sulawesi, 273 Sundanese and Javanese switching within a message, 274 Papua and
 * Maluku, 275 long letters beside fragments, 276 the chat taken for something else, 277 Jaksel English, 278 typos and
 * abbreviations (held out, read once before they joined the field: intent 99.3, 98.0, 99.3, 98.0, 95.3, 98.0, 98.0 and 96.7 %).
 */
export const DEV_SET_271 = `${ROOT}test/fixtures/nlu-dev-271.jsonl`;
export const DEV_SET_272 = `${ROOT}test/fixtures/nlu-dev-272.jsonl`;
export const DEV_SET_273 = `${ROOT}test/fixtures/nlu-dev-273.jsonl`;
export const DEV_SET_274 = `${ROOT}test/fixtures/nlu-dev-274.jsonl`;
export const DEV_SET_275 = `${ROOT}test/fixtures/nlu-dev-275.jsonl`;
export const DEV_SET_276 = `${ROOT}test/fixtures/nlu-dev-276.jsonl`;
export const DEV_SET_277 = `${ROOT}test/fixtures/nlu-dev-277.jsonl`;
export const DEV_SET_278 = `${ROOT}test/fixtures/nlu-dev-278.jsonl`;
/**
 * Session 38, a first round written beside blind set 40 (neither saw the other's file), from the one-page brief only: 279 near
 * misses that borrow our words, 280 Javanese, Sundanese and Betawi in every class, 281 Banjar, Bugis-Makassar, Manado and Papua
 * with towns the bot cannot know, 282 a chat mid-stream and one's own booking (scored as they arrived, before any rule they
 * fed: intent 99.3, 100, 100 and 98.0 %).
 */
export const DEV_SET_279 = `${ROOT}test/fixtures/nlu-dev-279.jsonl`;
export const DEV_SET_280 = `${ROOT}test/fixtures/nlu-dev-280.jsonl`;
export const DEV_SET_281 = `${ROOT}test/fixtures/nlu-dev-281.jsonl`;
export const DEV_SET_282 = `${ROOT}test/fixtures/nlu-dev-282.jsonl`;
/**
 * Session 38, a second round written after the session's first rules: 283 English and code-mixed near misses, 284 Papua, Maluku
 * and NTT, 285 older citizens and their children, 286 heavy typos with regional words (scored as they arrived: intent 95.3,
 * 96.0, 97.3 and 99.3 %).
 */
export const DEV_SET_283 = `${ROOT}test/fixtures/nlu-dev-283.jsonl`;
export const DEV_SET_284 = `${ROOT}test/fixtures/nlu-dev-284.jsonl`;
export const DEV_SET_285 = `${ROOT}test/fixtures/nlu-dev-285.jsonl`;
export const DEV_SET_286 = `${ROOT}test/fixtures/nlu-dev-286.jsonl`;
/**
 * Session 38, a third round written after the second round's rules: 287 English speakers of many kinds, 288 eastern speech with
 * stories of queue-cutting, 289 people writing for a relative, 290 fast-typed Javanese and Sundanese with rhetorical complaints
 * (scored as they arrived: intent 96.7, 99.3, 94.7 and 96.7 %).
 */
export const DEV_SET_287 = `${ROOT}test/fixtures/nlu-dev-287.jsonl`;
export const DEV_SET_288 = `${ROOT}test/fixtures/nlu-dev-288.jsonl`;
export const DEV_SET_289 = `${ROOT}test/fixtures/nlu-dev-289.jsonl`;
export const DEV_SET_290 = `${ROOT}test/fixtures/nlu-dev-290.jsonl`;
/**
 * Session 38, a fourth round written beside the third and scored at the end of the session as held-out sets: 291 an ordinary
 * weekday's mix, 292 Bugis-Makassar, Banjar and Kaili beside English expats, 293 Betawi, Sundanese and Javanese run-ons and
 * fragments, 294 Papua and Maluku with abbreviations and near misses (held out, read once before they joined the field: intent
 * 98.0, 99.3, 100 and 98.7 %).
 */
export const DEV_SET_291 = `${ROOT}test/fixtures/nlu-dev-291.jsonl`;
export const DEV_SET_292 = `${ROOT}test/fixtures/nlu-dev-292.jsonl`;
export const DEV_SET_293 = `${ROOT}test/fixtures/nlu-dev-293.jsonl`;
export const DEV_SET_294 = `${ROOT}test/fixtures/nlu-dev-294.jsonl`;
/**
 * Session 38, a fifth round written after the fourth round's rules: 295 the second half of the year and documents for study and
 * work abroad, 296 a bored user's chat beside real questions, 297 writing on behalf of someone else, 298 very short messages
 * beside voice-typed run-ons, 299 complaints told as stories and rhetorical questions beside other businesses' complaints, 300
 * offices and towns the bot cannot know, 301 the week after Tahun Baru Islam, 302 English with typos (scored as they arrived:
 * intent 94.7, 97.3, 98.7, 98.7, 90.0, 98.0, 99.3 and 98.0 %).
 */
export const DEV_SET_295 = `${ROOT}test/fixtures/nlu-dev-295.jsonl`;
export const DEV_SET_296 = `${ROOT}test/fixtures/nlu-dev-296.jsonl`;
export const DEV_SET_297 = `${ROOT}test/fixtures/nlu-dev-297.jsonl`;
export const DEV_SET_298 = `${ROOT}test/fixtures/nlu-dev-298.jsonl`;
export const DEV_SET_299 = `${ROOT}test/fixtures/nlu-dev-299.jsonl`;
export const DEV_SET_300 = `${ROOT}test/fixtures/nlu-dev-300.jsonl`;
export const DEV_SET_301 = `${ROOT}test/fixtures/nlu-dev-301.jsonl`;
export const DEV_SET_302 = `${ROOT}test/fixtures/nlu-dev-302.jsonl`;
/**
 * Session 39, a first round written beside blind set 41 (neither saw the other's file), from the one-page brief only: 303
 * Sundanese, Javanese and Betawi complaints said as rhetorical questions and sarcasm, 304 Banjar and Bugis-Makassar in every
 * class, 305 near misses that share our words beside unfamiliar offices, 306 long polite messages and two questions in one
 * (scored as they arrived, before any rule they fed: intent 97.3, 99.3, 98.7 and 95.3 %).
 */
export const DEV_SET_303 = `${ROOT}test/fixtures/nlu-dev-303.jsonl`;
export const DEV_SET_304 = `${ROOT}test/fixtures/nlu-dev-304.jsonl`;
export const DEV_SET_305 = `${ROOT}test/fixtures/nlu-dev-305.jsonl`;
export const DEV_SET_306 = `${ROOT}test/fixtures/nlu-dev-306.jsonl`;
/**
 * Session 39, a second round written after the session's first rules: 307 East Javanese ngoko with irony, 308 Betawi and
 * Jakarta street speech with Jakarta's near misses, 309 eastern Indonesia planning around Natal, 310 messages sent in the
 * middle of a booking chat (scored as they arrived: intent 96.7, 98.7, 96.7 and 93.3 %).
 */
export const DEV_SET_307 = `${ROOT}test/fixtures/nlu-dev-307.jsonl`;
export const DEV_SET_308 = `${ROOT}test/fixtures/nlu-dev-308.jsonl`;
export const DEV_SET_309 = `${ROOT}test/fixtures/nlu-dev-309.jsonl`;
export const DEV_SET_310 = `${ROOT}test/fixtures/nlu-dev-310.jsonl`;
/**
 * Session 39, a third round written after the second round's rules: 311 the week before 17 Agustus and Maulid in Sundanese and
 * Betawi, 312 near misses said in regional speech, 313 long letters from older citizens and for a parent or neighbour, 314
 * teenagers and students (scored as they arrived: intent 96.7, 99.3, 98.0 and 99.3 %).
 */
export const DEV_SET_311 = `${ROOT}test/fixtures/nlu-dev-311.jsonl`;
export const DEV_SET_312 = `${ROOT}test/fixtures/nlu-dev-312.jsonl`;
export const DEV_SET_313 = `${ROOT}test/fixtures/nlu-dev-313.jsonl`;
export const DEV_SET_314 = `${ROOT}test/fixtures/nlu-dev-314.jsonl`;
/**
 * Session 39, a fourth round written beside the third and read once at the end of the session as held-out sets, after every
 * rule: 315 an ordinary weekday's mix, 316 Sundanese and Javanese with rhetorical complaints, 317 the week before Natal in
 * eastern Indonesia with near misses of church events, ships and shops, 318 English and code-mixed chat with two questions in
 * one (held out, read once: intent 100, 98.0, 96.0 and 96.7 %; out of scope accepted 0, 0, 6.7 and 6.7 %). Tuned on in
 * session 40; not in the field examples (scripts/field-examples.ts KEPT_OUT_OF_FIELD): their join with 319-326 was scored and
 * cost five blind messages net.
 */
export const DEV_SET_315 = `${ROOT}test/fixtures/nlu-dev-315.jsonl`;
export const DEV_SET_316 = `${ROOT}test/fixtures/nlu-dev-316.jsonl`;
export const DEV_SET_317 = `${ROOT}test/fixtures/nlu-dev-317.jsonl`;
export const DEV_SET_318 = `${ROOT}test/fixtures/nlu-dev-318.jsonl`;
/**
 * Session 40, a first round written beside blind set 42 (neither saw the other's file), from the one-page brief only: 319
 * Sundanese and Betawi with sarcastic complaints and school, job-fair and ticket near misses, 320 Banjar and Bugis-Makassar with
 * unknown offices and long two-question letters, 321 Javanese ngoko and krama from Madiun, Solo and Surabaya, 322 English and
 * code-mixed chat with near misses in our words (scored as they arrived, before any rule they fed: intent 98.0, 99.3, 99.3 and
 * 98.0 %).
 */
export const DEV_SET_319 = `${ROOT}test/fixtures/nlu-dev-319.jsonl`;
export const DEV_SET_320 = `${ROOT}test/fixtures/nlu-dev-320.jsonl`;
export const DEV_SET_321 = `${ROOT}test/fixtures/nlu-dev-321.jsonl`;
export const DEV_SET_322 = `${ROOT}test/fixtures/nlu-dev-322.jsonl`;
/**
 * Session 40, a second round written after the first rules: 323 hard near misses that use our words for something else, 324
 * Banjar and Bugis-Makassar with unknown agencies, 325 Javanese with East Java slang and older citizens' letters, 326 Papuan and
 * Maluku Indonesian with diaspora English before Christmas (scored as they arrived: intent 100, 100, 99.3 and 100 %). Neither
 * round is in the field examples (scripts/field-examples.ts KEPT_OUT_OF_FIELD).
 */
export const DEV_SET_323 = `${ROOT}test/fixtures/nlu-dev-323.jsonl`;
export const DEV_SET_324 = `${ROOT}test/fixtures/nlu-dev-324.jsonl`;
export const DEV_SET_325 = `${ROOT}test/fixtures/nlu-dev-325.jsonl`;
export const DEV_SET_326 = `${ROOT}test/fixtures/nlu-dev-326.jsonl`;
/**
 * Session 41, written beside blind set 43 (neither saw the other's file), from the one-page brief only: 327 Sundanese and
 * Betawi market traders booking for family, 328 Bugis-Makassar and Banjar fishermen and farmers with unknown offices, 329
 * Javanese and Papuan students and graduates with abbreviations, 330 English from foreigners and the diaspora mixed with
 * Indonesian (scored as they arrived, before any rule they fed: intent 98.0, 97.3, 99.3 and 99.3 %).
 */
export const DEV_SET_327 = `${ROOT}test/fixtures/nlu-dev-327.jsonl`;
export const DEV_SET_328 = `${ROOT}test/fixtures/nlu-dev-328.jsonl`;
export const DEV_SET_329 = `${ROOT}test/fixtures/nlu-dev-329.jsonl`;
export const DEV_SET_330 = `${ROOT}test/fixtures/nlu-dev-330.jsonl`;
/**
 * Session 41, a second round after the first rules: 331 near misses in our words (bank and hospital queues, school
 * registration, private agents' fees, malls' hours), 332 Javanese and Sundanese villages with dates said the local way, 333
 * dates and times said every way in Bugis-Makassar and Banjar chat, 334 chit-chat and other government business phrased as
 * questions to us, with Papuan and Ambon help and human requests (scored as they arrived, after the first rules).
 */
export const DEV_SET_331 = `${ROOT}test/fixtures/nlu-dev-331.jsonl`;
export const DEV_SET_332 = `${ROOT}test/fixtures/nlu-dev-332.jsonl`;
export const DEV_SET_333 = `${ROOT}test/fixtures/nlu-dev-333.jsonl`;
export const DEV_SET_334 = `${ROOT}test/fixtures/nlu-dev-334.jsonl`;
/**
 * Session 42, written beside blind set 44 (neither saw the other's file), from the one-page brief only: 335 Javanese and Betawi
 * factory workers on shift, booking for a spouse or parent; 336 Bugis-Makassar and Banjar small traders with unknown offices and
 * complaints as feelings; 337 Papuan, Ambon and English teachers and nurses posted far away, with Natal and Tahun Baru; 338
 * Sundanese and Javanese students with abbreviations and help requests (scored as they arrived, before any rule they fed: intent
 * 98.0, 99.3, 97.3 and 99.3 %).
 */
export const DEV_SET_335 = `${ROOT}test/fixtures/nlu-dev-335.jsonl`;
export const DEV_SET_336 = `${ROOT}test/fixtures/nlu-dev-336.jsonl`;
export const DEV_SET_337 = `${ROOT}test/fixtures/nlu-dev-337.jsonl`;
export const DEV_SET_338 = `${ROOT}test/fixtures/nlu-dev-338.jsonl`;
/**
 * Session 42, a second round after the first rules: 339 hard near misses in our words (a bank's, hospital's or agent's queue, a
 * school's fees, a notary's requirements) beside our own questions phrased alike, 340 Sundanese and Betawi with dates said their
 * way, 341 Banjar and Javanese with local dates and indirect moves, 342 dates and times said every way (scored as they arrived,
 * after the first rules: intent 99.3, 98.0, 98.7 and 99.3 %).
 */
export const DEV_SET_339 = `${ROOT}test/fixtures/nlu-dev-339.jsonl`;
export const DEV_SET_340 = `${ROOT}test/fixtures/nlu-dev-340.jsonl`;
export const DEV_SET_341 = `${ROOT}test/fixtures/nlu-dev-341.jsonl`;
export const DEV_SET_342 = `${ROOT}test/fixtures/nlu-dev-342.jsonl`;
/**
 * Session 42, a third round: 343 near misses in Javanese and Sundanese beside ours in the same words, 344 near misses in Banjar
 * and Bugis-Makassar (harbour, fuel, levies, a private hospital), 345 Betawi and Jakarta slang from young workers, 346 English from
 * expats and returning migrant workers with visas, hotels and embassies beside our passport and SKCK (scored as they arrived:
 * intent 97.3, 100, 99.3 and 99.3 %).
 */
export const DEV_SET_343 = `${ROOT}test/fixtures/nlu-dev-343.jsonl`;
export const DEV_SET_344 = `${ROOT}test/fixtures/nlu-dev-344.jsonl`;
export const DEV_SET_345 = `${ROOT}test/fixtures/nlu-dev-345.jsonl`;
export const DEV_SET_346 = `${ROOT}test/fixtures/nlu-dev-346.jsonl`;
/**
 * Session 43, written after blind set 45 was frozen: 347 Sundanese and Betawi from market traders and ojek drivers, 348 Banjar and
 * Bugis-Makassar with dates said by days and holidays, 349 Javanese krama and formal letters from older citizens, 350 English and
 * Indonesian from students and returning migrant workers (scored as they arrived: intent 96.0, 98.7, 97.3 and 100 %); then 351
 * Javanese from parents, traders and factory workers, 352 Sundanese and Betawi, 353 Banjar and Bugis-Makassar around Waisak and
 * Iduladha, 354 out-of-scope near misses in our words (after the first rules: 96.7, 100, 100 and 96.0 %).
 */
export const DEV_SET_347 = `${ROOT}test/fixtures/nlu-dev-347.jsonl`;
export const DEV_SET_348 = `${ROOT}test/fixtures/nlu-dev-348.jsonl`;
export const DEV_SET_349 = `${ROOT}test/fixtures/nlu-dev-349.jsonl`;
export const DEV_SET_350 = `${ROOT}test/fixtures/nlu-dev-350.jsonl`;
export const DEV_SET_351 = `${ROOT}test/fixtures/nlu-dev-351.jsonl`;
export const DEV_SET_352 = `${ROOT}test/fixtures/nlu-dev-352.jsonl`;
export const DEV_SET_353 = `${ROOT}test/fixtures/nlu-dev-353.jsonl`;
export const DEV_SET_354 = `${ROOT}test/fixtures/nlu-dev-354.jsonl`;
/**
 * Session 44, written after blind set 46 was frozen: 355 Bugis-Makassar and Banjar from traders and boat crews, 356 Javanese
 * krama and ngoko from retirees and their grown children, 357 Papuan, Ambon and Manado-flavoured Indonesian with some English,
 * 358 Sundanese, Betawi and Jakarta slang from young workers and students (scored as they arrived: intent 97.3, 100, 98.7 and
 * 100 %).
 */
export const DEV_SET_355 = `${ROOT}test/fixtures/nlu-dev-355.jsonl`;
export const DEV_SET_356 = `${ROOT}test/fixtures/nlu-dev-356.jsonl`;
export const DEV_SET_357 = `${ROOT}test/fixtures/nlu-dev-357.jsonl`;
export const DEV_SET_358 = `${ROOT}test/fixtures/nlu-dev-358.jsonl`;
/**
 * Session 45, written after blind set 47 was frozen: 359 Javanese and Madurese-flavoured East Java Indonesian from factory
 * workers and small traders, 360 Banjar and Bugis-Makassar from boat crews and market sellers, 361 Sundanese, Betawi and English
 * from students, young parents and expats, 362 Papuan, Ambon and formal Indonesian from retirees and church elders (scored as
 * they arrived: intent 98.7, 100, 100 and 98.0 %).
 */
export const DEV_SET_359 = `${ROOT}test/fixtures/nlu-dev-359.jsonl`;
export const DEV_SET_360 = `${ROOT}test/fixtures/nlu-dev-360.jsonl`;
export const DEV_SET_361 = `${ROOT}test/fixtures/nlu-dev-361.jsonl`;
export const DEV_SET_362 = `${ROOT}test/fixtures/nlu-dev-362.jsonl`;
/**
 * Session 46's dev sets, written after blind set 48 was frozen: 363 Central and West Java small-town students, factory workers,
 * retired teachers and a village secretary on a Monday afternoon in WIB; 364 Kalimantan and Sulawesi plantation workers, nurses,
 * fishermen's wives and young online sellers on a Monday morning in WITA (scored as they arrived, then kept out of the field).
 */
export const DEV_SET_363 = `${ROOT}test/fixtures/nlu-dev-363.jsonl`;
export const DEV_SET_364 = `${ROOT}test/fixtures/nlu-dev-364.jsonl`;
/**
 * Session 47's dev sets, written after blind set 49 was frozen, each with forty near misses that use our words for something
 * else: 365 West Kalimantan Dayak and Malay families, Chinese-Indonesian shop owners and border traders on a Monday morning in
 * Pontianak time; 366 Maluku and Papua teachers, church youth and ferry workers on a Monday afternoon in WIT (scored as they
 * arrived, then kept out of the field).
 */
export const DEV_SET_365 = `${ROOT}test/fixtures/nlu-dev-365.jsonl`;
export const DEV_SET_366 = `${ROOT}test/fixtures/nlu-dev-366.jsonl`;
/**
 * Session 48's dev sets, written after blind set 50 was frozen, each with forty near misses that use our words for something
 * else: 367 Surabaya and Malang Javanese and Madurese families in Pasuruan and Probolinggo on a Monday afternoon in WIB; 368
 * Acehnese families, Batak traders in Medan and Siantar, Nias and Mandailing students on a Monday morning in WIB (scored as
 * they arrived, then kept out of the field).
 */
export const DEV_SET_367 = `${ROOT}test/fixtures/nlu-dev-367.jsonl`;
export const DEV_SET_368 = `${ROOT}test/fixtures/nlu-dev-368.jsonl`;

/**
 * Every dev set by the name bench/nlu-dev.ts prints and intents/field-examples.jsonl records in `from` ("dev-1" is the
 * first, printed "dev"): one list for the bench, the field examples and their cross-validation.
 */
export const NAMED_DEV_SETS: readonly (readonly [name: string, path: string])[] = [
  ['dev-1', DEV_SET], ['dev-3', DEV_SET_3], ['dev-4', DEV_SET_4], ['dev-5', DEV_SET_5], ['dev-6', DEV_SET_6], ['dev-7', DEV_SET_7],
  ['dev-8', DEV_SET_8], ['dev-9', DEV_SET_9], ['dev-10', DEV_SET_10], ['dev-11', DEV_SET_11], ['dev-12', DEV_SET_12], ['dev-13', DEV_SET_13],
  ['dev-16', DEV_SET_16], ['dev-17', DEV_SET_17], ['dev-18', DEV_SET_18], ['dev-19', DEV_SET_19], ['dev-20', DEV_SET_20], ['dev-21', DEV_SET_21],
  ['dev-22', DEV_SET_22], ['dev-23', DEV_SET_23], ['dev-24', DEV_SET_24], ['dev-25', DEV_SET_25], ['dev-26', DEV_SET_26], ['dev-27', DEV_SET_27],
  ['dev-28', DEV_SET_28], ['dev-29', DEV_SET_29], ['dev-30', DEV_SET_30], ['dev-31', DEV_SET_31], ['dev-32', DEV_SET_32], ['dev-33', DEV_SET_33],
  ['dev-34', DEV_SET_34], ['dev-35', DEV_SET_35], ['dev-36', DEV_SET_36], ['dev-37', DEV_SET_37], ['dev-38', DEV_SET_38], ['dev-39', DEV_SET_39],
  ['dev-40', DEV_SET_40], ['dev-41', DEV_SET_41], ['dev-42', DEV_SET_42], ['dev-43', DEV_SET_43], ['dev-44', DEV_SET_44], ['dev-45', DEV_SET_45],
  ['dev-46', DEV_SET_46], ['dev-47', DEV_SET_47], ['dev-48', DEV_SET_48], ['dev-49', DEV_SET_49], ['dev-50', DEV_SET_50], ['dev-51', DEV_SET_51],
  ['dev-52', DEV_SET_52], ['dev-53', DEV_SET_53], ['dev-54', DEV_SET_54], ['dev-55', DEV_SET_55],
  ['dev-56', DEV_SET_56], ['dev-57', DEV_SET_57], ['dev-58', DEV_SET_58], ['dev-59', DEV_SET_59], ['dev-60', DEV_SET_60],
  ['dev-61', DEV_SET_61], ['dev-62', DEV_SET_62], ['dev-63', DEV_SET_63],
  ['dev-64', DEV_SET_64], ['dev-65', DEV_SET_65], ['dev-66', DEV_SET_66], ['dev-67', DEV_SET_67], ['dev-68', DEV_SET_68],
  ['dev-69', DEV_SET_69], ['dev-70', DEV_SET_70], ['dev-71', DEV_SET_71], ['dev-72', DEV_SET_72], ['dev-73', DEV_SET_73], ['dev-74', DEV_SET_74],
  ['dev-75', DEV_SET_75], ['dev-76', DEV_SET_76], ['dev-77', DEV_SET_77], ['dev-78', DEV_SET_78],
  ['dev-79', DEV_SET_79], ['dev-80', DEV_SET_80], ['dev-81', DEV_SET_81], ['dev-82', DEV_SET_82], ['dev-83', DEV_SET_83], ['dev-84', DEV_SET_84],
  ['dev-85', DEV_SET_85], ['dev-86', DEV_SET_86],
  ['dev-87', DEV_SET_87], ['dev-88', DEV_SET_88], ['dev-89', DEV_SET_89], ['dev-90', DEV_SET_90], ['dev-91', DEV_SET_91], ['dev-92', DEV_SET_92],
  ['dev-93', DEV_SET_93], ['dev-94', DEV_SET_94], ['dev-95', DEV_SET_95], ['dev-96', DEV_SET_96],
  ['dev-97', DEV_SET_97], ['dev-98', DEV_SET_98], ['dev-99', DEV_SET_99], ['dev-100', DEV_SET_100],
  ['dev-101', DEV_SET_101], ['dev-102', DEV_SET_102], ['dev-103', DEV_SET_103], ['dev-104', DEV_SET_104],
  ['dev-105', DEV_SET_105], ['dev-106', DEV_SET_106], ['dev-107', DEV_SET_107], ['dev-108', DEV_SET_108], ['dev-109', DEV_SET_109], ['dev-110', DEV_SET_110],
  ['dev-111', DEV_SET_111], ['dev-112', DEV_SET_112], ['dev-113', DEV_SET_113], ['dev-114', DEV_SET_114], ['dev-115', DEV_SET_115], ['dev-116', DEV_SET_116],
  ['dev-117', DEV_SET_117], ['dev-118', DEV_SET_118], ['dev-119', DEV_SET_119], ['dev-120', DEV_SET_120], ['dev-121', DEV_SET_121],
  ['dev-122', DEV_SET_122], ['dev-123', DEV_SET_123], ['dev-124', DEV_SET_124], ['dev-125', DEV_SET_125], ['dev-126', DEV_SET_126], ['dev-127', DEV_SET_127],
  ['dev-128', DEV_SET_128], ['dev-129', DEV_SET_129], ['dev-130', DEV_SET_130],
  ['dev-131', DEV_SET_131], ['dev-132', DEV_SET_132], ['dev-133', DEV_SET_133], ['dev-134', DEV_SET_134], ['dev-135', DEV_SET_135], ['dev-136', DEV_SET_136],
  ['dev-137', DEV_SET_137], ['dev-138', DEV_SET_138], ['dev-139', DEV_SET_139], ['dev-140', DEV_SET_140], ['dev-141', DEV_SET_141], ['dev-142', DEV_SET_142],
  ['dev-143', DEV_SET_143], ['dev-144', DEV_SET_144],
  ['dev-145', DEV_SET_145], ['dev-146', DEV_SET_146], ['dev-147', DEV_SET_147], ['dev-148', DEV_SET_148], ['dev-149', DEV_SET_149], ['dev-150', DEV_SET_150],
  ['dev-151', DEV_SET_151], ['dev-152', DEV_SET_152], ['dev-153', DEV_SET_153], ['dev-154', DEV_SET_154], ['dev-155', DEV_SET_155], ['dev-156', DEV_SET_156],
  ['dev-157', DEV_SET_157], ['dev-158', DEV_SET_158], ['dev-159', DEV_SET_159], ['dev-160', DEV_SET_160], ['dev-161', DEV_SET_161], ['dev-162', DEV_SET_162],
  ['dev-163', DEV_SET_163], ['dev-164', DEV_SET_164], ['dev-165', DEV_SET_165], ['dev-166', DEV_SET_166], ['dev-167', DEV_SET_167], ['dev-168', DEV_SET_168],
  ['dev-169', DEV_SET_169], ['dev-170', DEV_SET_170], ['dev-171', DEV_SET_171], ['dev-172', DEV_SET_172], ['dev-173', DEV_SET_173], ['dev-174', DEV_SET_174],
  ['dev-175', DEV_SET_175], ['dev-176', DEV_SET_176], ['dev-177', DEV_SET_177], ['dev-178', DEV_SET_178],
  ['dev-179', DEV_SET_179], ['dev-180', DEV_SET_180], ['dev-181', DEV_SET_181], ['dev-182', DEV_SET_182], ['dev-183', DEV_SET_183], ['dev-184', DEV_SET_184],
  ['dev-185', DEV_SET_185], ['dev-186', DEV_SET_186], ['dev-187', DEV_SET_187], ['dev-188', DEV_SET_188], ['dev-189', DEV_SET_189], ['dev-190', DEV_SET_190],
  ['dev-191', DEV_SET_191], ['dev-192', DEV_SET_192], ['dev-193', DEV_SET_193], ['dev-194', DEV_SET_194],
  ['dev-195', DEV_SET_195], ['dev-196', DEV_SET_196], ['dev-197', DEV_SET_197], ['dev-198', DEV_SET_198], ['dev-199', DEV_SET_199], ['dev-200', DEV_SET_200],
  ['dev-201', DEV_SET_201], ['dev-202', DEV_SET_202], ['dev-203', DEV_SET_203], ['dev-204', DEV_SET_204], ['dev-205', DEV_SET_205], ['dev-206', DEV_SET_206],
  ['dev-207', DEV_SET_207], ['dev-208', DEV_SET_208], ['dev-209', DEV_SET_209], ['dev-210', DEV_SET_210], ['dev-211', DEV_SET_211], ['dev-212', DEV_SET_212],
  ['dev-213', DEV_SET_213], ['dev-214', DEV_SET_214],
  ['dev-215', DEV_SET_215], ['dev-216', DEV_SET_216], ['dev-217', DEV_SET_217], ['dev-218', DEV_SET_218], ['dev-219', DEV_SET_219], ['dev-220', DEV_SET_220],
  ['dev-221', DEV_SET_221], ['dev-222', DEV_SET_222],
  ['dev-223', DEV_SET_223], ['dev-224', DEV_SET_224], ['dev-225', DEV_SET_225], ['dev-226', DEV_SET_226], ['dev-227', DEV_SET_227], ['dev-228', DEV_SET_228],
  ['dev-229', DEV_SET_229], ['dev-230', DEV_SET_230],
  ['dev-231', DEV_SET_231], ['dev-232', DEV_SET_232], ['dev-233', DEV_SET_233], ['dev-234', DEV_SET_234], ['dev-235', DEV_SET_235], ['dev-236', DEV_SET_236],
  ['dev-237', DEV_SET_237], ['dev-238', DEV_SET_238],
  ['dev-239', DEV_SET_239], ['dev-240', DEV_SET_240], ['dev-241', DEV_SET_241], ['dev-242', DEV_SET_242], ['dev-243', DEV_SET_243], ['dev-244', DEV_SET_244],
  ['dev-245', DEV_SET_245], ['dev-246', DEV_SET_246],
  ['dev-247', DEV_SET_247], ['dev-248', DEV_SET_248], ['dev-249', DEV_SET_249], ['dev-250', DEV_SET_250], ['dev-251', DEV_SET_251], ['dev-252', DEV_SET_252],
  ['dev-253', DEV_SET_253], ['dev-254', DEV_SET_254], ['dev-255', DEV_SET_255], ['dev-256', DEV_SET_256], ['dev-257', DEV_SET_257], ['dev-258', DEV_SET_258],
  ['dev-259', DEV_SET_259], ['dev-260', DEV_SET_260], ['dev-261', DEV_SET_261], ['dev-262', DEV_SET_262], ['dev-263', DEV_SET_263], ['dev-264', DEV_SET_264],
  ['dev-265', DEV_SET_265], ['dev-266', DEV_SET_266], ['dev-267', DEV_SET_267], ['dev-268', DEV_SET_268], ['dev-269', DEV_SET_269], ['dev-270', DEV_SET_270],
  ['dev-271', DEV_SET_271], ['dev-272', DEV_SET_272], ['dev-273', DEV_SET_273], ['dev-274', DEV_SET_274], ['dev-275', DEV_SET_275], ['dev-276', DEV_SET_276],
  ['dev-277', DEV_SET_277], ['dev-278', DEV_SET_278],
  ['dev-279', DEV_SET_279], ['dev-280', DEV_SET_280], ['dev-281', DEV_SET_281], ['dev-282', DEV_SET_282], ['dev-283', DEV_SET_283], ['dev-284', DEV_SET_284],
  ['dev-285', DEV_SET_285], ['dev-286', DEV_SET_286], ['dev-287', DEV_SET_287], ['dev-288', DEV_SET_288], ['dev-289', DEV_SET_289], ['dev-290', DEV_SET_290],
  ['dev-291', DEV_SET_291], ['dev-292', DEV_SET_292], ['dev-293', DEV_SET_293], ['dev-294', DEV_SET_294],
  ['dev-295', DEV_SET_295], ['dev-296', DEV_SET_296], ['dev-297', DEV_SET_297], ['dev-298', DEV_SET_298], ['dev-299', DEV_SET_299], ['dev-300', DEV_SET_300],
  ['dev-301', DEV_SET_301], ['dev-302', DEV_SET_302],
  ['dev-303', DEV_SET_303], ['dev-304', DEV_SET_304], ['dev-305', DEV_SET_305], ['dev-306', DEV_SET_306], ['dev-307', DEV_SET_307], ['dev-308', DEV_SET_308],
  ['dev-309', DEV_SET_309], ['dev-310', DEV_SET_310], ['dev-311', DEV_SET_311], ['dev-312', DEV_SET_312], ['dev-313', DEV_SET_313], ['dev-314', DEV_SET_314],
  ['dev-315', DEV_SET_315], ['dev-316', DEV_SET_316], ['dev-317', DEV_SET_317], ['dev-318', DEV_SET_318],
  ['dev-319', DEV_SET_319], ['dev-320', DEV_SET_320], ['dev-321', DEV_SET_321], ['dev-322', DEV_SET_322], ['dev-323', DEV_SET_323], ['dev-324', DEV_SET_324],
  ['dev-325', DEV_SET_325], ['dev-326', DEV_SET_326],
  ['dev-327', DEV_SET_327], ['dev-328', DEV_SET_328], ['dev-329', DEV_SET_329], ['dev-330', DEV_SET_330],
  ['dev-331', DEV_SET_331], ['dev-332', DEV_SET_332], ['dev-333', DEV_SET_333], ['dev-334', DEV_SET_334],
  ['dev-335', DEV_SET_335], ['dev-336', DEV_SET_336], ['dev-337', DEV_SET_337], ['dev-338', DEV_SET_338],
  ['dev-339', DEV_SET_339], ['dev-340', DEV_SET_340], ['dev-341', DEV_SET_341], ['dev-342', DEV_SET_342],
  ['dev-343', DEV_SET_343], ['dev-344', DEV_SET_344], ['dev-345', DEV_SET_345], ['dev-346', DEV_SET_346],
  ['dev-347', DEV_SET_347], ['dev-348', DEV_SET_348], ['dev-349', DEV_SET_349], ['dev-350', DEV_SET_350],
  ['dev-351', DEV_SET_351], ['dev-352', DEV_SET_352], ['dev-353', DEV_SET_353], ['dev-354', DEV_SET_354],
  ['dev-355', DEV_SET_355], ['dev-356', DEV_SET_356], ['dev-357', DEV_SET_357], ['dev-358', DEV_SET_358],
  ['dev-359', DEV_SET_359], ['dev-360', DEV_SET_360], ['dev-361', DEV_SET_361], ['dev-362', DEV_SET_362],
  ['dev-363', DEV_SET_363], ['dev-364', DEV_SET_364], ['dev-365', DEV_SET_365], ['dev-366', DEV_SET_366],
  ['dev-367', DEV_SET_367], ['dev-368', DEV_SET_368],
];
