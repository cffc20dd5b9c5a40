/** Branches of the complaint dialog seen from the engine: the open question, and a ticket number typed. */
import { COMPLAINT_CODE, guessCategory, SECRET_WORD } from '../care/complaints.js';
import { tr } from '../i18n.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Pending } from '../session.js';
import type { Lang, Reply } from '../types.js';
import { asideRequest } from './aside.js';
import { isAside, leads } from './aside-reading.js';
import { matchChoice } from './choices.js';
import { abandon, answersStep, answerStep, applyChoice } from './complaint-dialog.js';
import { noteWrongGuess, tooManyGuesses } from './guess-limit.js';
import { namedElsewhere } from './read-request.js';
import { RESUME } from './resume.js';
import type { Step, Understood } from './step.js';

const QUITS = /^(batal|batalkan|gak jadi|ga jadi|tidak jadi|cancel)\b/i;

/** The complaint dialog owns every message while it is open, until the ticket or "batal". */
export const complaintStep: Step<Understood> = async ({ app, session, turn, u }) => {
  const pending = session.pending;
  if (pending?.kind !== 'complaint') return null;
  const choice = matchChoice(pending.choices, turn.text);
  if (choice) return [await applyChoice(app, turn, pending, choice.request)];
  if (QUITS.test(turn.text.trim())) return [abandon(turn)];
  // "lanjut" for a booking held while the complaint is written is no complaint text (field test, issue 11).
  if (session.parked?.held && RESUME.test(turn.text.trim()) && session.asked) {
    const first = tr(turn.lang, 'Booking tadi tetap disimpan: selesaikan pengaduan ini dulu (atau ketik "batal"), lalu ketik "lanjut".', 'The earlier booking is kept: finish this complaint first (or type "cancel"), then type "continue".');
    return [{ ...session.asked, text: `${first}\n${session.asked.text}` }];
  }
  // "mau booking paspor besok aja deh" at "Pengaduan Anda tentang apa?": a request of its own ends the complaint, which the
  // request step says was not sent (it had been filed as a complaint of category "other", session 32).
  if (leavesComplaint(pending.awaiting, turn.text, u)) return null;
  if (asksAside(turn.text, u) && !answersStep(pending, turn.text, u)) {
    return asideRequest(app, turn, { intent: u.intent, service: u.service, variant: u.variant, date: u.date, ...namedElsewhere(u) });
  }
  return [await answerStep(app, turn, pending, u)];
};

type ComplaintAwaiting = Extract<Pending, { kind: 'complaint' }>['awaiting'];

/** Requests that are no answer to a complaint's question: a booking made, moved, called off or looked up, a person asked for. */
const OWN_REQUESTS: ReadonlySet<IntentName> = new Set(['book', 'reschedule', 'cancel', 'my_booking', 'human']);

/**
 * A request read surely, with no word of a grievance, at any step but the story's own ("Ceritakan apa yang terjadi" takes
 * "saya sudah booking jam 9 tapi dipanggil jam 11" as told).
 */
function leavesComplaint(awaiting: ComplaintAwaiting, text: string, u: Understanding): boolean {
  if (awaiting !== 'text' && BOOKING_WISH.test(text) && (u.date !== null || u.time !== null) && !GRIEVED.test(text)) return true;
  return awaiting !== 'text' && OWN_REQUESTS.has(u.intent) && leads(u) && guessCategory(text) === undefined && !toldWhen(awaiting, u);
}

/**
 * A queue slot wished for, with its day or hour: "saya ingin mendaftar antrean perpanjangan paspor untuk hari Rabu pukul 09.00" at
 * "Pengaduan Anda tentang apa?" was taken as the category (its "antrean" is the waiting-time complaint's word), and the elderly
 * man's booking was never made (session 47, a field test).
 */
const BOOKING_WISH = /\b(?:ingin|mau|hendak|pengen|pingin|minta|bisa)\b(?:\s+\S+){0,2}?\s+(?:mendaftar|daftar|booking|book|pesan|memesan|ambil|mengambil)\b(?:\s+\S+){0,2}?\s+(?:antre|antrean|antrian|slot|jadwal|nomor)\b/i;
/** Words of a grievance: "mau ambil antrian jam 9 tapi sistemnya error terus" is still a complaint. */
const GRIEVED = /\b(?:tapi|tetapi|padahal|kecewa|kesal|kesel|error|gagal|lama banget|ditolak|kasar|pungli)\b/i;

