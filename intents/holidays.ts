/**
 * Holiday names as dates (issue 11): "natal buka ga?", "booking habis lebaran", "nyepi libur ya". The date
 * comes from the MPP's own closures (`mpp.json` `closures`), so it follows the official calendar the
 * MPP published, including estimated Islamic dates, instead of a second calendar in the code.
 * Each holiday is a few names citizens use and a pattern on the closure's Indonesian or English reason.
 */
import { addDays } from '../core/local-time.js';
import { DAY_OF_MONTH_WORDS } from './date-tokens.js';
import { WEEKDAYS } from './dates.js';
import { dayCountedAfter, offsetFromHoliday } from './holiday-offset.js';
import { isMonthName, monthNumber } from './months.js';

export interface Closure {
  readonly date: string;
  readonly reason: { readonly id: string; readonly en?: string };
}

interface Holiday {
  /** Token sequences; the longest one found at a place wins, in whichever holiday it is. */
  readonly names: readonly string[];
  readonly reason: RegExp;
  /**
   * `MM-DD` of a holiday whose date never moves: used when the MPP's closures do not reach it (session 8, dev sets 8
   * and 9: "17an buka gak mpp" asked in December, the published list ending in June).
   */
  readonly fixed?: string;
  /** Names one day of a longer festival ("lebaran hari kedua"), not the festival at large. */
  readonly day?: true;
}

/** Lebaran's second day, however the first day is named ("idul fitri hari kedua", "hari kedua lebaran"; dev set 9). */
const FITRI_NAMES = ['lebaran', 'idul fitri', 'idulfitri', 'iedul fitri', 'hari raya idul fitri'];
const SECOND_DAY = FITRI_NAMES.flatMap((n) => [`${n} hari kedua`, `${n} kedua`, `${n} hari ke 2`, `${n} ke 2`, `hari kedua ${n}`]);

/**
 * "tahun baru X" / "X new year" for each calendar's qualifier (session 10): "tahun baru hijriah", "tahun baru saka", "lunar
 * new year" were read as 1 January, the longest name there being "tahun baru". Written with the qualifier, the new year is
 * that calendar's.
 */
const newYear = (...qualifiers: string[]): string[] => qualifiers.flatMap((q) => [`tahun baru ${q}`, `taun baru ${q}`, `${q} new year`]);

