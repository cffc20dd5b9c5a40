/**
 * Advice asked about one's own trouble (issue 11, session 19, dev sets 61 and 66: worries of traders and neighbours): "Anak
 * saya udah seminggu bolos sekolah, gak mau cerita kenapa. Saya harus gimana?", "Suami kerja di luar kota udah 3 bulan gak
 * pulang. Saya harus gimana?", "nabung di koperasi 5 tahun … bingung harus gimana". "Harus gimana" is how a procedure is
 * asked too, so the models answer procedure; with no service named and no word of ours (no office, counter, queue, paper,
 * staff or channel: complaint-topic.ts OURS), it is no errand of the MPP's. Of the dev messages asking "harus gimana /
 * gimana ini" with no service, none is a procedure: 12 are out of scope, 5 complaints and 4 help, each with a word of ours
 * or about the chat itself, which this rule leaves to the others.
 */
import type { IntentName } from '../core/nlu.js';
import { OUR_PLACE_WORDS, OURS } from './complaint-topic.js';
import { SERVICE_FRAMES } from './foreign-object.js';
import type { Analysis } from './pipeline.js';

const ASKS_ADVICE = /\b(?:harus|mesti|musti|sebaiknya|baiknya)\s+(?:gimana|gmn|bagaimana|ngapain)\b|\bgimana ini\b/;

/** A procedure-like question that asks what to do about the citizen's own life, not an errand (see above). */
export function lifeAdvice(a: Analysis, intent: IntentName, ours: ReadonlySet<string>): boolean {
  if (!SERVICE_FRAMES.has(intent) || a.service !== null || !ASKS_ADVICE.test(a.raw.toLowerCase())) return false;
  return !a.words.some(([w, stem]) => OURS.has(w) || OURS.has(stem) || OUR_PLACE_WORDS.has(w) || ours.has(stem) || ours.has(w));
}
