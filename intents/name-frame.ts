/**
 * The unknown-name frame (issue 11, sessions 5–7; split out of index.ts): a second look at a message the models
 * rejected. The words no in-scope example has become one `#nama`; when the rest is a clear hours / location /
 * "is X here" / "what does X handle" frame, the frame decides and the name comes back as an unknown place or agency.
 */
import type { IntentName } from '../core/nlu.js';
import type { IntentModel, ModelScores } from './classifier.js';
import { DATE_WORDS } from './date-tokens.js';
import { decide } from './decide.js';
import { argmax, combine, type Decision, decision, OUT_OF_SCOPE } from './decision.js';
import { AGENCY_MARKERS, AGENCY_NAMES, BANKS, looksLikeAcronym, NOT_AN_OFFICE } from './elsewhere.js';
import { BUILDING_FACILITIES } from './facilities.js';
import { programmeName, SERVICE_FRAMES } from './foreign-object.js';
import { INTERJECTIONS } from './interjections.js';
import { NUMBER_PARTS } from './number-words.js';
import type { Analysis } from './pipeline.js';
import { DOMAIN_LEXICON } from './topic-domain.js';

/**
 * Intents whose frame is clear even around a name we do not know ("taspen buka jam berapa", "pegadaian
 * dimana", "di mpp ada bpn gk"), each with the words (stems) that make the frame: without one of them the
 * name is no frame's ("jam berapa sekarang di london", "besok hujan ga", "nonton film apa").
 */
// Not question-frame.ts FRAMES (issue 11, session 8: confirming the frame with FRAMES instead changed 53 of 3,572 dev
// and test-set answers, so both stay). These are single stems matched on the features after the name became `#nama`, for the
// three intents a place or office is asked about; they confirm the intent the models chose, their union FRAME_WORDS is
// nameFrame's cheap first refusal and ends a name. FRAMES are phrases that ask ("jam buka", "lantai berapa"), matched on
// the normalised text for seven intents, and they pick the intent: "taspen buka?" has no FRAMES phrase, and "ada",
// "mpp" or "naik" there would move messages the models had right.
const NAME_FRAMES: ReadonlyMap<IntentName, ReadonlySet<string>> = new Map([
  // "istirahat": its break ("taspen jam istirahat kapan", session 6)
  ['hours', new Set(['buka', 'tutup', 'operasional', 'libur', 'kerja', 'layan', 'open', 'close', 'closing', 'opening', 'istirahat'])],
  // "naik apa", "rute": how to get there ("jalan ke mpp barito kuala naik apa")
  // "di jalan apa": on which street ("mpp sidoarjo itu di jalan apa", session 7)
  ['location', new Set(['dimana', 'mana', 'alamat', 'lokasi', 'letak', 'lantai', 'where', 'address', 'rute', 'naik', 'jalan'])],
  // "is X here", and "can X be done here" ("bisa urus kartu prakerja di sini?", "bisa bayar tagihan pln di mpp")
  ['list_services', new Set(['ada', 'there', 'sini', 'disini', 'here', 'mpp'])],
]);
/** Words that put a question in the building it is asked in, as OUR_PLACE's names do ("bank bjb di sini buka jam brp"). */
export const HERE: ReadonlySet<string> = new Set(['sini', 'disini', 'kesini', 'here']);
/** The list_services frame words that put the name in the MPP, the errands done there, and "is there" (stems; see nameFrame). */
// "di dalam gedung", "di mal pelayanan": the building itself (session 21, dev sets 79 and 86: "Kantor Pos ada counternya di
// dalam mal pelayanan?" asked for an office here; "mal" and "gedung" count only beside an office's name, see namesOffice).
const IN_THE_MPP: ReadonlySet<string> = new Set([...HERE, 'mpp', 'mal', 'gedung']);
const ERRANDS = new Set(['urus', 'daftar', 'bayar', 'buat', 'aju', 'cetak', 'proses', 'layan', 'legalisir', 'apply', 'register', 'pay']);
const ASKED = new Set(['ada', 'there']);
/** "X ngurus apa", "X melayani apa saja", "what does X handle" (stems): asks what X does for citizens. */
const SERVES = new Set(['urus', 'layan', 'handle', 'serve', 'offer']);
const NEVER_A_NAME: ReadonlySet<string> = new Set<string>([
  'memang', 'biasanya', 'biasa', 'kebetulan', 'sebenarnya', 'sebetulnya', 'katanya', 'ternyata', 'pokoknya', 'kayaknya', 'sepertinya',
  'mungkin',
  // A rumour checked (session 24, blind set 25's lean): "MPP tutup tanggal 25 november. bener ga min?" was answered "25 November
  // Benar tidak ada di MPP Contoh". The words of a day (weekdays among them) and of asking whether it is true name nothing.
  ...DATE_WORDS, 'benar', 'bener', 'betul', 'beneran', 'bnr', 'hoax', 'hoaks',
]);
/** Words of a day or a clock time ("besok pagi", "hari sabtu", "jam 1 siang"). */
const WHEN_WORDS: ReadonlySet<string> = new Set([...DATE_WORDS, 'hari', 'tanggal']);
const FRAME_WORDS = new Set([...NAME_FRAMES.values()].flatMap((words) => [...words]));
/** A frame question is short; a long message with an unknown word is a story, not a name in a frame. */
export const MAX_FRAME_WORDS = 8;
/** Words an errand after a frame question may add ("disnaker ada di mpp ga, mau bikin kartu kuning"). */
const MAX_ERRAND_WORDS = 4;
/** "pdam tirta taman sari": longer runs of unknown words are a sentence we do not understand, not a name. */
const MAX_NAME_WORDS = 4;
/** An office's full name with its town ("dinas koperasi dan umkm kab takalar"): see nameFrame. */
const MAX_OFFICE_NAME_WORDS = 6;
/**
 * Words that open a public office's long name ("balai latihan kerja (blk) sorong", "dinas koperasi dan ukm lampung selatan",
 * "uptd pengujian kendaraan bermotor …"; session 34, dev set 208): such a name may run as long as one with its town.
 */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['balai', 'dinas', 'badan', 'uptd', 'upt', 'kanwil', 'kantor', 'lembaga']);
