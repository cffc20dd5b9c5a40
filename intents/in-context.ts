/**
 * Words read by their neighbours (issue 11, sessions 5–7; split out of pipeline.ts): a raw token that means something
 * else beside a given word ("rb" after a day is Wednesday, "by" before an amount is biaya, "buka rekening" is making
 * one), and two-word shapes the per-token normaliser cannot see ("kayak apa", "ga jadi"). The Analyzer asks inContext
 * only for the few words in IN_CONTEXT (one set lookup per token: throughput).
 */
import { RAW_OBJECTS } from './booking-words.js';
import { WEEKDAYS } from './dates.js';
import { ENGLISH_WORDS } from './english.js';

/**
 * "sugeng enjing", "wilujeng enjing": morning after a greeting (Javanese krama), tomorrow elsewhere (Sundanese). Also after
 * "since" and "this" (session 27, dev set 134: "kula ingkang antri saking enjing", queueing since the morning, had asked
 * for tomorrow; Sundanese "tadi enjing", "ti enjing").
 */
const MORNING_BEFORE = new Set(['sugeng', 'wilujeng', 'selamat', 'slamat', 'met', 'saking', 'wiwit', 'kawit', 'tadi', 'ti']);
/** "jam kalih": krama "two" after a clock word (session 27, dev set 134: "jam kalih siang" lost its hour); "with" elsewhere. */
const CLOCK_WORDS = new Set(['jam', 'pukul', 'jm']);

/**
 * "by" is biaya in Indonesian chat ("brp by prpnjng sim", "by admin berapa"), English "by" elsewhere: biaya after a
 * word asking for an amount, or opening a message whose next word is no English one (dev sets 1 and 5, abbrev).
 */
const AMOUNT_BEFORE = new Set(['brp', 'berapa', 'brapa', 'ada', 'kena', 'ga', 'gak', 'gk', 'tidak', 'tdk']);
function isCostBy(raw: readonly string[], i: number): boolean {
  if (AMOUNT_BEFORE.has(raw[i - 1] ?? '')) return true;
  const next = raw[i + 1];
  return i === 0 && next !== undefined && !ENGLISH_WORDS.has(next);
}

/** Raw words after which an abbreviated day follows ("ke rb", "hr rb", "pd kms"). */
const BEFORE_A_DAY = new Set(['hari', 'hr', 'ke', 'k', 'pada', 'pd', 'jadi', 'jd', 'tiap', 'setiap']);
/** "jadiin", "jadikan": made into, before a day (see analyse). */
const MADE_INTO = new Set(['jadiin', 'jadikan', 'dijadiin', 'dijadikan', 'jadiken']);
const DAY_AHEAD = new RegExp(`^(\\d+|tgl|tanggal|hari|hr|besok|bsk|lusa|jam|${WEEKDAYS.join('|')})$`);
/** Things one opens by making them (see analyse): after these, "buka" is no opening hour. */
const OPENED_THINGS = new Set(['rekening', 'tabungan', 'akun', 'usaha', 'toko', 'lapak', 'bisnis', 'cabang', 'warung', 'kios']);

/**
 * "mn" is "mana" in "yg mn", "dmn"; after a greeting or thanks ("ass mn", "mksh bnyk mn", "pagi mn"; session 9, dev set 10)
 * it is "min", the admin addressed, as "kk" is the kakak addressed (entities.ts).
 */
const BEFORE_ADDRESS = new Set([
  'ass', 'assalamualaikum', 'askum', 'halo', 'hallo', 'hai', 'hi', 'p', 'pagi', 'siang', 'sore', 'malam', 'mksh', 'makasih', 'mkasih',
  'mksih', 'trims', 'thanks', 'thx', 'tq', 'terimakasih', 'kasih', 'bnyk', 'banyak', 'permisi', 'misi', 'punten',
  // the same vowel-dropped ("slmt pg mn", dev set 11)
  'pg', 'pgi', 'slmt', 'sng', 'mlm', 'hlo', 'trmksh', 'tks', 'mksi',
]);

