/**
 * One message → normalised tokens, entities and classifier features. Training examples go through the
 * very same path, so a placeholder in an example and an entity in a message end up as the same feature.
 */
import type { Understanding } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { AbbreviationIndex } from './abbreviations.js';
import { findBookingCode, findNumber, findYesNo, guessLang } from './answers.js';
import { DATE_WORDS, replaceDateTokens } from './date-tokens.js';
import { extractDateTime, WEEKDAYS, zoneOffsetMinutes } from './dates.js';
import { AGENCY_NAMES } from './elsewhere.js';
import { ENGLISH_GLOSS, ENGLISH_WORDS } from './english.js';
import { Gazetteer } from './entities.js';
import { FEELING_WORDS } from './feelings.js';
import { FUNCTION_WORDS } from './function-words.js';
import { type Closure, findHoliday, HOLIDAY_WORDS } from './holidays.js';
import { ourName } from './mpp-name.js';
import { rootWords, StemmerId } from './natural.js';
import { dropFillers, type Lexicon, MAX_INPUT_CHARS, normalizeToken, splitTokens } from './normalize.js';
import { AGENCY_WORDS, DOMAIN_WORDS, GENERIC_WORDS } from './service-aliases.js';
import { FILLERS, SLANG } from './slang.js';
import { TypoCorrector } from './typos.js';

/** Everything the engine gets except the decision (intent, confidence, alternatives), plus what the models read. */
export interface Analysis extends Omit<Understanding, 'intent' | 'confidence' | 'alternatives' | 'unknownPlace' | 'unknownAgency'> {
  /** Stems and placeholders (`#layanan`, `#tanggal`, `#jam`, `#kode`, `#angka`) the models read. */
  readonly features: readonly string[];
  /** The message names entities and nothing else ("sim", "kalau yg akta?", "ktp hilang", "besok bisa?"). */
  readonly entityOnly: boolean;
  /** A word of judging the service ("galak", "dioper", "pungli", feelings.ts): a complaint may then hold more unknown words. */
  readonly feeling: boolean;
  /** Distinct words of judging: two of them ("capek hati", "lama … miris") are a complaint whatever the story says. */
  readonly feelings: number;
  /** A coming holiday was named as the date ("natal", "hari buruh"), not as a wish or one just past (holidays.ts). */
  readonly holiday: boolean;
  /** Content words (fillers dropped, services out) with the stem each contributes: names an unknown feature came from. */
  readonly words: readonly (readonly [word: string, stem: string])[];
  /** The message as written (cut to MAX_INPUT_CHARS): capitals mark names (foreign-object.ts programmeName). */
  readonly raw: string;
}

/** A long message keeps its request and loses its formulas once at least this many features remain. */
const LONG_MESSAGE = 10;
/**
 * Greeting, thanks and apology formulas of a formal letter (stems). Around a long question they dilute it
 * towards `greeting` / `thanks` (issue 11, long polite sentences); a short "terima kasih" keeps them.
 */
const POLITENESS = new Set([
  'assalamualaikum', 'warahmatullahi', 'wabarakatuh', 'selamat', 'pagi', 'siang', 'sore', 'malam', 'salam', 'sejahtera', 'hormat',
  'kenal', 'maaf', 'mohon', 'ganggu', 'terima', 'kasih', 'banyak', 'atas', 'perhati', 'bantu', 'jawab', 'sebelum', 'semoga', 'sehat',
  'kenan', 'kira', 'permisi', 'bapak', 'ibu', 'seorang', 'tanya', 'nanya', 'ingin', 'mau', 'ucap', 'yth', 'kepada', 'demikian',
  'wassalamualaikum', 'wassalam', 'izin', 'hendak', 'perihal', 'kait',
]);

function dropPoliteness(features: string[]): void {
  const kept = features.filter((f) => !POLITENESS.has(f));
  if (kept.length >= 3) features.splice(0, features.length, ...kept);
}

/** "sugeng enjing", "wilujeng enjing": morning after a greeting (Javanese krama), tomorrow elsewhere (Sundanese). */
const GREETING_WORDS = new Set(['sugeng', 'wilujeng', 'selamat', 'slamat', 'met']);

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

const CACHE_LIMIT = 50_000;
const YEAR_WORDS = new Set(['depan', 'ini', 'besok', 'nanti']);
/** Raw words after which an abbreviated day follows ("ke rb", "hr rb", "pd kms"). */
const BEFORE_A_DAY = new Set(['hari', 'hr', 'ke', 'k', 'pada', 'pd', 'jadi', 'jd', 'tiap', 'setiap']);

