/**
 * The frozen blind sets of issue 11: written by people who saw only a one-page brief (intent names, service
 * ids, the closures), committed before the tuning they measure, never tuned on. Paths only, so the Measured
 * table and the gates can list them without loading the NLU.
 */
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Frozen before the issue-11 tuning, written by someone who never saw the examples (never tune on its errors). */
export const BLIND_SET = `${ROOT}test/fixtures/nlu-blind.jsonl`;
/**
 * A second blind set, written in session 2 by someone given only intent names, service ids and the closures,
 * frozen before that session's tuning and never looked at while tuning. Its "now" is another day (Wed 2 Dec).
 */
export const BLIND_SET_2 = `${ROOT}test/fixtures/nlu-blind-2.jsonl`;
/**
 * A third blind set, written in session 3 (30 Nov 2026) by someone given only intent names, service ids and the
 * closures, frozen before that session's tuning; its near-miss out-of-scope messages were asked for on purpose.
 */
export const BLIND_SET_3 = `${ROOT}test/fixtures/nlu-blind-3.jsonl`;
/**
 * A fourth blind set, written in session 4 (30 Nov 2026) by someone given only intent names, service ids and the
 * closures, committed and scored on `main` before that session's tuning was merged. Its "now" is Wed 16 Dec.
 */
export const BLIND_SET_4 = `${ROOT}test/fixtures/nlu-blind-4.jsonl`;
/**
 * A fifth blind set, written in session 5 (30 Nov 2026) from the same one-page brief, committed and scored on
 * `main` before that session's tuning was merged. Its "now" is Mon 14 Dec.
 */
export const BLIND_SET_5 = `${ROOT}test/fixtures/nlu-blind-5.jsonl`;
/**
 * A sixth blind set, written in session 6 (30 Nov 2026) from the same one-page brief with more regional,
 * long-polite and unknown-name messages, committed and scored on `main` before that session's tuning was merged.
 * Its "now" is Wed 16 Dec, 15:20.
 */
export const BLIND_SET_6 = `${ROOT}test/fixtures/nlu-blind-6.jsonl`;
/**
 * A seventh blind set, written in session 7 (30 Nov 2026) from the same one-page brief with more English (longer
 * messages among them), out-of-scope and unknown-name messages, committed and scored on `main` before that
 * session's tuning was merged. Its "now" is Mon 21 Dec, 19:40 (so day numbers already past roll into 2027).
 */
export const BLIND_SET_7 = `${ROOT}test/fixtures/nlu-blind-7.jsonl`;
/**
 * An eighth blind set, written in session 8 (30 Nov 2026) from the same one-page brief (500 messages, more
 * booking-family, complaint and unknown-name messages, long English and long polite letters that spell out the MPP's
 * name), committed and scored on `main` before that session's tuning was merged. Its "now" is Fri 8 Jan 2027, 08:15.
 */
export const BLIND_SET_8 = `${ROOT}test/fixtures/nlu-blind-8.jsonl`;
/**
 * A ninth blind set, written in session 9 (1 Dec 2026) from the same one-page brief (500 messages in every class),
 * committed and scored on `main` before that session's tuning and the training on the field's messages were merged.
 * Its "now" is Tue 19 Jan 2027, 13:40.
 */
export const BLIND_SET_9 = `${ROOT}test/fixtures/nlu-blind-9.jsonl`;
/**
 * A tenth blind set, written in session 10 (1 Dec 2026) from the same one-page brief (500 messages in every class),
 * committed and scored on `main` before that session's tuning. Its "now" is Wed 28 Apr 2027, 09:15 in Makassar
 * (WITA): the first blind set away from Jakarta's clock.
 */
export const BLIND_SET_10 = `${ROOT}test/fixtures/nlu-blind-10.jsonl`;
/**
 * An eleventh blind set, written in session 11 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class), committed and scored on `main` before that session's work: training on the field's messages. Its "now" is
 * Fri 18 Dec 2026, 10:40 in Jakarta (a Friday morning, the Christmas closures a week ahead).
 */
export const BLIND_SET_11 = `${ROOT}test/fixtures/nlu-blind-11.jsonl`;
/**
 * A twelfth blind set, written in session 12 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class), committed and scored on `main` before that session's work. Its "now" is Mon 22 Feb 2027, 08:05 in Makassar
 * (WITA): a Monday morning before opening.
 */