// A longer name wins over a shorter one at the same place ("lebaran haji" over "lebaran", "tahun baru imlek" over "tahun baru").
const HOLIDAYS: readonly Holiday[] = [
  { names: ['lebaran haji', 'idul adha', 'iduladha', 'idul kurban', 'hari raya kurban', 'hari raya idul adha', 'hari raya iduladha', 'lebaran kurban', 'lebaran idul adha', 'hari raya haji', 'eid al adha',
    // Session 10: "qurban" is the Arabic spelling as common as "kurban"; "ied"/"iedul" and the English "eid ul"/"eid al-" forms;
    // Javanese "riyaya/bakda besar" (Besar, the month of the pilgrimage: Idul Adha, as "riyaya" alone is Lebaran).
    'idul qurban', 'hari raya qurban', 'lebaran qurban', 'iedul adha', 'ied adha', 'idhul adha', 'eid ul adha', 'eid al-adha', 'riyaya besar', 'riyoyo besar', 'bakda besar'], reason: /idul ?adha|eid al-adha/i },
  { names: ['tahun baru imlek', 'imlek', 'imlekan', 'sincia', 'tahun baru cina', 'tahun baru china', 'chinese new year',
    // Session 10: "sin cia" written apart; the new year by its calendar ("tahun baru tionghoa", "lunar new year").
    'sin cia', ...newYear('tionghoa', 'lunar', 'kongzili')], reason: /imlek|chinese new year/i },
  { names: ['tahun baru islam', 'satu suro', '1 suro', 'satu muharram', '1 muharram',
    // Session 10: "muharam" spelled with one r; the new year by its calendar's names (SKB: "Tahun Baru Islam", also said hijriah).
    'satu muharam', '1 muharam', 'malam satu suro', ...newYear('islam', 'hijriah', 'hijriyah', 'hijri', 'muharram', 'islamic')], reason: /tahun baru islam|islamic new year/i },
  { names: ['tahun baru', 'tahun baruan', 'new year', 'taun baru', 'new years day', ...newYear('masehi')], reason: /masehi|new year's day/i, fixed: '01-01' },
  { names: [...SECOND_DAY, '2 syawal', 'dua syawal'], reason: /idul ?fitri.*kedua|eid al-fitr.*2/i, day: true },
  // Javanese "riyoyo" (ngoko of riyaya) and Sundanese "boboran" name Lebaran too (session 6).
  // The first day said as such ("lebaran hari pertama ada pelayanan ga", session 7, dev set 4): the holiday's own date.
  { names: ['lebaran hari pertama', 'hari pertama lebaran', 'lebaran pertama'], reason: /idul ?fitri|eid al-fitr/i, day: true },
  { names: ['lebaran', 'idul fitri', 'iedul fitri', 'idulfitri', 'hari raya', 'riyaya', 'riyoyo', 'boboran', 'bakda', 'eid', 'eid al fitr',
    // Session 10: "1 syawal", the day as the Islamic calendar (and the government's announcement) names it; "ied"/"eid ul"/"eid al-".
    '1 syawal', 'satu syawal', 'ied', 'idul fitri 1 syawal', 'eid ul fitr', 'eid al-fitr'], reason: /idul ?fitri|eid al-fitr/i },
  // "nataru" (Natal dan Tahun Baru) starts with Christmas.
  { names: ['natal', 'natalan', 'nataru', 'christmas', 'hari natal', 'hari raya natal',
    // Session 10: "xmas" (English chat), "krismas" (Christmas as Indonesians spell it by ear).
    'xmas', 'krismas', 'christmas day'], reason: /natal|christmas/i },
  // Session 10: Nyepi is the Saka new year ("tahun baru saka", as the closure itself says).
  { names: ['nyepi', 'hari raya nyepi', 'hari suci nyepi', ...newYear('saka')], reason: /nyepi/i },
  // Session 10: "wesak", the older spelling still used by Buddhist councils and in English.
  { names: ['waisak', 'vesak', 'wesak', 'hari raya waisak', 'trisuci waisak'], reason: /waisak|vesak/i },
  // Session 10: "easter sunday"/"minggu paskah" (a weekday inside the name), "kebangkitan isa" ("isa" read "bisa" first).
  { names: ['paskah', 'easter', 'kebangkitan yesus', 'easter sunday', 'minggu paskah', 'kebangkitan bisa', 'kebangkitan kristus'], reason: /paskah|easter/i },
  // The closure's own name ("Wafat Yesus Kristus"); "isa" reads as Javanese "bisa" before this table sees it.
  { names: ['jumat agung', 'good friday', 'wafat yesus', 'wafat isa', 'wafat bisa',
    // Session 10: "Jumat Suci" (the Catholic liturgy's name), "wafatnya yesus", "wafat kristus".
    'jumat suci', 'wafatnya yesus', 'wafat kristus'], reason: /wafat yesus|good friday/i },
  // Session 10: "isro miroj" (as pesantren Javanese says it), "mikraj"/"miraj" alone, "isra' mi'raj" split at the apostrophes.
  { names: ['isra miraj', 'isra mikraj', 'isra', 'isro miroj', 'isro mi roj', 'mikraj', 'miraj', 'isra mi raj'], reason: /isra/i },
  { names: ['maulid', 'maulid nabi'], reason: /maulid/i },
  // "17an" and "17 agustusan" arrive split ("17 an"), as the tokeniser splits digits from letters (dev sets 8 and 9).
  {
    names: ['hari kemerdekaan', 'tujuhbelasan', 'tujuh belasan', '17an', '17 an', '17 agustus', '17 agustusan', 'tujuh belas agustus', 'hut ri', 'agustusan',
      // Session 10: the English name.
      'independence day',
      // Session 43 (dev set 348: "Pas peringatan kemerdekaan RI ada pelayanan atau libur?" read out of scope): the day's other
      // names. Not "kemerdekaan" alone, which the field's messages use for a street ("Jl. Perintis Kemerdekaan") and poems.
      'peringatan kemerdekaan', 'kemerdekaan ri', 'hut kemerdekaan'],
    reason: /kemerdekaan|independence/i,
    fixed: '08-17',
  },
  // Session 10: "mayday" in one word, "labour/labor day", "international workers day".
  // "cuti bersama" alone (session 10: "mpp buka ga pas cuti bersama?"): the next collective leave day. Before another
  // holiday's name ("cuti bersama natal") that holiday's collective day is meant: hitAt leaves it to the name.
  { names: ['cuti bersama'], reason: /cuti bersama|collective leave/i },
  { names: ['hari buruh', 'may day', 'mayday', 'labour day', 'labor day', 'workers day', 'international workers day'], reason: /buruh|labour/i, fixed: '05-01' },
  // Session 10: "harlah" (hari lahir, the usual short form), "lahirnya pancasila", "pancasila day". "pancasila" alone only
  // where a day is meant (Hari Kesaktian Pancasila, 1 October, is no holiday; "sila pancasila" no day).
  // Session 25 (dev set 119): "pancasila" alone where a day is meant ("libur pancasila", "tgl merah pancasila", "PANCASILA
  // LIBUR GA SIH"), read by asDay below.
  { names: ['hari pancasila', 'hari lahir pancasila', 'harlah pancasila', 'lahirnya pancasila', 'pancasila day', 'pancasila'], reason: /pancasila/i, fixed: '06-01' },
  // "isa" is read as Javanese "bisa" before this table sees it.
  // "hari kenaikan", "libur kenaikan": the day's short name (dev set 7); "kenaikan" alone is a rise (of a fee, a rank).
  { names: ['kenaikan yesus', 'kenaikan isa', 'kenaikan bisa', 'kenaikan isa almasih', 'kenaikan bisa almasih', 'hari kenaikan', 'libur kenaikan', 'ascension day',
    // Session 10: "kenaikan kristus", "kenaikan tuhan yesus"; "ascension" alone is no other everyday English word.
    'kenaikan kristus', 'kenaikan tuhan yesus', 'kenaikan tuhan', 'ascension',
    // Session 21 (dev set 83): "kenaikan" alone where a day is meant, read by asDay below.
    'kenaikan'], reason: /kenaikan|ascension/i },
];

/**
 * A name that alone is an everyday word, and a holiday only where a day is meant (session 21, dev set 83: "Jumat setelah
 * Kenaikan itu MPP masuk normal?"): after a word of time ("setelah", "pas", "libur") and not before what rises ("kenaikan
 * tarif", "sebelum kenaikan iuran BPJS" are a fee going up).
 */
const DAY_ONLY_NAMES: ReadonlySet<string> = new Set(['kenaikan', 'pancasila']);
const DAY_BEFORE_NAME: ReadonlySet<string> = new Set([
  'setelah', 'sesudah', 'stlh', 'sebelum', 'sblm', 'jelang', 'menjelang', 'habis', 'abis', 'sehabis', 'pasca', 'usai', 'pas', 'saat', 'waktu',
  'wktu', 'libur', 'tanggal', 'tgl', 'hari',
]);
const RISES: ReadonlySet<string> = new Set([
  'harga', 'tarif', 'biaya', 'pajak', 'gaji', 'pangkat', 'jabatan', 'kelas', 'bbm', 'retribusi', 'iuran', 'premi', 'denda', 'ongkos', 'tunjangan',
  'upah', 'ump', 'umk', 'suku', 'bunga', 'pbb', 'njop', 'cukai', 'listrik', 'air', 'status',
]);
/** A day's own words after its name: "pancasila libur ga", "kenaikan tutup?". */
const DAY_AFTER_NAME: ReadonlySet<string> = new Set(['libur', 'tutup', 'buka']);
const asDay = (tokens: readonly string[], i: number): boolean =>
  ((DAY_BEFORE_NAME.has(tokens[i - 1] ?? '') || tokens[i - 1] === 'merah') && !RISES.has(tokens[i + 1] ?? '')) || DAY_AFTER_NAME.has(tokens[i + 1] ?? '');

const COUNT = /^(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|berapa|brp)$/;
// "good friday", "easter sunday": the English weekdays in a holiday's name.
const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, 'friday', 'sunday']);

