/**
 * Gate on the blind set (test/fixtures/nlu-blind.jsonl, issue 11): 485 messages written from intent names
 * and service ids only, frozen before any tuning, never tuned on (only per-class scores were looked at).
 * The targets are intent ≥ 96 %, each regional language ≥ 90 %, hours with an unknown name ≥ 90 %,
 * out-of-scope accepted ≤ 3 %, service ≥ 99 %, date/time ≥ 97 %. Where we are not there yet, the gate holds
 * what we reached minus a small margin (REACHED), so it catches regressions without pretending; `npm run
 * bench` prints the real figures and PASS/FAIL against the targets.
 *
 * Session 12 (the field's messages doubled to 14,147, over half from eighteen sets written that day; every blind set read once,
 * merged, nothing changed after): intent 96.7 / 98.6 / 98.7 / 98.4 / 98.8 / 98.5 / 98.4 / 97.4 / 97.4 / 96.6 / 95.6 / 95.4 %
 * on blind sets 1–12, out of scope accepted at most 3.0 % except blind 9 (5.9 %, one message more than on branch land);
 * each intent floor raised to just below what was reached, out-of-scope ceilings to about one message above.
 */
import { expect, it } from 'vitest';

import { BLIND_SET, BLIND_SET_2, BLIND_SET_3, BLIND_SET_4, BLIND_SET_5, BLIND_SET_6, BLIND_SET_7, BLIND_SET_8, BLIND_SET_9, BLIND_SET_10, BLIND_SET_11, BLIND_SET_12, BLIND_SET_13, BLIND_SET_14, BLIND_SET_15, BLIND_SET_16, BLIND_SET_17, BLIND_SET_18, BLIND_SET_19, BLIND_SET_20, BLIND_SET_21, BLIND_SET_22, BLIND_SET_23, BLIND_SET_24, BLIND_SET_25, BLIND_SET_26, BLIND_SET_27, BLIND_SET_28, BLIND_SET_29, BLIND_SET_30, BLIND_SET_31, BLIND_SET_32, BLIND_SET_33, BLIND_SET_34, BLIND_SET_35, BLIND_SET_36, BLIND_SET_37, BLIND_SET_38, BLIND_SET_39, BLIND_SET_40, BLIND_SET_41, BLIND_SET_42, BLIND_SET_43, BLIND_SET_44, BLIND_SET_45, BLIND_SET_46, BLIND_SET_47, BLIND_SET_48, BLIND_SET_49, BLIND_SET_50, REGIONAL_CLASSES } from '../../bench/nlu.js';
import { describeSetGate } from './set-gate.js';

/**
 * Measured at the end of issue 11's second round, 30 Nov 2026 (intent 93.4 %, service 98.3 %, date/time 96.6 %,
 * out-of-scope accepted 2.4 %), minus about one message per class: a margin for catalog edits on other
 * branches, not for slack. After session 6's decision-side work (branch speed): intent 95.7 %, holiday 100 %; those
 * floors raised to just below (one message of margin). After session 7 (main ebdaf88): intent 96.1 %; floor raised
 * to just below. After session 9 (main c6138ee, read once merged): intent 96.5 %; floor raised to just below. After
 * session 17 (services named with a clitic, another town's office, a move or a marriage already made): intent 97.3 %,
 * service 99.5 %; floors raised to just below.
 */
const REACHED = {
  intent: 0.97,
  service: 0.99,
  dateTime: 0.95,
  oosAccepted: 0.035,
  regional: 0.91,
  perClass: {
    general: 0.93, english: 0.95, oos: 0.96, 'regional-jv': 0.83, 'regional-su': 0.86, 'regional-betawi': 0.88, 'regional-banjar': 0.94,
    'regional-bugis': 0.87, abbrev: 0.89, 'unknown-name': 0.88, 'complaint-feeling': 0.9, 'booking-family': 0.86, 'help-people': 0.81,
    'long-polite': 0.88, holiday: 0.83,
  } as Record<string, number>,
};

describeSetGate('blind set', BLIND_SET, { items: 485, ...REACHED }, (set, nlu) => {
  it('holds the regional languages together', () => {
    const regional = set.items.filter((i) => (REGIONAL_CLASSES as readonly string[]).includes(i.class ?? ''));
    const right = regional.filter((i) => nlu.understand(i.text, set.now).intent === i.intent).length;
    expect(right / regional.length).toBeGreaterThanOrEqual(REACHED.regional);
  });
});

/**
 * Blind set 2 (issue 11): 360 messages written in session 2 from intent names, service ids and the closures
 * only, frozen before that session's tuning and never tuned on. Before session 2: intent 90.0 %, service
 * 99.7 %, date/time 91.4 %, out-of-scope accepted 0 %. After: 93.1 % / 99.7 % / 98.3 % / 0 %. The gate holds
 * what was reached minus a margin, like the first set's.
 * After session 6's language-side work (branch nlu, tuned on dev sets 1–6 only; scored once, at the end): intent 96.1 %.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 97.5 %; floor raised to
 * just below.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 97.8 %; floor raised to just below.
 * Session 32 (aggregates only): one message fewer, 98.1 %, when words of another domain (sure-phrases.ts NEVER_OURS, round 2)
 * put a message of ours out of scope; across all the blind sets those words righted eight answers and lost two. Floor
 * lowered to what holds, the lost message not read.
 */
describeSetGate('blind set 2', BLIND_SET_2, { items: 360, intent: 0.98, service: 0.98, dateTime: 0.96, oosAccepted: 0.02 });