/** Words that put a town in an office's name ("kota makassar", "kab takalar"). */
const TOWN_MARKERS: ReadonlySet<string> = new Set(['kota', 'kabupaten', 'kab', 'provinsi', 'kecamatan', 'kec']);
/** Known words a name may hold between two unknown ones ("bpn kota madiun": one; "dispenduk capil kabupaten bogor": two). */
const MAX_GLUE = 2;
/** Combined score the frame's intent needs when the models are not sure (see nameFrame). */
const FRAME_LEAD = 0.5;

export const OUR_PLACE = new Set(['mpp', 'mal', 'pelayanan', 'publik', 'layani']);

/**
 * Words that start the errand after a place question ("… dimana, mau urus X", "… ada ga, buat bayar X"); in English "for"
 * ("is there a taspen desk for pension claims here", session 10).
 */
const PURPOSE = new Set(['mau', 'ingin', 'untuk', 'buat', 'karena', 'for']);

/** Words that list names: "pln sama pdam", "taspen dan asabri". */
const AND = new Set(['dan', 'sama', 'atau', 'serta', 'and', 'or']);

/** Words inside a name, between two unknown words (stems): "bpn kota madiun", "bpjs cabang madiun". */
const NAME_GLUE = new Set(['kota', 'kabupaten', 'kab', 'camat', 'kecamatan', 'cabang', 'unit', 'wilayah', 'provinsi',
  // hours frame words that are also inside offices' names: "balai latihan kerja (blk)", "dinas tenaga kerja" (session 6)
  'kerja',
  // a place in a place: "mpp kabupaten bogor di cibinong" (session 9, dev set 11)
  'di']);

/** Words of nearness between a place and the landmark it is near ("pegadaian dekat pasar", "bank sebelah mpp"). */
const NEARNESS = ['dekat', 'deket', 'samping', 'sebelah', 'depan', 'seberang', 'belakang'];

/**
 * NEARNESS with English's, for a place between two names ("the mall next to the mpp", "bank opposite the mpp"): the
 * question is about the first (place-elsewhere.ts, bank-branch.ts).
 */
export const NEAR: ReadonlySet<string> = new Set([...NEARNESS, 'near', 'next', 'opposite']);

/**
 * Words before a place that make it a landmark, not the place asked about (session 10): nearness ("pegadaian dekat pasar
 * buka sabtu?", "mpp … deket bandara gak") and the way there ("cara ke kantor X dari terminal"). Not "near" alone in
 * English, whose "near" opens a search ("atm near me").
 */
const LANDMARK_BEFORE = new Set([...NEARNESS, 'dari']);

/**
 * A bank's own branch found by a landmark in town ("bank bri unit deket terminal tutup jam berapa") is the bank's business,
 * not its counter in the MPP ("loket bank bjb di mpp"): for a bank the landmark stays a place no MPP is, as before.
 */
const BANK_WORDS: ReadonlySet<string> = new Set(['bank', 'mandiri', ...BANKS]);

/** The word at `i` is a landmark: after a word of nearness or "dari", and after the name or the office asked about. */
export function landmark(words: Analysis['words'], i: number): boolean {
  return i >= 2 && LANDMARK_BEFORE.has(words[i - 1]?.[0] ?? '') && !words.some(isBank);
}
const isBank = ([w]: readonly [string, string]): boolean => BANK_WORDS.has(w);

/**
 * A shop word that is no shop here (session 34, 14 field messages): the food and drug agency's "pom" after "balai" or
 * "badan" ("Balai POM ada perwakilannya di MPP sini?", "Balai Besar POM jam pelayanan …"); lunch, "makan siang", a time
 * ("buka lagi jam brp habis makan siang?"); and the port, airport, station or market an office sits in, named after the
 * office ("kantor syahbandar pelabuhan jayapura", "kantor Bea Cukai di pelabuhan Jayapura").
 */