export const BLIND_SET_12 = `${ROOT}test/fixtures/nlu-blind-12.jsonl`;
/**
 * A thirteenth blind set, written in session 13 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class), committed and scored on `main` before that session's work. Its "now" is Wed 16 Dec 2026, 10:10 in Jayapura
 * (WIT): mid-morning, the Christmas closures nine days ahead.
 */
export const BLIND_SET_13 = `${ROOT}test/fixtures/nlu-blind-13.jsonl`;
/**
 * A fourteenth blind set, written in session 14 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class, some run-on and some telling a story first), committed and scored on `main` before that session's work. Its
 * "now" is Thu 4 Feb 2027, 14:25 in Pontianak (WIB): an afternoon two days before Imlek.
 */
export const BLIND_SET_14 = `${ROOT}test/fixtures/nlu-blind-14.jsonl`;

/**
 * A fifteenth blind set, written in session 15 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class, many different people on a busy day: very short ones, two requests with one ask, formal letters, stories),
 * committed and scored on `main` before that session's work. Its "now" is Wed 16 Dec 2026, 10:05 in Jayapura (WIT).
 */
export const BLIND_SET_15 = `${ROOT}test/fixtures/nlu-blind-15.jsonl`;

/**
 * A sixteenth blind set, written in session 16 (1 Dec 2026) from the same one-page brief (500 messages in every
 * class, people writing from home on a Saturday evening: planning the week, terse or chatty, asking for a parent,
 * two things at once, annoyed), committed and scored on `main` before that session's work. Its "now" is Sat 9 Jan
 * 2027, 19:20 in Makassar (WITA), a day the MPP is closed.
 */
export const BLIND_SET_16 = `${ROOT}test/fixtures/nlu-blind-16.jsonl`;

/**
 * A seventeenth blind set, written in session 17 (2 Dec 2026) from the same one-page brief (500 messages in every
 * class, people writing on their lunch break: from work, a warung or the bus, parents arranging their children's
 * papers, small-business owners, older citizens dictating to a grandchild, Lebaran a week away), committed and scored on
 * `main` before that session's work. Its "now" is Wed 3 Mar 2027, 12:10 in Jakarta (WIB), during the midday break.
 */
export const BLIND_SET_17 = `${ROOT}test/fixtures/nlu-blind-17.jsonl`;

/**
 * An eighteenth blind set, written in session 18 (2 Dec 2026) from the same one-page brief (500 messages in every
 * class, people on a Sunday night planning the week: many writing for a parent, a child or a spouse working abroad, some
 * by voice-to-text with no punctuation, a misheard word and numbers spelled out), committed and scored on `main` before
 * that session's work. Its "now" is Sun 3 Jan 2027, 21:40 in Jakarta (WIB): closed until Monday, Isra Mikraj on Tuesday.
 */
export const BLIND_SET_18 = `${ROOT}test/fixtures/nlu-blind-18.jsonl`;

/**
 * A nineteenth blind set, written in session 19 (2 Dec 2026) from the same one-page brief (500 messages in every class,
 * people writing just after closing time: some sent home unserved, market traders on a break, people asking for a
 * neighbour or an elderly parent, phones whose autocorrect swaps a word; many messages a bit of situation, then the
 * question), committed and scored on `main` before that session's work. Its "now" is Wed 17 Feb 2027, 16:40 in Jayapura
 * (WIT): the MPP closed an hour ago.
 */
export const BLIND_SET_19 = `${ROOT}test/fixtures/nlu-blind-19.jsonl`;
/**
 * A twentieth blind set, written in session 20 (2 Dec 2026) by six writers from the same one-page brief (500 messages in
 * every class; about a third dictated by voice, so no punctuation, numbers and times said in words and letters spelled
 * as heard; people readying papers before going home for Lebaran, fasting people asking about hours, chain messages
 * forwarded from a family group), committed and scored on `main` before that session's work. Its "now" is Mon 1 Mar
 * 2027, 07:50 in Makassar (WITA): ten minutes before opening, nine days before Idulfitri.
 */
