/**
 * Gate on dev set 4 (test/fixtures/nlu-dev-4.jsonl, issue 11): 470 messages written in session 4 by someone
 * who had not seen the code, weighted to out-of-scope near misses, unknown names, Banjar, Sundanese, help and
 * people; tuned on by error class (bench/nlu-dev.ts lists its misses). Before tuning (main's intents, c7da02d):
 * intent 88.7 %, out-of-scope accepted 2.2 %, in-scope rejected 8.4 %, unknown-name 78.3 %, abbrev 76.0 %.
 * The gate holds what the class fixes reached minus about one message per class.
 */
import { DEV_SET_4 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

// Session 7, decision side: complaint-feeling, booking-family, holiday, oos and the intent floor raised to what was reached minus one message.
const REACHED: Record<string, number> = {
  oos: 0.98, 'unknown-name': 0.96, 'regional-banjar': 0.9, 'regional-su': 0.97, 'regional-jv': 0.93, 'regional-bugis': 0.95,
  'regional-betawi': 0.93, 'help-people': 0.93, 'booking-family': 0.96, 'complaint-feeling': 0.96, abbrev: 0.84, general: 0.96,
  english: 0.93, 'long-polite': 0.7, holiday: 0.93,
};

describeSetGate('dev set 4', DEV_SET_4, { items: 470, intent: 0.98, service: 0.99, dateTime: 0.97, oosAccepted: 0.02, perClass: REACHED });
