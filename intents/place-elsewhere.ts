/**
 * A place question about somewhere else (issue 11, split out of index.ts): a shop, a mall, "X terdekat", or breaking
 * the fast ("buka puasa") is no question about our MPP, whatever intent the models chose; index.ts answers it out of
 * scope with ELSEWHERE_CONFIDENCE. The word lists are elsewhere.ts's.
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_NAMES, ELSEWHERE } from './elsewhere.js';
import { SERVICE_FRAMES } from './foreign-object.js';
import { landmark, MAX_FRAME_WORDS, NEAR, OUR_PLACE } from './name-frame.js';
import type { Analysis } from './pipeline.js';

const PLACE_INTENTS: ReadonlySet<IntentName> = new Set(['hours', 'location', 'list_services']);
/** Sure enough that the engine does not ask back: the place was named. */
export const ELSEWHERE_CONFIDENCE = 0.6;

/** A short place question about somewhere no MPP is (ELSEWHERE), or about breaking the fast ("buka puasa"). */
export function isElsewhere(a: Analysis, intent: IntentName): boolean {
  if (a.service !== null) return false;
  if ((PLACE_INTENTS.has(intent) || SERVICE_FRAMES.has(intent)) && besideOurs(a)) return true;
  if (!PLACE_INTENTS.has(intent) || a.words.length > MAX_FRAME_WORDS) return false;
  // "mpp lippo plaza dimana": a shop word after our own place's word says where the MPP is.
  const ours = a.words.findIndex(([w]) => OUR_PLACE.has(w));
  // A shop said as a landmark is not the place asked about ("bank bjb depan masjid agung buka sabtu?", session 10).
  if (a.words.some(([w, stem], i) => (shopBefore(w, stem, i, ours) && !landmark(a.words, i)) || (w === 'buka' && a.words[i + 1]?.[0] === 'puasa'))) return true;
  // "X terdekat" searches among many places; the MPP is one ("kantor polisi terdekat", not "mpp terdekat"). A listed agency's
  // nearest office is asked of us (session 8, dev sets 8–9: "kantor polsek terdekat dimana", "kantor pegadaian terdekat dmn").
  return a.words.some(([w]) => NEAREST.has(w)) && !a.words.some(([w]) => OUR_PLACE.has(w) || AGENCY_NAMES.has(w));
}
const NEAREST = new Set(['terdekat', 'nearest', 'closest']);

/**
 * A shop word at `i`, not after our own place's word (at `ours`, -1 for none). A module function, not a named arrow in
 * isElsewhere: under tsx (npm start, the bench) such an arrow is wrapped in a naming call on every message (issue 11).
 */
function shopBefore(w: string, stem: string, i: number, ours: number): boolean {
  return (ELSEWHERE.has(w) || ELSEWHERE.has(stem)) && (ours < 0 || ours > i);
}

/**
 * A place no MPP is, located by the MPP as its landmark (session 9, dev set 11: "parkir motor di mall sebelah mpp sejam
 * brp"): the question (where, when, how much) is about the place before the word of nearness, however long the message. Read on the normalised
 * words, as written ("sebelah" stems to "belah").
 */
function besideOurs(a: Analysis): boolean {
  const w = a.words;
  for (let i = 0; i + 2 < w.length; i++) {
    if (ELSEWHERE.has(w[i]?.[0] ?? '') && NEAR.has(w[i + 1]?.[0] ?? '') && OUR_PLACE.has(w[i + 2]?.[0] ?? '')) return true;
  }
  return false;
}
