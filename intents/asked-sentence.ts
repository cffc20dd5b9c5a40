/**
 * The sentence that asks decides a letter (session 10, long-polite and english on dev sets 8–13). An older citizen's
 * letter wraps one question in a greeting, a story and thanks: "Selamat pagi Bapak/Ibu … Saya akan datang bersama ibu
 * saya yang memakai kursi roda … Di lantai berapa loketnya? Terima kasih …". Read as one bag, or sentence by sentence
 * with the story's sentences voting, the story wins (a wheelchair read as list_services, a birth as a complaint, a
 * changed schedule as reschedule). The question word of the asking sentence (question-frame.ts: "di lantai berapa",
 * "dokumen apa", "berapa hari", "langkah-langkah", English "what do i need") says what is asked, as it does in a short
 * message (decide.ts), but read in that sentence alone, so the story's words cannot add a frame of their own.
 *
 * Only the sentences that ask (long-message.ts: a "?", a question word, or "saya ingin menanyakan"), only when they agree
 * on one kind of information, and not when the asking sentence itself judges ("kenapa petugasnya kasar, di mana saya
 * bisa melapor?" is a complaint): a complaint with a question is a complaint. Nor over a complaint whose story judges
 * ("… saya dimintai uang seratus ribu oleh seseorang … Apakah memang ada biaya seperti itu? Saya merasa dirugikan."): the
 * question there is the wrong's, not a fee asked about. A story that only tells a misfortune ("KTP saya rusak terkena air",
 * "akta kelahirannya sudah jadi") judges nobody, and the letter asks.
 */
import { RAW_OBJECTS } from './booking-words.js';
import { type Decision, decision, promoted } from './decision.js';
import { withGrievances } from './grievance.js';
import type { Letter } from './long-message.js';
import type { Analysis } from './pipeline.js';
import { frameWords, questionFrame } from './question-frame.js';
import { rhetoricalWhere } from './rhetorical.js';
import type { SentenceAnalyser } from './sentence-reader.js';

/**
 * What the question word does not override: out of scope (another domain's "di mana", "how do i": notOurs has not run
 * yet, and a shop's hours stay a shop's), one's own booking ("saya tidak tahu nomor antrian saya untuk jam berapa":
 * my_booking) and the announcements ("jadwal buka-tutupnya diumumkan di mana? saya mau langganan": subscribe). The question
 * word there asks about the act, not a service.
 */
const KEPT: ReadonlySet<string> = new Set(['fallback', 'my_booking', 'subscribe', 'unsubscribe']);

/**
 * A booking, a move or a cancel of a booking the letter names: its question is about the act ("Saya ingin memindahkan jadwal
 * antrian saya … Jam berapa saja slot yang masih kosong?" moves the booking, "Saya ingin memesan antrian … Jam berapa saja slot
 * yang masih tersedia?" books; probes written for this), unless it asks the requirements or the cost, which a booking letter
 * asks beside it (letter-acts.ts bookingLetter reads it so too). A reschedule read without a booking named is the story's
 * ("KTP pengganti tersebut dapat saya ambil": the replacement, dev set 11), and the question decides. The words are
 * booking-words.ts's core and spellings, on the whole letter's normal form, and "appointment".
 */
const ACTS_ON_BOOKING: ReadonlySet<string> = new Set(['book', 'reschedule', 'cancel']);
const BESIDE_BOOKING: ReadonlySet<string> = new Set(['requirements', 'cost']);
const NAMES_BOOKING = new RegExp(String.raw`\b(?:${[...RAW_OBJECTS, 'appointment'].join('|')})\b`);

/**
 * Asking where or how to report is the complaint's question ("Where can I report this?", "ke mana saya bisa mengadu"), and
 * where or when to talk to someone the call for a person's ("di mana saya bisa berbicara langsung dengan petugas?"): the
 * question word asks about the act. A letter read as human is otherwise the story's address ("Mohon kiranya Bapak atau Ibu
 * berkenan memberikan petunjuk alamat lengkap", dev set 4), so human is not kept whole. So is a question about the bot
 * itself ("how do I use this thing? is there a menu": help): a letter read as help is otherwise its "mohon bantuannya" or
 * "I'd like to ask" ("Does this mall have an immigration office? I'd like to ask about my stay permit").
 */
const ACTS_OR_BOT = /\b(?:lapor|melapor|laporkan|melaporkan|report|complain|mengadu|adu|pengaduan|keluhan|komplain|bicara|berbicara|ngomong|bertemu|ketemu|dihubungkan|disambungkan|talk|speak|bot|chatbot|menu|command|commands|perintah|fitur)\b|\b(?:use|using|pakai|pake|menggunakan) (?:this|ini)\b/;

/**
 * A sentence of courtesy: thanks, a closing greeting, a blessing. It tells no story, so its words judge nobody
 * ("Terima kasih sebelumnya atas penjelasan Bapak/Ibu" counted one).
 */
