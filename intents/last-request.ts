/**
 * A message read by the one sentence or clause that asks, when its story outweighs it: the request last (lastRequest), the
 * request first with its reason after (firstRequest), a story closed by its verdict (closingVerdict).
 *
 * Chat that tells what happened first and asks last (issue 11, session 19, dev sets 65 and 68: people sent home after the
 * system went down, traders who cannot leave their stall): "Sistemnya down seharian, pulang tangan kosong. Mau booking slot
 * perpanjang SIM hari Senin jam 9 pagi ya min", "Saya nggak bisa tinggalin lapak lusa. Tolong batalkan saja.". Read whole,
 * the story's words outweigh the request's few (the system down is a grievance, and the message a complaint); its last
 * sentence alone is the request, read by the same models, and what the citizen needs done.
 *
 * Only a short message (a letter has its own sentence readers: by-sentence.ts), of two to four sentences, none but the last
 * a question (a question first is the request: "bsk buka jam brp? mau antri ktp ibu"), whose last sentence the models read
 * as one of the booking family's acts (book, cancel, reschedule) with a word of that act in it, while the whole was read as
 * something else. Where the story judges or tells a grievance, the last sentence must also be concrete (a service or a day
 * named) and judge nothing itself: "petugasnya kasar banget. batal aja deh" stays a complaint. The entities stay the whole
 * message's: "lusa" above is the day called off.
 *
 * Session 23 (dev set 96, a situation told before the request): the story often ends at a comma or a face, not a stop ("sim
 * saya ilang dicopet di pasar 😤 pengen ambil nomor antrian sim buat hari jumat", "KK hilang waktu kebakaran, saya mau booking
 * antrian buat bikin baru kamis 1 april"), and the field's near misses taught the fallback class the story's everyday words
 * (hilang, kerja, rumah, sekolah), so the whole was out of scope. Without two sentences, the clauses (at a comma or an emoji)
 * are read the same way, the last must then name a service or a day, and a cancel read from no word of calling off ("nama di
 * akta … salah ketik, mau booking antrian …": "salah" is a mistaken booking's word) gives way too.
 */
import type { IntentName } from '../core/nlu.js';
import { CALL_OFF_VERBS } from './booking-words.js';
import type { IntentModel } from './classifier.js';
import { decide, THRESHOLDS } from './decide.js';
import { type Decision, decision, promoted } from './decision.js';
import type { Analysis } from './pipeline.js';

/** The booking family's acts. */
type Act = 'book' | 'cancel' | 'reschedule';
const ACTS: ReadonlySet<IntentName> = new Set<Act>(['book', 'cancel', 'reschedule']);
const isAct = (intent: IntentName): intent is Act => ACTS.has(intent);
/** Words that do the act, normal forms and stems: calling off, moving, taking a number or a slot. */
const ACT_WORDS: ReadonlySet<string> = new Set([
  ...CALL_OFF_VERBS, 'hapus', 'gugur', 'cabut', 'pindah', 'undur', 'mundur', 'geser', 'tunda', 'ganti', 'reschedule', 'jadwal', 'ambil', 'daftar', 'booking', 'antre',
]);
/** Parts of ACT_WORDS' written forms ("dibatalin", "pindahin", "resched", "bookingin", "antrian"): a substring test. */
const ACT_STEMS = /batal|cancel|hapus|gugur|cabut|pindah|undur|geser|tunda|ganti|resch|jadwal|ambil|daftar|book|antr/;
/** Sentences end at a stop followed by a space, or at a line break. */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
/** Clauses also end at a comma, spaced or not ("PLS,MY MOTHER"), or a run of emoji ("dicopet di pasar 😤 pengen ambil …"). */
const CLAUSE_END = /(?<=[.!?;])\s+|,(?!\d)\s*|\n+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*/u;
const MAX_SENTENCES = 4;
const MAX_CLAUSES = 5;
/** More words than this and the message is a letter's business (long-message.ts). */
const MAX_WORDS = 40;
/** A word of calling off as written ("batalin", "cancel", "hapus", "ga jadi"): a cancel read without one is the models' guess. */
const CALLING_OFF_WORD = /batal|btl|cancel|cansel|hapus|gugur|cabut|(?:ga|gak|nggak|tidak|tdk|g|gk)\s*(?:jadi|jd)|urung/iu;
/** Each act's own words as written. */
const ACT_SAID: Readonly<Record<Act, RegExp>> = {
  book: /book|bokin|daftar|antri|antre|ambil|pesan|pesen|slot|reserv/u,
  cancel: CALLING_OFF_WORD,
  reschedule: /pindah|undur|mundur|geser|tunda|ganti|ubah|resch|maju|jadwal ulang/u,
};
/**
 * Words that make a clause a request: wanting, asking, an imperative of the act, or the act in the passive with "just"
 * ("antrian SKCK-ku dibatalke wae yo mas", Javanese, after a homecoming told: session 39, dev set 309).
 */
