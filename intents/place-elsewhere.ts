/**
 * A place question about somewhere else (issue 11, split out of index.ts): a shop, a mall, "X terdekat", or breaking
 * the fast ("buka puasa") is no question about our MPP, whatever intent the models chose; index.ts answers it out of
 * scope with ELSEWHERE_CONFIDENCE. The word lists are elsewhere.ts's.
 */
import type { IntentName } from '../core/nlu.js';
import { BANK } from './bank-branch.js';
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
  if (a.words.some(([w, stem], i) => (shopBefore(w, stem, i, ours) && !landmark(a.words, i) && !ourMall(a.words, i)) || (w === 'buka' && a.words[i + 1]?.[0] === 'puasa'))) return true;
  // "X terdekat" searches among many places; the MPP is one ("kantor polisi terdekat", not "mpp terdekat"). A listed agency's
  // nearest office is asked of us (session 8, dev sets 8–9: "kantor polsek terdekat dimana", "kantor pegadaian terdekat dmn").
  return a.words.some(([w]) => NEAREST.has(w)) && !a.words.some(([w]) => OUR_PLACE.has(w) || AGENCY_NAMES.has(w));
}
const NEAREST = new Set(['terdekat', 'nearest', 'closest']);

/**
 * The MPP's English name, "(public) service(s) mall" (session 37, dev sets 23–199: "What time does the public service mall open?",
 * "where's the parking for the service mall"): its "mall" is ours, no shopping mall. Read here, not as a token "mpp": the
 * examples' words stay as they are, and with them the models (taught with the name as "mpp", two blind sets moved).
 */
function ourMall(words: Analysis['words'], i: number): boolean {
  const before = words[i - 1]?.[0];
  return words[i]?.[0] === 'mall' && (before === 'service' || before === 'services');
}

/**
 * A shop word at `i`, not after our own place's word (at `ours`, -1 for none). A module function, not a named arrow in
 * isElsewhere: under tsx (npm start, the bench) such an arrow is wrapped in a naming call on every message (issue 11).
 */
function shopBefore(w: string, stem: string, i: number, ours: number): boolean {
  return (ELSEWHERE.has(w) || ELSEWHERE.has(stem)) && (ours < 0 || ours > i);
}

/**
 * A place no MPP is, located by the MPP as its landmark (session 9, dev set 11: "parkir motor di mall sebelah mpp sejam
 * brp"): the question (where, when, how much) is about the place before the word of nearness, however long the message.
 * Read on the normalised words, as written ("sebelah" stems to "belah"). Session 27 (dev set 135, businesses around the
 * MPP): the landmark may be the building ("dealer mobil yang berada di dekat gedung MPP", "sekolah di belakang gedung
 * ini", "the restaurant across the street from the MPP"), and the place a "rumah makan" or a bank, whose branch beside us
 * is not its counter inside (bank-branch.ts). Not NOT_AN_OFFICE's wider kinds: "Balai Besar POM lokasinya deket MPP ga?"
 * asks where an agency is ("pom" is also the petrol station's).
 */
function besideOurs(a: Analysis): boolean {
  const w = a.words;
  for (let j = 2; j < w.length; j++) {
    if (!namesUs(w, j)) continue;
    const near = nearnessBefore(w, j);
    for (let k = near - 1; near > 0 && k >= Math.max(0, near - PLACE_REACH); k--) {
      const word = w[k]?.[0] ?? '';
      if (OUR_PLACE.has(word)) break;
      if (shopAt(w, k)) return true;
    }
  }
  return false;
}

/** How far before the word of nearness the place may be named: "dealer mobil Toyota yang berada di dekat …". */
const PLACE_REACH = 6;
/** "park" the verb ("where can I park a car near the MPP") is no park. */
const VERB_BEFORE = new Set(['i', 'we', 'to', 'can', 'you']);

/** Word `k` names a place no MPP is: a shop, a bank's branch, "rumah makan". */
function shopAt(w: Analysis['words'], k: number): boolean {
  const word = w[k]?.[0] ?? '';
  if (word === 'park' && VERB_BEFORE.has(w[k - 1]?.[0] ?? '')) return false;
  return ELSEWHERE.has(word) || BANK.has(word) || (word === 'makan' && w[k - 1]?.[0] === 'rumah');
}

/** The word at `j` names our place: "mpp", "mal pelayanan", or "ini" after the building ("gedung ini"). */
function namesUs(w: Analysis['words'], j: number): boolean {
  const word = w[j]?.[0] ?? '';
  return OUR_PLACE.has(word) || (word === 'ini' && BUILDING.has(w[j - 1]?.[0] ?? ''));
}

/** Words between a word of nearness and the place it points at: "seberang gedung MPP", "across the street from the MPP". */
const LANDMARK_FILLER = new Set(['gedung', 'kantor', 'building', 'the', 'street', 'road', 'jalan', 'from', 'of', 'to']);
const BUILDING = new Set(['gedung', 'kantor', 'building']);
/** English nearness that needs its "from" ("across from the mpp"); NEAR has the rest. */
const ACROSS = new Set(['across']);
/** How many filler words may stand between the nearness and our place. */
const MAX_FILLER = 4;

/** Index of the word of nearness that points at our place at `j`, or -1. */
function nearnessBefore(w: Analysis['words'], j: number): number {
  for (let i = j - 1; i >= Math.max(0, j - 1 - MAX_FILLER); i--) {
    const word = w[i]?.[0] ?? '';
    if (NEAR.has(word) || ACROSS.has(word)) return i;
    if (!LANDMARK_FILLER.has(word)) return -1;
  }
  return -1;
}
