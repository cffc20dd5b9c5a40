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

/**
 * A face of distress closing a story (session 25, blind set 26's lean, dev sets 112 and 116: complaints sent from inside the
 * building): "dtg jam 8 pas buka, petugas loket nikah baru muncul jam 10. nungguin 2 jam sambil gendong bayi 😭", "sdh bawa
 * semua syarat …, tp di loket KK katanya kurang surat pengantar RT. infonya ga sinkron, buang2 waktu 😞". Crying, weary,
 * disappointed, fed up, the stone face of being left standing, shock, the upside-down face of sarcasm ("… krn pake sandal 🙃
 * segitunya"). Anywhere else in a message it may laugh ("wkwk 😭"); at the end of a story, or before its last word or two,
 * it says how the story felt.
 */
const DISTRESS_LAST = /(?:😭|😞|😩|😫|😰|😢|😓|😖|😣|😔|😟|😥|😱|😳|🙃|🗿|🙄|😤|😡|🤬|😠|😒|😑|💢|👎)(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])*(?:\s+(?!(?:gmn|gimana|bagaimana|gmana|apa|knp|kenapa|dimana|dmn|kapan|kpn|berapa|brp)\b)[\p{L}\p{N}]+){0,2}(?:\s|[!.])*$/u;
/** The models may read a story's errand as asked about: its papers, hours, place, or a booking for the day it tells of. */
const STORY_READ_AS: ReadonlySet<IntentName> = new Set([...ASKED_INTENTS, 'book', 'reschedule']);
/**
 * Read out of scope, the story must be set in our hall: a service of ours, or the people, queue and rooms of the building
 * ("pak satpam nyuruh sy keluar antrian krn pake sandal 🙃 segitunya", dev set 118). A story of one's own day ("macet parah
 * di tol tadi 😭") is no complaint to the MPP.
 */
// Not the queue or a booking alone: a bank's and an airline's have them ("antre di teller Bank Mandiri … 😑").
const OUR_HALL = /\b(?:petugas\w*|pegawai\w*|staf|staff|satpam\w*|security|admin\w*|operator|loket\w*|dipanggil|berkas\w*|blanko|mpp|gedung|ruang tunggu|toilet|wc|parkir\w*|pengumuman|speaker)\b/u;
function inOurHall(normalized: string, service: string | null): boolean {
  return service !== null || OUR_HALL.test(normalized);
}
/**
 * A story's last sentence, lower-cased and trimmed ('' when none holds a letter): what the citizen asks or requests now, if
 * anything. The story's earlier "dtg mau ganti" is what they came for that day.
 */
function lastSentence(raw: string): string {
  const sentences = raw.split(/[.!\n]+/u).map((s) => s.trim()).filter((s) => s !== '' && /\p{L}/u.test(s));
  return (sentences.at(-1) ?? '').toLowerCase();
}

/** What a story needs to be one: this many words, and more than one sentence or clause. */
const STORY_WORDS = 9;

/**
 * Complaint, when the models were unsure and the message is a story that ends in a face of distress, asks nothing and its
 * last sentence requests nothing. Only the last sentence is asked for a request: the story's "dtg mau ganti" is what the
 * citizen came for that day, not what they ask now.
 */
export function distressTold(d: Decision, raw: string, normalized: string, service: string | null): Decision | null {
  // Out of scope is a reading too, however sure, once the story is set in our hall.
  const asked = STORY_READ_AS.has(d.intent) && d.confidence < UNSURE;
  if (!(asked || (d.intent === 'fallback' && inOurHall(normalized, service))) || !DISTRESS_LAST.test(raw) || raw.includes('?')) return null;
  if (normalized.split(' ').length < STORY_WORDS || !/[.,;]|\p{Extended_Pictographic}\s+\p{L}/u.test(raw)) return null;
  const last = lastSentence(raw);
  if (REQUEST.test(last) || asksWithoutMark(last) || questionFrame(last) !== null || PUT_THROUGH.test(last) || ASKS_IN_CHAT.test(normalized)) return null;
  if (!(TOLD.test(normalized) || TOLD.test(raw))) return null;
  return decision('complaint', d.confidence, promoted(d.alternatives, 'complaint'));
}

/**
 * What staff did, told plainly (issue 11, session 28, dev sets 146 and 150: complaints with no word of judging at all):
 * "Bapak di loket KK bilang 'kalau nggak mau nunggu titip aja ke saya', terus minta ongkos 100 ribu", "petugasnya minta surat
 * pengantar RT padahal di info ga perlu", "Saya diwajibkan membeli map di koperasi seharga 25 ribu". The topic's words (the
 * service, its papers, its fee) pull to the question about them, however sure the models are; the citizen asks nothing and
 * tells what was done to them. Three things together make the story: someone of the hall (an officer, the guard, the counter,
 * the system) or one of our services, what was said or done to the citizen (told, refused, asked money, sent elsewhere,
 * handed back), and how it turned out (a "padahal", a sum, being sent round, going home); or, for one of our services, a
 * rule that nothing published has (dev set 151). Nothing asked: no "?", and the last sentence neither asks nor requests;
 * thanks and asking for a person keep a story out. Of the 448 dev messages (sets 1–156) of this shape, 446 are complaints:
 * one books after its story ("… sekarang sa booking dulu biar pasti dilayani. SIM, kamis") and one is another business's
 * (index.ts ourStory leaves that to notOurs).
 */
