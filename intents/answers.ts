/**
 * Short answers to a question the bot asked: yes/no, a menu number, a booking code. Also a rough
 * language guess. All of these look at the whole message, never at a word inside a longer request.
 */
import { FILLERS } from './slang.js';

/** `LY-` plus five letters or digits; spaces around the dash are forgiven ("ly - 7kq2m"). */
const BOOKING_CODE = /\bly\s*-\s*([a-z0-9]{5})\b/i;

const YES = new Set(['ya', 'yaa', 'iya', 'yes', 'yess', 'y', 'oke', 'betul', 'benar', 'jadi', 'boleh', 'setuju', 'lanjut', 'mau',
  'tentu', 'pasti', 'sure', 'yep', 'yeah', 'correct', 'right', 'confirm', 'gas', 'sudah', 'yakin']);
const NO = new Set(['tidak', 'no', 'nope', 'batal', 'jangan', 'bukan', 'usah', 'never', 'not', 'cancel']);
// Words that may surround a yes/no without making it a request ("iya saja", "tidak usah dulu").
const GLUE = new Set(['saja', 'dulu', 'deh', 'kok', 'kak', 'min', 'dong', 'sih', 'nih', 'terus', 'kakak', 'please', 'pls', 'it', 'is',
  'that', 'sekali', 'ini', 'itu', 'bener', 'yang', 'lah']);
const OPTION_WORDS = new Set(['nomor', 'no', 'pilih', 'opsi', 'option', 'yang', 'pilihan', 'number', 'angka', 'ke']);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, one: 1, two: 2, three: 3, four: 4, five: 5,
};

/**
 * The code with a space for its dash ("cek booking LY WVGFD", session 45, a field test: "belum paham"): five of the code's own
 * characters (no 0, 1, I, L, O), in the card's capitals or with a digit among them, so a word after "ly" is not read as one
 * ("kode booking saya LY tujuh delapan dua", dev set 110, spells its digits).
 */
const SPACED_CODE = /\b(?:LY|ly)\s+([2-9A-HJKMNP-Za-hjkmnp-z]{5})\b/;

export function findBookingCode(raw: string): { code: string; index: number; length: number } | null {
  let match = BOOKING_CODE.exec(raw);
  if (match === null) {
    const spaced = SPACED_CODE.exec(raw);
    const code = spaced?.[1] ?? '';
    if (/\d/.test(code) || code === code.toUpperCase()) match = spaced;
  }
  if (match?.[1] === undefined) return null;
  return { code: `LY-${match[1].toUpperCase()}`, index: match.index, length: match[0].length };
}

/** "iya kak", "oke siap", "ga jadi", "tidak usah": the whole message is an answer. */
export function findYesNo(tokens: readonly string[]): 'yes' | 'no' | null {
  let yes = false;
  let no = false;
  for (const t of tokens) {
    if (NO.has(t)) no = true;
    else if (YES.has(t)) yes = true;
    else if (!GLUE.has(t) && !FILLERS.has(t)) return null;
  }
  return no ? 'no' : yes ? 'yes' : null;
}

/** "2", "no 2", "pilih dua", "yang kedua": a pick from a numbered list (1–999). */
export function findNumber(tokens: readonly string[]): number | null {
  // The one word left once option words, fillers and glue are set aside; a second one ends the search (throughput,
  // session 11: a filtered copy of every message's tokens was made to find that most have several).
  let word: string | null = null;
  for (const t of tokens) {
    if (OPTION_WORDS.has(t) || FILLERS.has(t) || GLUE.has(t)) continue;
    if (word !== null) return null;
    word = t;
  }
  if (word === null) return null;
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

const EN = new Set(['the', 'a', 'an', 'is', 'are', 'am', 'i', 'you', 'your', 'my', 'me', 'we', 'to', 'for', 'of', 'what', 'how',
  'where', 'when', 'which', 'who', 'can', 'could', 'do', 'does', 'did', 'please', 'thanks', 'thank', 'hello', 'hi', 'want', 'need',
  'would', 'like', 'get', 'much', 'many', 'long', 'there', 'this', 'that', 'it', 'and', 'or', 'with', 'on', 'at', 'in', 'from',
  'about', 'have', 'has', 'be', 'will', 'open', 'today', 'tomorrow', 'next', 'not', 'any', 'new', 'cancel', 'book', 'appointment',
  'help', 'services', 'yes', 'stop', 'talk', 'speak', 'human', 'hours', 'cost', 'time', 'change', 'good', 'morning', 'afternoon',
  'evening', 'bye', 'should', 'does', 'there', 'whats', 'im', 'dont',
  // Words of moving a booking: "postpone instead", "different day please" name no other marker word, and read as a move
  // (not as fallback, which keeps the citizen's language) they would switch the reply to Indonesian (session 11).
  'postpone', 'instead', 'move', 'different', 'another', 'day', 'date', 'later', 'earlier']);
const ID = new Set(['saya', 'mau', 'apa', 'yang', 'bisa', 'berapa', 'bagaimana', 'gimana', 'dimana', 'kapan', 'untuk', 'tidak', 'ada',
  'di', 'ke', 'dari', 'dengan', 'ini', 'itu', 'ya', 'iya', 'terima', 'kasih', 'makasih', 'buat', 'bikin', 'syarat', 'biaya', 'jam',
  'hari', 'besok', 'cara', 'tolong', 'sudah', 'belum', 'kalau', 'aja', 'saja', 'dan', 'atau', 'lagi', 'kak', 'min', 'halo', 'selamat',
  'pagi', 'siang', 'sore', 'malam', 'sy', 'yg', 'utk', 'gmn', 'brp', 'ga', 'gak', 'nggak', 'mohon', 'dong', 'kok', 'apakah', 'buka',
  'berhenti', 'jangan', 'batal', 'antrian', 'antrean', 'lama', 'harga', 'alamat', 'lokasi', 'petugas', 'bantuan', 'layanan',
  // "kantor imigrasi kelas i tpi ambon alamatnya": "i" is English, the rest no marker word (session 18).
  'kantor', 'alamatnya', 'lokasinya', 'jamnya']);

/** English when it has more English than Indonesian marker words; Indonesian otherwise. */
export function guessLang(rawTokens: readonly string[]): 'id' | 'en' {
  let en = 0;
  let id = 0;
  for (const t of rawTokens) {
    if (EN.has(t)) en++;
    else if (ID.has(t)) id++;
  }
  return en > id ? 'en' : 'id';
}