const COURTESY = /^\W*(?:terima ?kasih|makasih|thank|thanks|salam|wassalam|semoga)\b/;

/**
 * A request to be told, said as a statement (session 10, long-polite on dev sets 4, 9, 12): "Mohon diberitahukan alamat
 * lengkapnya", "Mohon penjelasan mengenai berkas-berkas yang wajib disiapkan", "Mohon kiranya Bapak atau Ibu berkenan
 * memberikan petunjuk alamat lengkap serta rute …". A verb or noun of telling after "mohon/tolong", then the thing to be
 * told: "Mohon informasinya." and "Mohon petunjuknya." end there and are formulas. Only read here, for what the request
 * names: counted as a question in the sentences' vote, "mohon" formulas lost booking and complaint letters (session 8).
 */
const TELL_ME = /\b(?:mohon|tolong|harap)\b.{0,50}?\b(?:diberitahukan|diberitahu|beritahukan|beritahu|dijelaskan|jelaskan|penjelasan|diinformasikan|informasikan|informasi|keterangan|petunjuk|arahan)\b\s+\w/;

function asksToBeTold(sentence: string): boolean {
  return TELL_ME.test(sentence.toLowerCase());
}

/**
 * What a request to be told names, where no question word says it (normalised text): "alamat" and "rute" ask the way here
 * (question-frame.ts leaves "alamat" out: "ganti alamat di ktp" is an errand, but one asks to be told an address, not to
 * change it), "berkas" the papers to bring. The question words of question-frame.ts are read first.
 */
const TOLD: readonly (readonly [Decision['intent'], RegExp])[] = [
  ['location', /\b(?:alamat|rute|arah|denah)\b/],
  ['requirements', /\b(?:berkas|dokumen|kelengkapan)\b/],
  ['procedure', /\b(?:urutan|tata cara|mekanisme)\b/],
  ['cost', /\b(?:biaya|tarif)\b/],
];

function toldAbout(normalized: string): Decision['intent'] | null {
  const found = TOLD.filter(([, pattern]) => pattern.test(normalized));
  return found.length === 1 ? (found[0]?.[0] ?? null) : null;
}

/**
 * The kind of information a long letter's asking sentences ask for, over what the rest of the letter was read as; null
 * when no asking sentence has a question word of one kind, when they ask for two kinds, or when the asker judges.
 * `normalized` is the whole letter's normal form.
 */
export function askedInSentence(analyzer: SentenceAnalyser, judging: ReadonlySet<string>, letter: Letter, now: Date, read: Decision, normalized: string): Decision | null {
  if (KEPT.has(read.intent)) return null;
  const parts = letter.sentences;
  if (parts.length < 2) return null;
  let asked: Decision['intent'] | null = null;
  for (const s of parts) {
    const told = !s.question && asksToBeTold(s.text);
    if (!s.question && !told) {
      if (read.intent === 'complaint' && !COURTESY.test(s.text.toLowerCase()) && withGrievances(analyzer.analyse(s.text, now)).feeling) return null;
      continue;
    }
    const a = analyzer.analyse(s.text, now);
    const framed = questionFrame(a.normalized) ?? (told ? toldAbout(a.normalized) : null);
    if (framed === null) continue;
    // "Orangnya ke mana?" asks where our people went, not the way (rhetorical.ts): the asker judges.
    if (judges(a, judging, frameWords(a.normalized, framed)) || rhetoricalWhere(a.normalized) > 0 || ACTS_OR_BOT.test(a.normalized) || (asked !== null && asked !== framed)) return null;
    asked = framed;
  }
  if (asked === null || asked === read.intent) return null;
  if (ACTS_ON_BOOKING.has(read.intent) && !BESIDE_BOOKING.has(asked) && NAMES_BOOKING.test(normalized)) return null;
  return decision(asked, Math.min(read.confidence, 0.49), promoted(read.alternatives, asked));
}

/**
 * The asking sentence judges with a word that is not its question word: "langkah" (the steps) is also the stem of
 * "dilangkahi" (passed over in the queue, feelings.ts), so "Bagaimana langkah-langkah untuk menambahkan nama anak ke KK?"
 * judged. `judging` holds the stems of the words of judging (the analyzer's); `asks` the sentence's question words.
 */
function judges(a: Analysis, judging: ReadonlySet<string>, asks: string): boolean {
  if (!a.feeling) return false;
  const own = new Set(asks.split(' '));
  return a.features.some((f, i) => judging.has(f) && !own.has(f) && !(f === 'lambat' && LATE_WITH.has(a.features[i + 1] ?? '')));
}

/**
 * Late with one's own errand is no judging ("denda karena terlambat mengurus akta kelahiran", "akta yang terlambat
 * dilaporkan"): the citizen was late, as pipeline.ts already reads "saya telat". Stems of the errand's verbs.
 */
const LATE_WITH: ReadonlySet<string> = new Set(['urus', 'lapor', 'bayar', 'daftar', 'panjang']);