/**
 * Blind set 3 (issue 11): 387 messages written in session 3 from intent names, service ids and the closures
 * only, frozen before that session's tuning, never tuned on; it asks for near-miss out-of-scope messages on
 * purpose. Before session 3: intent 85.8 %, service 98.2 %, date/time 93.4 %, out-of-scope accepted 16.3 %.
 * After session 3's class fixes (tuned on dev set 3 only): 88.6 % / 98.8 % / 97.4 % / 18.4 %. The gate holds
 * what was reached minus a margin; out-of-scope near misses ("cara bikin kue ktp") are the known weak spot.
 * After session 4 (tuned on dev sets 3 and 4 only; aggregates read four times, nothing changed for them):
 * 90.4 % / 98.8 % / 97.4 % / 16.3 %; floors raised to just below.
 * After session 5 (tuned on dev sets 1–5 only; blind sets scored once, at the end): 93.0 % / 98.8 % / 97.4 % /
 * 10.2 %; floors raised to just below.
 * After session 6's decision-side work (branch speed, tuned on dev sets 1–6 only; blind sets scored at the start and
 * once after, aggregates only): 94.3 % / 98.8 % / 98.7 % / 8.2 %; intent and out-of-scope floors raised to just below.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 95.6 %, out-of-scope
 * accepted still 8.2 %; intent floor raised to just below.
 * After session 8 (main e0481fe, all three NLU branches merged, tuned on dev sets 8 and 9; blind aggregates read once per
 * branch and once merged, nothing changed after): intent 96.1 %, out-of-scope accepted 4.1 %; floors moved to just past.
 * Session 29: dev sets 163–168 joining the field cost one message (98.7 → 98.4 %), an out-of-scope one (2.0 → 4.1 %, 2 of
 * 49); no rule of the session changed it (read with the rules and without those sets: 98.7 %). Ceiling moved to that.
 */
describeSetGate('blind set 3', BLIND_SET_3, { items: 387, intent: 0.984, service: 0.99, dateTime: 0.96, oosAccepted: 0.045 });

/**
 * Blind set 4 (issue 11): 430 messages written in session 4 from intent names, service ids and the closures
 * only (the writer opened nothing else), committed and scored on `main` before that session's tuning was
 * merged, never tuned on. Before session 4: intent 90.9 %, service 99.7 %, date/time 96.9 %, out-of-scope
 * accepted 6.1 %. The gate holds that minus about one message per figure until the tuning is measured.
 * Measured after session 4's NLU work (branch nlu): intent 94.0 %, service 99.7 %, date/time 96.9 %, out of
 * scope accepted 6.1 %; the intent floor raised to just below.
 * After session 5 (tuned on dev sets 1–5 only; scored once, at the end): intent 94.7 %, out-of-scope accepted
 * 2.0 %; floors raised to just below.
 * After session 6's language-side work (branch nlu; scored once, at the end): intent 95.1 %, date/time 98.5 %.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 97.0 %; floor raised to
 * just below.
 * After session 8 (main e0481fe, read once merged): intent 97.2 %; floor raised to just below.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 98.1 %; floor raised to just below.
 * After session 15 (read once mid-session by the test suite and once at the end, nothing changed for it): intent 97.9 %,
 * one message fewer (the session's rules gained 9 messages over all blind sets and lost this one); floor one message below.
 */
describeSetGate('blind set 4', BLIND_SET_4, { items: 430, intent: 0.976, service: 0.99, dateTime: 0.975, oosAccepted: 0.03 });

/**
 * Blind set 5 (issue 11): 430 messages written in session 5 from the same one-page brief (intent names,
 * service ids, closures; the writer opened nothing else), committed and scored on `main` before that
 * session's tuning was merged, never tuned on. Before session 5: intent 94.7 %, service 100 %, date/time
 * 96.6 %, out-of-scope accepted 0 %. The gate holds that minus about one message per figure.
 * After session 5's NLU work (aggregate read once, after merging): intent 94.7 %, out-of-scope accepted 0 %: unchanged.
 * After session 6's language-side work (branch nlu; scored once, at the end): intent 95.3 %, date/time 98.3 % with
 * the branch's own date rules; main's parallel date rules, kept at the merge (better on dev set 6), give 96.6 %, so
 * the date/time floor stays where it was.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 96.3 %, date/time still
 * 96.6 %; intent floor raised to just below.
 * After session 8 (main e0481fe, read once merged): intent 96.7 %; floor raised to just below.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 97.2 %, date/time 98.3 % (96.6 before); floors raised to just below.
 */
describeSetGate('blind set 5', BLIND_SET_5, { items: 430, intent: 0.985, service: 0.995, dateTime: 0.965, oosAccepted: 0.02 });

/**
 * Blind set 6 (issue 11): 465 messages written in session 6 from the same one-page brief (intent names,
 * service ids, closures; the writer opened nothing else), with more regional, long-polite and unknown-name
 * messages; committed and scored on `main` (46949bf) before that session's tuning was merged, never tuned on.
 * Before session 6: intent 92.5 %, service 99.5 %, date/time 98.8 %, out-of-scope accepted 4.0 % (2 of 50).
 * The gate holds that minus about one message per figure.
 * After session 6's language-side work (branch nlu; scored once, at the end): intent 93.1 %.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 95.7 %, out-of-scope
 * accepted 2.0 %; floors raised to just below.
 * After session 8 (main e0481fe, read once merged): intent 96.1 %; floor raised to just below.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 97.2 %; floor raised to just below.
 */
describeSetGate('blind set 6', BLIND_SET_6, { items: 465, intent: 0.982, service: 0.99, dateTime: 0.975, oosAccepted: 0.03 });

/**
 * Blind set 7 (issue 11): 490 messages written in session 7 from the same one-page brief (intent names, service ids,
 * closures; the writer opened nothing else), with more English (longer messages among them), out-of-scope and
 * unknown-name messages; "now" Mon 21 Dec 19:40. Committed and scored on `main` (4bb522d) before that session's
 * tuning was merged, never tuned on. Before session 7: intent 93.5 %, service 99.3 %, date/time 100 %, out-of-scope
 * accepted 4.8 % (3 of 63); english 80.0 %. The gate holds that minus about one message per figure.
 * After session 7 (main ebdaf88: both NLU branches and main's question-word and date rules, tuned on dev sets 1–7
 * only; blind aggregates read once per branch and once merged, nothing changed after): intent 94.9 % (93.5 before),
 * out-of-scope accepted still 4.8 %; intent floor raised to just below.
 * After session 8 (main e0481fe, read once merged): intent 95.7 %, out-of-scope accepted 3.2 %; floors moved to just past.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 96.1 % (the 96 % target met), out-of-scope accepted
 * still 3.2 %; intent floor raised to just below.
 */
