/**
 * Our building's own rooms and amenities (session 15): which one a message names, whether it asks where or whether there is
 * one, and one list for every rule that asks "is this about the MPP itself?" (the session 14 review found three lists
 * that had drifted apart).
 *
 * Asked as a citizen asks ("ada toilet ga", "mushola buat sholat dzuhur di lantai brp", "Liftnya di mana ya, ibu saya pakai
 * kursi roda"), the models read these as complaints (the field's complaints say "toilet difabel tidak ada"), as out of
 * scope, or, for "ada mushola ga", as a question about an agency called Mushola; the terminal chat then opened a complaint
 * form for someone looking for the toilet. Dev set 52 (written for names and facilities) had 7 of its 30 such questions wrong.
 *
 * Not Wi-Fi: of the 23 dev and test messages that name it, 21 are out of scope (a home's IndiHome, a café's password) and
 * none asks about ours.
 */
import type { FacilityId, IntentName } from '../core/nlu.js';

/** Written words (after normalize.ts) that name a facility; two-word names in FACILITY_PHRASES. */
const FACILITY_WORDS: ReadonlyMap<string, FacilityId> = new Map<string, FacilityId>([
  ...(['toilet', 'wc', 'restroom', 'bathroom', 'toliet', 'toilette'] as const).map((w) => [w, 'toilet'] as const),
  // English "park" as the verb (session 36, dev set 229: "Where do I park if I come by car?"); a town's park is "taman".
  ...(['parkir', 'parkiran', 'parking', 'parkirnya', 'park'] as const).map((w) => [w, 'parking'] as const),
  ...(['mushola', 'musholla', 'musala', 'mushalla', 'musholah', 'mushala'] as const).map((w) => [w, 'prayer_room'] as const),
  ...(['laktasi', 'menyusui', 'lactation'] as const).map((w) => [w, 'lactation_room'] as const),
  ...(['wheelchair'] as const).map((w) => [w, 'wheelchair'] as const),
  ...(['kantin', 'canteen', 'kafetaria', 'cafeteria'] as const).map((w) => [w, 'canteen'] as const),
  ...(['lift', 'elevator', 'eskalator', 'escalator'] as const).map((w) => [w, 'lift'] as const),
  // Not "fotokopi" alone: "fotokopi KTP 2 lembar" is a requirement; the shop is "fotokopian" or a place of copying (below).
  ...(['fotokopian', 'photocopier'] as const).map((w) => [w, 'photocopy'] as const),
  ...(['helpdesk', 'resepsionis', 'receptionist', 'reception'] as const).map((w) => [w, 'information_desk'] as const),
]);

/** Facilities named by two words whose words alone name none or another ("kursi roda", "meja informasi", "ruang tunggu"). */
const FACILITY_PHRASES: readonly (readonly [RegExp, FacilityId])[] = [
  [/\bkamar (?:mandi|kecil)(?:nya)?\b/, 'toilet'],
  [/\bkursi roda(?:nya)?\b/, 'wheelchair'],
  [/\b(?:meja|bagian|loket|pusat) (?:informasi|info)\b|\bhelp desk\b|\binformation desk\b|\bfront desk\b/, 'information_desk'],
  [/\bruang(?:an)? tunggu(?:nya)?\b|\bwaiting (?:room|area)\b/, 'waiting_room'],
  [/\bprayer room\b|\btempat (?:sholat|salat|shalat|solat)\b/, 'prayer_room'],
  [/\bnursing room\b|\bruang(?:an)? (?:ibu dan anak|asi)\b/, 'lactation_room'],
  [/\b(?:tempat|jasa|kios|mesin|usaha) (?:foto ?kopi|foto ?copy|fotokopi|fc)\b/, 'photocopy'],
];

/**
 * Any facility word or phrase at all: one scan that answers "none" for almost every message (it runs on each one, and the
 * word-by-word reading below cost 5 % of the bench's CPU time).
 */
const ANY_FACILITY = new RegExp(
  [String.raw`\b(?:${[...FACILITY_WORDS.keys()].join('|')})(?:nya)?\b`, ...FACILITY_PHRASES.map(([pattern]) => pattern.source)].join('|'),
);

/** The facility `normalized` (a normalized message) names first, or null. */
export function facilityNamed(normalized: string): FacilityId | null {
  if (!ANY_FACILITY.test(normalized)) return null;
  for (const [pattern, id] of FACILITY_PHRASES) if (pattern.test(normalized)) return id;
  for (const w of normalized.split(/[^a-z]+/)) {
    const id = FACILITY_WORDS.get(w) ?? (w.endsWith('nya') ? FACILITY_WORDS.get(w.slice(0, -3)) : undefined);
    if (id !== undefined) return id;
  }
  return null;
}

/**
 * Every word of the building (a facility, and the rooms and doors between them): name-frame.ts reads the word after one as
 * which of them ("parkir motor sebelah mana?", "toilet difabel ada?") and no office (it had answered "Motor tidak ada di
 * MPP"); elsewhere.ts counts them among the office words (AGENCY_MARKERS); grievance.ts adds the machines, the network and
 * the booking site, which break but which no one asks the way to. letter-acts.ts asks facilityNamed instead: a facility a
 * citizen asks about, not any word of the building.
 */
export const BUILDING_FACILITIES: ReadonlySet<string> = new Set([
  ...FACILITY_WORDS.keys(),
  'tangga', 'lobi', 'lobby', 'ruang', 'ruangan', 'pintu', 'entrance',
]);