/**
 * "bkn" is "bukan" in the slang table, but after a word asking about an errand it is "bikin" ("syrt bkn ktp", "cr bkn
 * npwp", "brp lm bkn pspr", "mw bkn sim"; session 9 probes): "syarat bukan ktp" says nothing.
 */
const ERRAND_ASKED = new Set(['syrt', 'syarat', 'cr', 'cara', 'by', 'biaya', 'lm', 'lama', 'mw', 'mau', 'mo', 'pengen', 'pgn', 'ingin', 'bs', 'bisa']);

/**
 * "taspen punya loket di mpp?", "bpn punya counter di sini": an agency that "has a desk" here is there, the question "ada X
 * di mpp" (session 10; "punya" is how the examples speak of one's own things, "saya punya kk", so the models read a place).
 * Only before a desk or office word, with "here" after it, and not after a pronoun ("saya punya kantor di sini").
 */
const BOOTHS = new Set(['loket', 'counter', 'konter', 'gerai', 'cabang', 'kantor', 'perwakilan', 'desk', 'booth', 'stand']);
const HERE_WORDS = new Set(['mpp', 'sini', 'disini', 'mal', 'mall']);
const PRONOUNS = new Set(['saya', 'sy', 'aku', 'ak', 'gue', 'gw', 'kami', 'kita', 'dia', 'kamu', 'anda']);
function hasABooth(raw: readonly string[], i: number): boolean {
  return BOOTHS.has(raw[i + 1] ?? '') && !PRONOUNS.has(raw[i - 1] ?? '') && raw.slice(i + 2).some((w) => HERE_WORDS.has(w));
}

/** Words read differently beside a neighbour: only these reach inContext. */
export const IN_CONTEXT = new Set(['cuma', 'cm', 'cuman', 'hanya', 'sekedar', 'sekadar', 'bkn', 'mn', 'enjing', 'rb', 'sr', 'by', 'mari', 'mall', 'buka', 'membuka', 'dalem', 'drop', 'stop', 'punya', 'nyuwun', 'pirsa', 'kula', 'kulo', 'nuwun', 'kalih', ...MADE_INTO]);

