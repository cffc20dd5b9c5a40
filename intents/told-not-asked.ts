/**
 * A complaint told as a statement the models were unsure of (session 15, dev set 51: complaints told as feelings and
 * sarcasm). "petugas NPWP ngobrol ketawa2 sama temennya sementara kami dicuekin": human 0.41, complaint second;
 * "saya udah tua, mata rabun, formulir tulisannya kecil2. minta dibantu isi malah diketawain": help 0.34, complaint
 * second. The topic's words (petugas, formulir, jam buka) pull to the intent that asks about them, but the message asks
 * nothing: no question mark, no question word, no frame of a question. What it tells, the models' runner-up says.
 */
import type { IntentName } from '../core/nlu.js';
import { type Decision, decision, promoted } from './decision.js';
import { questionFrame } from './question-frame.js';
import { asksWithoutMark } from './unmarked-question.js';

/** Intents a citizen reaches by asking or requesting: a statement that asks nothing is not one of them. */
// Not human: "panggilin petugas jaga dong", "sambungno nang admin e rek" request without asking, and the models are unsure of
// them as often (dev sets 5, 7, 40, 53: six such requests, two complaints); only when the message judges (`feelings`: "Petugas
// bilang 'orang kampung memang susah dikasih tau' di depan semua orang", staff-quoted.ts).
const ASKED_INTENTS: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services', 'help', 'my_booking']);

/** Below this the models were unsure (decide.ts answers 0.5 and more only when both models agree and an example is close). */
const UNSURE = 0.5;

/** Words that make a statement a request: "mau", "minta", "tolong", "mohon" (not "mohon maaf"), "pengen", "bisa", "boleh", "cara". */
const REQUEST = /\b(?:mau|ingin|pengen|pingin|minta|tolong|mohon(?! maaf)|bisa|boleh|cara|please|want|need|would like)\b/;

/**
 * What a report asks done about itself: "Mohon ditindaklanjuti", "mohon hal ini dapat ditertibkan", "tolong petugasnya
 * dibina" (session 17, dev sets 18–57: nine letters reporting a tout or a rude officer, read as a request for a person
 * because "seseorang" and "petugas" pull to human). It is the complaint's own request, not one REQUEST means.
 */
const ACT_ON_REPORT = /\b(?:mohon|tolong|minta)(?: (?:hal ini|hal tersebut|ini|agar|supaya|kiranya|dapat|bisa|segera|petugas(?:nya)?(?: tersebut)?))* di(?:tindaklanjuti|tindak lanjuti|tindak|tertibkan|perhatikan|evaluasi|bina|tegur|usut|perbaiki)\b/g;

/**
 * Saying what the message does, as a letter opens: "saya ingin menyampaikan bahwa …", "mau melaporkan": telling, not
 * asking. Not thanks: "kami ingin menyampaikan terima kasih" is thanks-told.ts's.
 */
const TELLS = /\b(?:ingin|mau|hendak) (?:menyampaikan|sampaikan|melaporkan|lapor|melapor|mengadukan|mengadu)\b(?! (?:(?:ucapan|rasa) )?(?:terima kasih|apresiasi|penghargaan|syukur))/;

/** Asking to be put through, as written (the normal form drops the -in): "panggilin manusianya aja", "sambungkan ke admin". */
const PUT_THROUGH = /\b(?:panggil|sambung|hubung)(?:in|kan|no|ken)\b/;

/**
 * Questions chat asks without a question word: "ada layanan sore ga", "udah ada pelayanan belum sih", "luas ga ya" (whether,
 * normalized "… tidak"), "jam 8 tepat udah
 * dilayani atau nunggu dulu" (which of two), English "if I arrive at quarter to twelve will anyone still serve me".
 */
const ASKS_IN_CHAT = /\b(?:tidak|belum)(?: (?:ya|sih|kah|nih|min|kak|dong))?$|\b(?:tidak|belum) (?:ya|sih)\b|\batau\b|^(?:if|will|can|could|is|are|do|does|would|should)\b|\b(?:will|can) (?:i|we|anyone|someone)\b/;

/**
 * What was told, not named: a thing that happened ("udah", "tadi", "disuruh", "ditolak", "katanya"), how it felt ("tega",
 * "hadeuh", "ya allah", "😩") or how little it took ("cuma", "doang"). "iuran bpjs kesehatan kelas 3 per bulannya" and
 * "Kantor Imigrasi Kelas I TPI Mataram jam bukanya" name a topic and ask about it.
 */
const TOLD = /\b(?:sudah|tadi|kemarin|malah|padahal|katanya|kata|bilang|dibilang|disuruh|suruh|ditolak|dilempar|cuma|doang|saja|kok|tega|hadeh|hadeuh|astaga|ya allah|wkwk|terus|lagi|kali|seenaknya|again|still|told|said|was|were|had)\b|\p{Extended_Pictographic}/u;

/** A message of this many words and more can tell something; shorter ones name a topic. */
const TOLD_WORDS = 6;

/** Complaint, when the models were unsure between an asking intent and a complaint and the message tells, asking nothing. */
export function toldNotAsked(d: Decision, raw: string, normalized: string, feelings = 0): Decision | null {
  if (!(ASKED_INTENTS.has(d.intent) || (d.intent === 'human' && feelings > 0)) || d.confidence >= UNSURE) return null;
  if (d.alternatives[1]?.intent !== 'complaint') return null;
  if (raw.includes('?') || asksWithoutMark(raw) || asksWithoutMark(normalized) || questionFrame(normalized) !== null) return null;
  if (REQUEST.test(normalized.replace(ACT_ON_REPORT, '').replace(TELLS, '')) || ASKS_IN_CHAT.test(normalized) || PUT_THROUGH.test(raw.toLowerCase())) return null;
  if (normalized.split(' ').length < TOLD_WORDS || !(TOLD.test(normalized) || TOLD.test(raw) || TELLS.test(normalized))) return null;
  return decision('complaint', d.confidence, promoted(d.alternatives, 'complaint'));
}