function officeSetting(words: Analysis['words'], i: number): boolean {
  const w = words[i]?.[0] ?? '';
  const before = words[i - 1]?.[0] ?? '';
  if (w === 'pom') return before === 'balai' || before === 'badan' || (before === 'besar' && words[i - 2]?.[0] === 'balai');
  if (w === 'makan') return MEALTIMES.has(words[i + 1]?.[0] ?? '');
  return OFFICE_SITES.has(w) && words.slice(0, i).some(([x]) => OFFICE_HEADS.has(x) || AGENCY_NAMES.has(x));
}
const MEALTIMES: ReadonlySet<string> = new Set(['siang', 'pagi', 'malam']);
const OFFICE_SITES: ReadonlySet<string> = new Set(['pelabuhan', 'bandara', 'terminal', 'stasiun']);

/** A village or district office named after a place with a shop word in it ("kantor kelurahan pasar minggu"; session 9, dev set 8). */
const UNIT_BEFORE = new Set(['kelurahan', 'kecamatan', 'desa']);

/** Words before a name that make it a place rather than an agency ("mpp madiun", "di baubau"). */
const PLACE_BEFORE = new Set(['mpp', 'mal', 'kota', 'kabupaten', 'kab', 'kecamatan', 'daerah', 'wilayah', 'provinsi', 'di', 'in']);

/**
 * A word no in-scope example has; a listed agency is a name even when an example happens to hold it ("ada perwakilan
 * ombudsman di mpp?", session 7). A count never is; a name may hold digits ("BP2MI", "kartu kuning AK1"). At module level, not a closure in nameFrame: under tsx every named closure costs a
 * `__name` (defineProperty) call per message (throughput, session 11).
 */
const COUNT_WORD = /^h[-+]\d+$/;
function unknownTo(model: IntentModel, stem: string): boolean {
  // A count is no name, written into a word ("h-1", mudik's day before: "H-1 tidak ada di MPP") or spelled ("hari ke dua").
  return stem.length > 1 && !stem.startsWith('#') && !COUNT_WORD.test(stem) && !NUMBER_PARTS.has(stem) && (!model.knows(stem) || AGENCY_NAMES.has(stem));
}

export type NamedDecision = Decision & { readonly place: string | null; readonly agency: string | null };

/**
 * Second look at an out-of-scope answer: the words no in-scope example has become one `#nama`
 * placeholder. When the rest is a clear hours / location / "is X here" frame, the frame decides and the
 * name comes back as an entity. "jam berapa sekarang di london" stays out: the fallback examples hold
 * the same frames around `#nama` ("cuaca di #nama").
 */
export function nameFrame(a: Analysis, model: IntentModel, functionStems: ReadonlySet<string>, feelings: ReadonlySet<string>): NamedDecision | null {
  const whole = frameOf(a, model, functionStems, feelings);
  // Only when the whole message has no frame: "mpp tobelo dkt terminal ya?" and "MPP Ambon lantai dasar ada loket apa aja"
  // are read with their town as the name.
  const town = whole === null ? townThenOffice(a, model, feelings) : null;
  if (town === null) return whole;
  const d = frameOf(town.rest, model, functionStems, feelings);
  return d === null ? null : { ...d, place: town.name };
}

/**
 * Another town's MPP named before the office asked for there ("MPP Kota Palu ada layanan BPN kah?", "di MPP Kota Samarinda
 * ada loket Taspen gak ya?", "MPP Kendari ada pelayanan BPOM tidak"; session 34, 41 field messages): two unknown names made
 * the frame refuse. The town is where, as after the office (townOfAnMpp below): the question is read without it, and the
 * town comes back as the place, which the reply says it has no information for.
 */
function townThenOffice(a: Analysis, model: IntentModel, feelings: ReadonlySet<string>): { rest: Analysis; name: string } | null {
  const mpp = a.words.findIndex(([w]) => w === 'mpp');
  if (mpp < 0) return null;
  const unit = TOWN_UNITS.has(a.words[mpp + 1]?.[0] ?? '') ? 1 : 0;
  // A word of a name: untaught, no word of judging, and a feature (not a date's placeholder).
  const nameWord = (stem: string): boolean => unknownTo(model, stem) && !feelings.has(stem) && a.features.includes(stem);
  const start = mpp + 1 + unit;
  let stop = start;
  while (stop < a.words.length && stop - start < MAX_TOWN_WORDS && nameWord(a.words[stop]?.[1] ?? '') && !AGENCY_NAMES.has(a.words[stop]?.[0] ?? '')) stop++;
  if (stop === start || !a.words.some(([, stem], i) => i >= stop && nameWord(stem))) return null;
  const town = a.words.slice(start - unit, stop);
  const gone = new Set(town.map(([, stem]) => stem));
  const rest: Analysis = { ...a, words: [...a.words.slice(0, start - unit), ...a.words.slice(stop)], features: a.features.filter((f) => !gone.has(f)) };
  return { rest, name: town.map(([w]) => w).join(' ') };
}
/** Words of a town's kind between "mpp" and its name ("mpp kota palu", "mpp kabupaten gowa"). */
const TOWN_UNITS: ReadonlySet<string> = new Set(['kota', 'kabupaten', 'kab']);
/** "mpp kota tanjung pinang": a town's name is one to three words. */
const MAX_TOWN_WORDS = 3;