export const BLIND_SET_20 = `${ROOT}test/fixtures/nlu-blind-20.jsonl`;
/**
 * A twenty-first blind set, written in session 21 (2 Dec 2026) by six writers from the same one-page brief (495 messages
 * in every class; people writing on behalf of someone else, a phone's autocorrect turning words into other words or
 * gluing them, replies quoting an earlier line, Papuan Malay chat words), committed and scored on `main` before that
 * session's work. Its "now" is Thu 15 Apr 2027, 15:10 in Jayapura (WIT): twenty minutes before closing.
 */
export const BLIND_SET_21 = `${ROOT}test/fixtures/nlu-blind-21.jsonl`;
/**
 * A twenty-second blind set, written during session 21 (2 Dec 2026) by six writers from blind set 21's brief (490
 * messages in every class, the same people: on behalf of someone else, autocorrect, quoted replies, Papuan Malay), and
 * never read. Written because 34 of blind set 21's texts (its quoted replies) were printed once while counting how many
 * messages of every set a quote rule would touch: this set measures that class unseen. Its "before" is the session's
 * first commit; its "now" is Tue 27 Apr 2027, 09:40 in Makassar (WITA).
 */
export const BLIND_SET_22 = `${ROOT}test/fixtures/nlu-blind-22.jsonl`;
/**
 * A twenty-third, written 2 Dec 2026 before session 22's work by six writers who saw only the one-page brief (474
 * messages in every class), leaning to chat as it arrives: several bubbles pasted as one message, a citizen saying what
 * they do not want or changing their mind ("bukan mau booking, cuma nanya…", "jangan yg kamis, jumat aja"), and young
 * people's slang and Jaksel mixing. Its "now" is Tue 26 Jan 2027, 14:05 in Pontianak (WIB).
 */
export const BLIND_SET_23 = `${ROOT}test/fixtures/nlu-blind-23.jsonl`;
/**
 * A twenty-fourth, written 2 Dec 2026 before session 23's work by six writers who saw only the one-page brief (462
 * messages in every class), leaning to how people write when they are not chatting natives: days and clock times written
 * every way ("tgl 24/2", "pkl 08.30", "setengah 10"), older phones and older hands (capitals, acronyms spelled as letter
 * names, words split or joined), and a situation told before the question (a document lost, a name misspelt). Its "now"
 * is Fri 19 Feb 2027, 10:50 in Makassar (WITA), inside the short Friday morning session.
 */
export const BLIND_SET_24 = `${ROOT}test/fixtures/nlu-blind-24.jsonl`;
/**
 * A twenty-fifth, written 3 Dec 2026 before session 24's NLU work by six writers who saw only the one-page brief (460
 * messages in every class), leaning to how messages arrive from the field: voice notes turned into text by the phone (no
 * punctuation, fillers, numbers and dates spelled in words), something forwarded or pasted before the question (a line
 * from an RT group, a notice), and a correction inside the message ("ktp eh maksudnya kk", "kamis eh jumat deh"). Its
 * "now" is Wed 31 Mar 2027, 15:50 in Jayapura (WIT), twenty minutes after the MPP closed for the day.
 */
export const BLIND_SET_25 = `${ROOT}test/fixtures/nlu-blind-25.jsonl`;
/**
 * A twenty-sixth, written 3 Dec 2026 before session 25's NLU work by six writers who saw only the one-page brief (485
 * messages in every class), leaning to a situation or a condition told before the question ("kalo ktp ilang tapi
 * fotokopinya ada, syaratnya apa?"), expressive typing (stretched letters, capitals when upset, digits for letters, emoji
 * for words) and messages sent from inside the building (a number called while away, the wrong counter, the toilet). Its
 * "now" is Tue 4 May 2027, 10:25 in Pontianak (WIB), the MPP open, with Thursday's Ascension Day closure ahead.
 */
export const BLIND_SET_26 = `${ROOT}test/fixtures/nlu-blind-26.jsonl`;
/**
 * A twenty-seventh, written 3 Dec 2026 before session 26's NLU work by six writers who saw only the one-page brief (458
 * messages in every class after 42 duplicates of earlier fixtures were dropped), leaning to terse telegraphic messages
 * ("kk syarat?", "antrian sy"), asking for someone else (a child, an elderly parent, a spouse working away) and timing
 * right now. Its "now" is Fri 14 May 2027, 11:45 in Makassar (WITA): the MPP on its Friday break until 13:00, Monday's
 * Iduladha and Thursday's Waisak closures ahead.
 */