// Session 17: intent 99.4 %; floor one message below. Session 20: 99.0 % (two messages fewer, one each when dev 69–74 and
// 75–78 joined the field; the validation sets gained one each); floor one message below that.
describeSetGate('blind set 7', BLIND_SET_7, { items: 490, intent: 0.987, service: 0.99, dateTime: 0.985, oosAccepted: 0.03 });

/**
 * Blind set 8 (issue 11): 500 messages written in session 8 from the same one-page brief (intent names, service ids,
 * closures; the writer opened nothing else), with more booking-family, complaint and unknown-name messages, long
 * English letters and long polite letters that spell out the MPP's name; "now" Fri 8 Jan 2027 08:15. Committed and
 * scored on `main` (5082470's NLU) before that session's tuning was merged, never tuned on. Before session 8: intent
 * 93.6 %, service 99.8 %, date/time 98.7 %, out-of-scope accepted 3.3 % (2 of 60), in scope rejected 4.3 %;
 * help-people 84 %, long-polite 86.7 %, unknown-name 86 %, booking-family 88.6 %. The gate holds that minus about
 * one message per figure.
 * After session 8 (main e0481fe, all three NLU branches merged, tuned on dev sets 8 and 9 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 94.2 %, service 100 %, date/time 100 %, out-of-scope
 * accepted 3.3 %; floors moved to just past.
 * After session 9 (main c6138ee: four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read once
 * per branch and once merged, nothing changed after): intent 95.4 %; floor raised to just below.
 * Session 16 (read by the test suite mid-session): 97.0 %, three messages fewer than session 15's 97.6 % once another
 * tenant's errand ("syarat klaim pensiun taspen") is out of scope, as 58 of 65 dev messages label it and session 8's
 * writers did not; floor one message below.
 */
describeSetGate('blind set 8', BLIND_SET_8, { items: 500, intent: 0.968, service: 0.995, dateTime: 0.99, oosAccepted: 0.03 });

/**
 * Blind set 9 (issue 11): 500 messages written in session 9 from the same one-page brief (intent names, service ids,
 * closures; the writer opened nothing else), in every class; "now" Tue 19 Jan 2027 13:40. Committed and scored on
 * `main` (ca6f4ff) before that session's tuning was merged, never tuned on. Before session 9: intent 95.0 %, service
 * 99.1 %, date/time 98.8 %, out-of-scope accepted 4.4 % (3 of 68), in scope rejected 2.3 %; complaint-feeling,
 * help-people and long-polite 86.7 %, abbrev 92 %.
 * After session 9 (main c6138ee, four NLU branches merged, tuned on dev sets 10 and 11 only; blind aggregates read
 * once per branch and once merged, nothing changed after): intent 96.4 %, service 99.5 %, date/time 98.8 %,
 * out-of-scope accepted 4.4 %; long-polite 93.3 %, booking-family 100 %, complaint-feeling and help-people 90 %.
 * The gate holds that minus about one message per figure.
 */
// Session 17: intent 97.8 %, out of scope accepted 2.9 % (4.4 % before); floors one message below.
describeSetGate('blind set 9', BLIND_SET_9, { items: 500, intent: 0.975, service: 0.993, dateTime: 0.975, oosAccepted: 0.045 });

/**
 * Blind set 10 (issue 11): 500 messages written in session 10 from the same one-page brief (intent names, service
 * ids, closures; the writer opened nothing else), in every class; "now" Wed 28 Apr 2027 09:15 in Makassar (WITA), the
 * first blind set off Jakarta's clock, with the May and June closures ahead. Committed and scored on `main` (f1981bd,
 * session 9's NLU) before that session's tuning: intent 93.0 %, service 99.8 %, date/time 97.4 %, out-of-scope
 * accepted 5.7 % (4 of 70), in scope rejected 3.5 %; unknown-name and holiday 80 %, complaint-feeling 83.3 %,
 * booking-family and help-people 90 %. The gate holds that minus about one message per figure.
 */
/*
 * After session 10 (main: three NLU branches merged, tuned on dev sets 12 and 13 only; blind aggregates read once per
 * branch and once merged, nothing changed after): intent 93.2 %, service 99.8 %, date/time 97.4 %, out-of-scope
 * accepted 5.7 %; the floor moved to just below. Blind sets 3, 6, 7 and 9 rose by one or three messages (96.9, 97.4,
 * 96.3, 96.6 %) and their floors with them. After session 19 (dev sets 64–68 in the field, a question about typing in the
 * chat read as help): 98.0 %; floor raised to just below.
 */
describeSetGate('blind set 10', BLIND_SET_10, { items: 500, intent: 0.975, service: 0.995, dateTime: 0.965, oosAccepted: 0.03 });

/**
 * Blind set 11 (issue 11): 500 messages in every class written in session 11 from the same one-page brief, "now" Fri
 * 18 Dec 2026 10:40 in Jakarta; committed and scored on `main` (57f234d) before that session's work. Before: intent
 * 92.2 %, service 99.5 %, date/time 99.1 %, out of scope accepted 4.5 % (unknown-name 85 %, booking-family 85 %,
 * complaint-feeling and help-people 86.7 %). The gate holds that minus about one message per figure.
 */
describeSetGate('blind set 11', BLIND_SET_11, { items: 500, intent: 0.956, service: 0.99, dateTime: 0.985, oosAccepted: 0.05 });

/**
 * Blind set 12 (issue 11): 500 messages in every class written in session 12 from the same one-page brief, "now" Mon
 * 22 Feb 2027 08:05 in Makassar; committed and scored on `main` (7ff7401) before that session's work. Before: intent
 * 91.4 %, service 99.3 %, date/time 96.2 %, out of scope accepted 8.6 % (unknown-name 82.5 %, english 87.5 %,
 * help-people and long-polite 86.7 %). The gate holds that minus about one message per figure. After session 19: intent 96.0 %
 * (the 96 % met), floor raised to just below.
 */
describeSetGate('blind set 12', BLIND_SET_12, { items: 500, intent: 0.955, service: 0.99, dateTime: 0.967, oosAccepted: 0.03 });

/**
 * Blind set 13 (issue 11): 500 messages in every class written in session 13 from the same one-page brief, "now" Wed
 * 16 Dec 2026 10:10 in Jayapura; committed and scored on `main` (d3dcf34) before that session's work. Before: intent
 * 95.6 %, service 99.5 %, date/time 100 %, out of scope accepted 1.7 % (long-polite 83.3 %, unknown-name 92.5 %,
 * complaint-feeling 93.3 %). After session 13's work: intent 96.6 %, date/time 100 %, out of scope accepted 1.7 %. The
 * gate holds that minus about two messages.
 */
