/**
 * Chat Indonesian → clean tokens. Pure string work; the typo step is injected so this file stays
 * free of models. Order matters: split → squeeze → slang → colloquial affixes → typos.
 */
import { WEEKDAYS as DAY_NAMES } from './date-tokens.js';
import { ENGLISH_WORDS } from './english.js';
import { FILLERS, SLANG } from './slang.js';

/** Messages are cut before any work: a 10,000-character paste must cost the same as a short one. */
export const MAX_INPUT_CHARS = 500;

export interface Lexicon {
  /** True for a word we can use as it is: training vocabulary, gazetteer, slang, or an Indonesian root or its inflection. */
  isKnown(token: string): boolean;
  /** Stricter: the exact word is in our vocabulary or the root list ("haii" is not, though its stem "hai" is). */
  isWord(token: string): boolean;
  isRoot(token: string): boolean;
  /** A close known word for an unknown one, or null. */
  correct(token: string): string | null;
  /** The known word a vowel-less token abbreviates ("jdwl" → "jadwal"), or null (abbreviations.ts). */
  expand(token: string): string | null;
  /** For an English word no example has: the Indonesian word of its gloss ("building" → "gedung") or its base ("registered" → "register"), or null. */
  englishBase?(token: string): string | null;
  /** The exact word is in our examples' vocabulary (not only the root list): what glued words may split into. */
  isTaught?(token: string): boolean;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^ -~]/; // anything outside printable ASCII (accents, emoji, control characters)
