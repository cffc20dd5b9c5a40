/**
 * Turned away again, told (issue 11, session 29, dev set 159: a second visit after being turned away the first time). "Pertama
 * ditolak karena aktanya belum dilegalisir, kedua karena fotonya kurang. Rasanya ingin menangis.", "udh pernah ditolak krn pake
 * sendal. oke. skrg pake sepatu, ditolak krn pake kaos. nanti apa lagi?", "lagi2 disuruh balik. gatau harus gmn lagi.": the
 * papers, the counter and the quota pull to the question about them (requirements, book, my_booking, help), and a question
 * mark is often there, but it is the sigh of "nanti apa lagi?", "kenapa tidak disebut sekalian?", not a request for the list.
 *
 * Three things make the story: being sent away (refused, sent home, sent back, a second visit), more than once (two such
 * events, or a word of repetition: "dua kali", "kedua", "lagi-lagi", a "pertama" then a "sekarang"), and our business (one of
 * our services, the hall, its papers, its quota, or being sent back to a place; a thesis "ditolak dospem" twice is not ours).
 * A question for information before the first refusal or after the last ("syaratnya apa aja sih biar ga bolak balik lagi?",
 * "alurnya gimana?", "Daftarin dong") is what the citizen asks, and keeps its intent; a refusal feared ("biar ga bolak balik
 * lagi", "jangan sampai ditolak lagi") is not one told. Of the 124 dev messages (sets 1–162) of the
 * shape, 121 are complaints (two ask for the list after the story, one to speak to a person: both checks above keep them).
 */
import { type Decision, decision, promoted } from './decision.js';

/** Being sent away, or coming back after it. */
const SENT_AWAY =
  /\b(?:ditolak|tolak|nolak|disuruh (?:balik|pulang|kembali|datang lagi|dateng lagi|ulang)|suruh (?:balik|pulang)|dipulangkan|bolak.?balik|balik lagi|datang lagi|dateng lagi|kunjungan kedua|dikembalikan|dibalikin)\b/gu;
/** A refusal feared or to be avoided, not one that happened: "biar ga bolak balik lagi", "jangan sampai ditolak lagi". */
const FEARED = /\b(?:biar|supaya|agar|jangan|jgn|takut|khawatir)(?:\s+(?:ga|gak|nggak|tidak|tdk|sampai|sampe|saya|sy|aku|kami))*\s*$/u;
/** Said to have happened more than once. */
const AGAIN = /\b(?:dua kali|2x|2 kali|tiga kali|3x|3 kali|kedua|kali kedua|ke-?2|lagi2|lagi-lagi|berkali\w*|kesekian|berulang\w*)\b|\bpertama\b.*\b(?:kedua|sekarang|skrg|skg)\b/u;
/** The hall's people, counters and papers: where a story of ours is set when it names no service. */
const HALL = String.raw`petugas\w*|pegawai\w*|loket\w*|mpp|berkas\w*|kuota\w*|satpam\w*|formulir\w*|dokumen\w*`;
/** Words of a question for information, which both stories must not hold where the citizen asks. */
const INFO_ASKED = String.raw`syarat\w*|berapa|brp|biaya\w*|langkah\w*|alur\w*|caranya|cara|kapan|kpn|di ?mana|dmn|booking|book|bisa|bisakah|boleh|apa (?:aja|saja)|prosedur\w*|what|how|which|could`;
/** The hall and its papers, or being sent back to a place, when no service of ours is named. */
const OUR_BUSINESS = new RegExp(
  String.raw`\b(?:disuruh (?:balik|pulang|kembali)|bolak.?balik|datang lagi|dateng lagi|${HALL}|syarat\w*|fotokopi\w*|fotocopy\w*|legalisir\w*|surat)\b`,
  'u',
);
/** A question for information or a request, the citizen's own ask beside the story (a queue taken, a person to talk to). */
const ASKS_FOR = new RegExp(
  String.raw`\b(?:${INFO_ASKED}|daftar(?:in|kan)|antri\w*|antre\w*|ngantri|menanyakan|bicara|berbicara|hubungi|sambung\w*|can i)\b`,
  'u',
);
/** A story needs this many words. */
const STORY_WORDS = 8;
/** The engine's usual comfort: a story read from its shape is no surer than that. */
const UNSURE = 0.5;

/** Complaint, when the message tells of being turned away more than once by our business and asks for nothing (see above). */
export function turnedAwayAgain(d: Decision, raw: string, service: string | null): Decision | null {
  if (d.intent === 'complaint') return null;
  const low = raw.toLowerCase();
  if (low.split(/\s+/u).length < STORY_WORDS) return null;
  const told = [...low.matchAll(SENT_AWAY)].filter((m) => !FEARED.test(low.slice(Math.max(0, m.index - 30), m.index)));
  const first = told[0];
  const last = told.at(-1);
  if (first === undefined || last === undefined || !(told.length >= 2 || AGAIN.test(low))) return null;
  if (service === null && !OUR_BUSINESS.test(low)) return null;
  if (ASKS_FOR.test(low.slice(0, first.index)) || ASKS_FOR.test(low.slice(last.index + last[0].length))) return null;
  return decision('complaint', Math.min(d.confidence, UNSURE), promoted(d.alternatives, 'complaint'));
}

/**
 * The same thing gone wrong again, told (session 29, dev set 159): "ini kali kedua saya menunggu lebih dari lima jam hanya untuk
 * mengambil SIM yang sudah jadi", "pas jam 11.30 loket ditutup karena Jumatan, padahal sy udh giliran berikutnya. ini minggu
 * kedua sy ngalamin gitu". A word that counts the times (not "2x lipat", a price doubled), the hall or one of our services, and
 * no word that asks, requests or wants anything, when the models were unsure of what they read. On dev sets 1–162, 135 of the
 * 137 messages of that shape are complaints (the two others ask where a counter is and to stop the notifications: both
 * words now count as asking).
 */
const TIMES_OVER = /\b(?:kali kedua|kedua kali\w*|ketiga kali\w*|kali ketiga|kesekian|minggu kedua|dua kali|tiga kali|2x|3x|berkali.kali|lagi.lagi|lagi2)\b(?! lipat)/u;
/** Anything asked, wanted or requested (the queue itself is the story's topic here, not an ask). */
const ASKS_ANYTHING = new RegExp(
  String.raw`\b(?:${INFO_ASKED}|(?:sebelah|pojok|lantai|letak|posisi) mana|daftar\w*|gimana|gmn|bagaimana|apakah|mau|ingin|pengen|tolong|mohon|minta|notifikasi\w*|pengumuman|can|please)\b`,
  'u',
);
const OUR_HALL_OR_QUEUE = new RegExp(String.raw`\b(?:${HALL}|antre\w*|antri\w*|ngantri|nunggu|menunggu|giliran)\b`, 'u');

/** Complaint, when the models were unsure and the message tells of something gone wrong again in our hall, asking nothing. */
export function againTold(d: Decision, raw: string, service: string | null): Decision | null {
  if (d.intent === 'complaint' || d.confidence >= UNSURE) return null;
  const low = raw.toLowerCase();
  if (low.split(/\s+/u).length < STORY_WORDS || !TIMES_OVER.test(low) || ASKS_ANYTHING.test(low)) return null;
  if (service === null && !OUR_HALL_OR_QUEUE.test(low)) return null;
  return decision('complaint', d.confidence, promoted(d.alternatives, 'complaint'));
}