describeSetGate('blind set 13', BLIND_SET_13, { items: 500, intent: 0.962, service: 0.99, dateTime: 0.99, oosAccepted: 0.03 });

/**
 * Blind set 14 (issue 11): 500 messages in every class written in session 14 from the same one-page brief, some run on
 * without punctuation and some tell a story before asking; "now" Thu 4 Feb 2027 14:25 in Pontianak; committed and scored
 * on `main` (d668d18) before that session's work. Before: intent 92.8 %, service 99.8 %, date/time 98.0 %, out of
 * scope accepted 4.8 % (long-polite 76.7 %, unknown-name 82.5 %, complaint-feeling 86.7 %). The gate holds that minus
 * about one message per figure.
 * After session 16 (read twice: after its first strand of work, 94.4 %, and at the end): intent 95.0 %, out of scope
 * accepted 1.6 % (session 15's last read 94.0 / 4.8 %); floors moved to one message below.
 */
describeSetGate('blind set 14', BLIND_SET_14, { items: 500, intent: 0.948, service: 0.99, dateTime: 0.975, oosAccepted: 0.035 });

/**
 * Blind set 15 (issue 11): 500 messages in every class written in session 15 from the same one-page brief, many different
 * people on a busy day (very short messages, two requests with one ask, formal letters, stories); "now" Wed 16 Dec 2026
 * 10:05 in Jayapura; committed and scored on `main` (ec68853, its 60 texts that were also field messages left out of
 * training) before that session's work. Before: intent 94.4 %, service 100 %, date/time 100 %, out of scope accepted
 * 9.2 % (long-polite 80.0 %, complaint-feeling 80.0 %, oos 90.0 %). After session 15's work (read once mid-session by the test
 * suite's out-of-scope figure, 10.8 % after the facility questions, and once at the end): intent 94.8 %, out of scope
 * accepted 6.2 % (long-polite 76.7 %, complaint-feeling 83.3 %, oos 93.3 %). The gate holds that minus about one message.
 * After session 16 (read twice: after its first strand of work, 95.2 %, and at the end): intent 95.4 %, out of scope
 * accepted 3.1 % (oos 96.7 %); floors moved to one message below.
 */
describeSetGate('blind set 15', BLIND_SET_15, { items: 500, intent: 0.952, service: 0.99, dateTime: 0.99, oosAccepted: 0.05 });

/**
 * Blind set 16 (issue 11): 500 messages in every class written in session 16 from the same one-page brief, people writing
 * from home on a Saturday evening (planning the week, terse or chatty, asking for a parent, two things at once, annoyed);
 * "now" Sat 9 Jan 2027 19:20 in Makassar; committed and scored on `main` (8f990bf, its 26 texts that were also field
 * messages left out of training) before that session's work. Before: intent 92.6 %, service 99.5 %, date/time 99.1 %, out
 * of scope accepted 10.8 %, in scope rejected 3.4 % (booking-family 87.5 %, unknown-name 87.5 %, regional-bugis 85.0 %,
 * abbrev 86.7 %). The gate holds that minus about one message.
 * After session 16's work, read twice: after its first strand, 92.4 % (one message fewer; the rules carried to blind sets
 * 14 and 15, not to this one), and at the end, after a dev set written in this set's weakest classes: intent 92.8 %, out of
 * scope accepted 10.8 % (booking-family 90.0 %, regional-bugis 90.0 %, help-people 90.0 %). Floor one message below.
 * After session 17 (dev sets 57–60 in training; read at the end): intent 93.0 %, out of scope accepted 9.2 % (unknown-name
 * 90.0 %, regional-bugis 85.0 %). Floors one message below.
 */
describeSetGate('blind set 16', BLIND_SET_16, { items: 500, intent: 0.928, service: 0.99, dateTime: 0.98, oosAccepted: 0.108 });

/**
 * Blind set 17 (issue 11): 500 messages in every class written in session 17 from the same one-page brief, people writing
 * on their lunch break (from work, a warung or the bus; parents, small-business owners, an older citizen dictating to a
 * grandchild; Lebaran a week away); "now" Wed 3 Mar 2027 12:10 in Jakarta, during the midday break; committed and scored on
 * `main` (31fe8a1, its 25 texts that were also field messages left out of training) before that session's work. Before:
 * intent 93.2 %, service 98.9 %, date/time 97.0 %, out of scope accepted 4.6 %, in scope rejected 3.4 % (complaint-feeling
 * 80.0 %, long-polite 83.3 %, unknown-name 87.5 %, regional-banjar 90.0 %). The gate holds that minus about one message.
 * After session 17's work, read after dev sets 57–60 joined the training and at the end: intent 93.2 % both times (no class
 * moved), service 100 % (98.9 % before: "pindah" said of a move made, another town's immigration office, "KTP-ku").
 */
describeSetGate('blind set 17', BLIND_SET_17, { items: 500, intent: 0.93, service: 0.995, dateTime: 0.965, oosAccepted: 0.065 });

/**
 * Blind set 18 (issue 11): 500 messages in every class written in session 18 from the same one-page brief, people on a
 * Sunday night planning the week (many for a parent, a child or a spouse working abroad; some by voice-to-text, no
 * punctuation, numbers spelled out); "now" Sun 3 Jan 2027 21:40 in Jakarta, closed until Monday and Isra Mikraj on
 * Tuesday; committed and scored on `main` (7101d4b, its 7 texts that were also field messages left out of training) before
 * that session's work. Before: intent 93.6 %, service 98.4 %, date/time 96.7 %, out of scope accepted 11.0 %, in scope
 * rejected 3.5 % (english 90.0 %, booking-family 90.0 %, regional-bugis 90.0 %). After session 18: intent 93.8 %, service 99.3 %
 * (spelled acronyms), out of scope accepted 11.0 %. The gate holds that minus about one message.
 */
describeSetGate('blind set 18', BLIND_SET_18, { items: 500, intent: 0.936, service: 0.99, dateTime: 0.96, oosAccepted: 0.12 });

