/**
 * Spelled-out numbers where a day or a clock time is named (issue 11, session 8, date/time): "tanggal dua puluh
 * lima", "tiga puluh dua desember", "jam delapan tiga puluh", "dua hari lagi". chrono.id reads none of them, and
 * the check for days no calendar has ("tanggal tiga puluh dua") saw no number at all, so an impossible day said in
 * words got no answer. Older citizens and voice-typed messages spell numbers out.
 * Only in a date or time frame: "dua orang", "satu lagi" and "ada dua anak" stay words.
 */

const UNITS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
const WHOLE: Readonly<Record<string, number>> = { sepuluh: 10, sebelas: 11 };

/** Words before a number that make it a day or an hour ("tanggal", "jam", "pukul", "setengah"). */
const HEADS = new Set(['tanggal', 'date', 'jam', 'pukul', 'setengah']);
/** Words after a number that make it a day ("dua puluh lima desember") or a span of days ("dua hari lagi"). */
const MONTHS = new Set([
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november',
  'nopember', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'aug', 'sep', 'okt', 'oct', 'nov', 'nop', 'des', 'dec',
]);
const SPAN_UNITS = new Set(['hari', 'minggu', 'pekan', 'bulan']);

/** Every word a spelled number is made of: most messages hold none and skip the rest (dates.ts's gate too). */
export const NUMBER_PARTS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(WHOLE), 'belas', 'puluh']);

/** The number spelled out at `i` ("tiga puluh dua" = 32, "lima belas" = 15, "sebelas"), with its length; null otherwise. */
export function spelledNumber(tokens: readonly string[], i: number): { value: number; length: number } | null {
  const t = tokens[i] ?? '';
  const whole = WHOLE[t];
  if (whole !== undefined) return { value: whole, length: 1 };
  const unit = UNITS[t];
  if (unit === undefined) return null;
  const next = tokens[i + 1];
  if (next === 'belas') return { value: 10 + unit, length: 2 };
  if (next !== 'puluh') return { value: unit, length: 1 };
  const ones = UNITS[tokens[i + 2] ?? ''];
  return ones === undefined ? { value: unit * 10, length: 2 } : { value: unit * 10 + ones, length: 3 };
}

/** Whether the number at `i` (length `length`) stands in a date or time frame. */
function inFrame(tokens: readonly string[], i: number, length: number): boolean {
  const before = tokens[i - 1] ?? '';
  const after = tokens[i + length] ?? '';
  if (HEADS.has(before) || MONTHS.has(after)) return true;
  // "jam 8 tiga puluh": the minutes after an hour (the hour is already digits here: it was converted first).
  if (/^\d{1,2}$/.test(before) && (tokens[i - 2] === 'jam' || tokens[i - 2] === 'pukul')) return true;
  // "lewat/lebih/kurang lima belas (menit)" after an hour: clock-phrases.ts reads them.
  if ((before === 'lewat' || before === 'lebih' || before === 'kurang') && /^\d{1,2}$/.test(tokens[i - 2] ?? '')) return true;
  return SPAN_UNITS.has(after) && tokens[i + length + 1] === 'lagi';
}

/** `tokens` with each spelled-out number in a date or time frame written in digits; the same array when none is. */
export function spelledNumbersToDigits(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => NUMBER_PARTS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = spelledNumber(tokens, i);
    // Frames are checked against what is already converted: "jam delapan tiga puluh" reads the hour first.
    if (n !== null && inFrame([...out, ...tokens.slice(i)], out.length, n.length)) {
      const digit = n.length === 1 && n.value < 10 && out[out.length - 1] === 'tanggal' ? nextDigit(tokens, i + 1) : null;
      out.push(digit === null ? String(n.value) : `${n.value}${digit}`);
      i += n.length - 1 + (digit === null ? 0 : 1);
    } else out.push(tokens[i] ?? '');
  }
  return out;
}

/**
 * "tanggal dua lima", "tanggal tiga satu": a day said digit by digit, as in speech; the second digit, or null.
 * Without it "tiga satu november" was read as the 1st of November.
 */
function nextDigit(tokens: readonly string[], i: number): number | null {
  const t = tokens[i] ?? '';
  if (t === 'nol') return 0;
  const unit = UNITS[t];
  return unit === undefined || tokens[i + 1] === 'belas' || tokens[i + 1] === 'puluh' ? null : unit;
}