/** nameFrame's reading of one analysis: the frame's decision with the name, or null when the message is no frame's. */
function frameOf(a: Analysis, model: IntentModel, functionStems: ReadonlySet<string>, feelings: ReadonlySet<string>): NamedDecision | null {
  if (a.service !== null || a.words.length > MAX_FRAME_WORDS + MAX_ERRAND_WORDS) return null;
  // A word of judging (feelings.ts) is never an office's or a town's name, however few examples hold it: "saya mau protes
  // soal pelayanan kemarin" is a complaint, not the hours of an agency called "protes" (session 12: trained on more of the
  // field's messages, a day beside an untaught word leant to hours, and the frame took the word for a name).
  // Nor an interjection ("waduh besok saya ada urusan, bisa lusa?" was answered "Waduh tidak ada di MPP"; session 43).
  const first = a.words.findIndex(([w, stem]) => unknownTo(model, stem) && !feelings.has(stem) && !INTERJECTIONS.has(w));
  // The question itself is short; an errand after it ("…, mau bikin kartu kuning") may add a few words.
  const errand = a.words.findIndex(([, stem], i) => i > first && opensErrand(stem, a.words[i + 1]?.[1]));
  // A programme's name may be long ("program Bedah Rumah Sejahtera"): its words are one name, not a longer sentence.
  const programme = programmeName(a) !== null;
  // Distinct words: a range repeats its frame ("mpp tanjung pinang dari jam brp sampe jam brp", session 7).
  // "dari dinkes", "dari kelurahan": the office a letter comes from is part of the letter's name, not more question
  // ("surat keterangan sehat dari dinkes bisa diurus di sini", session 10).
  // The day or time asked about is no more question ("Dinas Perhubungan Kota Palopo buka jam setengah 8 kah?", "BKD Serui jam 1
  // siang sudah buka lagi atau belum?"; session 34, 16 field messages): its words do not count toward the frame's length.
  const words = new Set(a.words.slice(0, errand < 0 ? undefined : errand).map(([w]) => w));
  const when = a.date !== null || a.time !== null ? [...words].filter((w) => WHEN_WORDS.has(w) || /^\d/.test(w)).length : 0;
  const asked = words.size - when - issuers(a.words);
  // "layanan apa aja yg ada di mpp kota X": the list's question takes more words than most frames (see listAsked below).
  const listFrame = a.words.some(([, stem]) => stem === 'layan') && a.words.some(([w]) => w === 'apa');
  // An office's full name counts once (see below): past the limit by more than a long name can explain, refuse now.
  if (asked > MAX_FRAME_WORDS + MAX_OFFICE_NAME_WORDS - 1 + (programme ? MAX_NAME_WORDS - 1 : 0) + (listFrame ? 2 : 0)) return null;
  // "kerja bakti" is a neighbourhood's day of work, not working hours ("jam kerja"): its when is no office's (session 34).
  if (a.words.some(([w], i) => w === 'kerja' && a.words[i + 1]?.[0] === 'bakti')) return null;
  // Cheap refusals first: most out-of-scope messages have no frame word, or name a shop or a station.
  if (first < 0 || !(programme || a.features.some((f) => FRAME_WORDS.has(f) || SERVES.has(f)))) return null;
  // "mpp lippo plaza kupang dimana": after our own place's word, the name says where the MPP is.
  const ours = a.words.findIndex(([w]) => OUR_PLACE.has(w));
  // After a listed agency, the shop word is in the agency's own name ("loket pdam tirta taman sari": a water
  // company named after a park; session 7).
  const agency = a.words.findIndex(([w]) => AGENCY_NAMES.has(w));
  const shop = (w: string, stem: string, i: number): boolean =>
    (NOT_AN_OFFICE.has(w) || NOT_AN_OFFICE.has(stem)) && (agency < 0 || agency > i) && !UNIT_BEFORE.has(a.words[i - 1]?.[0] ?? '') && !landmark(a.words, i) && !officeSetting(a.words, i);
  // Not in the errand after the question: "kesbangpol ada di sini? mau bikin skt" (read "sakit") asks about the office.
  if ((ours < 0 || ours > first) && a.words.some(([w, stem], i) => (errand < 0 || i < errand) && shop(w, stem, i))) return null;
  const stemAt = (i: number): string => a.words[i]?.[1] ?? '';
  // A content word between two unknown ones is inside the name ("bpn kota madiun", "sertifikat tanah bpn",
  // "kartu lansia bansos"); a function, frame or purpose word ends it ("netflix ada film apa": two names).
  // Agencies listed together ("ada loket PLN sama PDAM ga disini?", "Taspen, Asabri, sama BPN, ada yg di sini?"; session 17):
  // one name, which the reply names whole. Only between agencies: "netflix sama spotify" stays two names.
  const listed = a.words.filter(([w]) => (AGENCY_NAMES.has(w) || looksLikeAcronym(w)) && !OUR_PLACE.has(w)).length >= 2;
  const glue = (stem: string): boolean =>
    NAME_GLUE.has(stem) || (listed && AND.has(stem)) || (!functionStems.has(stem) && !FRAME_WORDS.has(stem) && !PURPOSE.has(stem) && !stem.startsWith('#'));
  // A date word ("hari sabtu") became a placeholder: it is no part of the name.
  const inName = (i: number): boolean => unknownTo(model, stemAt(i)) && a.features.includes(stemAt(i));
  let end = first;
  for (;;) {
    while (end < a.words.length && inName(end)) end++;
    // Up to MAX_GLUE known words, then another unknown one: still the name ("dispenduk capil kabupaten bogor").
    let next = end;
    while (next < end + MAX_GLUE && glue(stemAt(next)) && !inName(next) && !opensErrand(stemAt(next), stemAt(next + 1))) next++;
    if (next === end || !inName(next)) break;
    end = next;
  }
  const name = a.words.slice(first, end).map(([w]) => w);
  // An office named in full, with its town ("Kejaksaan Negeri Maros", "Dinas Koperasi dan UMKM Kab. Takalar", "Balai Latihan
  // Kerja Kota Makassar"), is one name, however many words it takes: counted as one toward the frame's length, and it may
  // run longer than a name of anything else (session 22, dev set 91: such questions were out of scope).
  const office = officeByName(name, a.words[first - 1]?.[0], a);
  const inFull = office && (name.some((w) => TOWN_MARKERS.has(w)) || OFFICE_HEADS.has(name[0] ?? '') || OFFICE_HEADS.has(a.words[first - 1]?.[0] ?? ''));
  if (name.length > (inFull ? MAX_OFFICE_NAME_WORDS : MAX_NAME_WORDS)) return null;
  // So is a town after our place's word or a town's marker ("What are the opening hours of MPP Labuan Bajo?", session 37, dev
  // set 249: "mpp maumere" passed and "mpp labuan bajo" was one word too long).
  const townNamed = !office && ((ours >= 0 && ours === first - 1) || TOWN_MARKERS.has(a.words[first - 1]?.[0] ?? ''));
  if (asked - (office || townNamed ? name.length - 1 : 0) > MAX_FRAME_WORDS + (programme ? MAX_NAME_WORDS - 1 : 0) + (listFrame ? 2 : 0)) return null;
  // A landmark the place is asked by ("mpp di mana, dekat masjid besar?", "mpp nya deket stasiun mana?") frames the question
  // but names no office: the reply said "Besar tidak ada di MPP" (session 20).
  const before = landmark(a.words, first) || landmark(a.words, first - 1) ? LANDMARK : (a.words[first - 1]?.[0] ?? '');
  // "taspen ngurus apa aja", "mpp kota madiun melayani apa saja" (session 7): what an office or the MPP handles is
  // the list of its services. Not of any name ("netflix ngurus apa", "kucing saya ngurus apa").
  if (asksWhatIsHandled(a.words, end) && (ours >= 0 || namesOffice(name, a))) return named(decision('list_services', 0.5), name, before);
  const features: string[] = [];
  let aside = false;
  const bank = a.words.some(isBank);
  let floor = false;
  for (const [k, f] of a.features.entries()) {
    // "MPP Ambon lantai dasar ada loket apa aja", "… lantai 2 itu layanannya apa": a floor of the place named, no second name.
    if (floor) {
      floor = false;
      continue;
    }
    if (f === 'lantai' && features.includes('#nama') && floorName(model, a.features[k + 1])) {
      floor = true;
      continue;
    }
    // A landmark after the name ("#nama dekat pasar", "… dari terminal") describes where it is: no second name (session 10).
    // The word of nearness goes with it: "dekat" pulls to the fallback's "X terdekat" examples.
    aside = !bank && unknownTo(model, f) && (aside || (LANDMARK_BEFORE.has(a.features[k - 1] ?? '') && features.includes('#nama')));
    if (aside) continue;
    if (!bank && LANDMARK_BEFORE.has(f) && unknownTo(model, a.features[k + 1] ?? '') && features.includes('#nama')) continue;
    const g = unknownTo(model, f) ? '#nama' : f;
    if (!(g === '#nama' && features[features.length - 1] === '#nama')) features.push(g);
    // "bpn kota madiun", "bpjs cabang madiun", "dispenduk capil kabupaten bogor": one name, as in the loop above.
    if (g === '#nama') joinName(features, glue);
  }
  // A frame holds one name: two separate unknown stretches are a sentence we do not know ("netflix ada film apa").
  // …unless the second is what the citizen wants done there ("bpn dimana, mau urus sertifikat"): after a
  // purpose word, the rest is the errand, and the frame before it decides.
  // The errand may also sit inside the question ("loket kejaksaan buat bayar tilang dimana"): then it ends
  // where the frame resumes.
  // The purpose word itself may be no feature ("… buka jam berapa, mau ngurus pasang baru": "mau" is a function word); then
  // the errand starts at its verb, after the frame (session 10).
  const errandVerb = (f: string, i: number): boolean => errand >= 0 && ERRANDS.has(f) && features.slice(0, i).some((g) => FRAME_WORDS.has(g));
  const purpose = features.findIndex((f, i) => i > 0 && (opensErrand(f, features[i + 1]) || errandVerb(f, i)) && features.slice(0, i).includes('#nama'));
  if (purpose > 0) {
    const resume = features.findIndex((f, i) => i > purpose && FRAME_WORDS.has(f));
    features.splice(purpose, resume < 0 ? features.length : resume - purpose);
  }
  // "loket pdam ada gak di mpp manokwari", "bpom ada di mpp serui ga": an office asked for at another town's MPP. The town
  // after "mpp" is where, not a second name (session 20, dev set 73: such questions were out of scope).
  const town = namesOffice(name, a) ? townOfAnMpp(features, a.words, end, inName) : null;
  if (town !== null) features.splice(town.at, town.length);
  if (features.filter((f) => f === '#nama').length > 1) return null;
  dropWhereItIs(features);
  dropHowOfHours(features);
  // Only an office's name runs on so ("jam buka mie gacoan cabang kota" is a restaurant's branch).
  if (namesOffice(name, a)) dropNameTail(features);
  // "mpp tobelo dkt terminal ya?": a place and the landmark it is near, nothing else asked, is asked where it is.
  if (nearAfter(a.features) && features.length > 0 && features.every((f) => f === '#nama' || OUR_PLACE.has(f) || f === 'kantor')) return named(decision('location', 0.5), name, before);
  const scores = model.score(features);
  const d = decide({ ...a, features }, scores, model.labels);
  const frame = NAME_FRAMES.get(d.intent);
  // The frame is the whole request, so a clear lead is enough: the closest example holds another name,
  // which keeps the cosine under the usual "sure" line ("jam kerja dinas #nama" vs "jam kerja").
  // "Is X here" has two frames. "ada X tidak" is too weak for a lead ("ada gempa di cianjur tidak"); an errand
  // asked for here is not ("bisa urus kartu prakerja di sini?", "bisa bayar tagihan pln di mpp"), but without
  // the errand a "here" is anything one does in a building ("bisa nonton film di sini", "bisa titip anak di mpp").
  // An office's name makes "X bisa di mpp?" an errand too ("taspen bisa di mpp ga", session 7): one goes to an office to be served.
  // The errand may open the name itself ("legalisir ijazah bisa di sini?": "legalisir" is a word no example has, so it is
  // inside the unknown stretch; session 10).
  const errandHere = features.some((f) => IN_THE_MPP.has(f)) && (features.some((f) => ERRANDS.has(f)) || ERRANDS.has(name[0] ?? '') || namesOffice(name, a));
  // "layanan apa aja yg ada di MPP Kota Singkawang?", "apa saja layanan di kantor kecamatan mandonga": which services a
  // place named after its kind has is the list's question, however weakly the frame reads (session 21, dev set 86: out of
  // scope; the reply says what it knows of that place, and lists ours).
  const listAsked = d.intent === 'list_services' && PLACE_BEFORE.has(before) && before !== 'di' && before !== 'in' && listFrame;
  if (listAsked) return named(d, name, before);
  if (d.intent === 'list_services' && !errandHere && !features.some((f) => ASKED.has(f))) return null;
  const weak = d.intent === 'list_services' && !errandHere;
  const lead = !weak && d.alternatives[0]?.intent === d.intent ? (d.alternatives[0]?.score ?? 0) : 0;
  // "di mpp ada kantor bea cukai?": an office asked for here is the list's question however close location comes.
  const officeAsked = d.intent === 'list_services' && features.some((f) => ASKED.has(f)) && features.some((f) => IN_THE_MPP.has(f)) && namesOffice(name, a);
  if (officeAsked) return { ...named(d, name, before), ...(town !== null ? { place: town.name } : {}) };
  // A local app or programme by its name (foreign-object.ts programmeName) is asked about as a service is: how to
  // register, what it needs, what it costs (session 7); the models' frame is the request.
  if (programme && SERVICE_FRAMES.has(d.intent) && (d.confidence >= 0.5 || lead >= FRAME_LEAD)) return named(d, name, before);
  const asService = programme && d.intent === OUT_OF_SCOPE ? programmeFrame(scores, model.labels, a) : null;
  if (asService !== null) return named(decision(asService, 0.5), name, before);
  if (frame === undefined || (d.confidence < 0.5 && lead < FRAME_LEAD) || !features.some((f) => frame.has(f))) return null;
  if (!PLACE_BEFORE.has(before) && d.intent !== 'list_services' && a.date === null && !namesAnAgency(name, a)) return null;
  return named(d, name, before);
}