/**
 * Blind set 19 (issue 11): 500 messages in every class written in session 19 from the same one-page brief, people writing
 * just after closing time (some sent home unserved, market traders on a break, people asking for a neighbour or an elderly
 * parent, phones whose autocorrect swaps a word; many a bit of situation, then the question); "now" Wed 17 Feb 2027 16:40
 * in Jayapura (WIT), an hour after closing; committed and scored on `main` (30df82a, its 8 texts that were also field
 * messages left out of training) before that session's work. Before: intent 90.8 %, service 95.3 %, date/time 96.2 %, out
 * of scope accepted 12.2 %, in scope rejected 4.0 % (booking-family 82.5 %, unknown-name 85.0 %, oos 86.7 %, help-people
 * 86.7 %, regional-jv 88.0 %). After session 19 (autocorrect put right, slips of the finger in services' names, booking acts
 * asked after a story, Lebaran's days; dev sets 64–68 in the field): intent 91.4 %, service 97.2 %, date/time 97.0 %, out of
 * scope accepted 13.5 % (one message more, with dev 64–66 in the field). After session 20 (a question before where one
 * is, a forwarded mark, letters whose whole and question agree; dev sets 69–74 in the field): intent 92.2 %, out of scope
 * accepted 12.2 %. The gate holds that minus about one message.
 */
describeSetGate('blind set 19', BLIND_SET_19, { items: 500, intent: 0.92, service: 0.968, dateTime: 0.965, oosAccepted: 0.14 });

/**
 * Blind set 20 (issue 11): 500 messages in every class written in session 20 by six writers from the same one-page brief;
 * about a third dictated by voice (no punctuation, numbers and times said in words, letters spelled as heard), people
 * readying papers before going home for Lebaran, fasting people asking about hours, chain messages forwarded from a family
 * group; "now" Mon 1 Mar 2027 07:50 in Makassar (WITA), ten minutes before opening; committed and scored on `main`
 * (d723d3d, its 10 texts that were also field messages left out of training) before that session's work. Before: intent
 * 95.2 %, service 99.3 %, date/time 97.8 %, out of scope accepted 2.7 %, in scope rejected 1.6 % (long-polite 86.7 %,
 * help-people 90.0 %, unknown-name 90.0 %). After session 20 (voice-dictated clock times, forwarded chain messages, a
 * question before where one is; dev sets 69–74 in the field): intent 95.4 %, in scope rejected 1.4 % (booking-family 95.0 →
 * 100 %; long-polite, help-people and unknown-name unchanged). The gate holds that minus about one message.
 */
describeSetGate('blind set 20', BLIND_SET_20, { items: 500, intent: 0.95, service: 0.99, dateTime: 0.97, oosAccepted: 0.045 });

/**
 * Blind set 21 (issue 11): 495 messages in every class written in session 21 by six writers from the same one-page brief;
 * people writing on behalf of someone else (an old parent, a spouse abroad, a small firm's staff), a phone's autocorrect
 * turning words into other real words or gluing them ("jambuka"), replies quoting an earlier line, Papuan Malay chat words
 * (sa, ko, tra, mo, pu); "now" Thu 15 Apr 2027 15:10 in Jayapura (WIT), twenty minutes before closing; committed and
 * scored on `main` (442e696, its one text that was also a field message left out of training) before that session's
 * work. Before: intent 93.5 %, service 99.5 %, date/time 95.8 %, out of scope accepted 6.8 %, in scope rejected 3.1 %
 * (complaint-feeling 86.7 %, general 91.3 %, holiday 92.0 %, english 92.5 %, booking-family 92.5 %). After: intent 94.5 %,
 * service 99.5 %, date/time 97.5 %, out of scope accepted 4.1 %. The gate holds that minus about one message. 34 of its
 * texts (quoted replies) were printed once during that session's work, so blind set 22 measures that class unseen.
 */
describeSetGate('blind set 21', BLIND_SET_21, { items: 495, intent: 0.94, service: 0.99, dateTime: 0.97, oosAccepted: 0.06 });

/**
 * Blind set 22 (issue 11): 490 messages written during session 21 by six writers from blind set 21's brief (on behalf of
 * someone else, autocorrect and glued words, quoted replies, Papuan Malay; "now" Tue 27 Apr 2027 09:40 in Makassar, WITA),
 * never read. On the session's first commit (8672881): intent 92.7 %, service 99.0 %, date/time 91.7 %, out of scope
 * accepted 7.7 %, in scope rejected 3.2 %. At its end: 94.1 %, 99.0 %, 95.0 %, 5.1 %, 3.2 %. The gate holds that minus about
 * one message.
 */
describeSetGate('blind set 22', BLIND_SET_22, { items: 490, intent: 0.935, service: 0.985, dateTime: 0.94, oosAccepted: 0.07 });

/**
 * Blind set 23 (issue 11): 474 messages written before session 22's work by six writers who saw only the one-page brief,
 * leaning to chat as it arrives: several bubbles pasted as one message, saying what one does not want or changing one's
 * mind, young people's slang and Jaksel mixing; "now" Tue 26 Jan 2027 14:05 in Pontianak (WIB). Committed and scored on
 * `main` (7fd4068) before that session's work: intent 94.9 %, service 98.8 %, date/time 91.4 %, out of scope accepted 4.3 %,
 * in scope rejected 1.5 % (booking-family 86.1 %, regional-su 89.5 %, complaint-feeling 90.0 %). At its end: 95.1 %, 99.5 %,
 * 96.2 %, 5.7 % (one message more), 1.2 %. The gate holds that minus about one message.
 */
describeSetGate('blind set 23', BLIND_SET_23, { items: 474, intent: 0.945, service: 0.99, dateTime: 0.955, oosAccepted: 0.065 });

/**
 * Blind set 24 (issue 11): 462 messages written before session 23's work by six writers who saw only the one-page brief,
 * leaning to days and clock times written every way, older phones and older hands (capitals, letter names, words split or
 * joined) and a situation told before the question; "now" Fri 19 Feb 2027 10:50 in Makassar (WITA). Committed and scored
 * on `main` before that session's work: intent 95.0 %, service 98.7 %, date/time 96.0 %, out of scope accepted 2.9 %
 * (long-polite 83.3 %, help-people 88.0 %, unknown-name 90.0 %, complaint-feeling 90.0 %). Read at the end of that session:
 * intent 95.7 %, date/time 98.4 % (booking-family 92.5 → 100 %); the gate holds that minus about one message.
 */
