/**
 * A greeting that only asks leave to ask (issue 11, session 35, dev sets 146, 163, 215 and 216): "pagi min, abis dari bank
 * BNI sebelah nih, mau nanya2 dikit boleh 🙏", "halo min 👋 nderek tanglet nggih" (Javanese krama: may I ask), "Assalamualaikum
 * pian, ulun handak batakun gasan mama ulun" (Banjar: I want to ask, for my mother), "Assalamualaikum bang, aye mau
 * nanya-nanya nih buat babe aye". The question comes in the next message; this one greets. Read whole, an aside or the
 * person asked for outweighed the greeting (fallback, requirements). Matched on the normal form, so slang and regional
 * words already read as Indonesian.
 */

const GREETING = String.raw`(?:assalamualaikum(?: warahmatullahi)?(?: wabarakatuh)?|halo+|hai|hi|hello|selamat (?:pagi|siang|sore|malam)|pagi|siang|sore|malam|permisi|punten|tabe|sugeng \w+|wilujeng \w+|shalom|salam)`;
const ADDRESSEE = String.raw`(?: (?:min|mimin|admin|kak|kakak|ka|pak|bu|bapak|ibu|mas|mbak|mba|bang|abang|mpok|kang|teh|daeng|pian|kamu|gan|sis|bro|om|tante|dik|nak|ces|lur|bot))*`;
/** A few words between the greeting and the asking ("abis dari bank BNI sebelah nih"): told, not asked (see below). */
const ASIDE = String.raw`(?: \S+){0,8}?`;
const ASKING = String.raw`(?: (?:saya|aku|kami))?(?: (?:mau|boleh|izin|ijin|ikut|numpang|ingin|nderek|bade))+ (?:tanya|bertanya|nanya|menanyakan)(?: tanya)?`;
/** Who the question is for: "buat babe saya", "gasan mama saya", "untuk ibu saya". */
const FOR_WHOM = String.raw`(?: (?:buat|untuk|gasan|kanggo) \S+(?: (?:saya|aku|kami))?)?`;
const PARTICLES = String.raw`(?: (?:sedikit|dong|nih|ya|iya|boleh|kah|deh|tidak|nggih|mah|atuh|ki|di|ji|sebentar|lagi|bisa|to|hehe|haha|wkwk))*`;

const ASKS_TO_ASK = new RegExp(`^${GREETING}${ADDRESSEE}${ASIDE}${ASKING}${PARTICLES}${FOR_WHOM}${PARTICLES}$`);
/**
 * Small talk after the greeting, asking nothing of ours (session 36, dev set 235: "assalamualaikum, lagi sibuk nggak nih? 😄",
 * "hello! hope you're having a nice morning over there"): whether one is busy or free, a good day wished. The English "hope"
 * comes normalised as "hop" ("halo hop you are have a nice morning").
 */
const SMALL_TALK = new RegExp(
  `^${GREETING}${ADDRESSEE}(?: (?:lagi|sedang|masih) (?:sibuk|senggang|luang|santai|online)(?: (?:tidak|atau tidak|belum))?| (?:hope|hop) you (?:are |were )?(?:have|having|doing|enjoy)\\b(?: \\S+){0,5})${PARTICLES}$`,
);
/**
 * How one is, or the time of day, after a greeting or alone (session 37, dev sets 21–159: "piye kabare min, sehat to? 😁",
 * "assalamualaikum, pian sehat?", "Halo ces, pagi ki", "hai bot, ketemu lagi nih hehe"): a greeting, asking nothing of ours.
 */
const HOW_ARE_YOU = new RegExp(
  `^(?:${GREETING}${ADDRESSEE} )?(?:(?:apa|bagaimana) kabar(?:nya)?${ADDRESSEE}(?: (?:kamu|semua))?(?: sehat)?|(?:kamu |semua )?sehat(?: (?:selalu|semua))?|ketemu lagi|pagi|siang|sore|malam)${ADDRESSEE}${PARTICLES}$`,
);

/** Words that make the aside a question after all ("halo min, kapan buka, mau tanya"): then it is read as always. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['apa', 'apakah', 'berapa', 'kapan', 'bagaimana', 'gimana', 'dimana', 'mana', 'kenapa', 'mengapa', 'siapa', 'kah', 'syarat', 'biaya', 'jam', 'buka', 'tutup']);

/**
 * True when the message (normalised) greets and only asks leave to ask, or makes small talk; `named` says it named a service,
 * day or time.
 */
export function asksToAsk(normalized: string, named: boolean): boolean {
  if (!named && (SMALL_TALK.test(normalized) || HOW_ARE_YOU.test(normalized))) return true;
  if (named || !ASKS_TO_ASK.test(normalized)) return false;
  const ask = normalized.search(/ (?:mau|boleh|izin|ijin|ikut|numpang|ingin|nderek|bade) /);
  return !normalized.slice(0, Math.max(0, ask)).split(' ').some((t) => QUESTION_WORDS.has(t));
}
