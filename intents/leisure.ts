/**
 * Out-of-scope near misses about going out (issue 11, session 8, dev sets 8 and 9): "jam buka grand indonesia hari minggu?
 * mau nonton" (a mall's hours: its name is two unknown words, which the name frame takes for an agency), "antrian di mcd
 * panjang bgt kenapa ya", "antrian konser blackpink kemarin parah" (a queue, but not ours: complaint-topic.ts keeps any
 * complaint that says "antrian"). An outing's purpose (watching a film, a concert, shopping, hanging out) or a queue at a
 * place no MPP is (elsewhere.ts ELSEWHERE, after "di") says where the citizen is, and it is not at the MPP.
 *
 * Not when the message names the MPP, an agency, an office or our staff ("petugasnya malah nonton youtube", "antrian di mpp
 * kayak antrian konser" judge us), nor a service, nor a place only compared with ("kayak di rs").
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_MARKERS, AGENCY_NAMES, ELSEWHERE } from './elsewhere.js';
import { SERVICE_FRAMES } from './foreign-object.js';
import type { Analysis } from './pipeline.js';

/** Words of an outing, as normalised ("nonton" reads "tonton"). */
const OUTING = new Set(['nonton', 'tonton', 'konser', 'bioskop', 'belanja', 'shopping', 'nongkrong', 'karaoke', 'kuliner', 'ngemall', 'clubbing']);
/** Intents an outing only seems to ask: where and when a place opens, a queue complained of, a booking. */
const ASKED: ReadonlySet<IntentName> = new Set(['hours', 'location', 'list_services', 'complaint', 'book', 'my_booking', 'cancel', 'reschedule', ...SERVICE_FRAMES]);
/**
 * Intents whose "di <place>" says where the thing is done: a queue complained of, or a service question without a service
 * (session 9, dev set 11: "cetak pas foto 3x4 di tukang foto sekarang brp per lembar" asks a photo shop's price).
 */
const DONE_AT: ReadonlySet<IntentName> = new Set(['complaint', ...SERVICE_FRAMES]);
/** Words that put the message at the MPP (as written or stemmed). */
const OURS = new Set(['mpp', 'mal', 'pelayanan', 'layan', 'petugas', 'pegawai', 'staf', 'staff', 'satpam', 'admin', 'operator', 'dukcapil', 'capil']);
const COMPARED = new Set(['kayak', 'kaya', 'seperti', 'macam', 'kek', 'ibarat', 'like']);
/** A booking or a queue of a place no MPP is, named right after it ("booking barbershop lewat aplikasinya error", "antrian klinik"; session 27, dev set 137). */
const BOOKED = new Set(['booking', 'book', 'antre', 'antrian', 'antrean', 'reservasi']);

function ours([w, stem]: readonly [string, string]): boolean {
  return OURS.has(w) || OURS.has(stem) || AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem);
}

/** The word that puts the message on an outing or in another place's queue, or null. */
export function leisure(a: Analysis, intent: IntentName): string | null {
  if (!ASKED.has(intent) || a.service !== null || a.words.some(ours)) return null;
  const w = a.words;
  const found = w.find(([word], i) => OUTING.has(word) || (DONE_AT.has(intent) && w[i - 1]?.[0] === 'di' && ELSEWHERE.has(word) && !COMPARED.has(w[i - 2]?.[0] ?? '')) || (BOOKED.has(w[i - 1]?.[0] ?? '') && ELSEWHERE.has(word)));
  return found?.[0] ?? null;
}