export const BLIND_SET_27 = `${ROOT}test/fixtures/nlu-blind-27.jsonl`;
/**
 * A twenty-eighth, written 3 Dec 2026 at the end of session 26, before any work of session 27, by six writers who saw only
 * the one-page brief (461 messages in every class after 39 duplicates of earlier fixtures were dropped), leaning to a second
 * attempt after being turned away ("kemarin ditolak krn kurang fotokopi, skrg cukup bawa apa aja?"), online versus the
 * counter (M-Paspor, OSS, IKD, JKN Mobile, and apps not ours), and the rush before a closure. Its "now" is Mon 31 May 2027,
 * 08:05 in Jayapura (WIT): just opened, with Tuesday's Pancasila closure ahead.
 */
export const BLIND_SET_28 = `${ROOT}test/fixtures/nlu-blind-28.jsonl`;

/**
 * A twenty-ninth, written 3 Dec 2026 at the end of session 27, before any work of session 28, by six writers who saw only
 * the one-page brief (460 messages in every class after 40 duplicates of earlier fixtures were dropped), leaning to a
 * deadline ("keburu ga sebelum tanggal 20?"), asking on behalf of a group (a neighbourhood head, an office's HR, a family of
 * five) and a correction inside the message ("eh salah, maksud sy KIA bukan KTP"). Its "now" is Fri 4 Jun 2027, 11:20 in
 * Makassar (WITA): ten minutes before the Friday break, Sunday's Tahun Baru Islam ahead.
 */
export const BLIND_SET_29 = `${ROOT}test/fixtures/nlu-blind-29.jsonl`;

/**
 * A thirtieth, written 3 Dec 2026 during session 28 and never read before that session's last commit, by six writers who saw
 * only the one-page brief (469 messages in every class after 31 duplicates of earlier fixtures were dropped), leaning to
 * messages typed in a hurry on a phone (no punctuation, autocorrect slips, words glued together), told after a visit or an
 * earlier chat ("kemarin sudah ke sana tapi…"), and the first working days after the new year. Its "now" is Mon 4 Jan 2027,
 * 07:45 in Jayapura (WIT): a quarter of an hour before opening, Isra Mikraj tomorrow.
 */
export const BLIND_SET_30 = `${ROOT}test/fixtures/nlu-blind-30.jsonl`;

/**
 * A thirty-first, written 3 Dec 2026 at the start of session 29, before any of that session's rules landed, by six writers who
 * saw only the one-page brief (452 messages in every class after 20 duplicates of earlier fixtures were dropped), leaning to
 * asking for someone else (a parent, a child, a spouse, a worker) and numbers inside the message (ages, sums of money, how many
 * people, queue numbers, counts of days). Its "now" is Mon 1 Mar 2027, 19:30 in Makassar (WITA): after closing, Nyepi and
 * lebaran the next week.
 */
export const BLIND_SET_31 = `${ROOT}test/fixtures/nlu-blind-31.jsonl`;
/**
 * A thirty-second blind set (a family member, a job or a trip named; near misses that reuse our words; Tue 11 May 2027
 * 14:10 in Jakarta), written at the start of session 30 by four writers who saw only the one-page brief and committed
 * (ffcddf0) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_32 = `${ROOT}test/fixtures/nlu-blind-32.jsonl`;
/**
 * A thirty-third blind set (typed as spoken and run-on, a story before the ask, terse, incidental places and numbers; Mon 8 Mar
 * 2027 07:45 in Makassar, the day before Nyepi and lebaran), written at the start of session 31 by four writers who saw only
 * the one-page brief and committed (97c208c) before any of its rules; read as aggregates only. Six texts were written twice by
 * different writers and are kept as written.
 */
export const BLIND_SET_33 = `${ROOT}test/fixtures/nlu-blind-33.jsonl`;
/**
 * A thirty-fourth blind set (after an earlier visit or chat, with emoji; typing slips, alay and capitals; code-switching and
 * Jakarta slang; conditional and two-question messages, private businesses that borrow our words; Thu 11 Feb 2027 16:40 in
 * Jakarta), written at the start of session 32 by four writers who saw only the one-page brief and committed (7787b52) before
 * any of its rules; read as aggregates only. One text was written twice by two writers and is kept as written.
 */
