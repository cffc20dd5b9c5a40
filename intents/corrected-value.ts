/**
 * A service, day, time or place the citizen corrects as they type (issue 11, session 24, blind set 25's lean, dev sets 105–110):
 * "syarat bikin ktp eh maksudnya kk baru apa aja", "daftar antrian bpjs kesehatan besok jam sepuluh eh jam sebelas aja",
 * "hari kamis eh jangan deh senin aja", "… jam sepuluh, eh maaf, jam sembilan saja", "renew my driving licence sorry I mean
 * the vehicle tax", "the birth certificate thing uh the death certificate sorry". Read whole, the first value named wins
 * (the analyser takes the first service and the first clock time), so the booking, the answer or the move went to the one
 * taken back.
 *
 * A correction is a run of correction words with a cue among them ("eh", "maksudnya", "maksud saya", "sorry", "I mean",
 * "uh", "maaf", "ralat"), right after a value and right before another value of the same kind: the words that named the
 * first value (the fewest words before the run that name it) are cut with the run, and the rest is read as the message.
 * Words of adding ("ktp eh sama kk juga") are not a correction, nor a run with no value of the same kind on both sides
 * ("booking ktp besok eh, jam 9 bisa?" names a day, then a time). Self-correction.ts reads a slipped word ("sin eh sim
 * maksudnya"); taken-back.ts reads what is taken back with no value after it ("ga jadi ke kk, ktp aja").
 */
import type { Named } from './taken-back.js';

/** Words that make a run a correction. */
const CUES: ReadonlySet<string> = new Set([
  'eh', 'ehh', 'ehhh', 'eeh', 'uh', 'uhh', 'um', 'umm', 'err', 'maksudnya', 'maksudny', 'mksdnya', 'mksdny', 'mksudnya', 'maksudku', 'maksud',
  'mksd', 'ralat', 'sorry', 'sori', 'sory', 'srry', 'sorri', 'maaf', 'oops', 'mean', 'meant',
]);
/** Words that may stand in the run beside a cue: "eh bukan, maksud saya", "eh maaf", "eh tidak jadi", "sorry I mean". */
const RUN: ReadonlySet<string> = new Set([
  ...CUES, 'bukan', 'bkn', 'salah', 'saya', 'sy', 'aku', 'ku', 'gw', 'gue', 'i', 'no', 'wait', 'jangan', 'jgn', 'deh', 'dong', 'ga', 'gak', 'gk',
  'nggak', 'ngga', 'tidak', 'tdk', 'jadi', 'jd', 'mohon', 'ya', 'yah', 'kak', 'min', 'tapi', 'tp', 'ding', 'dink', 'koreksi', 'typo', 'actually',
  // Betawi, Javanese, Sundanese: "maksud aye", "dudu ding maksudku", "lain ding".
  'aye', 'ane', 'dudu', 'lain', 'sanes', 'udu', 'kulo', 'kula', 'abdi', 'ulun',
]);
/** Cues said after the value meant ("kk maksudnya"). */
const POSTFIX: ReadonlySet<string> = new Set(['maksudnya', 'maksudny', 'mksdnya', 'mksdny', 'mksudnya', 'maksudku']);
/** Cues only with their person: "maksud saya", "I mean" ("maksud kedatangan", "what does it mean" are no corrections). */
const WEAK: ReadonlySet<string> = new Set(['maksud', 'mean', 'meant']);
const PERSON: ReadonlySet<string> = new Set(['saya', 'sy', 'aku', 'ku', 'gw', 'gue', 'kami', 'aye', 'ane', 'ulun', 'abdi', 'kulo', 'kula']);
/** A value said with its no is refused: "not PBB", "jangan yg kamis". */
const NEGATION: ReadonlySet<string> = new Set(['bukan', 'bkn', 'not', 'no', 'jangan', 'jgn', 'instead', 'dudu', 'udu', 'sanes', 'lain']);
/** Cues that say a correction outright, whatever came before them. */
const SAYS_CORRECTION: ReadonlySet<string> = new Set(['ralat', 'koreksi', 'salah', 'bukan', 'bkn', 'dudu', 'sanes']);
/** Words of adding, not correcting ("ktp eh sama kk juga", "sim uh and skck"). */
const ADDING = /^(?:dan|sama|serta|atau|ato|and|or|plus|terus|trus|lalu|then|also)$|^(?:juga|jg|also|too|sekalian|sekaligus)$/iu;
/** Words that may stand before a value and go with it when it is cut, when the correction repeats them ("jam 10 eh jam 11"). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['hari', 'hr', 'tanggal', 'tgl', 'jam', 'jm', 'pukul', 'pkl', 'the', 'yang', 'yg', 'buat', 'untuk', 'utk', 'ke']);
/** Most words a value may take, before the run and at the head of what follows it. */
const VALUE_WORDS = 6;
const HEAD_WORDS = 4;
/** Corrections read in one message, at most. */
const MAX_CORRECTIONS = 3;
/** Cheap first look (throughput): most messages correct nothing. */
const MAY_CORRECT = /\b(?:e+h+|uh+|um+|err|ma?ks?u?d\w*|mksd\w*|ralat|sor+y|sori|srry|maaf|oops|mean|meant)\b/iu;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly bare: string;
}

