/**
 * One message → normalised tokens, entities and classifier features. Training examples go through the
 * very same path, so a placeholder in an example and an entity in a message end up as the same feature.
 */
import type { Understanding } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { AbbreviationIndex, ACRONYMS, NEVER_ABBREVIATED } from './abbreviations.js';
import { AcronymSlips } from './acronym-slips.js';
import { findBookingCode, findNumber, findYesNo, guessLang } from './answers.js';
import { DATE_WORDS, DAY_OF_MONTH_WORDS, replaceDateTokens } from './date-tokens.js';
import { extractDateTime, WEEKDAYS, type WindowMemo, zoneOffsetMinutes } from './dates.js';
import { AGENCY_NAMES } from './elsewhere.js';
import { ENGLISH_GLOSS, ENGLISH_WORDS } from './english.js';
import { Gazetteer, inSpan, type ServiceFind } from './entities.js';
import { FEELING_WORDS } from './feelings.js';
import { FUNCTION_WORDS } from './function-words.js';
import { type Closure, findHoliday, HOLIDAY_WORDS, type HolidayHit } from './holidays.js';
import { calledOff, IN_CONTEXT, inContext, joinHow } from './in-context.js';
import { framedKeySlips } from './keyboard-slips.js';
import { isMonthName } from './months.js';
import { ourName } from './mpp-name.js';
import { rootWords, StemmerId } from './natural.js';
import { dropFillers, type Lexicon, MAX_INPUT_CHARS, normalizeToken, splitTokens } from './normalize.js';
import { personName } from './person-name.js';
import { dropPoliteness, LONG_MESSAGE } from './politeness.js';
import { AGENCY_WORDS, DOMAIN_WORDS, GENERIC_WORDS } from './service-aliases.js';
import { FILLERS, SLANG } from './slang.js';
import { joinSpelled } from './spelled-letters.js';
import { DOMAIN_LEXICON } from './topic-domain.js';
import { TypoCorrector } from './typos.js';

/** Everything the engine gets except the decision (intent, confidence, alternatives), plus what the models read. */
export interface Analysis extends Omit<Understanding, 'intent' | 'confidence' | 'alternatives' | 'unknownPlace' | 'unknownAgency'> {
  /** Every service the message names, in order (`service` is the one asked about). */
  readonly services: readonly string[];
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
  /**
   * `service` was named only by its agency's office in another place ("Kantor Imigrasi Kelas I TPI Ambon buka sabtu?",
   * entities.ts anotherOffice): the rules read it as the agency's, the understanding names no service of ours, and an
   * hours, location or "is it here" question names the office ("kantor imigrasi singkawang") as a place we do not know.
   */
  readonly officeElsewhere?: string;
  /** That office is named as the service is ("kantor samsat tual"): `service` stays the one named. */
  readonly officeKeepsService?: true;
}

const NO_SERVICES: readonly string[] = [];
const CACHE_LIMIT = 50_000;
/**
 * Stems every analyser of the process shares (bounded like the others): the stemmer is a pure function of the token,
 * and a process builds several analysers on the same examples (a retrain builds the built-in model and the learned one,
 * core/learning; tests and the bench build dozens), each of which stemmed every example's words again (~20 % of a
 * training). Only an analyser's own cache feeds `stemsSoFar`, so a snapshot still holds no other analyser's words.
 */
const SHARED_STEMS = new Map<string, string>();

/** Empties the shared stems, as a new process has them: a test that a restart stems nothing must not be answered from them. */
export function forgetSharedStems(): void {
  SHARED_STEMS.clear();
}
const YEAR_WORDS = new Set(['depan', 'ini', 'besok', 'nanti']);
/** "tanggal merah", "hari libur", "libur nasional": the day named is called a day off. */
function saysDayOff(content: readonly string[]): boolean {
  return content.some((t, i) => (t === 'merah' && DAY_OF_MONTH_WORDS.has(content[i - 1] ?? '')) || t === 'libur');
}
/**
 * The holiday's own day of the month said after its name ("waisak tanggal 20 buka ga", "idul adha tgl 17"): the writer
 * checks the day, and chrono's bare "tanggal 20" was the 20th of the coming month (session 34, dev set 209).
 */