export const BLIND_SET_34 = `${ROOT}test/fixtures/nlu-blind-34.jsonl`;
/**
 * A thirty-fifth blind set (voice-typed dictation; asking for someone else and describing a document instead of naming it; the
 * rush before Nyepi and lebaran with money amounts; very short messages with English mixed in; Thu 4 Mar 2027 08:05 in Makassar),
 * written at the start of session 33 by four writers who saw only the one-page brief and committed (f50962d) before any of its
 * rules; read as aggregates only.
 */
export const BLIND_SET_35 = `${ROOT}test/fixtures/nlu-blind-35.jsonl`;
/**
 * A thirty-sixth blind set (formal elderly citizens naming long office names; eastern Indonesian colloquial Malay; fast young
 * typing; self-corrections, two questions at once, an earlier chat and near misses; Thu 13 May 2027 09:15 in Jayapura, the
 * week of Iduladha and Waisak), written at the start of session 34 by four writers who saw only the one-page brief and
 * committed (2a1b8c7) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_36 = `${ROOT}test/fixtures/nlu-blind-36.jsonl`;
/**
 * A thirty-seventh blind set (voice-note transcripts; Sundanese and Betawi; near misses that look like the MPP's business;
 * asking on behalf of someone else; Mon 21 Dec 2026 15:10 in Jakarta, the Christmas week), written at the start of session 35
 * by four writers who saw only the one-page brief and committed (025d2de) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_37 = `${ROOT}test/fixtures/nlu-blind-37.jsonl`;
/**
 * A thirty-eighth blind set (Javanese ngoko and krama; Banjar, Bugis-Makassar and eastern Indonesian Malay; dates and times in
 * the week before Nyepi and Lebaran; lookalikes of the MPP's business that belong elsewhere; Wed 3 Mar 2027 10:05 in Makassar
 * time), written at the start of session 36 by four writers who saw only the one-page brief and committed (86c1a33) before
 * any of its rules; read as aggregates only.
 */
export const BLIND_SET_38 = `${ROOT}test/fixtures/nlu-blind-38.jsonl`;
/**
 * A thirty-ninth blind set (Sundanese and Betawi; the booking family in a running chat, with changes of mind and complaints
 * typed mid-booking; dates and times around Isra Mikraj, Imlek and the month's end, Papua and Maluku speech; near misses of
 * other offices' and private business; Wed 27 Jan 2027 13:45 in Jayapura time), written at the start of session 37 by four
 * writers who saw only the one-page brief and committed (e56e2e1) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_39 = `${ROOT}test/fixtures/nlu-blind-39.jsonl`;
/**
 * A fortieth blind set (Javanese and Banjar; Bugis-Makassar and eastern speech, with near misses of other businesses; English and
 * code-mixed chat naming offices and towns we do not know; the weeks around Nyepi and Idulfitri, with young people's
 * abbreviations; Thu 4 Mar 2027 10:20 in Makassar time), written at the start of session 38 by four writers who saw only the
 * one-page brief and committed (125faa4) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_40 = `${ROOT}test/fixtures/nlu-blind-40.jsonl`;
/**
 * A forty-first blind set (Sundanese and Betawi, complaints said as rhetorical questions and sarcasm; older citizens' long polite
 * messages in Javanese krama and Bugis-Makassar flavour, asking more than one thing; mid-year near misses (school enrolment,
 * scholarships, hajj, CPNS, tax portals, hospital and bank queues) beside genuine questions naming unfamiliar offices; the weeks
 * before 17 Agustus and Maulid, the booking family in a running chat, young people's abbreviations; Tue 20 Jul 2027 09:40 in
 * Jakarta), written at the start of session 39 by four writers who saw only the one-page brief and committed (2dc5418) before
 * any of its rules; read as aggregates only.
 */
