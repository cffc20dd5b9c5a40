/**
 * A question about the service just talked about, in words its own catalog entry uses: "anaknya lahir di rumah, ga ada surat dari
 * bidan" and "terus kalau saksinya tetangga boleh?" after the birth certificate's requirements were "Maaf, saya belum paham"
 * (session 42, `npm run simulate`), though the requirements' own lines answer both ("lahir di rumah: dari kepala desa/lurah",
 * "Tidak ada surat lahir: SPTJM … dengan 2 saksi"). The words are the catalog's, in the citizen's language, so no list grows here.
 */
import type { Service } from '../schema.js';
import type { Lang } from '../types.js';

/** Words of four letters or more that any catalog line may hold and that say nothing of the question. */
const COMMON = new Set(['yang', 'untuk', 'dari', 'atau', 'dengan', 'tidak', 'bisa', 'boleh', 'kalau', 'saya', 'sudah', 'belum', 'juga',
  'harus', 'perlu', 'lagi', 'dulu', 'terus', 'gimana', 'bagaimana', 'apakah', 'this', 'that', 'with', 'from', 'your', 'have', 'what',
  'does', 'will', 'when', 'where', 'there', 'they', 'them', 'then', 'only', 'also']);
const MIN_LETTERS = 4;

/** The words of `text` worth looking up: lower case, the -nya clitic off ("saksinya": saksi). */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => (w.length > MIN_LETTERS + 2 ? w.replace(/nya$/, '') : w)).filter((w) => w.length >= MIN_LETTERS && !COMMON.has(w));
}

/** A word shared with the service counts only if few services use it: "rumah" (rumah sakit, rumah tinggal) says nothing. */
const MAX_SERVICES_WITH_WORD = 3;

/** The words of one service's requirements, steps and notes (every variant's), in `lang`. */
function serviceWords(service: Service, lang: Lang): Set<string> {
  const lines = service.variants.flatMap((v) => [...v.requirements, ...v.procedure, ...(v.notes ?? [])].map((line) => line[lang]));
  return new Set(lines.flatMap((line) => contentWords(line)));
}

/** Per catalog and language: each service's words, and in how many services each word appears. */
interface WordIndex {
  readonly words: Map<string, Set<string>>;
  readonly spread: Map<string, number>;
}
const INDEX = new WeakMap<readonly Service[], Map<Lang, WordIndex>>();

function indexOf(catalog: readonly Service[], lang: Lang): WordIndex {
  const byLang = INDEX.get(catalog) ?? new Map<Lang, WordIndex>();
  INDEX.set(catalog, byLang);
  let index = byLang.get(lang);
  if (!index) {
    const words = new Map(catalog.map((s) => [s.id, serviceWords(s, lang)]));
    const spread = new Map<string, number>();
    for (const set of words.values()) for (const w of set) spread.set(w, (spread.get(w) ?? 0) + 1);
    index = { words, spread };
    byLang.set(lang, index);
  }
  return index;
}

/** Whether `text` shares a telling word with the service's own lines, in `lang`. */
export function touchesService(catalog: readonly Service[], service: string, text: string, lang: Lang): boolean {
  const asked = contentWords(text);
  if (asked.length === 0) return false;
  const { words, spread } = indexOf(catalog, lang);
  const own = words.get(service);
  if (own === undefined) return false;
  // One word only this service uses ("bidan", "saksi"), or two that few do: "cara beli rumah subsidi" after the birth
  // certificate shares only "rumah" (its "lahir di rumah"), which the building permit uses too.
  const shared = [...new Set(asked)].filter((w) => own.has(w) && (spread.get(w) ?? 0) <= MAX_SERVICES_WITH_WORD);
  return shared.some((w) => spread.get(w) === 1) || shared.length >= 2;
}