/**
 * Where it is or whether there is one: "di mana", "sebelah mana", "lantai berapa", "ada … ?", "ada … tidak" (the chat "ada
 * X ga?", normalized), "apakah ada", "where", "is there". Not "tidak ada X" said as a statement: that is a complaint ("ga ada
 * kursi roda, kasian lansia"), unless asked with a question mark.
 */
const WHERE = /\b(?:di ?mana|dmn|sebelah mana|bagian mana|lantai (?:berapa|brp|mana)|letak|letaknya|lokasi|lokasinya|where|which floor|arah ke|ke mana)\b/;
const WHETHER = /^(?:\S+ ){0,3}(?:apa |apakah )?ada\b(?! yang\b)|\bada (?:\S+ ){0,4}tidak$|\bada tidak\b|\b(?:is|are) there\b|\bdo you have\b|\bany\b/;
const STATED_MISSING = /\b(?:tidak|belum) ada\b/;

/**
 * One near the asker, not ours: "ATM setor tunai terdekat", "tempat fotokopi yg buka 24 jam", "fotokopian deket situ yg murah",
 * "coworking space with fast wifi nearby" (dev sets 17, 22, 27: out of scope). The MPP's own needs no "nearest".
 */
const NEARBY = /\b(?:terdekat|dekat|deket|sekitar|nearby|nearest|near|24 jam|malam|malem|umum)\b/;
/**
 * The facility as the scene of a story, not asked about: "ada bapak2 di parkiran nawarin …", "ana wong … ning parkiran"
 * (touts, dev sets 13, 19, 23, 45, 49: complaints). A "where" frame still asks ("di parkiran sebelah mana").
 */
const AT: ReadonlySet<string> = new Set(['di', 'ning', 'nang', 'neng', 'ring', 'in', 'at']);

/** A facility word right after a word of place ("di parkiran"): the scene of what is told (see above). */
function scene(normalized: string): boolean {
  const words = normalized.split(' ');
  return words.some((w, i) => AT.has(words[i - 1] ?? '') && (FACILITY_WORDS.has(w) || (w.endsWith('nya') && FACILITY_WORDS.has(w.slice(0, -3)))));
}

/**
 * Words around a bare facility name that ask nothing else: "kalo mushola?" after the toilet's answer, "toiletnya?", "and the
 * prayer room?". A facility named alone, at an MPP's chat, is asked for.
 */
const ALONE = new Set(['kalau', 'yang', 'terus', 'trus', 'lalu', 'nah', 'min', 'kak', 'mas', 'mbak', 'pak', 'bu', 'ya', 'dong', 'sih', 'kah',
  'and', 'the', 'what', 'about', 'how', 'a']);

/** The message is a facility's name and words that ask nothing else (see ALONE). */
function namedAlone(normalized: string): boolean {
  const rest = normalized.replace(/\bkamar (?:mandi|kecil)(?:nya)?\b|\bkursi roda(?:nya)?\b|\bruang(?:an)? (?:tunggu|laktasi)(?:nya)?\b|\bmeja informasi\b|\b(?:prayer|nursing|waiting) room\b/g, 'x').split(' ');
  return rest.length <= 4 && rest.every((w) => w === 'x' || ALONE.has(w) || FACILITY_WORDS.has(w) || (w.endsWith('nya') && FACILITY_WORDS.has(w.slice(0, -3))));
}

/** The message asks where a facility is or whether there is one (see above); `raw` is the message as written. */
export function asksAboutFacility(normalized: string, raw: string): boolean {
  if (NEARBY.test(normalized)) return false;
  if (WHERE.test(normalized) || namedAlone(normalized)) return true;
  if (scene(normalized)) return false;
  const asked = raw.includes('?');
  // "parkirnya di basement atau di halaman depan?", "kantinnya di dalam atau di luar gedung?": which of two places.
  // Short: a letter's "apakah harus lewat konsultan atau bisa sendiri?" asks a choice about its errand, not about its musala.
  if (asked && /\batau\b/.test(normalized) && normalized.split(' ').length <= SHORT_WORDS) return true;
  return WHETHER.test(normalized) && (asked || !STATED_MISSING.test(normalized.replace(/\bada (?:\S+ ){0,4}tidak$/, '')));
}

/**
 * What a facility question is read as without this rule: location, but unsure ("toilet dimana": 0.38, so the engine asked
 * "Lokasi or Pengaduan?"), a complaint (the field's complaints name the same rooms), out of
 * scope, a question about an agency or a service list, or a request for a person or help. Hours ("toilet buka sampai jam
 * berapa"), cost ("parkir bayar berapa") and the booking family keep their reading.
 */
const READ_FROM: ReadonlySet<IntentName> = new Set(['location', 'complaint', 'fallback', 'list_services', 'requirements', 'procedure', 'help', 'human', 'greeting', 'thanks']);

/** "Liftnya di mana ya, ibu saya pakai kursi roda" (9 words); the tout stories told in a parking lot run longer. */
const SHORT_WORDS = 10;

/**
 * The facility asked about when the message asks where one is or whether there is one, judges nothing (`feelings`: its
 * words of judging and grievance shapes, grievance.ts) and was read as one of READ_FROM; null otherwise.
 */
export function facilityQuestion(normalized: string, raw: string, feelings: number, intent: IntentName): FacilityId | null {
  if (feelings > 0 || !READ_FROM.has(intent)) return null;
  // A complaint the models read is a story when it is long: only a short one is a question they took for a complaint.
  if (intent === 'complaint' && normalized.split(' ').length > SHORT_WORDS) return null;
  const facility = facilityNamed(normalized);
  return facility !== null && asksAboutFacility(normalized, raw) ? facility : null;
}
