/**
 * Trouble told, then a plain question about a service (issue 11, session 27, dev sets 131, 132 and 136): "udah 2x ditolak
 * gara2 berkas kurang, sebenernya syarat bikin akta kematian apa aja sih?", "capek dipingpong di loket, saya cuma mau tau
 * SKCK itu sebenernya jadi berapa lama kalau berkasnya lengkap?", "males banget dikerjain calo lagi, berapa sih biaya resmi
 * bikin paspor 48 halaman?". The words of the trouble ("capek", "dipingpong", "calo") make the whole a complaint, but the
 * citizen asks one thing the bot can answer, and writers who never saw our examples label the question: of the 21 dev
 * messages of this shape with a word of judging (dev sets 1–142), 18 are the question, one a complaint, two out of scope. index.ts reads the question alone when the whole was read as a complaint.
 *
 * The question must stand on its own: the last clause (after a stop, a face, a line break or a comma), naming a kind of
 * information by its question word (question-frame.ts), judging nothing itself, and not rhetorical. A question that
 * points back at the wrong ("Apakah memang ada biaya seperti itu?") or asks why ("kenapa syaratnya beda terus?", "apa harus
 * nyogok dulu?", "sampai kapan …?") is the complaint's own, and the complaint stands. So is a fee asked after a sum was
 * told ("diminta 200 ribu, berapa sih biaya resminya?"): the citizen checks the story's fee.
 */

import { wordCount } from './question-then-told.js';

/** Most words the question may have: a longer one is a letter, read by its sentences (asked-sentence.ts). */
const MAX_QUESTION_WORDS = 20;
/** Fewest words the told part needs to be a story and not a word of address. */
const MIN_TOLD_WORDS = 3;

/**
 * A purpose after the question, "biar ga bolak balik lagi" (so as not to come twice): its words judge the past trip, not
 * the question. Dropped before the question is read.
 */
const NOT_AGAIN = /\s*,?\s*\b(?:biar|supaya|agar) (?:ga|gak|nggak|enggak|ngga|tidak|tdk|gk|ndak|nda|tak)\b.*$/iu;

/** Words that make a question rhetorical or make it point back at the story (raw text, any case). */
const RHETORICAL =
  /\b(?:kenapa|knp|napa|ngapain|kok|masa|masak|mosok|harus(?:kah)? (?:nyogok|bayar lebih|kenal)|sampai kapan|sampe kapan|ampe kapan|smp kapan|why|what's the point|seperti itu|kayak gitu|kayak gini|gitu|begitu|tadi|itu benar|itu bener|emang boleh|memang boleh|boleh gitu|maunya apa|harus ke ?mana)\b/iu;

/** A question word (raw text): the question part must ask. */
const ASKS = /\?|\b(?:apa|apakah|apa aja|apa saja|berapa|brp|brapa|gimana|gmn|bagaimana|kapan|kpn|how|what|which|when)\b/iu;

/** The trouble told and the question after it, or null when the message has no such shape. */
export function troubleThenAsked(text: string): { readonly told: string; readonly question: string } | null {
  const trimmed = text.trim();
  const body = trimmed.replace(/[?!\s\p{Extended_Pictographic}\u{FE0F}]+$/u, '');
  if (body.includes('?')) return null;
  // The last break: a stop, a "!", a line break, a face (emoji) or a comma, with the space after it.
  const breaks = [...body.matchAll(/(?:[.!,;\n]|\p{Extended_Pictographic}(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])*)\s+/gu)];
  for (let k = breaks.length - 1; k >= 0; k--) {
    const at = breaks[k];
    if (at === undefined) break;
    const told = body.slice(0, at.index).trim();
    const question = trimmed.slice(at.index + at[0].length).replace(NOT_AGAIN, '').trim();
    if (wordCount(told) < MIN_TOLD_WORDS) return null;
    // "…, saya cuma mau tau SKCK itu … berapa lama kalau berkasnya lengkap?": the clause that asks may hold a comma of its own.
    if (!ASKS.test(question)) continue;
    const words = wordCount(question);
    if (words < 3 || words > MAX_QUESTION_WORDS || RHETORICAL.test(question)) return null;
    return { told, question };
  }
  return null;
}