/**
 * "tadi pagi jam 9an" at "Kapan kejadiannya?": a day or an hour with no service is the answer, though the NLU reads an hour said
 * alone as a booking. The complaint was dropped ("Pengaduan belum dikirim") and a booking started for 09.00 (session 41,
 * `npm run simulate`).
 */
function toldWhen(awaiting: ComplaintAwaiting, u: Understanding): boolean {
  // At "Terkait layanan apa?" too: "tadi pagi jam 10an" tells when before it is asked (session 42, simulate: dropped the same way).
  return (awaiting === 'when' || awaiting === 'service') && (u.date !== null || u.time !== null) && u.service === null;
}

/** A question word or mark: "biayanya berapa?" asks, "biayanya mahal" complains. */
const QUESTION = /\?|\b(berapa|brp|apa|apakah|dimana|dmn|mana|kapan|gimana|bagaimana|what|where|when|how|which)\b/i;
/** "kok mahal?", "kenapa lama?" are complaints phrased as questions. */
const WHY = /\b(kenapa|mengapa|knp|kok|why)\b/i;

/**
 * "jam buka?", "makasih" while a complaint is being written: an aside, answered before the open
 * question comes back. A complaint names the same topics ("lokasinya susah dicari"), so only a
 * plain question (or thanks, a greeting) is one.
 */
function asksAside(text: string, u: Understood['u']): boolean {
  if (!isAside(u)) return false;
  return u.intent === 'greeting' || u.intent === 'thanks' || (QUESTION.test(text) && !WHY.test(text));
}

/**
 * "ADU-0007": the reporter's own chat sees status and answers; an anonymous ticket needs its
 * secret word ("ADU-0007 melati-kopi-47"). Anyone else learns nothing, not even that it exists,
 * and wrong tries count towards the guess limit.
 */
export const complaintStatus: Step<Understood> = async ({ app, turn, u }) => {
  const ticket = COMPLAINT_CODE.exec(turn.text);
  if (!ticket || u.bookingCode) return null;
  const blocked = tooManyGuesses(app, turn);
  if (blocked) return [blocked];
  const complaint = app.complaints.lookup(ticket[0], turn.user, SECRET_WORD.exec(turn.text)?.[1] ?? null);
  if (!complaint) {
    await noteWrongGuess(app, turn);
    const text = `${tr(turn.lang, 'Nomor pengaduan tidak ditemukan untuk chat ini.', 'No complaint with that number for this chat.')} ${anonymousHint(turn.lang)}`;
    return [{ kind: 'answer', text } satisfies Reply];
  }
  return [{ kind: 'complaint_update', text: app.complaints.statusText(complaint, turn.lang) }];
};

/** A complaint of one's own, named: "pengaduan saya", "laporan sy kemarin", "my complaint". */
const OWN_COMPLAINT = /\b(?:pengaduan|aduan|laporan|komplain|komplen|keluhan)(?:ku| saya| sy| aku| kami| tadi| kemarin| kmrn)\b|\bmy (?:complaint|report)\b/i;
/** Its follow-up asked of a complaint named: "… gimana?", "… statusnya?", "… sudah dibalas belum?", "any update on my complaint". */
// With the chat's spellings ("pengaduan sy gmn" opened a second complaint the next day; session 46, a field test).
const FOLLOW_UP = /\b(?:ditindaklanjuti|ditindak lanjuti|ditanggapi|dijawab|dibalas|direspon|direspons|diproses|dibaca|status(?:nya)?|gimana|gmn|gmna|gmana|gimna|bgmn|bagaimana|kabarnya|update(?:nya)?|sampai mana|sampe mana|answered|any (?:news|update)|followed up)\b/i;
/** Unnamed, only words that fit nothing but a complaint ("terus kapan ditindaklanjuti?"): "gimana" alone may ask of a KTP. */
const COMPLAINT_FOLLOW_UP = /\b(?:ditindaklanjuti|ditindak lanjuti|ditanggapi|dibalas|direspon|direspons|followed up)\b/i;
/** How long a complaint's own follow-up words ask of it, unnamed: two weeks, past the answer a complaint is promised. */
const FOLLOW_UP_DAYS = 14;
/** Beyond this, a message tells something new (a complaint again), not a question about the last one. */
const MAX_FOLLOW_UP_WORDS = 12;