/** The word `t` (raw token `i`) as its neighbours make it read, or null when they change nothing. */
export function inContext(t: string, rawTokens: readonly string[], i: number): string | null {
  // "saya cuma mau nanya biaya paspor", "sekedar tanya": a softener before asking, not the "cuma" of a complaint ("cuma 1
  // petugas", "cuma disuruh nunggu"), which the models learnt it as (session 23: such a question was a complaint). Dropped.
  if (SOFTENERS.has(t) && softensAsking(rawTokens, i)) return '';
  if (t === 'mn' && BEFORE_ADDRESS.has(rawTokens[i - 1] ?? '')) return 'min';
  if (t === 'bkn' && ERRAND_ASKED.has(rawTokens[i - 1] ?? '')) return 'buat';
  if (t === 'enjing' && MORNING_BEFORE.has(rawTokens[i - 1] ?? '')) return 'pagi';
  if (t === 'kalih' && CLOCK_WORDS.has(rawTokens[i - 1] ?? '')) return 'dua';
  // "rb" is "ribu" after a number ("50 rb") but Wednesday after a day frame ("ganti ke rb", "hr rb").
  if (t === 'rb' && BEFORE_A_DAY.has(rawTokens[i - 1] ?? '')) return 'rabu';
  // "jm 2 sr": the afternoon after a clock hour (session 26, dev set 124: "ubh bkng jd jm 2 sr" kept an unknown word).
  if (t === 'sr' && /^\d{1,2}$/.test(rawTokens[i - 1] ?? '')) return 'sore';
  if (t === 'by' && isCostBy(rawTokens, i)) return 'biaya';
  if (t === 'punya' && hasABooth(rawTokens, i)) return 'ada';
  // Betawi "di mari", "ke mari": here (Chaer, Kamus Dialek Jakarta); elsewhere "mari" is "let us".
  if (t === 'mari' && (rawTokens[i - 1] === 'di' || rawTokens[i - 1] === 'ke')) return 'sini';
  // "mall pelayanan publik" is our own name misspelt; any other "mall" is a shopping mall (elsewhere.ts ELSEWHERE, session 7:
  // "what time does the mall open" was taken for our hours).
  if (t === 'mall' && rawTokens[i + 1] === 'pelayanan') return 'mal';
  // "mall pelayanannya libur kah?": the -nya of our own hall, said as "mpp": as "mal" it taught the models that a mall is ours
  // ("di mal ada starbucks ga?" became a question about our services; session 26).
  if (t === 'mall' && rawTokens[i + 1] === 'pelayanannya') return 'mpp';
  // "buka rekening", "buka usaha", "membuka toko": opening an account or a business is making one, not opening hours
  // (session 7 probes: "syarat buka rekening bank bri" was read as an hours question).
  if ((t === 'buka' || t === 'membuka') && OPENED_THINGS.has(rawTokens[i + 1] ?? '')) return 'buat';
  // "tolong jadiin tgl 28", "dijadikan hari jumat": a booking made into another day is moved (session 7: "booking kk saya
  // tolong jadiin tgl 30" was a cancel, the "jadi" of "ga jadi" in the cancel examples).
  if (MADE_INTO.has(t) && DAY_AHEAD.test(rawTokens[i + 1] ?? '')) return 'pindah';
  // "orang dalem" is an insider (Jakarta and general chat), not Javanese krama "dalem" (I) of regional.ts (session 7, dev set 6);
  // "di dalem", "ke dalem" are inside (session 15, dev set 51: "trus yang di dalem itu siapa?" read "yang di saya").
  if (t === 'dalem' && INSIDE_BEFORE.has(rawTokens[i - 1] ?? '')) return 'dalam';
  // Javanese krama "nyuwun pirsa" is "may I ask" (mau tanya), not "minta" + "tahu" word by word (regional.ts; session 15, dev
  // set 53: "Nyuwun pirsa, bot menika saged mbiyantu menapa kemawon?" read as a request for a person).
  if (t === 'nyuwun' && rawTokens[i + 1] === 'pirsa') return 'mau';
  if (t === 'pirsa' && rawTokens[i - 1] === 'nyuwun') return 'tanya';
  // "kula nuwun" / "kulo nuwun" is the greeting at a door (permisi), as "kulonuwun" written together is (regional.ts), not
  // "saya" + "terima kasih" (session 22, dev set 90: "kula nuwun, sugeng siang" was thanks).
  if ((t === 'kula' || t === 'kulo') && rawTokens[i + 1] === 'nuwun') return 'permisi';
  if (t === 'nuwun' && (rawTokens[i - 1] === 'kula' || rawTokens[i - 1] === 'kulo')) return 'permisi';
  // "drop aja antrian sy", "stop booking saya": English "drop" or "stop" before the booking it drops is a cancel
  // (session 7, dev set 6 and the test set); alone they are "drop berkas" (handing documents in) and "stop" (unsubscribe).
  if ((t === 'drop' || t === 'stop') && (RAW_OBJECTS.has(rawTokens[i + 1] ?? '') || RAW_OBJECTS.has(rawTokens[i + 2] ?? ''))) return 'cancel';
  return null;
}