/** Verbs of replacing a document ("ganti ktp", "ganti sim"): before a service, no reschedule (see analyse). */
const REPLACE = new Set(['ganti', 'mengganti', 'gantiin', 'tukar']);
/** "jadiin", "jadikan": made into, before a day (see analyse). */
const MADE_INTO = new Set(['jadiin', 'jadikan', 'dijadiin', 'dijadikan', 'jadiken']);
const DAY_AHEAD = new RegExp(`^(\\d+|tgl|tanggal|hari|hr|besok|bsk|lusa|jam|${WEEKDAYS.join('|')})$`);
/** Words before "telat" that make the citizen the one who is late (see #judged). */
const SELF = new Set(['saya', 'kami', 'kalau', 'jika', 'bila', 'misal', 'kalo', 'i']);
const NOT_JUDGED = { feeling: false, feelings: 0 } as const;
/** Things one opens by making them (see analyse): after these, "buka" is no opening hour. */
const OPENED_THINGS = new Set(['rekening', 'tabungan', 'akun', 'usaha', 'toko', 'lapak', 'bisnis', 'cabang', 'warung', 'kios']);
/** Raw words naming a booking, after a verb that acts on it. */
const BOOKING_OBJECTS = new Set(['antrian', 'antrean', 'antri', 'antre', 'booking', 'bookingan', 'jadwal', 'reservasi', 'slot']);

/** Words read differently beside a neighbour: only these reach inContext. */
const IN_CONTEXT = new Set(['enjing', 'rb', 'by', 'mari', 'mall', 'buka', 'membuka', 'dalem', 'drop', 'stop', ...MADE_INTO]);

/** The word `t` (raw token `i`) as its neighbours make it read, or null when they change nothing. */
function inContext(t: string, rawTokens: readonly string[], i: number): string | null {
  if (t === 'enjing' && GREETING_WORDS.has(rawTokens[i - 1] ?? '')) return 'pagi';
  // "rb" is "ribu" after a number ("50 rb") but Wednesday after a day frame ("ganti ke rb", "hr rb").
  if (t === 'rb' && BEFORE_A_DAY.has(rawTokens[i - 1] ?? '')) return 'rabu';
  if (t === 'by' && isCostBy(rawTokens, i)) return 'biaya';
  // Betawi "di mari", "ke mari": here (Chaer, Kamus Dialek Jakarta); elsewhere "mari" is "let us".
  if (t === 'mari' && (rawTokens[i - 1] === 'di' || rawTokens[i - 1] === 'ke')) return 'sini';
  // "mall pelayanan publik" is our own name misspelt; any other "mall" is a shopping mall (elsewhere.ts ELSEWHERE, session 7:
  // "what time does the mall open" was taken for our hours).
  if (t === 'mall' && rawTokens[i + 1] === 'pelayanan') return 'mal';
  // "buka rekening", "buka usaha", "membuka toko": opening an account or a business is making one, not opening hours
  // (session 7 probes: "syarat buka rekening bank bri" was read as an hours question).
  if ((t === 'buka' || t === 'membuka') && OPENED_THINGS.has(rawTokens[i + 1] ?? '')) return 'buat';
  // "tolong jadiin tgl 28", "dijadikan hari jumat": a booking made into another day is moved (session 7: "booking kk saya
  // tolong jadiin tgl 30" was a cancel, the "jadi" of "ga jadi" in the cancel examples).
  if (MADE_INTO.has(t) && DAY_AHEAD.test(rawTokens[i + 1] ?? '')) return 'pindah';
  // "orang dalem" is an insider (Jakarta and general chat), not Javanese krama "dalem" (I) of regional.ts (session 7, dev set 6).
  if (t === 'dalem' && rawTokens[i - 1] === 'orang') return 'dalam';
  // "drop aja antrian sy", "stop booking saya": English "drop" or "stop" before the booking it drops is a cancel
  // (session 7, dev set 6 and the test set); alone they are "drop berkas" (handing documents in) and "stop" (unsubscribe).
  if ((t === 'drop' || t === 'stop') && (BOOKING_OBJECTS.has(rawTokens[i + 1] ?? '') || BOOKING_OBJECTS.has(rawTokens[i + 2] ?? ''))) return 'cancel';
  return null;
}