/**
 * The service frame a programme's name is asked in when the models read its frame as out of scope (session 11, nearmiss,
 * docs/notes/nlu.md §30): trained on the field's near misses ("cara mendaftar youtube partner program", "syarat ikut lomba
 * …", "cara booking tiket lewat aplikasi"), the fallback class learned our own frames, "cara daftar aplikasi #nama" among
 * them. A programme's name (foreign-object.ts programmeName) is no common word and no app of another domain, so with no
 * word of another domain in the message (topic-domain.ts) the frame is ours: the best in-scope intent, if it asks how,
 * what is needed, what it costs or how long. Null otherwise ("cara daftar program diet" has no programme's name).
 */
function programmeFrame(scores: ModelScores, labels: readonly string[], a: Analysis): IntentName | null {
  if (a.words.some(([w]) => DOMAIN_LEXICON.has(w))) return null;
  const best = labels[argmax(combine(scores), labels.indexOf(OUT_OF_SCOPE))];
  return best !== undefined && SERVICE_FRAMES.has(best as IntentName) ? (best as IntentName) : null;
}

/**
 * A purpose word, or "tempat" before an errand: "bnn kota tempat bikin surat bebas narkoba alamatnya di mana" describes the
 * office by what is done there (session 10), as "… buat bikin …" would.
 */