/** A holiday's name as tokens, with its holiday. */
interface SplitName {
  readonly holiday: Holiday;
  readonly tokens: readonly string[];
}
/**
 * The names by their first word (session 10: with "1 syawal", "satu suro", "minggu paskah", common first words such as
 * "1", "satu", "minggu" now open a name, so hitAt reads only the names that start with the word at hand).
 */
const BY_FIRST_WORD = new Map<string, SplitName[]>();
for (const holiday of HOLIDAYS) {
  for (const name of holiday.names) {
    const tokens = name.split(' ');
    const first = tokens[0] ?? '';
    BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), { holiday, tokens }]);
  }
}
// Most messages name no holiday: one map lookup per token decides that.
const FIRST_WORDS: ReadonlySet<string> = new Set(BY_FIRST_WORD.keys());

/** Every word of every holiday name: the typo corrector must leave them alone. */
export const HOLIDAY_WORDS: readonly string[] = [...new Set(HOLIDAYS.flatMap((h) => h.names.flatMap((n) => n.split(' '))))];

export interface HolidayHit {
  readonly date: string;
  /** The name holds a weekday ("jumat agung"), which a date parser would take for the next one. */
  readonly weekday: boolean;
  /** The holiday just past ("natal kemarin", "pas isra miraj kemarin"): its date, not the day before today, is meant. */
  readonly past: boolean;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** A wish before the holiday the question is about ("merry christmas! is mpp open on christmas day?"): no feature. */
  readonly wish: { readonly start: number; readonly end: number } | null;
  /** Counted from the holiday ("sehari sebelum nyepi", "senin setelah paskah"): its day wins over a weekday read alone. */
  readonly counted?: true;
  /** One day of a festival named as such ("lebaran hari kedua", "hari pertama lebaran"), not the festival at large. */
  readonly dayOf?: true;
}