const ASKS = /\b(?:mau|mo|mw|pengen|pingin|pgn|ingin|tolong|tlg|mohon|minta|bisa|bs|boleh|dong|please|pls|daftarkan|daftarin|ambilkan|ambilin|pesankan|pesenin|bookingin|bookingkan|batalin|batalkan|pindahin|pindahkan|geserin|geser|undurin|undurkan|mundurin|majuin|gantiin|di(?:batal|cancel|pindah|geser|undur|ganti)\w* (?:saja|sj|aja|wae|ae|bae|mawon))\b/u;
/** A clause that opens with taking a slot asks for it ("… 🚚 booking buat urus surat pindah minggu depan ya": dev set 116). */
const BOOKING_FIRST = /^\W*(?:booking|book|daftar|ambil|pesan|pesen|antri|antre|reservasi)\b/u;
/** Words that tell what was done: "tadi", "sudah", "kemarin". */
const DONE = /\b(?:tadi|td|sudah|udah|udh|sdh|dah|kemarin|kmrn|kemaren)\b/u;
/** How sure of the last sentence's act the models must be. */
const MIN_CONFIDENCE = 0.3;

/** The act the last sentence asks for (see above), or null. */
export function lastRequest(text: string, whole: Decision, feelings: number, analyse: (text: string) => Analysis, model: IntentModel): Decision | null {
  // A cancel read from no word of calling off, or a move whose word is only in the story ("nama sy beda di kk krn ganti nama,
  // mau antri perbaikan kk hari senin": session 25, dev set 112), may be the story's; a booking read is the request's.
  if (whole.intent === 'book' || (whole.intent === 'cancel' && CALLING_OFF_WORD.test(text))) return null;
  const bySentence = text.trim().split(SENTENCE_END).filter((s) => /\p{L}/u.test(s));
  const byClause = bySentence.length < 2;
  const sentences = byClause ? text.trim().split(CLAUSE_END).filter((s) => /\p{L}/u.test(s)) : bySentence;
  if (sentences.length < 2 || sentences.length > (byClause ? MAX_CLAUSES : MAX_SENTENCES) || text.split(/\s+/).length > MAX_WORDS) return null;
  if (whole.intent === 'reschedule' && ACT_SAID.reschedule.test((sentences.at(-1) ?? '').toLowerCase())) return null;
  if (sentences.slice(0, -1).some((s) => s.includes('?'))) return null;
  // A cheap look at the raw sentence first: reading it costs a second analysis (dates included).
  if (!ACT_STEMS.test((sentences.at(-1) ?? '').toLowerCase())) return null;
  const last = analyse(sentences.at(-1) ?? '');
  if (last.features.length === 0 || !last.words.some(([w, stem]) => ACT_WORDS.has(w) || ACT_WORDS.has(stem))) return null;
  const judged = whole.intent === 'complaint' || feelings > 0;
  const concrete = last.service !== null || last.date !== null;
  if ((judged || byClause) && (last.feelings > 0 || !concrete)) return null;
  // A clause is a request when it asks ("mau", "tolong", "bisa", "daftarin"), not when it tells what was done ("tadi pagi daftar
  // buat akta kematian", "jadwal Selasa jam 09.30 sudah saya catat").
  const clause = (sentences.at(-1) ?? '').toLowerCase();
  if (byClause && (!(ASKS.test(clause) || BOOKING_FIRST.test(clause)) || DONE.test(clause))) return null;
  const read = decide(last, model.score(last.features), model.labels, THRESHOLDS, false);
  if (!isAct(read.intent) || read.confidence < MIN_CONFIDENCE) return null;
  // A clause says its act in its own words: "bisa booking antrian buat tgl 28 ga jam 10an" asks for a booking, though its
  // "tgl 28 ga" reads like a day refused (a move).
  if (byClause && !ACT_SAID[read.intent].test(clause)) return null;
  // The cancel read from no word of calling off gives way to a booking asked for, not to another guess.
  if (ACTS.has(whole.intent) && read.intent !== 'book') return null;
  return decision(read.intent, Math.min(read.confidence, 0.49), promoted(whole.alternatives, read.intent));
}