function opensErrand(stem: string, next: string | undefined): boolean {
  return PURPOSE.has(stem) || (stem === 'tempat' && ERRANDS.has(next ?? ''));
}

/** Words of "dari <office>" pairs (see nameFrame). */
function issuers(words: Analysis['words']): number {
  let n = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]?.[0] ?? '';
    if (words[i - 1]?.[0] === 'dari' && (AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w))) n += 2;
  }
  return n;
}

/**
 * True when the message has a word our examples and the catalog never taught (a field message's word does not count:
 * classifier.ts `knows`). Such a message gets the name frames even when the models accepted it (index.ts understand):
 * trained on the field's messages, they accept "taspen buka jam berapa", which before was rejected and only then read
 * for a name; the reply still needs `unknownAgency` (sessions 9 and 11).
 */
export function untaught(a: Analysis, model: IntentModel): boolean {
  return a.words.some(([, stem]) => unknownTo(model, stem) && a.features.includes(stem));
}

/**
 * The '#nama' right after "mpp" (or "mpp kota", "mpp kabupaten") in `features`, past the office's name that ends at word
 * `end`: the town whose MPP is asked about, with where it sits in `features` and its words. Null when there is none.
 */
function townOfAnMpp(features: readonly string[], words: Analysis['words'], end: number, inName: (i: number) => boolean): { at: number; length: number; name: string } | null {
  const first = features.indexOf('#nama');
  const second = features.indexOf('#nama', first + 1);
  if (first < 0 || second < 0) return null;
  const unit = features[second - 1] === 'kota' || features[second - 1] === 'kabupaten' ? 1 : 0;
  if (features[second - 1 - unit] !== 'mpp') return null;
  const start = words.findIndex((_, i) => i >= end && inName(i) && (words[i - 1]?.[0] === 'mpp' || (unit === 1 && words[i - 2]?.[0] === 'mpp')));
  if (start < 0) return null;
  let stop = start;
  while (stop < words.length && inName(stop)) stop++;
  return { at: second - unit, length: unit + 1, name: words.slice(start - unit, stop).map(([w]) => w).join(' ') };
}

