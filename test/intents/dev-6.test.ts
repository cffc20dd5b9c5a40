/**
 * Gate on dev set 6 (test/fixtures/nlu-dev-6.jsonl, issue 11): 540 messages written in session 6 by a writer who saw
 * only the one-page brief, "now" Fri 18 Dec 2026 08:45 WIB, weighted to Betawi, Bugis, long polite letters and
 * abbreviations; tuned on by error class (bench/nlu-dev.ts lists its misses). Before tuning (main 46949bf): intent
 * 89.8 %, date/time 90.6 %, out-of-scope accepted 8.3 %; regional-betawi 88.9 %, regional-banjar 84.0 %, abbrev
 * 90.0 %, long-polite 90.0 %, english 90.0 %. The gate holds what the class fixes reached minus about one message
 * per class.
 */
import { DEV_SET_6 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

// Session 7, decision side: complaint-feeling, booking-family, holiday, oos and the intent floor raised to what was reached minus one message.
const REACHED: Record<string, number> = {
  general: 0.96, english: 0.93, oos: 0.98, 'regional-jv': 0.93, 'regional-su': 0.92, 'regional-betawi': 0.93,
  'regional-banjar': 0.88, 'regional-bugis': 0.95, abbrev: 0.97, 'unknown-name': 0.97, 'complaint-feeling': 0.95,
  'booking-family': 0.96, 'help-people': 0.88, 'long-polite': 0.9, holiday: 0.96,
};

describeSetGate('dev set 6', DEV_SET_6, { items: 540, intent: 0.97, service: 0.99, dateTime: 0.98, oosAccepted: 0.02, perClass: REACHED });
