/**
 * Gate on dev set 7 (test/fixtures/nlu-dev-7.jsonl, issue 11): 560 messages written in session 7 by a writer who saw
 * only the one-page brief, "now" Thu 31 Dec 2026 13:30 WIB (so "besok" is in 2027), weighted to English,
 * out-of-scope near misses and unknown names; tuned on by error class (bench/nlu-dev.ts lists its misses). Before
 * tuning (main 62102a8): intent 92.3 %, service 99.6 %, date/time 94.9 %, out-of-scope accepted 2.9 %; english
 * 84.0 %, unknown-name 82.0 %, holiday 82.9 %. The gate holds that minus about one message per class until the
 * tuning is merged.
 * After the date fixes on main (weekday spans, "day after tomorrow", past days beside a holiday, "hari kenaikan"):
 * date/time 100 %; that floor raised to just below.
 */
import { DEV_SET_7 } from '../../bench/nlu-dev-sets.js';
import { describeSetGate } from './set-gate.js';

const REACHED: Record<string, number> = {
  general: 0.97, english: 0.82, oos: 0.95, 'regional-jv': 0.96, 'regional-su': 0.96, 'regional-betawi': 0.86,
  'regional-banjar': 0.93, 'regional-bugis': 0.93, abbrev: 0.91, 'unknown-name': 0.8, 'complaint-feeling': 0.88,
  'booking-family': 0.88, 'help-people': 0.9, 'long-polite': 0.86, holiday: 0.8,
};

describeSetGate('dev set 7', DEV_SET_7, { items: 560, intent: 0.915, service: 0.99, dateTime: 0.99, oosAccepted: 0.05, perClass: REACHED });