/**
 * The first holiday named in `tokens` that has a closure on or after `today` (the nearest one; a closure
 * that is not "cuti bersama" wins over the collective leave day around it), or, with a word of the past
 * next to the name ("natal kemarin", "lebaran yang lalu"), the latest one before `today`. Null when none is
 * named or the MPP published no such closure.
 */
export function findHoliday(tokens: readonly string[], closures: readonly Closure[], today: string | (() => string)): HolidayHit | null {
  if (!tokens.some((t) => FIRST_WORDS.has(t))) return null;
  // Today only once a name is found: with "1", "satu", "minggu" opening names, most messages with a first word name no
  // holiday, and the local date costs an Intl call (session 10, CPU).
  let day: string | null = typeof today === 'string' ? today : null;
  const dayNow = (): string => (day ??= typeof today === 'string' ? today : today());
  let wish: HolidayHit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i] ?? '')) continue;
    const hit = hitAt(tokens, i, closures, dayNow);
    if (hit === null) continue;
    // "selamat natal, besok natal buka?": the wish is said first; a later mention is the day asked about.
    if (wish === null && WISHES.has(tokens[hit.start - 1] ?? '')) {
      wish = hit;
      i = hit.end - 1;
      continue;
    }
    const asked = laterAsked(tokens, hit, closures, dayNow);
    return wish === null ? asked : { ...asked, wish: { start: wish.start, end: wish.end } };
  }
  return wish;
}

/**
 * A second holiday named after the first, when the first only sets the scene (session 35, dev sets 46, 54, 59, 61, 220):
 * "Lebaran kemarin kan tutup 2 hari, nah pas Iduladha nanti tutup juga?" (a holiday past, then one ahead);
 * "setelah libur Idulfitri, tepatnya apakah pada hari kedua lebaran loket buka?" (the festival, then one of its days);
 * "lebaran hari pertama pasti tutup ya, kalau lebaran hari kedua gimana?". The later one is the day asked about.
 */
function laterAsked(tokens: readonly string[], first: HolidayHit, closures: readonly Closure[], today: () => string): HolidayHit {
  for (let i = first.end; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i] ?? '')) continue;
    const later = hitAt(tokens, i, closures, today);
    if (later === null) continue;
    if (first.past && !later.past) return later;
    if (!first.past && !later.past && later.date !== first.date && (later.counted === true || later.dayOf === true) && sameFestival(first.date, later.date)) return later;
    i = later.end - 1;
  }
  return first;
}

/** Two dates of one festival's days (Lebaran and its second day, Natal and its collective leave): a few days apart. */
const sameFestival = (a: string, b: string): boolean => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= 7 * 86_400_000;

/** Words that make the holiday's name a wish: "selamat natal", "sugeng riyaya" (normalised "selamat"), "merry christmas". */
const WISHES = new Set(['selamat', 'slamat', 'met', 'merry', 'happy', 'wilujeng']);