/** English hours spelled out (session 9 probes: "at half past nine tomorrow", "at nine am", "friday at ten"). */
const ENGLISH_HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** After "at": only where an hour ends the phrase ("at ten", "at nine tomorrow"); "at one point" is no time. */
const AFTER_HOUR = new Set(['', 'am', 'pm', 'o', 'oclock', 'tomorrow', 'today', 'tonight', 'on', 'this', 'next', 'please', 'in', 'morning', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Exactly the tokens `t` for which `ENGLISH_HOURS[t] !== undefined`: the hour words and, as ENGLISH_HOURS is a plain
 * object, the names its prototype answers to ("constructor", "toString", "__proto__" …). A Set lookup of an unknown
 * word is several times cheaper than a miss on the object (throughput, session 11), and taking the prototype's names
 * in keeps the answer the same for every token, odd ones included.
 */
export const ENGLISH_HOUR_KEYS: ReadonlySet<string> = new Set([...Object.keys(ENGLISH_HOURS), ...Object.getOwnPropertyNames(Object.prototype)]);

/**
 * Minutes said after an English hour, as speech-to-text writes them ("at ten thirty", "nine forty five", "eight oh five";
 * session 20, dev set 69): the words of each, in order.
 */
const ENGLISH_MINUTES: readonly (readonly [words: readonly string[], minutes: number])[] = [
  [['forty', 'five'], 45], [['twenty', 'five'], 25], [['thirty', 'five'], 35], [['fifty', 'five'], 55], [['oh', 'five'], 5],
  [['fifteen'], 15], [['thirty'], 30], [['forty'], 40], [['twenty'], 20], [['fifty'], 50], [['ten'], 10],
];

/** The minutes said at `i` after an hour, with how many words they take; null when none are. */
function englishMinutes(tokens: readonly string[], i: number): { minutes: number; length: number } | null {
  for (const [words, minutes] of ENGLISH_MINUTES) if (words.every((w, k) => tokens[i + k] === w)) return { minutes, length: words.length };
  return null;
}

/** "a m", "p m": am and pm as speech-to-text spells them, after an hour (a digit or an hour word). */
function joinMeridiem(tokens: readonly string[]): readonly string[] {
  if (!tokens.includes('m')) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const before = out[out.length - 1] ?? '';
    if ((t === 'a' || t === 'p') && tokens[i + 1] === 'm' && (/^\d{1,2}$/.test(before) || ENGLISH_HOURS[before] !== undefined || englishMinutesEnd(out))) {
      out.push(`${t}m`);
      i++;
    } else out.push(t);
  }
  return out;
}

/** Whether `out` ends in minutes said after an hour word ("ten thirty", "nine forty five"). */
function englishMinutesEnd(out: readonly string[]): boolean {
  return ENGLISH_MINUTES.some(([words]) => out.length > words.length && words.every((w, k) => out[out.length - words.length + k] === w) && ENGLISH_HOURS[out[out.length - words.length - 1] ?? ''] !== undefined);
}

/** `tokens` with an English hour word written in digits where it is a clock time; the same array when none is. */
export function englishHoursToDigits(said: readonly string[]): readonly string[] {
  const tokens = joinMeridiem(said);
  if (!tokens.some((t) => ENGLISH_HOUR_KEYS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const hour = ENGLISH_HOURS[t];
    if (hour === undefined) {
      out.push(t);
      continue;
    }
    const before = tokens[i - 1] ?? '';
    const minutes = englishMinutes(tokens, i + 1);
    const after = tokens[i + 1 + (minutes?.length ?? 0)] ?? '';
    const meridiem = after === 'am' || after === 'pm' || after === 'o' || after === 'oclock';
    // "at ten thirty", "ten thirty am": an hour and its minutes; "ten thirty people" is no time.
    if (minutes !== null && (meridiem || (before === 'at' && AFTER_HOUR.has(after)))) {
      out.push(`${hour}:${String(minutes.minutes).padStart(2, '0')}`);
      i += minutes.length;
      continue;
    }
    const next = tokens[i + 1] ?? '';
    const clock = next === 'am' || next === 'pm' || next === 'o' || next === 'oclock' || before === 'past' || (before === 'to' && tokens[i - 2] === 'quarter') || (before === 'at' && AFTER_HOUR.has(next));
    out.push(clock ? String(hour) : t);
  }
  return out;
}