// Keep letters, digits, '#' (placeholders in training examples) and the separators dates and codes need.
const NOT_KEPT = /[^a-z0-9#./:\- ]+/g;
// A separator survives only inside a number ("13.00", "27/11", "08:30") or a hyphenated word ("e-ktp").
const LONE_SEPARATOR = /(?<![0-9])[./:]|[./:](?![0-9])|(?<![a-z0-9])-|-(?![a-z0-9])/g;
const LETTERS_THEN_DIGITS = /^([a-z]{2,})(\d[\d.:/]*)$/;
const DIGITS_THEN_LETTERS = /^(\d[\d.:/]*)([a-z]{2,})$/;
const REDUPLICATED = /^([a-z]{2,})2$/;
const CODE_NAME = /^[a-z]{2}\d$/;
/**
 * Three letters or more and one digit that looks like a letter ("bicar4", "lam4", "jam1"): kept whole here, for
 * normalizeToken to read as a word written with a digit or split as a word glued to a number (leetOrGlued).
 */
const TRAILING_LEET = /^[a-z]{3,}[013457]$/;
const REDUPLICATED_CLITIC = /^([a-z]{2,})2(nya|ku|mu)$/;
/** "senin-jumat", "mon-fri": a span of days written as one word; two day names let the date reader see the span. */
const HYPHEN_PAIR = /^([a-z]+)-([a-z]+)$/;
/** Possessive and definite clitics, Indonesian and regional ("-ne" Javanese, "-na" Sundanese, "-nye" Betawi). */
const HYPHEN_CLITICS: ReadonlySet<string> = new Set(['ku', 'mu', 'nya', 'ne', 'na', 'nye']);
const SEPARATOR = /[./:-]/;
const APOSTROPHES = /[’'`]/g;
const DIGIT = /\d/;

/** Lower-case, strip accents, URLs, emoji and punctuation, and split into raw tokens. */
export function splitTokens(text: string): string[] {
  let cleaned = text.slice(0, MAX_INPUT_CHARS).toLowerCase();
  // Most chat is ASCII without links: one scan does what the passes below do (throughput, session 11).
  if (!NOT_ASCII.test(cleaned) && !cleaned.includes('http') && !cleaned.includes('www.')) return splitAscii(cleaned);
  // Non-ASCII text or text with a link: each pass runs only when it can change something.
  if (cleaned.includes('http') || cleaned.includes('www.')) cleaned = cleaned.replace(URL, ' ');
  // An angry or fed-up face is the feeling said without a word ("3 jam. TIGA JAM. buat foto ktp doang 😤"): read as "kesal"
  // (feelings.ts), before the emoji are stripped. Not a crying or an upside-down face: those laugh as often as they complain.
  // (replace, not test: a global pattern's test moves its lastIndex, and the next message would start from it.)
  cleaned = cleaned.replace(ANGRY_FACES, ' kesal ');
  if (NON_ASCII.test(cleaned)) cleaned = cleaned.normalize('NFKD').replace(COMBINING_MARKS, '');
  cleaned = cleaned.replace(APOSTROPHES, '').replace(NOT_KEPT, ' ');
  // Pre-checks (issue 11, throughput): LONE_SEPARATOR only ever matches a separator, and the three per-token
  // patterns below all need a digit; test/intents/normalize.test.ts checks the shortcut against the full path.
  if (SEPARATOR.test(cleaned)) cleaned = cleaned.replace(LONE_SEPARATOR, ' ');
  const digits = DIGIT.test(cleaned);
  const tokens: string[] = [];
  for (const raw of cleaned.split(' ')) {
    if (raw === '' || raw === '#') continue;
    if (!digits) {
      tokens.push(raw);
      continue;
    }
    // "kirim2" is "kirim-kirim", not "kirim 2"; two letters and a digit are a code's name ("ak1", the job seeker's
    // card: split, its "ak" was read as "aku"; session 7, unknown names), not a word glued to a number ("jam9").
    const glued = REDUPLICATED.test(raw) || CODE_NAME.test(raw) || TRAILING_LEET.test(raw) ? null : (LETTERS_THEN_DIGITS.exec(raw) ?? DIGITS_THEN_LETTERS.exec(raw));
    if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(glued[1], glued[2]);
    else tokens.push(raw);
  }
  return tokens;
}

const NOT_ASCII = /[^\0-\x7f]/;
/** Faces of anger and of being fed up (😤 😡 🤬 😠 💢 👎 🙄 😒 😑), a run of them one feeling (session 22, dev set 93). */
const FACE = String.raw`\u{1F624}|\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F4A2}|\u{1F44E}|\u{1F644}|\u{1F612}|\u{1F611}`;
const ANGRY_FACES = new RegExp(String.raw`(?:${FACE})(?:${FACE}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]|\s)*`, 'gu');
const ASCII_APOSTROPHES = /['`]/g;

/** Character classes of splitAscii, by char code below 128. */
const SPACE = 0, DIGIT_CHAR = 1, LETTER = 2, HASH = 3, DOT_LIKE = 4, HYPHEN = 5;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT_CHAR;
for (let c = 97; c <= 122; c++) CLASS[c] = LETTER;
CLASS[35] = HASH;
CLASS[46] = DOT_LIKE; // .
CLASS[47] = DOT_LIKE; // /
CLASS[58] = DOT_LIKE; // :
CLASS[45] = HYPHEN;

/**
 * splitTokens' passes in one scan, for lower-cased ASCII text without a link (so NFKD and the URL pass change nothing):
 * apostrophes dropped; any character NOT_KEPT would replace ends a token; a separator ends one too unless LONE_SEPARATOR
 * keeps it (".", "/", ":" between two digits, "-" between two letters or digits, its neighbours read in the text as
 * NOT_KEPT left it); then each token as the loop of splitTokens takes it. test/intents/fast-paths.test.ts checks it
 * against the passes on random chat-like texts.
 */
function splitAscii(lower: string): string[] {
  const s = lower.includes("'") || lower.includes('`') ? lower.replace(ASCII_APOSTROPHES, '') : lower;
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    let c = i < s.length ? classAt(s, i) : SPACE;
    if (c === DOT_LIKE) {
      if (classAt(s, i - 1) !== DIGIT_CHAR || classAt(s, i + 1) !== DIGIT_CHAR) c = SPACE;
    } else if (c === HYPHEN) {
      const before = classAt(s, i - 1);
      const after = classAt(s, i + 1);
      if ((before !== DIGIT_CHAR && before !== LETTER) || (after !== DIGIT_CHAR && after !== LETTER)) c = SPACE;
    }
    if (c !== SPACE) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    pushToken(tokens, s.slice(start, i));
    start = -1;
  }
  return tokens;
}

/** The class of the character at `i`; outside the text, a space (as a lookaround at either end reads it). */
function classAt(s: string, i: number): number {
  return i < 0 || i >= s.length ? SPACE : (CLASS[s.charCodeAt(i)] ?? SPACE);
}

/** One raw token as splitTokens' loop takes it: "#" alone dropped, a word glued to a number split. */
function pushToken(tokens: string[], raw: string): void {
  if (raw === '#') return;
  if (!DIGIT.test(raw)) {
    tokens.push(raw);
    return;
  }
  const glued = REDUPLICATED.test(raw) || CODE_NAME.test(raw) || TRAILING_LEET.test(raw) ? null : (LETTERS_THEN_DIGITS.exec(raw) ?? DIGITS_THEN_LETTERS.exec(raw));
  if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(glued[1], glued[2]);
  else tokens.push(raw);
}

/** "haloooo" → "halo", "maaaf" → "maaf", "anak-anak" → "anak", "diceluk-celuk" → "diceluk", "syarat-syaratnya" → "syaratnya". */
function squeeze(token: string, lexicon: Lexicon): string {
  const halves = token.split('-');
  // "anak-anak" → "anak"; with a prefix on the first half only, "dipanggil-panggil" → "dipanggil".
  if (halves.length === 2 && halves[0] !== undefined && halves[1] !== undefined && halves[1].length >= 3 && halves[0].endsWith(halves[1])) return halves[0];
  // With a suffix on the second half only, "fitur-fiturnya" → "fiturnya" (the -nya step follows).
  if (halves.length === 2 && halves[0] !== undefined && halves[1] !== undefined && halves[0].length >= 3 && halves[1].startsWith(halves[0])) return halves[1];
  if (lexicon.isWord(token) || /\d/.test(token)) return token;
  const double = token.replace(/([a-z])\1{2,}/g, '$1$1');
  if (double !== token && lexicon.isKnown(double)) return double;
  const single = token.replace(/([a-z])\1+/g, '$1');
  if (single !== token && lexicon.isWord(single)) return single;
  // A real double letter ("mengganti", "tunggu"): collapsing it made "menganti", stemmed to "anti".
  if (double === token && lexicon.isKnown(token)) return token;
  return single !== token && (lexicon.isKnown(single) || double !== token) ? single : token;
}

/**
 * Colloquial verb forms → root, only when the result is a dictionary root ("ngurus" → "urus",
 * "daftarin" → "daftar", "nyari" → "cari", "nunggu" → "tunggu"). Anything else is left alone.
 */
export function rewriteColloquial(token: string, lexicon: Lexicon): string {
  // "mindahinnya", "ngebatalinnya": the -in form with its -nya (session 36, dev set 235: "Gimana cara mindahinnya?").
  if (token.length >= 8 && token.endsWith('innya')) {
    const read = rewriteColloquial(token.slice(0, -3), lexicon);
    if (read !== token.slice(0, -3)) return read;
  }
  // "pindahin": an example may use the -in form, but the root is the feature ("pindah jadwal").
  if (token.length >= 5 && token.endsWith('in') && !lexicon.isRoot(token) && lexicon.isRoot(token.slice(0, -2))) return token.slice(0, -2);
  if (token.length < 4 || lexicon.isKnown(token)) return token;
  const base = token.endsWith('in') && token.length >= 5 ? token.slice(0, -2) : token;
  // "daftarin" → "daftar"; "dimundurin" → "dimundur", which the stemmer takes to "mundur".
  if (base !== token && lexicon.isKnown(base)) return base;
  for (const candidate of prefixCandidates(base)) if (lexicon.isRoot(candidate)) return candidate;
  return token;
}

function prefixCandidates(word: string): string[] {
  if (word.startsWith('nge')) return [word.slice(3)];
  if (word.startsWith('ng')) return [word.slice(2), `k${word.slice(2)}`];
  if (word.startsWith('ny')) return [`c${word.slice(2)}`, `s${word.slice(2)}`];
  if (/^n[aiueo]/.test(word)) return [`t${word.slice(1)}`];
  if (/^m[aiueo]/.test(word)) return [`p${word.slice(1)}`];
  return [];
}

/**
 * One raw token → its normal form(s). Context-free, so callers may cache it. Filler removal comes later: the yes/no detector still needs "iya kak" whole.
 * With `guess` false, an unknown word is left as written instead of taken for a typo or an abbreviation of a word we
 * know: the caller knows it stands where a name does ("mpp parepare", pipeline.ts).
 */
export function normalizeToken(raw: string, lexicon: Lexicon, guess = true): readonly string[] {
  // Whole-token slang first: some reduplications mean something else ("sama-sama" is "you're welcome").
  const whole = SLANG[raw];
  if (whole !== undefined) return whole.split(' ');
  // An ordinal written with a hyphen, "ke-2", is "ke 2" ("lebaran ke-2", "hari ke-3"): one token, it was an unknown word,
  // and the name frame took it for an agency ("Ke-2 tidak ada di MPP", session 19). Written joined, "ke2" is the same
  // ordinal, not the chat's doubling of "ke" (session 32: "lebaran hari ke2" had lost its day).
  const ordinal = /^ke-?(\d{1,2})$/.exec(raw);
  if (ordinal?.[1] !== undefined) return ['ke', ordinal[1]];
  const dup = REDUPLICATED.exec(raw);
  if (dup?.[1] !== undefined) return normalizeToken(dup[1], lexicon, guess);
  // "fitur2nya", "syarat2nya": the chat reduplication with a clitic after it (session 7, help-people); the clitic stays.
  const dupClitic = REDUPLICATED_CLITIC.exec(raw);
  if (dupClitic?.[1] !== undefined) return normalizeToken(`${dupClitic[1]}${dupClitic[2] ?? ''}`, lexicon, guess);
  const pair = HYPHEN_PAIR.exec(raw);
  if (pair?.[1] !== undefined && pair[2] !== undefined && DAY_NAMES.has(pair[1]) && DAY_NAMES.has(pair[2])) return [pair[1], pair[2]];
  // A prefix written apart on a loanword: "nge-cancel", "di-cancel", "ke-confirm", "re-schedule" are the joined words
  // (session 9, booking-family on dev sets 9 and 11: "nge-cancel" stayed one unknown token).
  if (pair?.[1] !== undefined && HYPHEN_PREFIXES.has(pair[1])) return normalizeToken(raw.replace('-', ''), lexicon, guess);
  // A clitic written apart on a name or an acronym: "KTP-ku", "SIM-ku", "KIA-nya", "NPWP-mu" (session 17, dev sets 21–50:
  // 16 services went unread). "-ku" is the speaker's, as "bookingku" is (regionalAffix): "ktp saya".
  if (pair?.[1] !== undefined && pair[2] !== undefined && HYPHEN_CLITICS.has(pair[2])) return [...normalizeToken(pair[1], lexicon, guess), ...(pair[2] === 'ku' ? ['saya'] : [])];
  const leet = LEET_SHAPE.test(raw) ? raw.replace(/[013457]/g, (d) => LEET[d] ?? d) : null;
  if (leet !== null && leetWord(leet, lexicon)) return normalizeToken(leet, lexicon, guess);
  // "bicar4" is "bicara"; "jam1", "kelas1" are a known word glued to a number, split as splitTokens splits them.
  if (TRAILING_LEET.test(raw)) {
    const word = raw.slice(0, -1);
    const spelled = `${word}${LEET[raw.slice(-1)] ?? ''}`;
    if (!lexicon.isKnown(word) && lexicon.isKnown(squeeze(spelled, lexicon))) return normalizeToken(spelled, lexicon, guess);
    return [...normalizeToken(word, lexicon, guess), raw.slice(-1)];
  }
  if (raw.startsWith('#') || /\d/.test(raw)) return [raw];
  const squeezed = squeeze(raw, lexicon);
  // "antrinya" → "antri" → "antre": the clitic hides a slang word from the map.
  const slang = SLANG[squeezed] ?? (/(nya|ku|mu)$/.test(squeezed) ? SLANG[squeezed.replace(/(nya|ku|mu)$/, '')] : undefined);
  if (slang !== undefined) return slang.split(' ');
  // "broadcastnya": the stemmer only strips -nya from dictionary words.
  const bare = squeezed.endsWith('nya') && !lexicon.isKnown(squeezed) && lexicon.isKnown(squeezed.slice(0, -3)) ? squeezed.slice(0, -3) : squeezed;
  const root = rewriteColloquial(bare, lexicon);
  const word = SLANG[root] ?? root;
  // "berape", "lame": the stemmer finds a root in many regional forms, so a regional form that is exactly one
  // of our words wins over "known as some inflection". So does a word with a clitic: the stemmer read
  // "berapami" as ber-apam-i.
  // "MPPwamena": our name glued to a town's, as autocorrect and quick thumbs leave it (session 26, dev set 130); the town is a
  // name no lexicon knows, so glued() below, which splits only into known words, cannot.
  if (MPP_GLUED.test(word) && !lexicon.isKnown(word)) return ['mpp', word.slice(3)];
  // Two words glued ("jambuka": jam buka) before a clitic read off one ("jambu" with the Makassar "-ka"; see glued).
  const split = guess && word.length >= MIN_GLUED && !lexicon.isKnown(word) ? glued(word, lexicon) : null;
  if (split !== null) return split.split(' ');
  if (!lexicon.isWord(word) && (word.endsWith('e') || CLITIC_END.test(word))) {
    const exact = affixCandidates(word).find((c) => c.length >= 3 && (SLANG[c] !== undefined || lexicon.isWord(c)));
    if (exact !== undefined) return (SLANG[exact] ?? exact).split(' ');
  }
  // The krama "-ipun"/"-nipun" (its "-nya") on a word of ours: "prosesipun", "syaratipun" are in the field's examples, so known,
  // but each as a word of its own that a few dozen examples taught; read as the word ("proses") they are what every example of
  // it taught (session 39, dev set 307: "… ndamel SIM enggal punika prosesipun kados pundi nggih?" read as requirements).
  const krama = KRAMA_POSSESSIVE.exec(word);
  if (krama?.[1] !== undefined && (SLANG[krama[1]] !== undefined || lexicon.isWord(krama[1]))) return (SLANG[krama[1]] ?? krama[1]).split(' ');
  // Before "known": an English inflection is in the common-words list, so known, yet no example has it (session 7).
  const base = lexicon.englishBase?.(word) ?? null;
  if (base !== null) return base.split(' ');
  if (lexicon.isKnown(word)) return word.split(' ');
  const fixed = kramaPassive(word, lexicon) ?? regionalAffix(word, lexicon) ?? loanPrefix(word, lexicon) ?? (guess ? (lexicon.expand(word) ?? lexicon.correct(word)) : null) ?? word;
  return (SLANG[fixed] ?? fixed).split(' ');
}

/** "mpp" and four letters or more after it ("mppwamena", "mppkotabaru"); not "mppnya" (its clitic). */
const MPP_GLUED = /^mpp(?!nya$|ku$|mu$)[a-z]{4,}$/;

/**
 * Digits written for letters, the "alay" way ("m4k4s1h", "s4y4 m4u t4ny4", "b1s4", "4p4 4j4"): letters and digits mixed, not
 * only letters then digits or digits then letters (those are a word glued to a number, split before: "jam10"), every digit
 * one that looks like a letter. Read as the word only when that is a word we know: "p3k" (the contract civil servant) and
 * "h1n1" stay as written, and so do sizes and codes ("3x4", "a4", "b1"), which have no digit between letters.
 */
const LEET_SHAPE = /^(?=[a-z013457]*[a-z])(?=[a-z013457]*[013457])(?![a-z]+[013457]+$)(?![013457]+[a-z]+$)[a-z013457]{3,}$/;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Three letters ("g4k", "b0t", "m4u") only when chat spells the word so or our examples teach it: "pek" is a root. */
function leetWord(word: string, lexicon: Lexicon): boolean {
  if (word.length > 3) return lexicon.isKnown(squeeze(word, lexicon));
  return SLANG[word] !== undefined || lexicon.isTaught?.(word) === true;
}

/** Glued words are read only from this length: "dimana", "kesini" are written as one word, and known. */
const MIN_GLUED = 6;
const MIN_GLUED_PART = 3;
const SHORT_GLUED: ReadonlySet<string> = new Set(['jam', 'apa', 'brp', 'ada', 'mau', 'kok', 'gak', 'ktp', 'sim', 'kia', 'nib', 'pbb', 'pbg', 'kua', 'mpp']);

/**
 * Two words typed without the space between them (session 21, dev set 80: phone keyboards and autocorrect): "jambuka",
 * "syaratbikin", "tahunbaru", "brpbiaya". Only for a word we do not know, and only when it splits into two words our
 * examples teach (or chat spellings of them), of four letters or more or a few short ones (SHORT_GLUED), never English; of
 * several such splits, the most even. Before the regional affixes and the typo corrector: "jambuka" was "jambu" with the
 * Makassar "-ka", and two whole words are better evidence than a two-letter clitic or an edit.
 */
function glued(token: string, lexicon: Lexicon): string | null {
  if (token.length < MIN_GLUED || token.length > 20) return null;
  if (lexicon.isTaught === undefined) return null;
  // Words of our examples, or chat spellings of them: the root list holds "buk" and "aji", and "bukaji" is "buka" with the
  // Makassar "-ji", not "buk aji". A part of three letters only from the few words chat glues most ("jambuka", "brpbiaya"):
  // "sipanda" is an app's name, not "sip anda". No English: "elsewhere" is not "else where", which read as a question where
  // something is.
  const known = (w: string): boolean => (w.length >= 4 || SHORT_GLUED.has(w)) && !ENGLISH_WORDS.has(w) && lexicon.isTaught?.(SLANG[w] ?? w) === true;
  let best: string | null = null;
  let bestShort = 0;
  for (let k = MIN_GLUED_PART; k <= token.length - MIN_GLUED_PART; k++) {
    const left = token.slice(0, k);
    const right = token.slice(k);
    const short = Math.min(left.length, right.length);
    if (short > bestShort && known(left) && known(right)) {
      best = `${SLANG[left] ?? left} ${SLANG[right] ?? right}`;
      bestShort = short;
    }
  }
  return best;
}

/**
 * Regional affixes on an Indonesian or regional stem (issue 11; sources in regional.ts): Javanese
 * -e/-ne/-ipun/-nipun ("syarate", "biayane", "syaratipun"), -ke ("batalke") and Suroboyoan -no ("dimundurno"), Sundanese -na ("syaratna")
 * and -keun ("batalkeun"), Betawi -nye ("caranye") and final -e for -a ("berape", "mane"), Banjar -akan
 * ("batalakan"), Javanese krama -aken ("daftaraken"), the possessives -ku/-mu ("bookingku"), and the Bugis-Makassar enclitics -ji/-mi/-ki/-pi/-ka/-ko
 * and polite -ta written onto the word ("bukaji", "dimanaki", "kodeta"). Only for a word we do not know, and only when
 * the result is a word we do: exact words first, then inflections of a root.
 */
function regionalAffix(token: string, lexicon: Lexicon): string | null {
  if (token.length < 4) return null;
  const candidates = affixCandidates(token).filter((c) => c.length >= 3);
  return (
    candidates.find((c) => SLANG[c] !== undefined || lexicon.isWord(c)) ??
    candidates.find((c) => c.length >= 4 && lexicon.isKnown(c)) ??
    null
  );
}

/**
 * The krama passive "dipun-" written onto its verb ("dipunlintu", "dipunterangaken", "dipunsentak"; Robson 2002), as "di-"
 * (session 37, dev set 267; written apart, "dipun" is a filler and the verb reads alone). Only for a word we do not know, and only
 * when the verb after it is one of ours, in a regional form or with a regional affix.
 */
function kramaPassive(token: string, lexicon: Lexicon): string | null {
  if (!token.startsWith('dipun') || token.length < 8) return null;
  const rest = token.slice(5);
  const read = SLANG[rest] ?? regionalAffix(rest, lexicon) ?? (lexicon.isWord(rest) ? rest : null);
  const verb = read === null ? null : (SLANG[read] ?? read);
  return verb === null || verb.includes(' ') ? null : `di${verb}`;
}

/**
 * A prefix on a word the stemmer cannot see through: Indonesian di-/ke- on a loan word ("dicancel",
 * "direschedule", "kepake") and the Banjar/colloquial ba-/be- of "ber-" ("bebayar", "bajam"). Only for a
 * word we do not know, and only when the rest is one of our words (or its slang) of three letters or more.
 */
function loanPrefix(token: string, lexicon: Lexicon): string | null {
  const prefix = LOAN_PREFIXES.find((p) => token.startsWith(p));
  if (prefix === undefined) return null;
  const rest = token.slice(prefix.length);
  return rest.length >= 3 && (SLANG[rest] !== undefined || lexicon.isWord(rest)) ? rest : null;
}
// nga-: the Sundanese active prefix on a word we know ("ngabatalkeun", "ngadaptar"; regional.ts sources)
// nge-: the Jakarta active prefix on a loanword ("ngecancel", "ngebooking"; session 9)
const LOAN_PREFIXES = ['di', 'ke', 'ba', 'be', 'nga', 'nge'];
/** Prefixes written with a hyphen before a loanword (see normalizeToken); re- is the English one ("re-schedule"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['di', 'ke', 'nge', 're']);

/** A word and the krama possessive written onto it ("syaratipun", "caranipun"): at least three letters before it. */
const KRAMA_POSSESSIVE = /^(\p{L}{3,}?)n?ipun$/u;
const MAKASSAR_CLITICS = ['ji', 'mi', 'ki', 'pi', 'ka', 'ko', 'ta'];
/** Clitics written onto a word (Bugis-Makassar particles, possessives) that the stemmer may take for affixes. */
const CLITIC_END = /(?:ji|mi|ki|pi|ka|ko|ku|mu)$/;

function affixCandidates(t: string): string[] {
  const out: string[] = [];
  const cut = (n: number, add = ''): number => out.push(t.slice(0, -n) + add);
  if (t.endsWith('nipun')) cut(5);
  if (t.endsWith('ipun')) cut(4);
  if (t.endsWith('keun')) cut(4, 'kan');
  // "daptarkeun": the root is itself regional (daptar → daftar)
  if (t.endsWith('keun')) cut(4);
  if (t.endsWith('akan')) cut(4, 'kan');
  // Javanese krama -aken ("daftaraken", "sambungaken", "batalaken"; Robson 2002): the -kan of Indonesian (session 23, dev set 104)
  if (t.endsWith('aken')) cut(4, 'kan');
  if (t.endsWith('ke')) cut(2, 'kan');
  // Suroboyoan -no/-kno (East Java; session 36, dev set 227: "antrianku iso dimundurno minggu depan", "diacuhno"): -kan
  if (t.endsWith('kno')) cut(3, 'kan');
  if (t.endsWith('no')) cut(2, 'kan');
  if (t.endsWith('nye')) cut(3);
  if (t.endsWith('e')) cut(1, 'a');
  if (t.endsWith('ne')) cut(2);
  if (t.endsWith('e')) cut(1);
  if (t.endsWith('na')) cut(2);
  if (t.endsWith('ku') || t.endsWith('mu')) cut(2);
  // Bugis-Makassar enclitics written onto the word ("bukaji", "dimanaki", "mauka", "kapanpi", "kodeta"): the
  // same particles regional.ts drops when written apart, and -ta, the polite "your"
  for (const clitic of MAKASSAR_CLITICS) if (t.endsWith(clitic)) cut(clitic.length);
  return out;
}

export function dropFillers(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !FILLERS.has(t));
}