/**
 * "terus kapan ditindaklanjuti?" right after filing, or "pengaduan saya kemarin gimana?" later: the status of the chat's own
 * newest ticket. Both were "Maaf, saya belum paham" (session 43, `npm run simulate`); only the ticket number found it. Unnamed,
 * the question must follow the ticket within the conversation's context; named ("pengaduan saya"), it may come any day. With
 * no ticket from this chat, the reply says how an anonymous one is read.
 */
export const ownComplaintAsked: Step<Understood> = ({ app, session, turn }) => Promise.resolve(ownComplaintReply(app, session, turn));

function ownComplaintReply(app: Understood['app'], session: Understood['session'], turn: Understood['turn']): Reply[] | null {
  if (session.pending || turn.text.trim().split(/\s+/).length > MAX_FOLLOW_UP_WORDS || !FOLLOW_UP.test(turn.text)) return null;
  const named = OWN_COMPLAINT.test(turn.text);
  const latest = app.complaints.latestBy(turn.user);
  // Words that fit nothing but a complaint, of one still within its follow-up days: "yg kemarin soal calo itu, udah ditanggapi
  // blm" the next day started a new complaint (session 46, a field test).
  const recent = latest !== undefined && turn.now.getTime() - Date.parse(latest.createdAt) < FOLLOW_UP_DAYS * 86_400_000 && COMPLAINT_FOLLOW_UP.test(turn.text);
  if (latest && (named || recent)) return [{ kind: 'complaint_update', text: app.complaints.statusText(latest, turn.lang) }];
  if (!named) return null;
  const text = `${tr(turn.lang, 'Tidak ada pengaduan dari chat ini.', 'There is no complaint from this chat.')} ${anonymousHint(turn.lang)}`;
  return [{ kind: 'answer', text } satisfies Reply];
}

/**
 * A citizen writing back within a day of a complaint's answer ("uangnya dikembalikan lewat mana ya?", "makasih min, kapan uangnya
 * bisa saya ambil?"): relayed to the handlers on that ticket, and the citizen told so. Both were "Maaf, saya belum paham" or
 * "Sama-sama!" (session 44, `npm run simulate`). What the bot cannot place, or a question naming no service that is not one of
 * the chat's own errands; "syarat ktp apa" or "jam buka sampai jam berapa?" is answered as usual, and thanks alone is thanks.
 */
export const complaintReplied: Step<Understood> = async ({ app, session, turn, u }) => {
  if (session.pending) return null;
  const latest = app.complaints.latestBy(turn.user);
  if (!latest || !app.complaints.awaitsReply(latest, turn.now)) return null;
  const asksOfTheAnswer = REPLY_ASKS.test(turn.text) && u.service === null && !OWN_ERRANDS.has(u.intent);
  if (u.intent !== 'fallback' && !asksOfTheAnswer) return null;
  await app.complaints.reply(latest, turn.text);
  const text = tr(turn.lang, `Pesan Anda kami teruskan ke petugas pengaduan untuk ${latest.id}. Jawabannya akan dikirim ke chat ini.`, `Your message was passed to the complaint staff for ${latest.id}. Their answer will come to this chat.`);
  return [{ kind: 'complaint_update', text }];
};

/** A question mark or a question word: what a reply to an answer asks. */
const REPLY_ASKS = /\?|\b(?:kapan|kpn|dimana|di mana|dmn|lewat mana|kemana|ke mana|bagaimana|gimana|gmn|berapa|brp|apakah|siapa|kenapa|when|where|how|why|who)\b/i;
/** Errands of the chat's own, asked right after an answer too ("jam buka sampai jam berapa?"): answered, not relayed. */
const OWN_ERRANDS: ReadonlySet<IntentName> = new Set(['book', 'cancel', 'reschedule', 'my_booking', 'hours', 'list_services', 'greeting', 'help', 'human', 'subscribe', 'unsubscribe']);

/** How an anonymous ticket is read: told whenever a chat's own lookup finds nothing. */
function anonymousHint(lang: Lang): string {
  return tr(lang, 'Untuk pengaduan anonim, kirim nomor tiket beserta kata rahasianya, misalnya "ADU-0007 melati-kopi-47".', 'For an anonymous complaint, send the ticket with its secret word, e.g. "ADU-0007 melati-kopi-47".');
}