function ownDayAfter(content: readonly string[], holiday: { readonly date: string; readonly end: number }): boolean {
  const at = DAY_OF_MONTH_WORDS.has(content[holiday.end] ?? '') ? holiday.end + 1 : holiday.end;
  return Number(content[at]) === Number(holiday.date.slice(8));
}

/** Verbs of replacing a document ("ganti ktp", "ganti sim"): before a service, no reschedule (see analyse). */
const REPLACE = new Set(['ganti', 'mengganti', 'gantiin', 'tukar']);
/** Words before "telat" that make the citizen the one who is late (see #judged). */
const SELF = new Set(['saya', 'kami', 'kalau', 'jika', 'bila', 'misal', 'kalo', 'i']);

/**
 * "paling lambat akhir bulan ini", "paling lambat tgl 20" (session 28, dev set 145): a deadline, not slowness. Only before a
 * word of when: "pelayanan paling lambat se-kota" judges.
 */
function byLatest(features: readonly string[], i: number): boolean {
  const next = features[i + 1] ?? '';
  return features[i - 1] === 'paling' && (WHEN_NEXT.has(next) || /^\d/u.test(next));
}
const WHEN_NEXT: ReadonlySet<string> = new Set(['#tanggal', '#jam', '#angka', 'tanggal', 'akhir', 'awal', 'hari', 'minggu', 'bulan', 'besok', 'lusa', 'jam', 'pukul', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'pekan', 'sebelum', 'kapan']);
const NOT_JUDGED = { feeling: false, feelings: 0 } as const;
/**
 * Virtues of a service (feelings.ts): they judge only when denied ("kada ramah", "ndak sopan sekali", "ga layak", "gak adil").
 * Said plainly they praise: "terima kasih atas pelayanan yang ramah dan cepat" was a complaint (session 9, thanks letters on
 * dev sets 8 and 9), as was "saya ingin menyampaikan keluhan dengan sopan".
 */
const DENIED_ONLY: ReadonlySet<string> = new Set(['ramah', 'sopan', 'layak', 'adil']);
/** Words that deny the virtue after them ("tidak terlalu ramah": up to two words before). */
const DENIALS: ReadonlySet<string> = new Set(['tidak', 'kurang', 'belum']);
function denied(features: readonly string[], i: number): boolean {
  return DENIALS.has(features[i - 1] ?? '') || DENIALS.has(features[i - 2] ?? '');
}
/** Words a place's proper name follows ("mpp sleman", "kota parepare", "kabupaten bantul", "kecamatan cibeber"). */
const NAME_AFTER: ReadonlySet<string> = new Set(['mpp', 'kota', 'kabupaten', 'kab', 'kecamatan', 'kec', 'kelurahan', 'desa', 'publik']);

/** A word with no vowel after its first letter ("bka", "jdwl"): the shape of a vowel-dropped abbreviation (abbreviations.ts). */
const SKELETON_SHAPE = /^[a-z][b-df-hj-np-tv-z]+[aiueo]?$/;

/** Day words that, right beside a holiday's name, point at the holiday rather than at a day of their own. */
const DAY_WORDS: ReadonlySet<string> = new Set(['besok', 'lusa', 'tomorrow', ...WEEKDAYS]);

/**
 * The weekday read is the holiday's own (session 21, dev set 83): "Hari Buruh itu kan hari sabtu", "pas tahun baru islam
 * kebetulan hari minggu kan" say on which day the holiday falls, and the next Saturday or Sunday was read.
 */
function sameWeekday(date: string | null, holiday: string): boolean {
  return date !== null && date !== holiday && new Date(`${date}T00:00:00Z`).getUTCDay() === new Date(`${holiday}T00:00:00Z`).getUTCDay();
}