export const BLIND_SET_41 = `${ROOT}test/fixtures/nlu-blind-41.jsonl`;
/**
 * A forty-second blind set (Banjar and Sundanese from young people with Ramadan, Nyepi and lebaran ahead, near misses about mudik
 * tickets, bukber, THR and zakat; Javanese ngoko and krama letters, unfamiliar offices and towns in Papua and Maluku, complaints
 * told as the story of a day; Betawi and Bugis-Makassar booking chats, near misses about hospital BPJS queues, bank accounts and
 * campus registration; terse typos, vowel-dropped abbreviations, diaspora English, two questions at once; Wed 24 Feb 2027 13:05 in
 * Jayapura time), written at the start of session 40 by four writers who saw only the one-page brief and committed (c51f152)
 * before any of its rules; read as aggregates only.
 */
export const BLIND_SET_42 = `${ROOT}test/fixtures/nlu-blind-42.jsonl`;

/**
 * Blind set 43 (413 messages: Bugis-Makassar and Betawi in a Makassar MPP a week after lebaran, with the booking family in a
 * running chat; Javanese krama and Sundanese letters from older citizens, complaints told as a wasted morning, offices the MPP
 * does not know; terse abbreviations, English from expats and the diaspora, two questions at once; Banjar, Papuan and Ambon
 * chat around Waisak, Iduladha and Kenaikan; near misses from arisan to hajj; Tue 13 Apr 2027 10:40 in Makassar time), written
 * at the start of session 41 by four writers who saw only the one-page brief and committed (febe9a9) before any of its rules;
 * read as aggregates only.
 */
export const BLIND_SET_43 = `${ROOT}test/fixtures/nlu-blind-43.jsonl`;