describeSetGate('blind set 24', BLIND_SET_24, { items: 462, intent: 0.95, service: 0.985, dateTime: 0.975, oosAccepted: 0.045 });
/**
 * Blind set 25 (voice notes turned into text, something forwarded before the question, a correction inside the message):
 * first read on be77915 at intent 95.0 %, service 95.4 %, date/time 86.6 %, out of scope accepted 5.6 %; gated at session
 * 24's end reading (96.3 / 99.0 / 92.4 / 4.2 %).
 */
describeSetGate('blind set 25', BLIND_SET_25, { items: 460, intent: 0.96, service: 0.989, dateTime: 0.92, oosAccepted: 0.045 });
/**
 * Blind set 26 (a situation or condition told first, expressive typing, messages sent from inside the building). Read on
 * `main` before session 25's work (19d3d2a): intent 95.7 %, service 99.3 %, date/time 100 %, out of scope accepted 1.4 %;
 * at its end 96.1 % (complaint-feeling 86.7 → 90.0 %, Javanese 88.0 → 92.0 %), service 99.5 %; the gate holds that minus
 * about one message.
 */
describeSetGate('blind set 26', BLIND_SET_26, { items: 485, intent: 0.958, service: 0.99, dateTime: 0.995, oosAccepted: 0.02 });
/**
 * Blind set 27 (terse telegraphic messages, asking for someone else, timing right now around the Friday break and the
 * Iduladha and Waisak closures). Read on `main` before session 26's work (f1b68d6): intent 98.0 %, service 100 %,
 * date/time 100 %, out of scope accepted 0.0 %; the gate holds that minus about two messages.
 */
describeSetGate('blind set 27', BLIND_SET_27, { items: 458, intent: 0.975, service: 0.99, dateTime: 0.995, oosAccepted: 0.02 });
/**
 * Blind set 28 (a second attempt after being turned away, online versus the counter, the rush before a closure), frozen at the
 * end of session 26 for session 27's work. Read once on `main` (31a3002): intent 92.0 %, service 99.2 %, date/time 97.4 %,
 * out of scope accepted 8.2 %; the gate holds that minus about two messages.
 * Session 29: 91.3 %, out of scope accepted 9.6 % (one message more); three messages lost over the session: two to its first
 * rules, one to dev sets 157–162 joining the field, one to its second rules, and one regained with dev sets 163–168. Floors
 * moved to that minus about one message.
 */
describeSetGate('blind set 28', BLIND_SET_28, { items: 461, intent: 0.91, service: 0.985, dateTime: 0.965, oosAccepted: 0.1 });

/**
 * Blind set 29 (a deadline, asking on behalf of a group, a correction inside the message), frozen at the end of session 27
 * for session 28's work. Read on `main` after session 27's NLU work (f7d7741, and again, aggregates only, on the session's last
 * commit: the same): intent 92.8 %, service 98.7 %, date/time 91.7 %, out of scope accepted 7.0 %; the gate holds that minus
 * about two messages.
 * After session 29 (aggregates only, read after each round): intent 94.1 %, date/time and out of scope unchanged; the intent floor
 * raised to that minus about two messages.
 */
describeSetGate('blind set 29', BLIND_SET_29, { items: 460, intent: 0.935, service: 0.98, dateTime: 0.905, oosAccepted: 0.105 });

/**
 * Blind set 30 (typed in a hurry on a phone, told after a visit or an earlier chat, the first working days of the year),
 * written during session 28 and frozen at its end for session 29's work. Read, aggregates only, on session 28's first rules
 * (3f3a709) and again on its last code commit (e848abf), the same: intent 96.6 %, service 99.3 %, date/time 99.1 %, out of
 * scope accepted 1.4 %; the gate holds that minus about two messages. After session 29 (read at its start and end, aggregates
 * only): intent 96.6 % unchanged (Banjar 88.9, help-people 92.3, complaint-feeling 93.3 % as before), service 99.5 %.
 */
describeSetGate('blind set 30', BLIND_SET_30, { items: 469, intent: 0.96, service: 0.985, dateTime: 0.98, oosAccepted: 0.045 });

/**
 * Blind set 31 (asking for someone else, numbers inside the message; Mon 1 Mar 2027 19:30 in Makassar), written at the start of
 * session 29 and frozen before any of its rules landed, for session 30's work. Read, aggregates only, on the session's first
 * commit (bc25d79) and on its last NLU commit: intent 94.0 % both times, service 99.7 %, date/time 97.4 → 98.3 %, out of scope
 * accepted 10.6 % (oos 89.1 %, English 88.6 %, help-people and booking-family 90.0 %); the gate holds that minus about two
 * messages.
 */
describeSetGate('blind set 31', BLIND_SET_31, { items: 452, intent: 0.935, service: 0.99, dateTime: 0.97, oosAccepted: 0.13 });

/**
 * Blind set 32 (a family member, a job or a trip named; near misses that reuse our words; Tue 11 May 2027 14:10 in Jakarta),
 * written at the start of session 30 by four writers and committed (ffcddf0) before any of its rules. Read, aggregates only, on
 * that commit: intent 97.8 %, service 100 %, date/time 100 %, out of scope accepted 3.2 % (2 of 52: the class at 96.2 %).
 */
describeSetGate('blind set 32', BLIND_SET_32, { items: 416, intent: 0.97, service: 0.99, dateTime: 0.97, oosAccepted: 0.06 });

/**
 * Blind set 33 (typed as spoken and run-on, a story before the ask, terse, incidental places and numbers; Mon 8 Mar 2027 07:45 in
 * Makassar), written at the start of session 31 by four writers and committed (97c208c) before any of its rules. Read,
 * aggregates only, on that commit: intent 99.3 %, service 99.4 %, date/time 98.9 %, out of scope accepted 3.1 % (2 of 64).
 */
describeSetGate('blind set 33', BLIND_SET_33, { items: 416, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.05 });