/** The holiday whose name starts at token `i`, or null (no name there, or no closure for it). */
function hitAt(tokens: readonly string[], i: number, closures: readonly Closure[], today: () => string): HolidayHit | null {
  // The longest name wins across holidays: "hari raya natal" is Christmas, though "hari raya" alone is Lebaran.
  // Within a holiday too: "easter sunday" over "easter" (session 10; the names need no order).
  let best: { holiday: Holiday; length: number } | null = null;
  for (const name of BY_FIRST_WORD.get(tokens[i] ?? '') ?? []) {
    if ((best === null || name.tokens.length > best.length) && name.tokens.every((t, k) => tokens[i + k] === t)) best = { holiday: name.holiday, length: name.tokens.length };
  }
  if (best === null) return null;
  // "riyaya Idul Adha", "hari raya Imlek": "the feast of" before a feast's own name is that feast, Lebaran only alone.
  if (FEAST_OF.has(tokens.slice(i, i + best.length).join(' '))) {
    const own = hitAt(tokens, i + best.length, closures, today);
    if (own !== null) return { ...own, start: i };
  }
  if (best.length === 1 && DAY_ONLY_NAMES.has(tokens[i] ?? '') && !asDay(tokens, i)) return null;
  if (best.holiday.names[0] === 'cuti bersama' && FIRST_WORDS.has(tokens[i + 2] ?? '')) return null;
  // "59 tahun, baru pensiun", "2 tahun baru bisa": a count of years that happens to run into "baru".
  if ((tokens[i] === 'tahun' || tokens[i] === 'taun') && COUNT.test(tokens[i - 1] ?? '')) return null;
  // "cuti bersama natal": the collective leave day, not the holiday itself.
  const collective = tokens[i - 2] === 'cuti' && tokens[i - 1] === 'bersama';
  // "kemarin natal buka?", "last christmas": the past word may come first too (dev set 7).
  // A date of the holiday between it and the past word ("tahun baru 1 januari kemarin", session 27, dev set 143).
  // So is "tanggal 20" ("pas Waisak tanggal 20 kemarin saya datang", session 34, dev set 209: the 20th of next month was read).
  let dated = i + best.length;
  while (dated < i + best.length + 3 && (isDatePart(tokens[dated] ?? '') || DAY_OF_MONTH_WORDS.has(tokens[dated] ?? ''))) dated++;
  const past =
    PAST_WORDS.has(tokens[i + best.length] ?? '') ||
    PAST_WORDS.has(tokens[i + best.length + 1] ?? '') ||
    (isDatePart(tokens[i + best.length] ?? '') && PAST_WORDS.has(tokens[i + best.length + 2] ?? '')) ||
    (dated > i + best.length && PAST_WORDS.has(tokens[dated] ?? '')) ||
    PAST_BEFORE.has(tokens[i - 1] ?? '') ||
    // "kemarin pas kenaikan", "wingi wektu lebaran" (session 36, dev set 229: the 6th, not yesterday, was meant).
    (PAST_LINKS.has(tokens[i - 1] ?? '') && PAST_BEFORE.has(tokens[i - 2] ?? ''));
  // "Jumat Agung tahun ini", "Nyepi tahun ini" (dev set 143, in June): this year's, whether it is ahead or past.
  const thisYear = (tokens[i + best.length] === 'tahun' && tokens[i + best.length + 1] === 'ini') || (tokens[i + best.length + 1] === 'tahun' && tokens[i + best.length + 2] === 'ini');
  const year = yearNamed(tokens, i + best.length);
  const after = AFTER_WORDS.has(tokens[i - 1] ?? '') || (tokens[i - 1] === 'libur' && AFTER_WORDS.has(tokens[i - 2] ?? ''));
  const day = today();
  const ofYear = year === null ? null : (yearsClosure(best.holiday.reason, closures, year, collective) ?? (best.holiday.fixed === undefined ? null : `${year}-${best.holiday.fixed}`));
  const month = ofYear === null ? monthNamed(tokens, i + best.length) : null;
  const ofMonth = month === null ? null : nearestInMonth(best.holiday.reason, closures, day, month, collective);
  const date = ofYear !== null ? ofYear
    : ofMonth !== null ? ofMonth
    : past ? lastClosure(best.holiday.reason, closures, day, collective)
    : thisYear ? (yearsClosure(best.holiday.reason, closures, day.slice(0, 4), collective) ?? closureDate(best.holiday.reason, closures, day, collective))
    : ((after ? justPast(best.holiday.reason, closures, day) : null) ?? closureDate(best.holiday.reason, closures, day, collective) ?? unlisted(best.holiday, day));
  if (date === null) return null;
  const weekday = tokens.slice(i, i + best.length).some((t) => WEEKDAY_NAMES.has(t));
  const end = i + best.length;
  if (collective) return { date, weekday, past, start: i - 2, end, wish: null };
  // "malam tahun baru", "malam natal", "malam lebaran": the evening before, so the day before; in English "christmas
  // eve", "new year eve" (session 10).
  if (tokens[i - 1] === 'malam') return { date: addDays(date, -1), weekday, past, start: i - 1, end, wish: null };
  if (tokens[end] === 'eve') return { date: addDays(date, -1), weekday, past, start: i, end: end + 1, wish: null };
  const offset = past ? null : (offsetFromHoliday(tokens, i, end, date) ?? dayCountedAfter(tokens, i, end, date));
  if (offset !== null) return { date: offset, weekday, past, start: i, end, wish: null, counted: true };
  if (best.holiday.day === true) return { date, weekday, past, start: i, end, wish: null, dayOf: true };
  return { date, weekday, past, start: i, end, wish: null };
}