/**
 * Blind set 44 (414 messages: Betawi and Sundanese in a Jakarta-area MPP around 17 Agustus, with moves near the holiday; Javanese
 * ngoko and krama letters from parents and grandparents about a child's documents, offices the MPP may not have; hurried workers'
 * typos, vowel-dropped words and run-on voice-note text, English from expats and returning migrant workers; Bugis-Makassar, Banjar
 * and Papuan chat about family errands, Maulid, Natal and Tahun Baru, indirect moves and cancellations; near misses from lomba 17an
 * to pinjol and ferry tickets; Mon 16 Aug 2027 09:05 in Jakarta), written at the start of session 42 by four writers who saw only
 * the one-page brief and committed (23440eb) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_44 = `${ROOT}test/fixtures/nlu-blind-44.jsonl`;

/**
 * Blind set 45 (414 messages: Banjar and Bugis-Makassar chat at a Makassar-time MPP the Monday after Kenaikan, with Iduladha,
 * Waisak and 1 Juni closures ahead; Javanese and Sundanese from office workers and housewives, offices the MPP does not know;
 * Betawi and Jakarta slang and English from young workers and expats, two questions at once; Papuan, Ambon, Manado and
 * letter-style Indonesian from retirees, indirect moves and cancels, announcements; near misses from fertiliser and ferries to
 * foreign visas and concerts; Mon 10 May 2027 10:40 in Makassar time), written at the start of session 43 by four writers who
 * saw only the one-page brief and committed (ccb533a) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_45 = `${ROOT}test/fixtures/nlu-blind-45.jsonl`;

/**
 * Blind set 46 (Javanese ngoko and East Java Indonesian from market traders and factory workers the first Monday after New
 * Year, Isra Mikraj, Imlek, Nyepi and Lebaran closures ahead; Sundanese and Betawi from parents and newlyweds, offices the
 * MPP does not know; English from expats and returning students and chat from gig workers, complaints as feelings; Banjar,
 * Bugis-Makassar, Ambon and Papuan-flavoured Indonesian from fishermen's and farmers' families and retirees, indirect moves
 * and cancels; near misses from factory payroll and PLN tokens to crypto, boat tickets and church events; Mon 4 Jan 2027
 * 08:50 in Jakarta time), written at the start of session 44 by four writers who saw only the one-page brief and committed
 * (ca7ffc6) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_46 = `${ROOT}test/fixtures/nlu-blind-46.jsonl`;

/**
 * Blind set 47 (Bugis-Makassar and Mandar-flavoured Indonesian from traders and drivers at a Makassar-time MPP on a Monday
 * afternoon, Nyepi, Lebaran and Good Friday closures ahead; Javanese krama and ngoko and Sundanese from parents, teachers and
 * new retirees, offices the MPP does not know; English from expats and returning students and Jakarta and Betawi gig-worker
 * slang, complaints as feelings; Banjar, Ambon, Manado and Papuan-flavoured Indonesian from fishermen's and farmers' families,
 * bookings checked and moved indirectly; near misses from ferry tickets and zakat to crypto and cooperatives; Mon 1 Mar 2027
 * 13:20 in Makassar time), written at the start of session 45 by four writers who saw only the one-page brief and committed
 * (7e2c831) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_47 = `${ROOT}test/fixtures/nlu-blind-47.jsonl`;

/**
 * Blind set 48 (East and Central Javanese settlers, Sundanese students and nurses and Betawi drivers working in Papua,
 * complaints told as stories; English from returning diaspora, foreign spouses and mining expats, and long formal messages
 * from pensioners and church elders; Banjar and Bugis-Makassar migrant traders and boat crews at Jayapura and Sentani markets
 * with Papuan-flavoured Indonesian; near misses from hajj registration and Taspen pensions to Pelni tickets and gold prices;
 * Fri 14 May 2027 09:10 in Jayapura time, Iduladha and Waisak ahead), written at the start of session 46 by four writers who
 * saw only the one-page brief and committed (486b633) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_48 = `${ROOT}test/fixtures/nlu-blind-48.jsonl`;

/**
 * Blind set 49 (Deli Javanese plantation families around Medan and Javanese transmigrants in Lampung, Sundanese settlers and
 * Betawi workers in Sumatra and Batam, complaints told as long stories; English from Malaysian and Singaporean spouses,
 * oil-and-gas expats and students back from abroad, and long formal messages from retired Batak teachers and Minang merchants;
 * Banjar and Bugis traders and fishermen in Riau and Jambi with Malay-Riau flavoured Indonesian; near misses from palm-oil
 * payments and KIP scholarships to fuel quotas and harbour-master licences; Mon 22 Feb 2027 07:35 WIB, before opening, Nyepi
 * and Idulfitri ahead), written at the start of session 47 by four writers who saw only the one-page brief and committed
 * (5dd3298) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_49 = `${ROOT}test/fixtures/nlu-blind-49.jsonl`;

/**
 * Blind set 50 (Central Javanese elders in krama and Yogya youth in ngoko, Javanese workers in Makassar; Sundanese families from
 * Garut, Tasikmalaya and Cianjur and Betawi commuters from Bekasi and Depok, complaints told with sarcasm; English from
 * Australian retirees in Lombok and Bali, Filipino and Korean workers in Manado and Makassar and Dutch descendants, beside long
 * formal letters from Toraja and Minahasa church elders; Banjar families in South Kalimantan and Makassar and Bugis speakers in
 * South Sulawesi; near misses from batik shops and KRL schedules to diamond markets and the hajj waiting list; Mon 18 Jan 2027
 * 10:40 WITA, Imlek, Nyepi and Idulfitri ahead), written at the start of session 48 by four writers who saw only the one-page
 * brief and committed (7aeb9b8) before any of its rules; read as aggregates only.
 */
export const BLIND_SET_50 = `${ROOT}test/fixtures/nlu-blind-50.jsonl`;

/**
 * The blind sets after the first, in the order they were written. Each reports the same figures under keys
 * `blind<n>Items`, `blind<n>IntentAccuracy`, … (`npm run bench -- --json` promises them to outside tools), so a
 * new set is one line here plus its gate in test/intents/blind.test.ts.
 */