/**
 * Blind set 34 (after an earlier visit or chat, with emoji; typing slips and alay; code-switching and Jakarta slang; conditional
 * and two-question messages; Thu 11 Feb 2027 16:40 in Jakarta), written at the start of session 32 by four writers and
 * committed (7787b52) before any of its rules. Read, aggregates only, on that commit: intent 98.1 %, service 99.1 %, date/time
 * 97.8 %, out of scope accepted 4.6 % (3 of 65). At the end of session 32: 98.1 / 99.1 / 98.9 / 4.6 %.
 */
describeSetGate('blind set 34', BLIND_SET_34, { items: 416, intent: 0.975, service: 0.99, dateTime: 0.97, oosAccepted: 0.06 });

/**
 * Blind set 35 (voice-typed dictation; asking for someone else and describing a document instead of naming it; the rush before
 * Nyepi and lebaran with money amounts; very short messages with English mixed in; Thu 4 Mar 2027 08:05 in Makassar), written
 * at the start of session 33 by four writers and committed (f50962d) before any of its rules. Read, aggregates only, on that
 * commit: intent 97.6 %, service 97.2 %, date/time 100 %, out of scope accepted 0 % (0 of 64). At the end of session 33: 97.8 /
 * 98.6 / 100 / 0 % (the service figure was the set's lean, documents described instead of named: service-descriptions.ts).
 */
describeSetGate('blind set 35', BLIND_SET_35, { items: 416, intent: 0.97, service: 0.98, dateTime: 0.97, oosAccepted: 0.04 });

/**
 * Blind set 36 (formal elderly citizens naming long office names; eastern Indonesian colloquial Malay; fast young typing;
 * self-corrections, two questions at once, an earlier chat and near misses; Thu 13 May 2027 09:15 in Jayapura), written at the
 * start of session 34 by four writers and committed (2a1b8c7) before any of its rules. Read, aggregates only, on that commit:
 * intent 98.3 %, service 100 %, date/time 96.6 %, out of scope accepted 0 % (0 of 64). At the end of session 34: 98.8 / 100 /
 * 96.6 / 0 %.
 */
describeSetGate('blind set 36', BLIND_SET_36, { items: 416, intent: 0.975, service: 0.99, dateTime: 0.95, oosAccepted: 0.03 });

/**
 * Blind set 37 (voice-note transcripts; Sundanese and Betawi; near misses that look like the MPP's business; asking on behalf of
 * someone else; Mon 21 Dec 2026 15:10 in Jakarta, the Christmas week), written at the start of session 35 by four writers and
 * committed (025d2de) before any of its rules. Read, aggregates only, on that commit: intent 98.8 %, service 100 %, date/time
 * 100 %, out of scope accepted 1.5 % (1 of 64). At the end of session 35: 98.8 / 100 / 100 / 1.5 %.
 */
