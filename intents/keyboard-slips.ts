/**
 * A service's name with a slip of the finger (issue 11, session 19, dev sets 64 and 67, messages typed on a phone after a
 * long day): a key hit beside the right one ("kto", "bojs", "nilah", "sansat"), two letters swapped ("kpt", "atka"), one
 * dropped or one too many ("skc", "indah" for pindah), or a space typed inside the name ("np wp", "pas por", "ke matian").
 * Phones' autocorrect then often makes the slip a word ("aim", "sum", "indah", "nilah"), so a slip counts only where a
 * service is expected: right after a word that names or asks for one ("perpanjang", "loket", "antrian", "surat", "akta",
 * "pajak"…), or right before a word that only follows one ("… kesehatan", "… pribadi"). A vowel-less slip, which is no
 * word, is read anywhere by acronym-slips.ts.
 *
 * One slip only, and only when it leads to a single service word: "sin" is one key from "sim", "son" two; "pbg" names its
 * own service, though one key from "pbb".
 */

import { FUNCTION_WORDS } from './function-words.js';
import { FILLERS, SLANG } from './slang.js';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/** Each key's neighbours: left and right on its row, and the two touching it on the rows above and below. */
const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  ROWS.forEach((row, r) => {
    [...row].forEach((key, i) => {
      const near = new Set<string>([row[i - 1] ?? '', row[i + 1] ?? '']);
      // The staggered rows: key i touches i and i+1 of the row above (shifted right), i-1 and i of the row below.
      for (const j of [i, i + 1]) near.add(ROWS[r - 1]?.[j] ?? '');
      for (const j of [i - 1, i]) near.add(ROWS[r + 1]?.[j] ?? '');
      near.delete('');
      map.set(key, near);
    });
  });
  // The touch is mutual: a key is its neighbour's neighbour.
  for (const [key, near] of map) for (const other of near) map.get(other)?.add(key);
  return map;
})();

/** Keys side by side on one row, as a hand runs over them ("jkl", "asdf"): a mash, not a word. */
export function keyRun(token: string): boolean {
  return token.length >= 3 && ROWS.some((row) => row.includes(token));
}