const HALL_ACTOR =
  /\b(?:petugas\w*|pegawai\w*|satpam\w*|security|staf|staff|oknum|(?:bapak|ibu|mas|mbak|pak|bu) (?:di|yg|yang) loket|loket\w*|sistem\w*|orang (?:dalam|dalem))\b/u;
const DONE_TO =
  /\b(?:katanya|katanye|bilang|dibilang|bilangnya|jawabnya|jawabannya|disuruh|suruh|nyuruh|diwajibkan|diharuskan|diarahkan|ditolak|dimintai|diminta|minta(?:nya)?|menyarankan|nyaranin|ditawari|ditawarin|nawarin|(?:ga|gak|nggak|tidak) (?:dikasih|diberi|ngebolehin|boleh|diterima)|ditaruh|dilewati|dilewat|dikembalikan|dibalikin|ditahan|diberitahu|dikasih|diarahin|disuruhnya)\b/u;
const TURNED_OUT =
  /\b(?:padahal|pdhl|setahu|setau|akhirnya|ahirnya|justru|tapi kan|doang|sendirian|kelewat|dua kali|tiga kali|2x|3x|beda2|beda-beda|berbeda|(?:ga|gak|tidak) ada tulisan|(?:ga|gak|tidak) perlu|orang (?:yang|yg) sama|pulang (?:aja|saja)|balik lagi|bolak.balik|lingkaran|muter|seharga|malah|(?:di)?suruh pulang|pulang lagi|\d+ ?(?:rb|ribu|k|jt|juta))\b/u;
/**
 * What was published says otherwise: "di daftar syarat yg ditempel ga ada itu", "yang tidak tercantum di brosur", "Di banner
 * depan tertulis PBB bisa dibayar di loket Bapenda" (dev set 151: a rule applied that no published list has).
 */
const NOT_PUBLISHED =
  /\b(?:di|dalam) (?:daftar|brosur|banner|papan|pengumuman|web|website|situs|syarat|info|informasi|persyaratan)\b[^.?!]{0,40}?\b(?:tertulis|tidak ada|ga ada|gak ada|tdk ada|cuma|hanya|tidak disebutkan|tidak tercantum)\b|\b(?:tidak|ga|gak|nggak) (?:tercantum|tertulis|disebutkan)\b|\b(?:tidak|ga|gak|nggak) ada di (?:daftar|brosur|syarat|pengumuman|mana)/u;
const STORY_ASKS =
  /\b(?:apa|apakah|berapa|brp|gimana|gmn|bagaimana|kapan|kpn|di ?mana|dmn|mana|kah|how|what|where|when|why|kenapa|knp|mohon|tolong|please)\b/u;
/** A request in the last sentence ("sekarang sa booking dulu biar pasti dilayani", "Saya mau sama orang"). */
const STORY_REQUESTS = /\b(?:mau|ingin|pengen|pingin|booking|book)\b|\b(?:ga|gak|nggak|tidak) (?:sih|ya|atau)\b/u;
/** Thanks and asking for a person, told after a story of the bot's or staff's help. */
const NOT_A_GRIEVANCE = /\b(?:terima kasih|makasih|thanks?|sambung\w*|hubung\w*|manusia)\b/u;
/** A story needs this many words. */
const STAFF_STORY_WORDS = 9;

/**
 * Complaint, when the message tells what staff did and how it turned out, or a rule of one of our services (`service`) that
 * nothing published has, asking nothing (see above).
 */
export function staffStory(d: Decision, raw: string, service: string | null = null): Decision | null {
  if (d.intent === 'complaint' || raw.includes('?')) return null;
  const low = raw.toLowerCase();
  if (low.split(/\s+/u).length < STAFF_STORY_WORDS || NOT_A_GRIEVANCE.test(low)) return null;
  // A rule the published list does not have, applied to one of our services, is the story whoever applied it.
  const unpublished = service !== null && NOT_PUBLISHED.test(low);
  const hall = HALL_ACTOR.test(low) || service !== null;
  if (!unpublished && !(hall && DONE_TO.test(low) && (TURNED_OUT.test(low) || NOT_PUBLISHED.test(low)))) return null;
  const last = lastSentence(raw);
  if (STORY_ASKS.test(last) || STORY_REQUESTS.test(last) || asksWithoutMark(last) || ASKS_IN_CHAT.test(last)) return null;
  return decision('complaint', Math.min(d.confidence, UNSURE), promoted(d.alternatives, 'complaint'));
}