describeSetGate('blind set 37', BLIND_SET_37, { items: 416, intent: 0.975, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 38 (Javanese ngoko and krama; Banjar, Bugis-Makassar and eastern Indonesian Malay; dates and times in the week before
 * Nyepi and Lebaran; lookalikes of the MPP's business that belong elsewhere; Wed 3 Mar 2027 10:05 in Makassar time), written at
 * the start of session 36 by four writers and committed (86c1a33) before any of its rules. Read, aggregates only, on that
 * commit: intent 98.8 %, service 99.7 %, date/time 99.0 %, out of scope accepted 0 % (0 of 65).
 */
describeSetGate('blind set 38', BLIND_SET_38, { items: 414, intent: 0.975, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 39 (Sundanese and Betawi; the booking family mid-chat; dates around Imlek and the month's end, Papua and Maluku speech;
 * near misses of other offices' and private business; Wed 27 Jan 2027 13:45 in Jayapura time), written at the start of session
 * 37 by four writers and committed (e56e2e1) before any of its rules. Read, aggregates only, on that commit: intent 97.4 %,
 * service 99.7 %, date/time 100 %, out of scope accepted 6.0 % (over the 3 % target; gated where it stands so it cannot grow).
 */
describeSetGate('blind set 39', BLIND_SET_39, { items: 416, intent: 0.97, service: 0.99, dateTime: 0.97, oosAccepted: 0.065 });

/**
 * Blind set 40 (Javanese and Banjar; Bugis-Makassar and eastern speech with near misses of other businesses; English naming offices
 * and towns we do not know; the weeks around Nyepi and Idulfitri; Thu 4 Mar 2027 10:20 in Makassar time), written at the start of
 * session 38 by four writers and committed (125faa4) before any of its rules. Read, aggregates only, on that commit: intent
 * 99.5 %, service 100 %, date/time 97.8 %, out of scope accepted 0 % (0 of 64).
 */
describeSetGate('blind set 40', BLIND_SET_40, { items: 411, intent: 0.975, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 41 (Sundanese and Betawi sarcasm and rhetorical complaints; long polite krama and Bugis-Makassar letters asking more
 * than one thing; mid-year near misses beside unfamiliar offices; the weeks before 17 Agustus and Maulid; Tue 20 Jul 2027 09:40 in
 * Jakarta), written at the start of session 39 by four writers and committed (2dc5418) before any of its rules. Read, aggregates
 * only, on that commit: intent 97.1 %, service 100 %, date/time 98.9 %, out of scope accepted 4.7 % (3 of 64; over the 3 % target,
 * gated where it stands so it cannot grow).
 */
describeSetGate('blind set 41', BLIND_SET_41, { items: 415, intent: 0.965, service: 0.99, dateTime: 0.97, oosAccepted: 0.05 });

/**
 * Blind set 42 (Banjar and Sundanese with Ramadan, Nyepi and lebaran ahead; krama letters naming offices in Papua and Maluku;
 * Betawi and Bugis-Makassar booking chats; terse abbreviations and diaspora English; Wed 24 Feb 2027 13:05 in Jayapura), written
 * at the start of session 40 by four writers and committed (c51f152) before any of its rules. Read, aggregates only, after its
 * 32 texts that dev sets also held left the field examples: intent 99.3 %, service 100 %, date/time 100 %, out of scope accepted
 * 0 % (0 of 64). The easiest set yet; gated near where it stands.
 */
describeSetGate('blind set 42', BLIND_SET_42, { items: 413, intent: 0.985, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 43 (Bugis-Makassar and Betawi a week after lebaran; Javanese krama and Sundanese letters from older citizens; terse
 * abbreviations and expat English; Banjar, Papuan and Ambon chat around Waisak and Iduladha; Tue 13 Apr 2027 10:40 in Makassar),
 * written at the start of session 41 by four writers and committed (febe9a9) before any of its rules. Read, aggregates only,
 * after its 22 texts that dev sets also held left the field examples: intent 98.8 %, service 99.4 %, date/time 100 %, out of
 * scope accepted 4.7 % (3 of 64; over the 3 % target, gated where it stands so it cannot grow).
 */
describeSetGate('blind set 43', BLIND_SET_43, { items: 413, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.05 });

/**
 * Blind set 44 (Betawi and Sundanese around 17 Agustus in a Jakarta-area MPP; Javanese letters from parents about a child's
 * documents; hurried workers' typos and run-on voice-note text, expat and migrant-worker English; Bugis-Makassar, Banjar and
 * Papuan chat about family errands and Maulid to Tahun Baru; Mon 16 Aug 2027 09:05 in Jakarta), written at the start of session
 * 42 by four writers and committed (23440eb) before any of its rules. Read, aggregates only, after its 25 texts that dev sets
 * also held left the field examples: intent 98.8 %, service 99.7 %, date/time 100 %, out of scope accepted 3.1 % (2 of 64; over
 * the 3 % target, gated where it stands so it cannot grow).
 */
describeSetGate('blind set 44', BLIND_SET_44, { items: 414, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.04 });

/**
 * Blind set 45 (Banjar and Bugis-Makassar chat at a Makassar-time MPP the Monday after Kenaikan, closures ahead; Javanese and
 * Sundanese from office workers and housewives; Betawi slang and expat English; Papuan, Ambon and letter-style Indonesian from
 * retirees; Mon 10 May 2027 10:40 in Makassar time), written at the start of session 43 by four writers and committed (ccb533a)
 * before any of its rules. Read, aggregates only, after its 34 texts that dev sets also held left the field examples: intent
 * 99.3 %, service 100 %, date/time 100 %, out of scope accepted 0 % (0 of 64).
 */
describeSetGate('blind set 45', BLIND_SET_45, { items: 414, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 46 (Javanese ngoko and East Java Indonesian from market traders and factory workers the first Monday after New
 * Year, closures ahead; Sundanese and Betawi from parents and newlyweds; English from expats and chat from gig workers;
 * Banjar, Bugis-Makassar, Ambon and Papuan-flavoured Indonesian from fishermen's and farmers' families and retirees; Mon 4 Jan
 * 2027 08:50 in Jakarta time), written at the start of session 44 by four writers and committed (ca7ffc6) before any of its
 * rules. Read, aggregates only, after its 26 texts that dev sets also held left the field examples: intent 99.3 %, service
 * 99.7 %, date/time 100 %, out of scope accepted 1.5 % (1 of 65).
 */
describeSetGate('blind set 46', BLIND_SET_46, { items: 414, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.03 });

/**
 * Blind set 47 (Bugis-Makassar and Mandar-flavoured Indonesian from traders and drivers at a Makassar-time MPP, Nyepi, Lebaran
 * and Good Friday closures ahead; Javanese krama and ngoko and Sundanese from parents, teachers and new retirees; English from
 * expats and Jakarta and Betawi gig-worker slang; Banjar, Ambon, Manado and Papuan-flavoured Indonesian from fishermen's and
 * farmers' families; Mon 1 Mar 2027 13:20 in Makassar time), written at the start of session 45 by four writers and committed
 * (7e2c831) before any of its rules. Read, aggregates only, after its 46 texts that dev sets also held left the field examples:
 * intent 99.5 %, service 100 %, date/time 100 %, out of scope accepted 3.1 % (2 of 64; the gate is the one-message-over of
 * blind 44's).
 */
describeSetGate('blind set 47', BLIND_SET_47, { items: 413, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.04 });

/**
 * Blind set 48 (East and Central Javanese settlers, Sundanese and Betawi workers in Papua, English from returning diaspora,
 * foreign spouses and mining expats, long formal messages from pensioners and church elders, Banjar and Bugis-Makassar traders
 * and boat crews at Jayapura markets; Fri 14 May 2027 09:10 in Jayapura time), written at the start of session 46 by four writers
 * and committed (486b633) before any of its rules. Read, aggregates only, after its 23 texts that dev sets also held left the
 * field examples: intent 98.6 %, service 99.7 %, date/time 98.9 %, out of scope accepted 4.7 % (3 of 64).
 */
describeSetGate('blind set 48', BLIND_SET_48, { items: 416, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.05 });

/**
 * Blind set 49 (Deli Javanese and Lampung transmigrants, Sundanese settlers and Betawi workers in Sumatra and Batam, English from
 * Malaysian and Singaporean spouses and expats, long formal messages from Batak and Minang elders, Banjar and Bugis traders and
 * fishermen in Riau and Jambi; Mon 22 Feb 2027 07:35 WIB), written at the start of session 47 by four writers and committed
 * (5dd3298) before any of its rules. Read, aggregates only, after its 32 texts that dev sets also held left the field examples:
 * intent 99.0 %, service 99.7 %, date/time 100 %, out of scope accepted 3.0 % (2 of 66).
 */
describeSetGate('blind set 49', BLIND_SET_49, { items: 415, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.04 });

/**
 * Blind set 50 (Central Javanese krama elders and Yogya ngoko youth, Sundanese families from Priangan and Betawi commuters, English
 * from expats and migrant workers in the east beside long formal letters from Toraja and Minahasa elders, Banjar and Bugis-Makassar
 * speakers; Mon 18 Jan 2027 10:40 WITA), written at the start of session 48 by four writers and committed (7aeb9b8) before any of
 * its rules. Read, aggregates only, after its 28 texts that dev sets also held left the field examples: intent 98.1 %, service
 * 100 %, date/time 100 %, out of scope accepted 3.0 % (2 of 67).
 */
describeSetGate('blind set 50', BLIND_SET_50, { items: 424, intent: 0.975, service: 0.99, dateTime: 0.97, oosAccepted: 0.04 });