/** Words a place's proper name follows ("mpp sleman", "kota parepare", "kabupaten bantul", "kecamatan cibeber"). */
const NAME_AFTER: ReadonlySet<string> = new Set(['mpp', 'kota', 'kabupaten', 'kab', 'kecamatan', 'kec', 'kelurahan', 'desa']);

/** Day words that, right beside a holiday's name, point at the holiday rather than at a day of their own. */
const DAY_WORDS: ReadonlySet<string> = new Set(['besok', 'lusa', 'tomorrow', ...WEEKDAYS]);

/** A day word within two tokens before or after the holiday's name. */
function dayWordBeside(content: readonly string[], holiday: { readonly start: number; readonly end: number }): boolean {
  for (const i of [holiday.start - 2, holiday.start - 1, holiday.end, holiday.end + 1]) if (DAY_WORDS.has(content[i] ?? '')) return true;
  return false;
}
// Words that add nothing to an entity: "kalau yang akta?", "besok bisa?", "what about sim".
const ENTITY_GLUE = new Set(['kalau', 'yang', 'untuk', 'saja', 'bisa', 'atau', 'dan', 'what', 'about', 'the', 'for', 'kah', 'juga']);
// Action words a catalog may also list as variant synonyms (nikah "gratis", pbb "bayar"): they ask something.
const ACTION_STEMS = new Set(['gratis', 'bayar', 'biaya', 'harga', 'tarif', 'jam', 'buka', 'tutup', 'syarat', 'cara', 'lama', 'batal', 'free', 'pay', 'cost']);
/** Words the normaliser must never "correct" though no example uses them: dates, answers, number words. */
const EXTRA_WORDS = [
  ...DATE_WORDS, 'hari', 'tanggal', 'bulan', 'tahun', 'week', 'month', 'noon', 'sekarang', 'iya', 'yes', 'oke', 'betul', 'benar',
  'jadi', 'tidak', 'jangan', 'batal', 'nope', 'pertama', 'kedua', 'ketiga', 'nomor', 'pilih', 'opsi', ...HOLIDAY_WORDS,
];

export class Analyzer {
  readonly #stems = new Map<string, string>();
  readonly #normal = new Map<string, readonly string[]>();
  readonly #vocabulary = new Map<string, number>();
  readonly #corrector: TypoCorrector;
  readonly #gazetteer: Gazetteer;
  readonly #lexicon: Lexicon;
  readonly #timeZone: string;
  readonly #closures: readonly Closure[];
  readonly #feelings = new Set<string>();

