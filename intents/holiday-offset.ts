/**
 * Days counted from a holiday (session 13, dev set 36, written by a writer leaning to people who plan around holidays):
 * "sehari sebelum nyepi", "H-1 lebaran", "2 hari setelah waisak", "the day after Waisak", "kamis sebelum jumat agung",
 * "senin setelah paskah", "hari ketiga lebaran", "second day of Eid". The holiday's own date was read, one to three
 * days off, and a weekday before the name was read as the next one from today.
 *
 * Only a count, an ordinal or a weekday right beside the name shifts it: "sebelum natal" alone is the days before
 * Christmas in general, and keeps Christmas's date as it always did. The words stay words of the message ("sehari
 * setelah paskah udah normal lagi kan?" is an hours question by its "hari" and "setelah"); only the date moves.
 */
import { addDays } from '../core/local-time.js';
import { DAY_OF_MONTH_WORDS } from './date-tokens.js';
import { WEEKDAYS } from './dates.js';
import { isMonthName } from './months.js';

// Sundanese "sateuacan" (before) and "saatos"/"sabada" (after) stay as written (regional.ts says why "saatos" is no
// normaliser entry); the Javanese ones arrive as "sebelum"/"setelah" (Hardjadibrata 2003).
const BEFORE = new Set(['sebelum', 'sblm', 'sebelom', 'jelang', 'menjelang', 'before', 'sateuacan', 'sateuacanna']);
const AFTER = new Set(['setelah', 'sesudah', 'stlh', 'habis', 'abis', 'sehabis', 'pasca', 'usai', 'after', 'saatos', 'sabada']);
const NUMBERS: Readonly<Record<string, number>> = {
  satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
};
const DAY_WORDS = new Set(['hari', 'day', 'days']);
const WEEK_WORDS = new Set(['minggu', 'week', 'weeks', 'pekan']);
/** Ordinals of a holiday's days: "hari ketiga lebaran", "third day of eid". The first day is the holiday's own date. */
const ORDINALS: Readonly<Record<string, number>> = {
  kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7,
  second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Sunday … Saturday as `Date.getUTCDay()` numbers them, by the names the messages use. */
const WEEKDAY_NUMBER = new Map<string, number>([...WEEKDAYS.map((w, i) => [w, (i + 1) % 7] as const), ...ENGLISH_WEEKDAYS.map((w, i) => [w, (i + 1) % 7] as const)]);

const count = (token: string | undefined): number | null => {
  if (token === undefined) return null;
  if (/^[1-9]$/.test(token)) return Number(token);
  return NUMBERS[token] ?? null;
};

/** The ordinal in "ke 3", "ke-3", "ketiga", "third" starting at `i`, and how many tokens it takes. */
function ordinalAt(tokens: readonly string[], i: number): { n: number; length: number } | null {
  const t = tokens[i] ?? '';
  const named = ORDINALS[t];
  if (named !== undefined) return { n: named, length: 1 };
  const joined = /^ke-?([2-7])$/.exec(t);
  if (joined) return { n: Number(joined[1]), length: 1 };
  if (t === 'ke' && /^[2-7]$/.test(tokens[i + 1] ?? '')) return { n: Number(tokens[i + 1]), length: 2 };
  // "hari ke dua", the number as a word.
  const word = t === 'ke' ? NUMBERS[tokens[i + 1] ?? ''] : undefined;
  if (word !== undefined && word >= 2) return { n: word, length: 2 };
  return null;
}

/** The date counted from the holiday named at tokens [start, end) whose date is `date`; null when nothing counts from it. */
export function offsetFromHoliday(tokens: readonly string[], start: number, end: number, date: string): string | null {
  const at = (k: number): string => tokens[k] ?? '';
  // "H-1 lebaran", "h-3 natal": the days before, as mudik planning counts them.
  const h = /^h-([1-9])$/.exec(at(start - 1));
  if (h) return addDays(date, -Number(h[1]));
  // "hari ketiga lebaran", "hari ke 3 lebaran"; "third day of eid"; "lebaran hari ketiga".
  for (const [from, back] of [[start - 2, 2], [start - 3, 3]] as const) {
    if (at(from) !== 'hari') continue;
    const ordinal = ordinalAt(tokens, from + 1);
    if (ordinal !== null && ordinal.length === back - 1) return addDays(date, ordinal.n - 1);
  }
  if (at(start - 1) === 'of' && at(start - 2) === 'day' && ORDINALS[at(start - 3)] !== undefined) {
    return addDays(date, (ORDINALS[at(start - 3)] ?? 1) - 1);
  }
  if (at(end) === 'hari') {
    const ordinal = ordinalAt(tokens, end + 1);
    if (ordinal !== null) return addDays(date, ordinal.n - 1);
  }
  // "lebaran kedua", "lebaran ke 2", "natal ke-2": the ordinal right after the name, without "hari" (session 19).
  const after = ordinalAt(tokens, end);
  if (after !== null) return addDays(date, after.n - 1);
  // "H+1 lebaran": the plus is no character a token keeps, so "h" and the count come apart (session 19, dev set 36).
  if (at(start - 2) === 'h' && /^[1-9]$/.test(at(start - 1))) return addDays(date, Number(at(start - 1)));
  const direction = BEFORE.has(at(start - 1)) ? -1 : AFTER.has(at(start - 1)) ? 1 : 0;
  if (direction === 0) return null;
  const unit = at(start - 2);
  // "sehari sebelum" (normalised "satu hari"), "2 hari setelah", "the day after", "two days before", "seminggu sebelum";
  // "minggu" without a count is Sunday, below.
  const n = at(start - 3) === 'the' && unit === 'day' ? 1 : count(at(start - 3));
  if (n !== null && (DAY_WORDS.has(unit) || WEEK_WORDS.has(unit))) return addDays(date, direction * n * (WEEK_WORDS.has(unit) ? 7 : 1));
  // "kamis sebelum jumat agung", "hari senin setelah paskah", "the monday after easter": the nearest such weekday.
  const weekday = WEEKDAY_NUMBER.get(unit);
  return weekday === undefined ? null : nearestWeekday(date, weekday, direction);
}

/** The first `weekday` strictly after (`direction` 1) or before (-1) `date`. */
function nearestWeekday(date: string, weekday: number, direction: 1 | -1): string {
  for (let k = 1; k <= 7; k++) {
    const day = addDays(date, direction * k);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) return day;
  }
  return date;
}

