/**
 * An unknown name's frame in one piece of a longer message (session 14, dev set 49). name-frame.ts reads a short
 * question ("taspen buka jam berapa") and lets a few words of errand follow it; a story before the question, or a longer
 * purpose after it, made the message too long for a frame and it stayed rejected: "Saya mau ngurus pensiun almarhum bapak,
 * kantor Taspen di sini buka sampai jam berapa ya?", "puskesmas bakunase tutup jam brp, mau imunisasi anak", "parkir
 * motor sebelah mana? waktu itu muter2 ga nemu".
 *
 * So a rejected message is cut at its commas and sentence ends, and when exactly one piece is an hours or a location
 * frame, that piece decides. Not "is X here" (list_services): "ada rekomendasi?" beside any story is that frame's shape,
 * and a hotel or a catering asked for so became a service question (measured: 9 of the 22 messages that variant lost);
 * only an agency asked of our building (agencyHere).
 */
import type { IntentModel } from './classifier.js';
import { AGENCY_MARKERS, AGENCY_NAMES, looksLikeAcronym } from './elsewhere.js';
import { HERE, type NamedDecision, nameFrame, OUR_PLACE } from './name-frame.js';
import type { Analysis } from './pipeline.js';

/** Piece ends: a comma, ? ! ; a line break, or a full stop not inside a number ("13.00"). */
const PIECE_END = /[,?!;\n]+|\.(?!\d)/;
/** The frames a piece may decide alone (see above). */
const ALONE: ReadonlySet<string> = new Set(['hours', 'location']);

/**
 * "Is X here" about an agency, asked of our building (session 17, dev set 58: "ada loket Taspen gak di mpp? bapak saya
 * pensiunan guru", "BPOM ada layanannya di MPP gak, mau urus izin edar keripik"): the agency and the MPP named, not the
 * "ada … ?" of any story.
 */
function agencyHere(d: NamedDecision, a: Analysis): boolean {
  if (d.intent !== 'list_services' || d.agency === null || !a.words.some(([w]) => OUR_PLACE.has(w) || HERE.has(w))) return false;
  // An office by its name, an office word or an acronym's shape: "ada lowongan kerja di MPP gak?" names none.
  return a.words.some(([w, stem]) => AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem) || (looksLikeAcronym(w) && !OUR_PLACE.has(w)));
}

/**
 * The one piece of `text` (two words or more) that is an hours or location frame around an unknown name; null when no
 * piece is, when two are, or when the message is one piece. `analyse` reads a piece as the pipeline reads a message.
 */
export function framedPiece(
  text: string,
  analyse: (piece: string) => Analysis,
  model: IntentModel,
  functionStems: ReadonlySet<string>,
  feelings: ReadonlySet<string>,
): NamedDecision | null {
  const pieces = text.split(PIECE_END).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 2);
  if (pieces.length < 2) return null;
  let found: NamedDecision | null = null;
  for (const piece of pieces) {
    const a = analyse(piece);
    const d = nameFrame(a, model, functionStems, feelings);
    if (d === null || !(ALONE.has(d.intent) || agencyHere(d, a))) continue;
    if (found !== null) return null;
    found = d;
  }
  return found;
}