type Kind = 'service' | 'date' | 'time' | 'place';
const KINDS: readonly Kind[] = ['service', 'date', 'time', 'place'];
/** What a piece names, each kind read the analyser's way, and a place by its head word. */
type Read = (piece: string) => Readonly<Record<Kind, string | null>>;

/**
 * Words before a place's name: "mpp surabaya eh maksud saya mpp sidoarjo", "samsat kota malang eh kota batu". A place we do
 * not serve is read by its frame later (name-frame.ts); here only its name matters, to see that one was taken back.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set(['mpp', 'kota', 'kab', 'kabupaten', 'kec', 'kecamatan']);

/** The name after the first place head word in the piece ("mpp kota malang" → "malang"). */
function placeIn(piece: string): string | null {
  const bare = piece.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  for (let i = 0; i + 1 < bare.length; i++) {
    const name = bare[i + 1] ?? '';
    if (PLACE_HEADS.has(bare[i] ?? '') && name !== '' && !PLACE_HEADS.has(name) && !RUN.has(name) && !NOT_A_PLACE.test(name)) return name;
  }
  return null;
}

/** The message with each corrected value's words cut, or null when nothing is corrected. */
export function correctedValue(text: string, readNamed: (piece: string) => Named): string | null {
  if (!MAY_CORRECT.test(text)) return null;
  const read: Read = (piece) => {
    const named = readNamed(piece);
    return { service: named.service, date: named.date, time: named.time, place: placeIn(piece) };
  };
  let current = text;
  let changed = false;
  for (let n = 0; n < MAX_CORRECTIONS; n++) {
    const next = correctOnce(current, read);
    if (next === null) break;
    current = next;
    changed = true;
  }
  // "… eh bukan besok, sabtu maksudnya": a cue left at the end after the value meant says nothing more, and read as a name
  // ("maksudnya" as an agency's).
  return changed ? current.replace(TRAILING_POSTFIX, '') : null;
}
const TRAILING_POSTFIX = /\s+(?:maksudnya|maksudny|mksdnya|mksdny|mksudnya|maksudku)[\s.!?]*$/iu;