/** Words that name a floor after "lantai": a number or an ordinal said in words, ground, top (stems). */
const FLOORS = new Set(['dasar', 'satu', 'dua', 'tiga', 'empat', 'atas', 'bawah', 'ground', 'i', 'ii', 'iii']);

function floorName(model: IntentModel, f: string | undefined): boolean {
  return f !== undefined && (/^\d{1,2}$/.test(f) || FLOORS.has(f) || unknownTo(model, f));
}

/** A word of nearness right after the message's first words ("mpp tobelo dekat …"): the rest is a landmark. */
function nearAfter(features: readonly string[]): boolean {
  return features.some((f, i) => i > 0 && i <= 3 && NEARNESS.includes(f));
}

/** `before` for a name that is a landmark (see nameFrame): no word, so no list of words holds it. */
const LANDMARK = '#landmark';

/** The frame's decision with the name as a place (after "mpp", "kota", "di") or an agency. */
function named(d: Decision, name: readonly string[], before: string): NamedDecision {
  // A weekday, which the examples hold only as a date placeholder, or a word saying how sure or usual a thing is, names
  // nothing: "Hari Buruh itu kan hari sabtu, emang biasanya MPP buka sabtu?" was read right, the reply saying "Sabtu memang
  // biasanya tidak ada di MPP" (session 21). The frame's reading stands, with the name's other words, or none.
  const text = name.filter((w) => !NEVER_A_NAME.has(w) && !/^\d+$/u.test(w)).join(' ');
  const place = PLACE_BEFORE.has(before);
  // No word of the name left (a word the frame took for one became a date placeholder: "jumat bukak tekan jam piro"): no entity.
  // The word after one of our facilities says which of them (facilities.ts), and is no office.
  const ours = BUILDING_FACILITIES.has(before) || text === '' || before === LANDMARK;
  return { ...d, confidence: Math.max(d.confidence, 0.5), alternatives: [], place: place && !ours ? text : null, agency: place || ours ? null : text };
}

/** Words between a name and "handles what" ("taspen itu ngurus apa", "loketnya bisa melayani apa saja"). */
const BEFORE_SERVES = new Set(['itu', 'bisa', 'yang', 'di', 'sini', 'disini', 'tuh']);

/** Right after the name (word `end`), "ngurus apa" / "melayani apa": what does it handle. */
function asksWhatIsHandled(words: Analysis['words'], end: number): boolean {
  let i = end;
  while (BEFORE_SERVES.has(words[i]?.[0] ?? '')) i++;
  return SERVES.has(words[i]?.[1] ?? '') && words[i + 1]?.[0] === 'apa';
}

