/**
 * Gate on dev set 8 (test/fixtures/nlu-dev-8.jsonl, issue 11): 580 messages written in session 8 by a writer who saw
 * only the one-page brief, "now" Sat 26 Dec 2026 10:05 WIB, every class with long English letters and long polite
 * letters that spell out the MPP's name; tuned on by error class (bench/nlu-dev.ts lists its misses). Before tuning
 * (main 521f5e8): intent 89.8 %, service 99.4 %, date/time 94.8 %, out-of-scope accepted 5.7 %; long-polite 71.4 %,
 * english 81.8 %, booking-family 82.5 %, complaint-feeling 82.9 %. After session 8's three branches (main e0481fe):
 * intent 95.3 %, service and date/time 100 %, out-of-scope accepted 2.9 %. After session 9 (main c6138ee, tuned on dev
 * sets 10 and 11): intent 97.2 %. The gate holds that minus about one message per figure and per class.
 */
import { DEV_SET_8 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

const REACHED: Record<string, number> = {
  general: 0.97, english: 0.92, oos: 0.95, 'regional-jv': 0.83, 'regional-su': 0.93, 'regional-betawi': 0.96,
  'regional-banjar': 0.96, 'regional-bugis': 0.93, abbrev: 0.85, 'unknown-name': 0.92, 'complaint-feeling': 0.97,
  'booking-family': 0.97, 'help-people': 0.96, 'long-polite': 0.91, holiday: 0.94,
};

describeSetGate('dev set 8', DEV_SET_8, { items: 580, intent: 0.97, service: 0.995, dateTime: 0.99, oosAccepted: 0.045, perClass: REACHED });