/**
 * The day of the month read is the holiday's own, in another month (session 48, dev set 368): "libur natal nanti tutupnya cuma
 * tgl 25 atau ada cuti bersama juga?" asked in October says on which day Christmas falls, and chrono read the 25th of October.
 * Not with a month named: "tanggal 20 juni, waisak kan libur" asks for 20 June (the caller checks).
 */
function sameDayOfMonth(date: string | null, holiday: string): boolean {
  return date !== null && date !== holiday && date.slice(8) === holiday.slice(8);
}

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
  // Exclamations, one letter from a regional word: "hadeh" is not Sundanese "hade" (good) (session 34).
  'hadeh', 'hadeuh', 'haduh', 'waduh', 'aduh',
  // "UPTD" (Unit Pelaksana Teknis Daerah), a regional office's name, not "updated" (session 34).
  'uptd',
  // A name every town's main street carries (session 39, dev set 309: "dekat pelabuhan Ahmad Yani" was read as Sunday, "ahad",
  // and dated): a name, not a typo.
  'ahmad',
];

/**
 * Words the stemmer cuts into another word: "selama" (during, for as long as) became "lama" (long), duration's own word,
 * so "apakah selama bulan Ramadan ada perubahan jam pelayanan?" leant to how long things take (session 20, dev set 70).
 */