/** "-nya" after a day, as its own token or joined ("seninnya", "tanggal 7 nya"): that day of the holiday's week or month. */
const OF_IT = 'nya';
/** After a day, words that count it from something said before ("senin sesudahnya", "sehari setelah"). */
const AFTER_IT = new Set(['setelah', 'setelahnya', 'sesudah', 'sesudahnya', 'saatos', 'after']);

/**
 * A day named after the holiday by reference to it (session 35, dev sets 36 and 168): the holiday sets the scene and the
 * day asked about is counted from it. "tahun baru islam kan hari minggu, seninnya buka?" (the Monday after), "kenaikan kan
 * kamis, jumatnya buka ga?", "hari buruh jatuh sabtu, jadi senin sesudahnya …", "lebaran haji tutup, kalo sehari
 * sesudahnya?", "habis libur Kenaikan tgl 6 Mei, tgl 7 nya buka?", "habis idul adha hari selasa buka normal?". Null when
 * the words after the name count nothing from it: a weekday alone after a holiday ("natal hari jumat") is its own day.
 *
 * @param end the token after the holiday's name; @param after the name follows "habis"/"setelah" (the days after it).
 */
export function dayCountedAfter(tokens: readonly string[], start: number, end: number, date: string): string | null {
  const at = (k: number): string => tokens[k] ?? '';
  // "habis idul adha hari selasa", "setelah paskah senin buka?": the weekday right after the name of the days after it.
  if (AFTER.has(at(start - 1))) {
    const k = at(end) === 'hari' ? end + 1 : end;
    const weekday = WEEKDAY_NUMBER.get(at(k));
    if (weekday !== undefined && at(k + 1) !== 'kan' && !/^\d/.test(at(k + 1))) return nearestWeekday(date, weekday, 1);
  }
  for (let k = end; k < tokens.length; k++) {
    const t = at(k);
    // "seninnya", "jumatnya", "senin nya", "senin setelah(nya)".
    const joined = t.endsWith(OF_IT) ? WEEKDAY_NUMBER.get(t.slice(0, -OF_IT.length)) : undefined;
    if (joined !== undefined) return nearestWeekday(date, joined, 1);
    const weekday = WEEKDAY_NUMBER.get(t);
    if (weekday !== undefined && (at(k + 1) === OF_IT || (AFTER_IT.has(at(k + 1)) && !FOLLOWED_BY_NAME(at(k + 2))))) return nearestWeekday(date, weekday, 1);
    // "sehari sesudahnya" (normalised "satu hari setelah") at the end. Not "besoknya": "Waisak libur ya? besoknya buka?"
    // asks both, and dev set 18 labels the holiday.
    if (t === 'satu' && at(k + 1) === 'hari' && AFTER_IT.has(at(k + 2)) && FOLLOWED_BY_NAME(at(k + 3)) === false) return addDays(date, 1);
  }
  return otherDayOfMonth(tokens, end, date);
}

/**
 * "tgl 1 juni libur pancasila ya, tgl 2 buka jam brp", "habis libur Kenaikan tgl 6 Mei, tgl 7 nya buka?", "nyepi kan tgl 9,
 * lebaran tgl 10, nah tgl 8 nya buka?": the holiday's own day of the month is said, and the last other one after the
 * name is the day asked about, in the holiday's month. Without the holiday's own day said, a "tanggal N" is read as always.
 */
function otherDayOfMonth(tokens: readonly string[], end: number, date: string): string | null {
  const own = Number(date.slice(8));
  const days: { at: number; day: number }[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    if (DAY_OF_MONTH_WORDS.has(tokens[k] ?? '') && /^\d{1,2}$/.test(tokens[k + 1] ?? '')) days.push({ at: k, day: Number(tokens[k + 1]) });
  }
  if (!days.some((d) => d.day === own)) return null;
  const asked = days.filter((d) => d.at >= end && d.day !== own && !isMonthName(tokens[d.at + 2] ?? '')).at(-1);
  if (asked === undefined) return null;
  const candidate = `${date.slice(0, 8)}${String(asked.day).padStart(2, '0')}`;
  return new Date(`${candidate}T00:00:00Z`).getUTCDate() === asked.day ? candidate : null;
}


/** A word that names what the day is counted from ("senin setelah paskah"): then it is not counted from this holiday. */
const FOLLOWED_BY_NAME = (next: string): boolean => next !== '' && !QUESTION_TAIL.has(next);
/** Words that may end the question after "sesudahnya": "buka", "ga", "kan" (not a name to count from). */
const QUESTION_TAIL = new Set(['buka', 'tutup', 'libur', 'masuk', 'ga', 'gak', 'tidak', 'kan', 'ya', 'bisa', 'apa', 'masih', 'sudah', 'normal', 'jam', 'mpp', 'loket', 'kantor', 'pelayanan', 'layanan']);