/**
 * Lebaran's names that also say "the feast (day) of" (session 37, dev set 250: "Pas riyaya Idul Adha kantor e prei pora?" was
 * read as Lebaran): before another holiday's name, that holiday is meant. The table lists a few such pairs ("hari raya
 * natal"); this reads them all, in Javanese too.
 */
const FEAST_OF: ReadonlySet<string> = new Set(['hari raya', 'riyaya', 'riyoyo']);

/** Words after a holiday's name (next or one further: "natal yang lalu") that put it in the past. */
const PAST_WORDS = new Set(['kemarin', 'lalu', 'kemaren', 'kmrn', 'wingi', 'kamari', 'last']);

/** Words right before a holiday's name that put it in the past ("lalu" there is "then": "lalu natal ..." is not past). */
const PAST_BEFORE = new Set(['kemarin', 'kemaren', 'kmrn', 'wingi', 'kamari', 'last']);

/** Words between a past word and the holiday's name ("kemarin pas natal"): at the time of. */
const PAST_LINKS = new Set(['pas', 'waktu', 'wkt', 'saat', 'ketika', 'pada', 'wektu', 'nalika']);

/**
 * The latest closure for the holiday before `today` (the one just past); with `collective`, the collective leave day
 * around it ("cuti bersama natal kemarin", dev set 8), when there is one.
 */
function lastClosure(reason: RegExp, closures: readonly Closure[], today: string, collective = false): string | null {
  let last: string | null = null;
  let lastCollective: string | null = null;
  for (const c of closures) {
    if (c.date >= today || !(reason.test(c.reason.id) || reason.test(c.reason.en ?? ''))) continue;
    if (last === null || c.date > last) last = c.date;
    if (/cuti bersama/i.test(c.reason.id) && (lastCollective === null || c.date > lastCollective)) lastCollective = c.date;
  }
  if (collective) return lastCollective ?? last;
  // A festival of several days ("lebaran kemarin", "1 Syawal kemarin"; Lebaran's second day is its own closure): its
  // first day, as the festival ahead is (closureDate), not its last (session 35, dev sets 143 and 188).
  const isDay = (date: string): boolean => closures.some((c) => c.date === date && !/cuti bersama/i.test(c.reason.id) && (reason.test(c.reason.id) || reason.test(c.reason.en ?? '')));
  while (last !== null && isDay(addDays(last, -1))) last = addDays(last, -1);
  return last;
}

/** A day or a month's name after a holiday's name ("1 januari", "1"), before a word of the past. */
const isDatePart = (word: string): boolean => /^\d{1,2}$/.test(word) || isMonthName(word);

/** The first closure for the holiday in `year` (past or ahead of today): "tahun ini" asks about this year's. */
function yearsClosure(reason: RegExp, closures: readonly Closure[], year: string, collective = false): string | null {
  const matching = closures.filter((c) => c.date.startsWith(year) && (reason.test(c.reason.id) || reason.test(c.reason.en ?? ''))).sort((a, b) => a.date.localeCompare(b.date));
  const main = matching.find((c) => /cuti bersama/i.test(c.reason.id) === collective);
  return (main ?? matching[0])?.date ?? null;
}