const KEPT_WHOLE: ReadonlySet<string> = new Set(['selama']);

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
    const abbreviations = new AbbreviationIndex(new Map([...this.#vocabulary].filter(([w]) => (SLANG[w] === undefined || w.length >= 6) && !ENGLISH_WORDS.has(w) && !NEVER_ABBREVIATED.has(w))));
    // A service's acronym with a slip of the ear or the fingers ("npwb", "sckk"; session 10): not an acronym of its own.
    const slips = new AcronymSlips(this.#gazetteer.words, (t) => ACRONYMS.has(t) || AGENCY_NAMES.has(t));
    this.#lexicon = {
      isKnown: (t) => this.isWord(t) || rootWords.has(this.stem(t)),
      isWord: (t) => this.isWord(t),
      isRoot: (t) => rootWords.has(t),
      correct: (t) => this.#corrector.correct(t),
      expand: (t) => abbreviations.expand(t) ?? slips.read(t),
      englishBase: (t) => this.#englishBase(t),
      isTaught: (t) => this.#vocabulary.has(t) || t.split(' ').every((w) => this.#vocabulary.has(w)),
    };
    for (const word of FEELING_WORDS) for (const raw of splitTokens(word)) for (const t of this.#normalize(raw)) this.#feelings.add(this.stem(t));
  }

  isWord(token: string): boolean {
    // Listed agencies are words as written, never typos ("disdik" became "dulu", "dispenduk" "dispenda"; session 7),
    // yet no target for correcting other words: they are not in the vocabulary.
    return this.#vocabulary.has(token) || rootWords.has(token) || ENGLISH_WORDS.has(token) || AGENCY_NAMES.has(token) || DOMAIN_LEXICON.has(token);
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
    stem = SHARED_STEMS.get(token);
    if (stem === undefined) {
      stem = KEPT_WHOLE.has(token) ? token : StemmerId.stem(token);
      if (SHARED_STEMS.size >= CACHE_LIMIT) SHARED_STEMS.clear();
      SHARED_STEMS.set(token, stem);
    }
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
      if (this.#feelings.has(f) && !(f === 'lambat' && (SELF.has(features[i - 1] ?? '') || byLatest(features, i))) && (!DENIED_ONLY.has(f) || denied(features, i))) (found ??= new Set()).add(f);
    }
    return found === null ? NOT_JUDGED : { feeling: true, feelings: found.size };
  }


  /** The normal form of a message's raw tokens: each normalised, read beside its neighbours, two-word shapes joined. */
  #tokens(rawTokens: readonly string[]): string[] {
    const normal: string[] = [];
    // A loop, not flatMap: flatMap is one of the slower steps of a message (issue 11, throughput).
    for (let i = 0; i < rawTokens.length; i++) {
      const t = rawTokens[i] ?? '';
      // A few words read differently beside a neighbour (inContext); one set lookup skips the rest (throughput).
      const read = IN_CONTEXT.has(t) ? inContext(t, rawTokens, i) : null;
      // An empty reading drops the word (a softener: in-context.ts).
      if (read !== null) {
        if (read !== '') normal.push(read);
      } else {
        const n = this.#normalize(t);
        // After "mpp" or "kota" comes a town's name: an unknown one is that name, not a typo of a word we know ("mpp
        // parepare" was read as "mpp prepare"; session 7, unknown names). Not after an agency: "bpjs kesehtan" is a typo.
        // Only a word the normaliser changed is looked at again (throughput: "mpp" opens many messages).
        // A vowel-less word is no town's name but an abbreviation ("mpp bka g snn bsk": buka; session 9, dev set 8).
        // Session 27 (dev set 140, Papua's towns): after "Mal Pelayanan Publik" too. Not a name's second word: "mpp buka jma brp"
        // has its typo after a verb.
        const asName = n[0] !== t && NAME_AFTER.has(rawTokens[i - 1] ?? '') && !SKELETON_SHAPE.test(t) ? this.#asName(t) : n;
        for (const w of asName) normal.push(w);
      }
    }
    return ourName(joinHow(calledOff(normal)));
  }

  /**
   * A word where a town's name stands (after "mpp", "kota" …), read without guessing a typo. A regional affix taken off a
   * word no lexicon knows makes no word either ("merauke" had read "meraukan": session 27, dev set 140), so such a word is
   * left as written; an English inflection ("mpp closes") still reads as its base.
   */
  #asName(t: string): readonly string[] {
    const read = normalizeToken(t, this.#lexicon, false);
    return read.length === 1 && read[0] !== t && !this.isWord(t) && this.#englishBase(t) === null && !this.isWord(read[0] ?? '') ? [t] : read;
  }

  /**
   * A message's normal form alone (`analyse(text).normalized`), without its entities, dates or stems: what already-there.ts
   * asks of the few words after a question.
   */
  normalized(input: string): string {
    const raw = input.slice(0, MAX_INPUT_CHARS);
    return this.#normalTokens(raw, findBookingCode(raw)).tokens.join(' ');
  }

  /** The tokens of `raw` as split and as normalised, its booking code (if any) as one `#kode` placeholder. */
  #normalTokens(raw: string, code: ReturnType<typeof findBookingCode>): { rawTokens: readonly string[]; tokens: string[] } {
    const text = code === null ? raw : `${raw.slice(0, code.index)} #kode ${raw.slice(code.index + code.length)}`;
    const rawTokens = framedKeySlips(joinSpelled(splitTokens(text)));
    return { rawTokens, tokens: this.#tokens(rawTokens) };
  }

  /** @param windows chrono's results for the windows of this message read so far (dates.ts WindowMemo); none by default. */
  analyse(input: unknown, now: Date, windows?: WindowMemo): Analysis {
    const raw = typeof input === 'string' ? input.slice(0, MAX_INPUT_CHARS) : '';
    const code = findBookingCode(raw);
    const { rawTokens, tokens } = this.#normalTokens(raw, code);
    const content = dropFillers(tokens);
    const stems = content.map((t) => this.stem(t));
    const found = this.#gazetteer.find(content, stems);
    const extracted = extractDateTime(tokens, now, this.#timeZone, windows);
    const holiday = this.#closures.length > 0 ? findHoliday(content, this.#closures, () => localDate(now, this.#timeZone)) : null;
    // A date chrono read inside a holiday's name ("jumat agung": a Friday) is the holiday's, and so is the "kemarin" of
    // "natal kemarin", and a day word right beside the name ("paskah hari minggu", "besok natal" = "come Christmas").
    // So is any day already past ("baru apply kemarin, kelar sebelum lebaran?"): it tells what happened, the holiday what is asked.
    // So is the "tanggal N" of a date of another calendar ("tanggal 1 muharram": the Islamic new year, not the 1st of next month).
    const holidayFirst =
      holiday !== null &&
      (holiday.weekday ||
        holiday.past ||
        holiday.counted === true ||
        (DAY_OF_MONTH_WORDS.has(content[holiday.start - 1] ?? '') && /^\d/u.test(content[holiday.start] ?? '')) ||
        ownDayAfter(content, holiday) ||
        (sameDayOfMonth(extracted.date, holiday.date) && !content.some(isMonthName)) ||
        (extracted.dateFromWords && (dayWordBeside(content, holiday) || sameWeekday(extracted.date, holiday.date) || (extracted.date ?? '') < localDate(now, this.#timeZone))));
    const date = (holidayFirst ? holiday.date : null) ?? extracted.date ?? holiday?.date ?? null;
    const time = extracted.time;
    // "lebaran tahun depan", "natal tahun ini": the year words belong to the holiday's date.
    const holidayEnd = holiday === null ? 0 : holiday.end + (content[holiday.end] === 'tahun' && YEAR_WORDS.has(content[holiday.end + 1] ?? '') ? 2 : 0);
    const person = personName(content, (t) => this.#vocabulary.has(t));
    const { entityTokens, words } = entityWords(content, stems, found, person, holiday, holidayEnd);
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
      // Every service named, first to last (taken-back.ts: "… NPWP? eh bukan, … NIB aja" names both).
      services: found.spans.length === 0 ? NO_SERVICES : found.spans.map((span) => span.service),
      date,
      time,
      // Only when no date was found (a holiday's included): "tgl 32" is worth a word, "tgl 32 atau besok" is not.
      impossibleDate: date === null ? extracted.impossible : null,
      ...(holiday?.counted === true && date === holiday.date ? { dateCountedFromHoliday: true } : {}),
      bookingCode: code?.code ?? null,
      number: findNumber(tokens),
      yesNo: findYesNo(tokens),
      lang: guessLang(rawTokens),
      raw,
      features,
      entityOnly,
      // A day said by its date and called a day off ("tgl merah 1 juni bisa urus skck ga", session 29, dev set 160) is the
      // holiday too, when the MPP closes that day.
      holiday: (holiday !== null && !holiday.past && holiday.date === date) || (date !== null && saysDayOff(content) && this.#closures.some((c) => c.date === date)),
      feeling: judged.feeling,
      feelings: judged.feelings,
      words,
      ...(found.elsewhere !== undefined ? { officeElsewhere: found.elsewhere } : {}),
      ...(found.elsewhereKeepsService === true ? { officeKeepsService: true as const } : {}),
    };
  }
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

/**
 * The message's content words as the models read them: a service becomes `#layanan`, a holiday's name `#tanggal`, a
 * person's name and a holiday wish are left out; `words` keeps each other content word with its stem (name-frame.ts).
 */
function entityWords(
  content: readonly string[],
  stems: readonly string[],
  found: Pick<ServiceFind, 'spans'>,
  person: { readonly start: number; readonly end: number },
  holiday: HolidayHit | null,
  holidayEnd: number,
): { entityTokens: string[]; words: (readonly [string, string])[] } {
  const entityTokens: string[] = [];
  const words: (readonly [string, string])[] = [];
  for (let i = 0; i < content.length; i++) {
    if (inSpan(found.spans, i)) {
      if (!found.spans.some((span) => span.described === true && i > span.start && i < span.end)) entityTokens.push('#layanan');
    }
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
  return { entityTokens, words };
}

/** `YYYY-MM-DD` of `now` in `timeZone`. */
function localDate(now: Date, timeZone: string): string {
  const shifted = new Date(now.getTime() + zoneOffsetMinutes(timeZone, now) * 60_000);
  return shifted.toISOString().slice(0, 10);
}
