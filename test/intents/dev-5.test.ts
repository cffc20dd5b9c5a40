/**
 * Gate on dev set 5 (test/fixtures/nlu-dev-5.jsonl, issue 11): 485 messages written in session 5 by someone who
 * saw only the writer's brief, "now" Thu 7 Jan 2027 13:00 WIB; tuned on by error class (bench/nlu-dev.ts lists its
 * misses). Before tuning (main's intents, 0f4a397): intent 90.7 %, date/time 94.5 %, out-of-scope accepted 10.0 %,
 * in-scope rejected 4.3 %, complaint-feeling 80.0 %, english 85.7 %, booking-family 86.7 %, unknown-name 88.6 %.
 * The gate holds what the class fixes reached minus about one message per class.
 * Session 6 (language side: letters' formulas, dates, lexicon): intent 97.3 %, date/time 100 %, long-polite 100 %,
 * regional-banjar 97.1 %; those floors raised to just below.
 */
import { DEV_SET_5 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

// Session 7, decision side: complaint-feeling, booking-family, holiday, oos and the intent floor raised to what was reached minus one message.
const REACHED: Record<string, number> = {
  general: 0.96, english: 0.94, oos: 0.98, 'regional-jv': 0.96, 'regional-su': 0.97, 'regional-betawi': 0.96,
  'regional-banjar': 0.94, 'regional-bugis': 0.96, abbrev: 0.96, 'unknown-name': 0.94, 'complaint-feeling': 0.93,
  'booking-family': 0.93, 'help-people': 0.96, 'long-polite': 0.93, holiday: 0.93,
};

describeSetGate('dev set 5', DEV_SET_5, { items: 485, intent: 0.98, service: 0.99, dateTime: 0.98, oosAccepted: 0.03, perClass: REACHED });