  /** @param stems known stems to start the cache with (`stemsSoFar` of an analyser built on the same inputs). */
  constructor(catalog: Catalog, timeZone: string, trainingTexts: readonly string[], closures: readonly Closure[] = [], stems: ReadonlyMap<string, string> = new Map()) {
    for (const [token, stem] of stems) this.#stems.set(token, stem);
    this.#timeZone = timeZone;
    this.#closures = closures;
    this.#gazetteer = new Gazetteer(catalog, (t) => this.stem(t));
    const count = (word: string): void => void this.#vocabulary.set(word, (this.#vocabulary.get(word) ?? 0) + 1);
    for (const text of trainingTexts) for (const t of splitTokens(text)) (SLANG[t] ?? t).split(' ').forEach(count);
    for (const word of [...this.#gazetteer.words, ...Object.keys(SLANG), ...FILLERS, ...EXTRA_WORDS, ...DOMAIN_WORDS]) count(word);
    for (const value of Object.values(SLANG)) value.split(' ').forEach(count);
    this.#corrector = new TypoCorrector(this.#vocabulary);
    // Skeletons of the words we mean, not of short slang spellings ("bkin" and "bukan" would collide); a long
    // colloquial form is a word people shorten too ("ngmng": ngomong, then the slang table says bicara).
    // Not of English words: a vowel-less token in Indonesian chat abbreviates Indonesian ("thr" is not "there").
    const abbreviations = new AbbreviationIndex(new Map([...this.#vocabulary].filter(([w]) => (SLANG[w] === undefined || w.length >= 6) && !ENGLISH_WORDS.has(w))));
    this.#lexicon = {
      isKnown: (t) => this.isWord(t) || rootWords.has(this.stem(t)),
      isWord: (t) => this.isWord(t),
      isRoot: (t) => rootWords.has(t),
      correct: (t) => this.#corrector.correct(t),
      expand: (t) => abbreviations.expand(t),
      englishBase: (t) => this.#englishBase(t),
    };
    for (const word of FEELING_WORDS) for (const raw of splitTokens(word)) for (const t of this.#normalize(raw)) this.#feelings.add(this.stem(t));
  }

  isWord(token: string): boolean {
    // Listed agencies are words as written, never typos ("disdik" became "dulu", "dispenduk" "dispenda"; session 7),
    // yet no target for correcting other words: they are not in the vocabulary.
    return this.#vocabulary.has(token) || rootWords.has(token) || ENGLISH_WORDS.has(token) || AGENCY_NAMES.has(token);
  }

  /**
   * An English word's base when the word as written is in no example and the base is, as an English word
   * ("registered" → "register", "showing" → "show", "coming" → "come"): long English messages lost their few known
   * words to inflection, and fell out of scope (session 7, english). An Indonesian root or a word of our examples
   * never changes ("pusing", "atas").
   */
  #englishBase(token: string): string | null {
    if (this.#vocabulary.has(token)) return null;
    const gloss = ENGLISH_GLOSS[token];
    if (gloss !== undefined && gloss.split(' ').every((w) => this.#vocabulary.has(w))) return gloss;
    if (token.length < 5 || rootWords.has(token)) return null;
    for (const c of englishBases(token)) if (c.length >= 3 && this.#vocabulary.has(c) && (ENGLISH_WORDS.has(c) || ENGLISH_WORDS.has(token))) return c;
    return null;
  }

  /** Stems that never count as unknown: function words, agencies and offices, variant words. */
  neutralStems(): Set<string> {
    return new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS].map((w) => this.stem(w)).concat([...this.#gazetteer.variantStems]));
  }

  /** Stems foreign-object.ts needs: words that are no topic, and words that make a topic ours. */
  topicStems(): { neutral: Set<string>; ours: Set<string>; serviceNames: ReadonlySet<string>; feelings: ReadonlySet<string> } {
    return {
      serviceNames: this.#gazetteer.serviceNames,
      feelings: this.#feelings,
      neutral: new Set([...FUNCTION_WORDS, ...GENERIC_WORDS].map((w) => this.stem(w)).concat([...this.#gazetteer.variantStems])),
      ours: new Set(AGENCY_WORDS.map((w) => this.stem(w))),
    };
  }

  /** A copy of the stem cache: taken before any message, only words of the code and the catalog (model-cache.ts). */
  stemsSoFar(): ReadonlyMap<string, string> {
    return new Map(this.#stems);
  }

  /** Sastrawi stem, cached: stemming is the slowest step and chat vocabularies repeat. */
  stem(token: string): string {
    // The cache first (issue 11, throughput): it never holds a placeholder or a token with a digit, so a hit
    // is never one of the tokens the check below returns as they are.
    let stem = this.#stems.get(token);
    if (stem !== undefined) return stem;
    if (token.startsWith('#') || /\d/.test(token)) return token;
    stem = StemmerId.stem(token);
    if (this.#stems.size >= CACHE_LIMIT) this.#stems.clear();
    this.#stems.set(token, stem);
    return stem;
  }

  /** Normal form of one raw token, cached like stems (bounded: a flood of random words must not grow it forever). */
  #normalize(raw: string): readonly string[] {
    let normal = this.#normal.get(raw);
    if (normal === undefined) {
      normal = normalizeToken(raw, this.#lexicon);
      if (this.#normal.size >= CACHE_LIMIT) this.#normal.clear();
      this.#normal.set(raw, normal);
    }
    return normal;
  }

  /**
   * The words of judging among the features. Being late oneself judges nobody: "saya telat 10 menit gpp?", "kalau
   * terlambat datang, booking hangus?" ask about one's booking (session 6's field conversations, read as complaints);
   * "loket telat buka", "petugasnya telat" still judge.
   */
  #judged(features: readonly string[]): { feeling: boolean; feelings: number } {
    let found: Set<string> | null = null;
    for (let i = 0; i < features.length; i++) {
      const f = features[i] ?? '';
      if (this.#feelings.has(f) && !(f === 'lambat' && SELF.has(features[i - 1] ?? ''))) (found ??= new Set()).add(f);
    }
    return found === null ? NOT_JUDGED : { feeling: true, feelings: found.size };
  }


  analyse(input: unknown, now: Date): Analysis {
    const raw = typeof input === 'string' ? input.slice(0, MAX_INPUT_CHARS) : '';
    const code = findBookingCode(raw);
    const text = code === null ? raw : `${raw.slice(0, code.index)} #kode ${raw.slice(code.index + code.length)}`;
    const rawTokens = splitTokens(text);
    const normal: string[] = [];
    // A loop, not flatMap: flatMap is one of the slower steps of a message (issue 11, throughput).
    for (let i = 0; i < rawTokens.length; i++) {
      const t = rawTokens[i] ?? '';
      // A few words read differently beside a neighbour (inContext); one set lookup skips the rest (throughput).
      const read = IN_CONTEXT.has(t) ? inContext(t, rawTokens, i) : null;
      if (read !== null) normal.push(read);
      else {
        const n = this.#normalize(t);
        // After "mpp" or "kota" comes a town's name: an unknown one is that name, not a typo of a word we know ("mpp
        // parepare" was read as "mpp prepare"; session 7, unknown names). Not after an agency: "bpjs kesehtan" is a typo.
        // Only a word the normaliser changed is looked at again (throughput: "mpp" opens many messages).
        const asName = n[0] !== t && NAME_AFTER.has(rawTokens[i - 1] ?? '') ? normalizeToken(t, this.#lexicon, false) : n;
        for (const w of asName) normal.push(w);
      }
    }
    const tokens = ourName(joinHow(calledOff(normal)));
    const content = dropFillers(tokens);
    const stems = content.map((t) => this.stem(t));
    const found = this.#gazetteer.find(content, stems);
    const extracted = extractDateTime(tokens, now, this.#timeZone);
    const holiday = this.#closures.length > 0 ? findHoliday(content, this.#closures, () => localDate(now, this.#timeZone)) : null;
    // A date chrono read inside a holiday's name ("jumat agung": a Friday) is the holiday's, and so is the "kemarin" of
    // "natal kemarin", and a day word right beside the name ("paskah hari minggu", "besok natal" = "come Christmas").
    // So is any day already past ("baru apply kemarin, kelar sebelum lebaran?"): it tells what happened, the holiday what is asked.
    const holidayFirst =
      holiday !== null &&
      (holiday.weekday || holiday.past || (extracted.dateFromWords && (dayWordBeside(content, holiday) || (extracted.date ?? '') < localDate(now, this.#timeZone))));
    const date = (holidayFirst ? holiday.date : null) ?? extracted.date ?? holiday?.date ?? null;
    const time = extracted.time;
    // "lebaran tahun depan", "natal tahun ini": the year words belong to the holiday's date.
    const holidayEnd = holiday === null ? 0 : holiday.end + (content[holiday.end] === 'tahun' && YEAR_WORDS.has(content[holiday.end + 1] ?? '') ? 2 : 0);
    const entityTokens: string[] = [];
    const words: (readonly [string, string])[] = [];
    const person = personName(content, (t) => this.#vocabulary.has(t));
    for (let i = 0; i < content.length; i++) {
      if (found.spans.some((span) => i >= span.start && i < span.end)) entityTokens.push('#layanan');
      else if (i >= person.start && i < person.end) continue;
      // "mau booking ganti ktp rusak": replacing a document is the errand, not a new date for a booking (session 7, test
      // set: read as a reschedule); the service that follows says what is made, so the verb adds nothing.
      else if (REPLACE.has(content[i] ?? '') && found.spans.some((span) => span.start === i + 1)) words.push([content[i] ?? '', stems[i] ?? '']);
      else if (holiday?.wish && i >= holiday.wish.start && i < holiday.wish.end) continue;
      else if (holiday !== null && i >= holiday.start && i < holidayEnd) {
        if (i === holiday.start) entityTokens.push('#tanggal');
      } else {
        entityTokens.push(content[i] ?? '');
        words.push([content[i] ?? '', stems[i] ?? '']);
      }
    }
    const features: string[] = [];
    // A span of weekdays names no date, but to the classifier it is still talk of days, as it always was; so is a
    // day no calendar has ("ganti jadwal ke tanggal 31 november" was fallback, its "31 november" unknown words).
    for (const t of replaceDateTokens(entityTokens, date !== null || extracted.daySpan || extracted.impossible !== null, time !== null)) {
      const stem = this.stem(t);
      if (stem.length > 1) features.push(stem);
    }
    if (features.length >= LONG_MESSAGE) dropPoliteness(features);
    const hasEntity = found.service !== null || date !== null || time !== null || code !== null;
    // "ktp hilang": a variant word with its service is still only entities.
    const service = found.service;
    const entityOnly =
      hasEntity &&
      features.every(
        (f) => f.startsWith('#') || ENTITY_GLUE.has(f) || (service !== null && !ACTION_STEMS.has(f) && this.#gazetteer.isVariantStemOf(service, f)),
      );
    const judged = this.#judged(features);
    return {
      normalized: tokens.join(' '),
      service: found.service,
      variant: found.variant,
      date,
      time,
      // Only when no date was found (a holiday's included): "tgl 32" is worth a word, "tgl 32 atau besok" is not.
      impossibleDate: date === null ? extracted.impossible : null,
      bookingCode: code?.code ?? null,
      number: findNumber(tokens),
      yesNo: findYesNo(tokens),
      lang: guessLang(rawTokens),
      raw,
      features,
      entityOnly,
      holiday: holiday !== null && !holiday.past && holiday.date === date,
      feeling: judged.feeling,
      feelings: judged.feelings,
      words,
    };
  }
}

/**
 * Question words of two words, which the per-token normaliser cannot see: "kayak apa" / Banjar "kaya apa"
 * (normalised to "kayak apa") is how, as "kayapa" is (regional.ts; Hapip 1977), not "like what"; Banjar "wayah
 * apa" (normalised to "saat apa") is when (Hapip: wayah, time; session 6, dev set 5 "kk hanyar wayah apa jadinya").
 */
const TWO_WORD_QUESTIONS: ReadonlyMap<string, string> = new Map([['kayak', 'bagaimana'], ['saat', 'kapan']]);
function joinHow(tokens: string[]): string[] {
  const at = tokens.findIndex((t, i) => TWO_WORD_QUESTIONS.has(t) && tokens[i + 1] === 'apa');
  return at < 0 ? tokens : [...tokens.slice(0, at), TWO_WORD_QUESTIONS.get(tokens[at] ?? '') ?? '', ...joinHow(tokens.slice(at + 2))];
}

/**
 * "ga jadi" / "tidak jadi" (called off) is "batal": as two words its "jadi" also is the "jadiin" of a reschedule ("jadwal sy
 * tolong jadiin tgl 28", read as a cancel until session 7, dev set 6) and the "jadi" of a document being ready. One word for
 * the one meaning keeps "jadi" for the others. In place: the array is the analyser's own.
 */
function calledOff(tokens: string[]): string[] {
  for (let i = tokens.indexOf('jadi', 1); i > 0; i = tokens.indexOf('jadi', i + 1)) {
    if (tokens[i - 1] === 'tidak') tokens.splice(i - 1, 2, 'batal');
  }
  return tokens;
}

/** Candidate bases of an English inflected form, most likely first ("registered": register, registere; "using": us, use). */
function englishBases(t: string): string[] {
  const stem = (n: number): string => t.slice(0, -n);
  const undouble = (w: string): string => (/([b-df-hj-np-tv-z])\1$/.test(w) ? w.slice(0, -1) : w);
  if (t.endsWith('ing')) return [stem(3), `${stem(3)}e`, undouble(stem(3))];
  if (t.endsWith('ied') || t.endsWith('ies')) return [`${stem(3)}y`];
  if (t.endsWith('ed')) return [stem(2), stem(1), undouble(stem(2))];
  if (t.endsWith('es')) return [stem(2), stem(1)];
  if (t.endsWith('s') && !t.endsWith('ss')) return [stem(1)];
  return [];
}

/** A person's name is at most this many words ("atas nama siti nur aisyah"). */
const MAX_PERSON_WORDS = 3;

/**
 * The words of a person's name after "atas nama" ("cek antrian atas nama budi santoso"): no feature, so a
 * name no example has does not push the request out of scope (issue 11, booking family), and it never
 * reaches the models. It ends at a function word ("atas nama budi untuk besok"), a word our examples use
 * ("atas nama andi hilang"), a digit or a placeholder.
 */
function personName(content: readonly string[], ours: (token: string) => boolean): { start: number; end: number } {
  const at = content.findIndex((t, i) => t === 'atas' && content[i + 1] === 'nama');
  if (at < 0) return { start: 0, end: 0 };
  let end = at + 2;
  while (end < content.length && end < at + 2 + MAX_PERSON_WORDS && isNameWord(content[end] ?? '', ours)) end++;
  return { start: at + 2, end };
}

function isNameWord(token: string, ours: (token: string) => boolean): boolean {
  return /^[a-z]+$/.test(token) && !FUNCTION_WORDS.has(token) && !ours(token);
}

/** `YYYY-MM-DD` of `now` in `timeZone`. */
function localDate(now: Date, timeZone: string): string {
  const shifted = new Date(now.getTime() + zoneOffsetMinutes(timeZone, now) * 60_000);
  return shifted.toISOString().slice(0, 10);
}