function correctOnce(text: string, read: Read): string | null {
  const words = [...text.matchAll(/\S+/gu)].map((m): Word => ({ start: m.index, end: m.index + m[0].length, bare: m[0].toLowerCase().replace(/[^\p{L}\p{N}']/gu, '') }));
  for (let i = 0; i < words.length; i++) {
    const cue = words[i];
    if (cue === undefined || !CUES.has(cue.bare) || (WEAK.has(cue.bare) && !weakCue(words, i))) continue;
    // The run around the cue: correction words on both sides.
    let from = i;
    while (from > 0 && RUN.has(words[from - 1]?.bare ?? '') && !endsSentence(text, words[from - 1])) from--;
    let to = i + 1;
    while (to < words.length && RUN.has(words[to]?.bare ?? '')) to++;
    to = pastRepeat(text, words, from, to, read);
    // "… eh jam 11 maksudnya, yg jam 10 tetep": a "maksudnya" right after a value marks that value as meant; what follows is
    // no correction of it.
    const postfix = POSTFIX.has(cue.bare);
    const marks = postfix && KINDS.some((kind) => valueBefore(text, words, from, kind, read)?.end === from);
    const cut = (marks ? null : correction(text, words, from, to, read)) ?? (postfix ? meantBefore(text, words, from, to, read) : null);
    if (cut !== null) return cut;
    i = to - 1;
  }
  return null;
}

/** The text with the value before words[from..to) and the run cut, when the words after name another of its kind. */
function correction(text: string, words: readonly Word[], from: number, to: number, read: Read): string | null {
  const head = words.slice(to, to + HEAD_WORDS);
  const first = head[0];
  if (first === undefined || from === 0) return null;
  if (head.some((w) => ADDING.test(w.bare))) return null;
  // "PBG, I mean, not PBB": a value said with its no is the one refused, not the one meant; and a question ended before
  // the cue leaves it a remark ("Paskah buka? eh itu hari Minggu ya").
  // A run that says it corrects ("ralat", "eh bukan besok", "eh salah") corrects across the question, though (session 28, dev
  // set 145: "besok buka jam berapa? eh bukan besok, sabtu maksudnya", "jam 11 masih bisa dilayani ga? ralat, maksudnya jam 1").
  const says = words.slice(from, to).some((w) => SAYS_CORRECTION.has(w.bare));
  if (NEGATION.has(first.bare) || (!says && /\?$/u.test(text.slice(0, words[from - 1]?.end ?? 0)))) return null;
  const after = read(span(text, words, to, to + head.length));
  // Word ranges to cut: each value taken back, then the run itself.
  const cuts: [number, number][] = [];
  for (const kind of KINDS) {
    const bare = kind === 'place' && after.place === null;
    // A name said bare only after "eh" or "maksudnya": "Mohon maaf" opens a new sentence as often as it corrects.
    const value = bare ? (words.slice(from, to).some((w) => PLACE_CUES.test(w.bare)) ? bareName(text, words, to, read) : null) : after[kind];
    if (value === null) continue;
    const said = valueBefore(text, words, from, kind, read);
    if (said === null || said.value === value) continue;
    // A name said again without its head keeps the head said first ("mpp surabaya eh sidoarjo" → "mpp sidoarjo").
    let start = bare ? said.end - 1 : said.start;
    // "jam sepuluh eh jam sebelas": the lead word goes when the correction says it again.
    const lead = words[start - 1];
    if (lead !== undefined && LEAD_WORDS.has(lead.bare) && lead.bare === first.bare) start--;
    cuts.push([start, said.end]);
  }
  if (cuts.length === 0) return null;
  cuts.push([from, to]);

  return cutWords(text, words, cuts);
}

/**
 * "mpp surabaya, eh maksudnya sidoarjo, buka jam berapa": the place meant, said without its head word, is the word right
 * after the run when nothing else reads it: not a service, day or time, and not a word of the question around it.
 */
function bareName(text: string, words: readonly Word[], at: number, read: Read): string | null {
  const name = words[at]?.bare ?? '';
  if (name.length < 3 || /\d/u.test(name) || NOT_A_PLACE.test(name)) return null;
  const named = read(span(text, words, at, at + 1));
  return named.service === null && named.date === null && named.time === null ? name : null;
}
const PLACE_CUES = /^(?:e+h+|ma?ksu?d\w*|mksd\w*|ralat)$/u;
const NOT_A_PLACE =
  /^(?:buka|bukak|tutup|jam|jm|hari|hr|dimana|dmn|mana|di|ada|ad|ga|gak|gk|nggak|tidak|apa|apakah|ini|itu|yang|yg|sini|situ|sana|juga|jg|aja|saja|kapan|kpn|alamat|alamatnya|lokasi|lokasinya|layanan|pelayanan|kantor|open|close|where|what|when|is|the|bisa|bs|mau|buat|untuk|utk|ke|kesana|kesini|sekarang|skrg|besok|tutupnya|bukanya)$/u;

/** The text without the word ranges [start, end). */
function cutWords(text: string, words: readonly Word[], cuts: [number, number][]): string {
  cuts.sort((x, y) => x[0] - y[0]);
  let kept = '';
  let at = 0;
  for (const [start, end] of cuts) {
    const cutFrom = words[start]?.start ?? 0;
    if (cutFrom > at) kept += text.slice(at, cutFrom);
    at = Math.max(at, words[end]?.start ?? text.length);
  }
  return `${kept}${text.slice(at)}`.replace(/[ \t]{2,}/gu, ' ').replace(/\s+([,.;!?])/gu, '$1');
}

/**
 * "ktp anak saya eh bukan ktp, kk maksudnya": "maksudnya" after the value meant, another of its kind just before it. The
 * earlier value's words and the run are cut; the value meant stays where it was said.
 */
function meantBefore(text: string, words: readonly Word[], from: number, to: number, read: Read): string | null {
  for (const kind of KINDS) {
    const meant = valueBefore(text, words, from, kind, read);
    if (meant === null || meant.end !== from) continue;
    const earlier = valueBefore(text, words, meant.start, kind, read);
    if (earlier === null || earlier.value === meant.value) continue;
    return cutWords(text, words, [[earlier.start, earlier.end], [from, to]]);
  }
  return null;
}

/**
 * "ktp eh bukan ktp, kk maksudnya", "kk eh bukan kk tapi kia", "lusa ya eh jangan lusa minggu depan aja": a run that says
 * no and repeats the value refused goes on past the repeat; the value after it is the one meant. The end of the run.
 */
function pastRepeat(text: string, words: readonly Word[], from: number, to: number, read: Read): number {
  if (!words.slice(from, to).some((w) => NEGATION.has(w.bare))) return to;
  for (const kind of KINDS) {
    const said = valueBefore(text, words, from, kind, read);
    if (said === null) continue;
    for (let end = to + 1; end <= Math.min(to + 3, words.length); end++) {
      if (read(span(text, words, to, end))[kind] !== said.value) continue;
      // "akta" begins "akta kematian" too: a service repeated is one the next words do not turn into another.
      const longer = read(span(text, words, to, Math.min(end + 1, words.length)))[kind];
      if (kind === 'service' && longer !== said.value) return to;
      let next = end;
      while (next < words.length && RUN.has(words[next]?.bare ?? '')) next++;
      return next;
    }
  }
  return to;
}

/**
 * The nearest value of the kind said before the run, within VALUE_WORDS words, and the words that name it (the fewest from
 * its first word): "mencetak KTP elektronik yang hilang, eh bukan" takes back "KTP" and keeps "yang hilang".
 */
function valueBefore(text: string, words: readonly Word[], run: number, kind: Kind, read: Read): { value: string; start: number; end: number } | null {
  for (let k = 1; k <= Math.min(VALUE_WORDS, run); k++) {
    const start = run - k;
    const value = read(span(text, words, start, run))[kind];
    if (value === null) continue;
    for (let end = start + 1; end <= run; end++) {
      if (read(span(text, words, start, end))[kind] === value) return { value, start, end };
    }
    return { value, start, end: run };
  }
  return null;
}

/** The text of words[start..end), as written between them. */
function span(text: string, words: readonly Word[], start: number, end: number): string {
  return text.slice(words[start]?.start ?? 0, words[end - 1]?.end ?? 0);
}

/** "maksud saya", "I mean": a weak cue with its person. */
function weakCue(words: readonly Word[], i: number): boolean {
  const cue = words[i]?.bare;
  return cue === 'maksud' ? PERSON.has(words[i + 1]?.bare ?? '') : words[i - 1]?.bare === 'i';
}

/** The word ends a sentence ("… jam 9 pagi. Eh …" keeps the stop's sentence out of the run). */
function endsSentence(text: string, word: Word | undefined): boolean {
  return word !== undefined && /[.!?]$/u.test(text.slice(word.start, word.end));
}