/**
 * A story closed by its verdict (session 23, dev set 96: "Anak saya mau sekolah di luar kota, butuh KK baru. Sudah 3 minggu
 * dijanjikan jadi, tetap belum. Saya merasa dibohongi."): read whole, the story's words asked about the KK (list_services),
 * but the last sentence judges, alone it is a complaint, and nothing in the message asks. Only over an intent one reaches by
 * asking or out of scope (not the booking family, whose reason may judge: "petugasnya kasar, batal aja"), with no question
 * mark anywhere, and a word of judging in the last sentence itself. Venting about something not ours ("harga emas naik terus.
 * nyesel ga beli dari dulu") is still refused afterwards (complaint-topic.ts), and a story read as out of scope must name one of our
 * services (`named`): "tukang servis ac janji dateng pagi … ditelpon gak diangkat" judged a repairman.
 */
// And over an unsure complaint (session 36: once dev sets 223–246 joined the field, the KK story above was read as a complaint
// at 0.05, and the letter's sentence vote then took it for a booking check): the verdict keeps what the whole began to say.
const VERDICT_OVER: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services', 'help', 'my_booking', 'fallback', 'complaint']);
export function closingVerdict(text: string, whole: Decision, feelings: number, named: boolean, analyse: (text: string) => Analysis, model: IntentModel): Decision | null {
  if (feelings === 0 || !VERDICT_OVER.has(whole.intent) || text.includes('?')) return null;
  // Out of scope as a whole, the story must name a service of ours ("rumah makan padang langganan naikin harga … kecewa").
  if (whole.intent === 'fallback' && !named) return null;
  const sentences = text.trim().split(SENTENCE_END).filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES + 1) return null;
  const last = analyse(sentences.at(-1) ?? '');
  if (last.feelings === 0) return null;
  const read = decide(last, model.score(last.features), model.labels, THRESHOLDS, false);
  if (read.intent !== 'complaint') return null;
  return decision('complaint', Math.min(read.confidence, 0.49), promoted(whole.alternatives, 'complaint'));
}

/**
 * The request first and its reason after (session 23, dev sets 96 and 98: "CANCEL MY BOOKING PLS,MY MOTHER IS IN HOSPITAL",
 * "cek booking sy dong, kode MPP-4471, anak mau daftar sekolah butuh KIA cepet"): the reason's words, everyday life's, put
 * the whole out of scope. Only over a rejected whole, when the first sentence or clause alone is surely one of the booking
 * family's acts or a check of one's booking (both models agree and an example is close: decide.ts), in words of that act, and
 * the message judges nothing.
 */
const FIRST_ACTS: ReadonlySet<IntentName> = new Set([...ACTS, 'my_booking']);
/** A sure reading (decide.ts answers 0.5 and more only when both models agree and an example is close). */
const SURE = 0.5;
const MY_BOOKING_SAID = /book|antri|antre|kode|nomor|jadwal|appointment|slot|reserv/u;
/** What may be asked first about a service of ours, before an aside (see firstRequest). */
const INFO: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services']);
/** A question word in the first piece: the aside follows a question, not a story's opening. */
const QUESTION_FIRST = /\b(?:gimana|bagaimana|gmn|gmana|apa|apakah|berapa|brp|kapan|kpn|dimana|di mana|dmn|mana|syarat\w*|cara\w*|bisa|bs|how|what|where|when|which|can)\b/u;
export function firstRequest(text: string, whole: Decision, feelings: number, analyse: (text: string) => Analysis, model: IntentModel): Decision | null {
  if (whole.intent !== 'fallback' || feelings > 0) return null;
  const bySentence = text.trim().split(SENTENCE_END).filter((s) => /\p{L}/u.test(s));
  const pieces = bySentence.length >= 2 ? bySentence : text.trim().split(CLAUSE_END).filter((s) => /\p{L}/u.test(s));
  if (pieces.length < 2 || pieces.length > MAX_CLAUSES || text.split(/\s+/).length > MAX_WORDS) return null;
  const said = (pieces[0] ?? '').toLowerCase();
  const first = analyse(pieces[0] ?? '');
  if (first.features.length === 0) return null;
  const read = decide(first, model.score(first.features), model.labels, THRESHOLDS, false);
  // A question about one of our services first, then an aside ("gimana caranya daftar nib lewat oss, saya bingung pdhl cuma
  // jualan gorengan 😭", session 36, dev set 232): the aside's everyday words put the whole out of scope.
  if (INFO.has(read.intent) && read.confidence >= SURE && first.service !== null && QUESTION_FIRST.test(said)) return decision(read.intent, Math.min(read.confidence, 0.49), promoted(whole.alternatives, read.intent));
  if (!ACT_STEMS.test(said) && !MY_BOOKING_SAID.test(said)) return null;
  if (!FIRST_ACTS.has(read.intent) || read.confidence < SURE) return null;
  const words = isAct(read.intent) ? ACT_SAID[read.intent] : MY_BOOKING_SAID;
  if (!words.test(said)) return null;
  return decision(read.intent, Math.min(read.confidence, 0.49), promoted(whole.alternatives, read.intent));
}