export const LATER_BLIND_SETS = [
  { n: 2, path: BLIND_SET_2, origin: 'frozen before session-2 tuning' },
  { n: 3, path: BLIND_SET_3, origin: 'frozen before session-3 tuning' },
  { n: 4, path: BLIND_SET_4, origin: 'scored on main before session-4 tuning' },
  { n: 5, path: BLIND_SET_5, origin: 'scored on main before session-5 tuning' },
  { n: 6, path: BLIND_SET_6, origin: 'scored on main before session-6 tuning' },
  { n: 7, path: BLIND_SET_7, origin: 'scored on main before session-7 tuning' },
  { n: 8, path: BLIND_SET_8, origin: 'scored on main before session-8 tuning' },
  { n: 9, path: BLIND_SET_9, origin: 'scored on main before session-9 tuning' },
  { n: 10, path: BLIND_SET_10, origin: 'scored on main before session-10 tuning' },
  { n: 11, path: BLIND_SET_11, origin: 'scored on main before session-11 work' },
  { n: 12, path: BLIND_SET_12, origin: 'scored on main before session-12 work' },
  { n: 13, path: BLIND_SET_13, origin: 'scored on main before session-13 work' },
  { n: 14, path: BLIND_SET_14, origin: 'scored on main before session-14 work' },
  { n: 15, path: BLIND_SET_15, origin: 'scored on main before session-15 work' },
  { n: 16, path: BLIND_SET_16, origin: 'scored on main before session-16 work' },
  { n: 17, path: BLIND_SET_17, origin: 'scored on main before session-17 work' },
  { n: 18, path: BLIND_SET_18, origin: 'scored on main before session-18 work' },
  { n: 19, path: BLIND_SET_19, origin: 'scored on main before session-19 work' },
  { n: 20, path: BLIND_SET_20, origin: 'scored on main before session-20 work' },
  { n: 21, path: BLIND_SET_21, origin: 'scored on main before session-21 work' },
  { n: 22, path: BLIND_SET_22, origin: 'written during session 21, never read; scored on its first and last commits' },
  { n: 23, path: BLIND_SET_23, origin: 'scored on main before session-22 work' },
  { n: 24, path: BLIND_SET_24, origin: 'scored on main before session-23 work' },
  { n: 25, path: BLIND_SET_25, origin: 'scored on main before session-24 NLU work' },
  { n: 26, path: BLIND_SET_26, origin: 'scored on main before session-25 NLU work' },
  { n: 27, path: BLIND_SET_27, origin: 'scored on main before session-26 NLU work' },
  { n: 28, path: BLIND_SET_28, origin: 'frozen at the end of session 26, before session-27 work' },
  { n: 29, path: BLIND_SET_29, origin: 'frozen at the end of session 27, before session-28 work' },
  { n: 30, path: BLIND_SET_30, origin: 'frozen at the end of session 28, before session-29 work' },
  { n: 31, path: BLIND_SET_31, origin: 'frozen at the start of session 29, before its rules; for session-30 work' },
  { n: 32, path: BLIND_SET_32, origin: 'frozen at the start of session 30, before its rules' },
  { n: 33, path: BLIND_SET_33, origin: 'frozen at the start of session 31, before its rules' },
  { n: 34, path: BLIND_SET_34, origin: 'frozen at the start of session 32, before its rules' },
  { n: 35, path: BLIND_SET_35, origin: 'frozen at the start of session 33, before its rules' },
  { n: 36, path: BLIND_SET_36, origin: 'frozen at the start of session 34, before its rules' },
  { n: 37, path: BLIND_SET_37, origin: 'frozen at the start of session 35, before its rules' },
  { n: 38, path: BLIND_SET_38, origin: 'frozen at the start of session 36, before its rules' },
  { n: 39, path: BLIND_SET_39, origin: 'frozen at the start of session 37, before its rules' },
  { n: 40, path: BLIND_SET_40, origin: 'frozen at the start of session 38, before its rules' },
  { n: 41, path: BLIND_SET_41, origin: 'frozen at the start of session 39, before its rules' },
  { n: 42, path: BLIND_SET_42, origin: 'frozen at the start of session 40, before its rules' },
  { n: 43, path: BLIND_SET_43, origin: 'frozen at the start of session 41, before its rules' },
  { n: 44, path: BLIND_SET_44, origin: 'frozen at the start of session 42, before its rules' },
  { n: 45, path: BLIND_SET_45, origin: 'frozen at the start of session 43, before its rules' },
  { n: 46, path: BLIND_SET_46, origin: 'frozen at the start of session 44, before its rules' },
  { n: 47, path: BLIND_SET_47, origin: 'frozen at the start of session 45, before its rules' },
  { n: 48, path: BLIND_SET_48, origin: 'frozen at the start of session 46, before its rules' },
  { n: 49, path: BLIND_SET_49, origin: 'frozen at the start of session 47, before its rules' },
  { n: 50, path: BLIND_SET_50, origin: 'frozen at the start of session 48, before its rules' },
] as const;
export type LaterBlindSet = (typeof LATER_BLIND_SETS)[number]['n'];