/** Two letters on touching keys. */
export function keysTouch(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** `token` is `word` with exactly one letter replaced by a neighbouring key. */
export function oneKeyOff(token: string, word: string): boolean {
  if (token.length !== word.length || token === word) return false;
  let diff = -1;
  for (let i = 0; i < token.length; i++) {
    if (token[i] === word[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return keysTouch(token[diff] ?? '', word[diff] ?? '');
}

/**
 * `token` is `word` typed with one slip of the finger: a neighbouring key, two adjacent letters swapped, a letter dropped
 * (from a word of four letters or more: "k" is no slip of "kk"), or a letter doubled or hit beside its neighbour.
 */
export function fingerSlip(token: string, word: string): boolean {
  if (token === word) return false;
  if (token.length === word.length) {
    if (oneKeyOff(token, word)) return true;
    const i = [...token].findIndex((c, k) => c !== word[k]);
    return token[i] === word[i + 1] && token[i + 1] === word[i] && token.slice(i + 2) === word.slice(i + 2);
  }
  if (token.length === word.length - 1) return word.length >= 4 && [...word].some((_, k) => word.slice(0, k) + word.slice(k + 1) === token);
  if (token.length !== word.length + 1) return false;
  // One letter too many: the extra one repeats or touches the letter before or after it.
  return [...token].some((c, k) => {
    if (token.slice(0, k) + token.slice(k + 1) !== word) return false;
    const near = [token[k - 1], token[k + 1]].filter((x): x is string => x !== undefined);
    return near.some((n) => n === c || keysTouch(n, c));
  });
}

/** Our services' names as the gazetteer knows them, acronyms and words, that a slip may hide. */
export const SERVICE_WORDS: readonly string[] = [
  'ktp', 'kk', 'kia', 'sim', 'skck', 'npwp', 'nib', 'pbg', 'pbb', 'bpjs', 'stnk', 'paspor', 'nikah', 'pindah', 'akta', 'samsat', 'kematian', 'kelahiran',
  'kesehatan', 'ketenagakerjaan', 'motor',
];
const SERVICE_WORD_SET: ReadonlySet<string> = new Set(SERVICE_WORDS);

/** Words of ours that are never a slip, though one key from a service's name ("pbg" and "pbb", "kua" and "kia"). */
const OURS: ReadonlySet<string> = new Set([...SERVICE_WORDS, 'kua', 'mpp', 'nik', 'imb', 'oss', 'bpkb', 'skpwni', 'kis', 'jkn', 'akte', 'kes', 'tk']);

/** Words after which a service's name is expected: getting a paper made, asking about it, its counter, queue, paper, tax. */
const BEFORE_SERVICE: ReadonlySet<string> = new Set([
  'bikin', 'bikinin', 'buat', 'buatin', 'membuat', 'pembuatan', 'urus', 'ngurus', 'ngurusin', 'mengurus', 'pengurusan', 'perpanjang',
  'perpanjangan', 'memperpanjang', 'panjangin', 'syarat', 'syaratnya', 'persyaratan', 'cetak', 'ganti', 'bikinnya', 'renew', 'apply',
  'loket', 'antrian', 'antrean', 'antri', 'antre', 'booking', 'layanan', 'pelayanan', 'surat', 'akta', 'akte', 'pajak', 'bpjs', 'daftar',
  'pendaftaran', 'konsultasi', 'petugas', 'pecah',
]);
/** Words that follow only a service's name: "… kesehatan", "… pribadi" (npwp), "… elektronik" (ktp). */
const AFTER_SERVICE: ReadonlySet<string> = new Set(['kesehatan', 'ketenagakerjaan', 'kes', 'tk', 'pribadi', 'elektronik', 'lahir', 'kematian', 'kelahiran']);

/**
 * Chat's small words, which are one key from a name too often to be read as a slip of it: "urus nih" is not NIB, "loket kl"
 * (kalau) not KK. Function words, the slang table's spellings and fillers.
 */
function chatWord(token: string): boolean {
  return CHAT_WORDS.has(token);
}
/** The three lists in one set: a message asks this of most of its words (throughput: the slang table is a plain object). */
const CHAT_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...Object.keys(SLANG), ...FILLERS]);

/** The one service word `token` is a finger slip of, or null (none, or more than one). */
function slipOf(token: string): string | null {
  if (token.length < 2 || OURS.has(token) || chatWord(token)) return null;
  let found: string | null = null;
  for (const word of SERVICE_WORDS) {
    if (!fingerSlip(token, word)) continue;
    if (found !== null) return null;
    found = word;
  }
  return found;
}

/**
 * The tokens with a service's name put back where a slip split it ("np wp", "pas por", "ke sehatan") or, in a place where a
 * service is expected (see above), mistyped it ("perpanjang aim", "surat indah", "loket SIn", "bojs kesehatan").
 */
export function framedKeySlips(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    // A space typed inside the name: two pieces that are one of our names together, and not each one of ours alone.
    if (next !== undefined && SERVICE_WORD_SET.has(token + next) && !(OURS.has(token) && OURS.has(next)) && !(chatWord(token) && chatWord(next))) {
      out ??= [...tokens];
      out.splice(out.length - (tokens.length - i), 2, token + next);
      i++;
      continue;
    }
    const framed = BEFORE_SERVICE.has(tokens[i - 1] ?? '') || AFTER_SERVICE.has(next ?? '');
    const meant = (framed && /^[a-z]{2,15}$/.test(token) ? slipOf(token) : null) ?? daySlip(tokens, i);
    if (meant === null) continue;
    out ??= [...tokens];
    out[out.length - (tokens.length - i)] = meant;
  }
  return out ?? tokens;
}

/**
 * A day's name with a slip of the finger, where a day is expected (session 21, dev set 84, autocorrect and keyboards):
 * "pesan nomor antrian skck utk besik jam 10", "jadwal saya tolong dipindah ke semin jam 10". Only names of five letters or
 * more ("rabu" and "lusa" are one key from "ragu" and "lisa"), and only right before a clock word or right after a word that
 * sends to a day: "kamus jam" or "ke semin" is no word one writes otherwise.
 */
const DAY_NAMES = ['besok', 'senin', 'selasa', 'kamis', 'jumat', 'sabtu', 'minggu'] as const;
const DAY_WORD_SET: ReadonlySet<string> = new Set(DAY_NAMES);
const BEFORE_DAY: ReadonlySet<string> = new Set(['ke', 'untuk', 'utk', 'buat', 'hari', 'pada', 'tiap', 'setiap', 'jadi']);
const AFTER_DAY: ReadonlySet<string> = new Set(['jam', 'pukul', 'pagi', 'siang', 'sore', 'depan']);
/** An hour follows these: "jam sebelas siang" is no day. */
const CLOCK_BEFORE: ReadonlySet<string> = new Set(['jam', 'pukul', 'jm', 'pkl']);

function daySlip(tokens: readonly string[], i: number): string | null {
  const token = tokens[i] ?? '';
  // A letter hit beside the right one, two swapped, or one too many: a letter dropped makes words ("satu" is "sabtu"
  // without its b, and "jam satu siang" an hour).
  // The neighbours first: most words have none that sends to a day, and a set lookup is the cheapest test (throughput).
  if (token.length < 5 || token.length > 7 || CLOCK_BEFORE.has(tokens[i - 1] ?? '')) return null;
  if (!(BEFORE_DAY.has(tokens[i - 1] ?? '') || AFTER_DAY.has(tokens[i + 1] ?? ''))) return null;
  if (DAY_WORD_SET.has(token) || chatWord(token) || !/^[a-z]+$/.test(token)) return null;
  let found: string | null = null;
  for (const day of DAY_NAMES) {
    if (token.length < day.length || !fingerSlip(token, day)) continue;
    if (found !== null) return null;
    found = day;
  }
  return found;
}