/**
 * `features` ends with a `#nama`: when only name glue stands between it and the previous `#nama`, the two are one name
 * (the glue words go too). One glue word until session 7, when "dispenduk capil kabupaten bogor" had two.
 */
function joinName(features: string[], glue: (stem: string) => boolean): void {
  const last = features.length - 1;
  let i = last - 1;
  while (i >= 0 && last - i <= MAX_GLUE && features[i] !== '#nama' && glue(features[i] ?? '')) i--;
  if (i >= 0 && i < last - 1 && features[i] === '#nama') features.splice(i + 1);
}

/**
 * An unknown name in an hours or location frame that is an office: a listed agency or an office word anywhere
 * in the message ("kpp pratama madiun", "disdukcapil hulu sungai tengah": the agency is a word we know, the
 * town is the unknown name), a regional office's dis-/din- abbreviation, or an acronym's shape (elsewhere.ts).
 * A "can X be done here" question and a day's question ("kenaikan isa almasih libur?") need none.
 */
function namesAnAgency(name: readonly string[], a: Analysis): boolean {
  if (name.some((w) => looksLikeAcronym(w) || /^di[sn][a-z]{3,}$/.test(w))) return true;
  return a.words.some(([w, stem]) => AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem) || OUR_PLACE.has(w) || ADDRESSED.has(w));
}
/**
 * "jam buka pegadaian cabang kota": name glue right after an office's name and at the message's end ("cabang kota",
 * "kabupaten") is the rest of the name, which no example holds: left as features, "kota" outweighed the frame (session 9,
 * dev set 10).
 */
function dropNameTail(features: string[]): void {
  const at = features.indexOf('#nama');
  let end = at + 1;
  while (at >= 0 && end < features.length && NAME_GLUE.has(features[end] ?? '')) end++;
  if (end === features.length && end > at + 1) features.splice(at + 1);
}

/**
 * "BPOM Makassar jam kerjanya gimana ya", "jadwal buka PDAM cabang timur gimana" (session 34, field messages): "how" after the
 * hours asks what they are, not how to do something; it pulled the frame to procedure. Removed in place when the hours are named.
 */
function dropHowOfHours(features: string[]): void {
  if (!features.some((f) => f === 'jam' || f === 'jadwal') || !features.some((f) => HOURS_FRAME.has(f))) return;
  for (let i = features.length - 1; i >= 0; i--) if (HOW.has(features[i] ?? '')) features.splice(i, 1);
}
const HOURS_FRAME: ReadonlySet<string> = NAME_FRAMES.get('hours') ?? new Set();
const HOW: ReadonlySet<string> = new Set(['bagaimana', 'gimana', 'gmn']);

/**
 * "kantor #nama yang di mpp buka …": "yang (ada) di mpp" says which office, it asks nothing; its "di mpp" made the
 * frame "is X here" (session 7: "kantor pos yg di mpp buka hari ini?" tied list_services with hours). Removed in place.
 */
function dropWhereItIs(features: string[]): void {
  const at = features.findIndex((f, i) => f === 'yang' && features[i - 1] === '#nama');
  if (at < 0) return;
  const di = features[at + 1] === 'ada' ? at + 2 : at + 1;
  if (features[di] === 'di' && IN_THE_MPP.has(features[di + 1] ?? '') && features.length > di + 2) features.splice(at, di + 2 - at);
}

/**
 * The name is an office's: a listed agency, an acronym of three letters or more ("sertifikasi halal bpjph") or an office
 * word in it or before it ("loket bank nagari", "kantor kemenag sleman").
 */
function namesOffice(name: readonly string[], a: Analysis): boolean {
  if (name.some((w) => w.length >= 3 && looksLikeAcronym(w))) return true;
  const office = (w: string): boolean => AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w);
  const at = a.words.findIndex(([w]) => w === name[0]);
  return name.some(office) || a.words.slice(0, Math.max(0, at)).some(([w]) => office(w));
}

/**
 * The name is a public office's by its words: an agency or an office word in it or right before it ("kantor jasa raharja kota
 * bitung", "pengadilan agama makassar"), not an acronym alone ("jne di ruko …" is a courier's shop) nor a company's ("kantor PT
 * Freeport di timika", "PT Telkom Witel Papua"). Only such a name counts once toward the frame's length (nameFrame).
 */
function officeByName(name: readonly string[], before: string | undefined, a: Analysis): boolean {
  if (a.words.some(([w]) => COMPANY.has(w))) return false;
  const office = (w: string): boolean => AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w);
  return name.some(office) || (before !== undefined && AGENCY_MARKERS.has(before));
}
/** Words that make a name a company's: "PT", "CV", "Tbk", "Persero". */
const COMPANY: ReadonlySet<string> = new Set(['pt', 'cv', 'tbk', 'persero']);

/** The citizen addresses the MPP itself ("where are you located", "kalian dimana"). */
const ADDRESSED = new Set(['you', 'your', 'kalian']);