/**
 * The year said right after a holiday's name ("Nyepi 2027 kepungkur", "Cuti bersama Natal 2026 itu", "Isra Mikraj tahun
 * 2027"), or null: that year's closure is meant, ahead or past (session 37, dev set 261: four such questions lost their day
 * or took next year's). In a year the settings list nothing for, a fixed-date holiday still has its day; another is read as
 * it is without the year.
 */
function yearNamed(tokens: readonly string[], at: number): string | null {
  const word = YEAR_WORDS.has(tokens[at] ?? '') ? tokens[at + 1] : tokens[at];
  return word !== undefined && YEAR.test(word) ? word : null;
}
const YEAR = /^20\d\d$/;
const YEAR_WORDS: ReadonlySet<string> = new Set(['tahun', 'taun', 'thn', 'th', 'year']);

/**
 * The month said right after a holiday's name ("Nyepi bulan Maret kemarin", "Iduladha 17 Mei", "Hari Lahir Pancasila tanggal 1
 * Juni"), as a number, or null: the holiday's closure in that month nearest today is meant, ahead or past (session 37, dev sets
 * 266 and 269: asked after the settings' last listed closure, six such questions took next year's day or a weekday's).
 */
function monthNamed(tokens: readonly string[], at: number): number | null {
  let k = at;
  if (tokens[k] === 'bulan' || tokens[k] === 'bln') k++;
  else {
    if (DAY_OF_MONTH_WORDS.has(tokens[k] ?? '')) k++;
    if (!/^\d{1,2}$/.test(tokens[k] ?? '')) return null;
    k++;
  }
  // "Tahun Baru 1 Januari 2028": the year decides, as it did before (the fixed date's own year).
  if (YEAR.test(tokens[k + 1] ?? '')) return null;
  return monthNumber(tokens[k] ?? '') ?? null;
}

/** The holiday's listed closure in `month` nearest `today`, or null (see monthNamed). */
function nearestInMonth(reason: RegExp, closures: readonly Closure[], today: string, month: number, collective: boolean): string | null {
  const days = (date: string): number => Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`));
  const matching = closures.filter((c) => Number(c.date.slice(5, 7)) === month && /cuti bersama/i.test(c.reason.id) === collective && (reason.test(c.reason.id) || reason.test(c.reason.en ?? '')));
  return matching.reduce<string | null>((best, c) => (best === null || days(c.date) < days(best) ? c.date : best), null);
}

/** Days a holiday just past is still the one "setelah libur natal" means ("mpp buka lagi kapan …?" on the 26th). */
const RECENT_DAYS = 7;
/** Words right before a holiday (or before "libur" and it) that ask about the days after it. */
const AFTER_WORDS = new Set(['setelah', 'sesudah', 'habis', 'abis', 'after', 'pasca', 'selesai']);

/**
 * The holiday's closure just past, within RECENT_DAYS of `today`, or null: asked about the days after it ("mpp buka lagi kapan
 * setelah libur natal?" on the 26th), that one is meant, even when the settings list next year's (session 38: once the closures
 * reached Natal 2027, the question was dated a year on).
 */
function justPast(reason: RegExp, closures: readonly Closure[], today: string): string | null {
  const last = lastClosure(reason, closures, today);
  return last !== null && Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`) <= RECENT_DAYS * 86_400_000 ? last : null;
}

/** A holiday with no closure ahead of `today`: the next occurrence of a fixed date (the published list may end before it), else null. */
function unlisted(holiday: Holiday, today: string): string | null {
  if (holiday.fixed === undefined) return null;
  const year = Number(today.slice(0, 4));
  return `${`${year}-${holiday.fixed}` >= today ? year : year + 1}-${holiday.fixed}`;
}

function closureDate(reason: RegExp, closures: readonly Closure[], today: string, collective = false): string | null {
  const matching = closures
    .filter((c) => c.date >= today && (reason.test(c.reason.id) || reason.test(c.reason.en ?? '')))
    .sort((a, b) => a.date.localeCompare(b.date));
  const main = matching.find((c) => /cuti bersama/i.test(c.reason.id) === collective);
  return (main ?? matching[0])?.date ?? null;
}