/** "cuma", "hanya", "sekedar" (see inContext). */
const SOFTENERS: ReadonlySet<string> = new Set(['cuma', 'cm', 'cuman', 'hanya', 'sekedar', 'sekadar']);
const ASKING: ReadonlySet<string> = new Set(['nanya', 'tanya', 'bertanya', 'nanyain', 'menanyakan', 'nny', 'tny', 'konfirmasi', 'mastiin', 'memastikan', 'info', 'cek']);
const WANTING: ReadonlySet<string> = new Set(['mau', 'mo', 'mw', 'ingin', 'pengen', 'pgn', 'pingin']);
/**
 * Only where the message opens ("saya cuma mau nanya …", "halo min, sy cuma mau tanya …"): later, "padahal cuma mau tanya"
 * and "sa yang cuma mau tanya harus ambil nomor" weigh what the citizen was put through, a complaint's words.
 */
const OPENING: ReadonlySet<string> = new Set([
  'saya', 'sy', 'aku', 'ak', 'gue', 'gw', 'kami', 'aye', 'ulun', 'abdi', 'kak', 'ka', 'kk', 'min', 'mimin', 'pak', 'bu', 'mas', 'mba', 'mbak',
  'halo', 'hallo', 'hai', 'hi', 'permisi', 'misi', 'maaf', 'pagi', 'siang', 'sore', 'malam', 'selamat', 'assalamualaikum', 'punten',
]);
function softensAsking(raw: readonly string[], i: number): boolean {
  for (let j = 0; j < i; j++) if (!OPENING.has(raw[j] ?? '')) return false;
  const next = raw[i + 1] ?? '';
  return ASKING.has(next) || (WANTING.has(next) && ASKING.has(raw[i + 2] ?? ''));
}

/** Words before "dalem" that make it "dalam" (inside, insider): no one says "di saya" for "at me". */
const INSIDE_BEFORE: ReadonlySet<string> = new Set(['orang', 'di', 'ke', 'dari', 'masuk', 'bagian']);

/**
 * Question words of two words, which the per-token normaliser cannot see: "kayak apa" / Banjar "kaya apa"
 * (normalised to "kayak apa") is how, as "kayapa" is (regional.ts; Hapip 1977), not "like what"; Banjar "wayah
 * apa" (normalised to "saat apa") is when (Hapip: wayah, time; session 6, dev set 5 "kk hanyar wayah apa jadinya").
 */
// Javanese krama "kados pundi" (normalised to "seperti mana") is how (Poerwadarminta 1939: kados, as; pundi, which), not "like
// where" (session 22, dev set 90: "carane ngagem layanan chat menika kados pundi nggih?" was out of scope).
const TWO_WORD_QUESTIONS: ReadonlyMap<string, readonly [second: string, question: string]> = new Map([
  ['kayak', ['apa', 'bagaimana']],
  ['saat', ['apa', 'kapan']],
  ['seperti', ['mana', 'bagaimana']],
]);
export function joinHow(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => { const pair = TWO_WORD_QUESTIONS.get(t); return pair !== undefined && pair[0] === tokens[i + 1]; });
  return at < 0 ? tokens : [...tokens.slice(0, at), TWO_WORD_QUESTIONS.get(tokens[at] ?? '')?.[1] ?? '', ...joinHow(tokens.slice(at + 2))];
}

/**
 * "ga jadi" / "tidak jadi" (called off) is "batal": as two words its "jadi" also is the "jadiin" of a reschedule ("jadwal sy
 * tolong jadiin tgl 28", read as a cancel until session 7, dev set 6) and the "jadi" of a document being ready. One word for
 * the one meaning keeps "jadi" for the others. In place: the array is the analyser's own.
 */
export function calledOff(tokens: string[]): string[] {
  for (let i = tokens.indexOf('jadi', 1); i > 0; i = tokens.indexOf('jadi', i + 1)) {
    // "ga jadi jadi": still not ready, the "jadi2" of slang.ts written apart (session 26, dev set 87).
    if (tokens[i - 1] === 'tidak' && tokens[i + 1] === 'jadi') tokens.splice(i - 1, 3, 'tidak', 'selesai');
    else if (tokens[i - 1] === 'tidak') tokens.splice(i - 1, 2, 'batal');
  }
  return tokens;
}