/**
 * The other order (session 36, dev sets 232 and 236: "akta kematian bapak saya jadinya berapa lama ya... sudah capek ngurus ini
 * itu", "Bang, ngurus npwp di mari bayar kagak sih? ntar aye dipalakin lagi 😒"): the question first, ended by its mark or an
 * ellipsis, then a short sigh. The question and the sigh, or null.
 */
const QUESTION_END = /^(.+?(?:\?+|\.{3,}|…))\s*(\S[\s\S]*)$/u;
/** A sigh, not a second story: a few words. */
const MAX_SIGH_WORDS = 8;
export function askedThenSighed(text: string): { readonly question: string; readonly told: string } | null {
  const m = QUESTION_END.exec(text.trim());
  const question = m?.[1]?.trim() ?? '';
  const told = m?.[2]?.trim() ?? '';
  if (told === '' || told.includes('?') || !ASKS.test(question)) return null;
  const asked = wordCount(question);
  const sighed = wordCount(told);
  return asked >= 3 && asked <= MAX_QUESTION_WORDS && sighed >= 2 && sighed <= MAX_SIGH_WORDS ? { question, told } : null;
}

/** A sum of money told ("200 ribu", "150rb", "1,5 juta", "Rp 50.000"): a fee asked after it checks the story. */
const SUM = /\b(?:rp\.? ?\d|\d+(?:[.,]\d+)? ?(?:rb|ribu|k|jt|juta|rebu|ewu)\b)/iu;

/** The story names a sum of money. */
export function toldASum(told: string): boolean {
  return SUM.test(told);
}

/**
 * A booking asked for, moved or called off, and the trouble that made the citizen ask (session 27, dev sets 131 and 132):
 * "Tolong daftarkan saya antrian Samsat hari Senin pukul 10.00, lewat web selalu gagal.", "Jadwal antrian saya tolong
 * dimundurkan ke minggu depan, di webnya gak ada menu ubah jadwal", "Gak usah deh, hapus jadwal KK saya. Percuma dateng
 * lagi kalo servernya masih down". The site down or the wasted trip made the whole a complaint; the act asked is what the
 * bot can do. The clauses that ask for an act: a word of asking (tolong, mohon, minta, bisa) or an act's imperative, and
 * a booking word. Not an act told as what happened ("jadwal saya diundur sepihak") nor one an officer said (in quotes).
 */
// Not a "bisa" denied or told: "web antrian online nya ga bisa dibuka", "disuruh daftar online dulu baru bisa antri" tell the
// trouble.
const ASKS_ACT = /\b(?:tolong|tlg|mohon|minta|please|pls)\b|(?<!\b(?:ga|gak|nggak|ngga|enggak|tidak|tdk|gk|ndak|nda|tak|belum|blm|baru|sudah|udah|udh) )\b(?:bisa|bs|bisakah)\b|^(?:hapus|hapuskan|batalkan|batalin|cancel|daftarkan|daftarin|bookingkan|bookingin|pesankan|pesenin|ambilkan|ambilin|pindahkan|pindahin|undurkan|mundurkan|majukan|geser|ganti)\b/iu;
const BOOKING_WORD = /\b(?:antri|antre|antrian|antrean|booking|jadwal|slot|reservasi|appointment)\w*/iu;

/** The clauses of `text` that ask for an act on a booking (see above), in order. */
export function actsAsked(text: string): string[] {
  const clauses = text.split(/[.!?,;\n]+/u).map((c) => c.trim()).filter((c) => wordCount(c) >= 2);
  return clauses.filter((c) => !/["'‘’“”]/u.test(c) && ASKS_ACT.test(c) && BOOKING_WORD.test(c));
}
