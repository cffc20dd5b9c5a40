/**
 * The remembered examples (issue 11, split out of index.ts): a message that says exactly what one example says, in
 * any order, gets that example's intent before the models are asked (recall; what makes a filed miss understood right
 * after `/belajar latih`), and two formulas no example can hold are answered here too: the WhatsApp ping (PING) and
 * thanks with only closing words (closing).
 */
import type { IntentName } from '../core/nlu.js';
import { asksToAsk } from './asks-to-ask.js';
import type { BagIndex } from './bag-index.js';
import { isIntent } from './decision.js';
import type { Analysis } from './pipeline.js';

/** An example said word for word (in any order): as sure as the models' best agreement. */
export const REMEMBERED_CONFIDENCE = 0.9;

/**
 * "p", "pp", "ppp": the WhatsApp ping, a greeting (one letter is too short to be a feature). So is a bare
 * form of address ("min", "kak"), or a ping with one ("p kak"): a filler everywhere else, it is the whole message here.
 */
// Session 35 (dev sets 34, 40, 45): "yo", "yo min", and a ping with a friend's word of address ("p lur": Javanese dulur,
// "P ces": Makassar chat's friend, "p bro"). Session 36 (dev set 227): East Java's "cak" and "rek", and the other regions' words
// of address the field writes after a ping (Sundanese "kang", "teh"; Makassar "daeng"; Balinese "bli"; "dek", "bung").
export const PING = /^(?:p+|yo|min|mimin|kak|kakak|ka|gan|sis|bang)(?: (?:p+|min|mimin|kak|kakak|ka|gan|sis|bang|mas|mbak|mba|pak|bu|om|lur|ces|bro|bos|cuy|sob|cak|rek|kang|teh|daeng|bli|dek|bung))*$/;

/**
 * Thanks with words that close the errand and nothing else ("sudah selesai, makasih", "udah beres kak, makasih ya"):
 * a goodbye. "selesai" alone asks when a document is done, which kept this at 0.49 (session 6's field conversations).
 */
const THANKS = new Set(['kasih', 'makasih', 'thanks', 'thank', 'thx', 'nuwun', 'hatur']);
const CLOSING = new Set(['sudah', 'selesai', 'beres', 'cukup', 'jelas', 'oke', 'itu', 'saja', 'paham', 'ngerti', 'erti', 'siap', 'terima', 'banyak', 'ya', 'done', 'all', 'that', 'you', 'matur', 'nuhun']);
export function closing(features: readonly string[]): boolean {
  return features.some((f) => THANKS.has(f)) && features.every((f) => THANKS.has(f) || CLOSING.has(f));
}

/** The memorised intent of exactly this bag of features; most messages are longer than any memorised bag or miss a word. */
export function recall(memory: Memory, index: BagIndex, features: readonly string[]): IntentName | undefined {
  if (features.length > memory.longest || features.length === 0 || !index.mayHold(features)) return undefined;
  return memory.bags.get(bagKey(features));
}

export interface Memory {
  readonly bags: ReadonlyMap<string, IntentName>;
  readonly longest: number;
}

/** Order-free key of a feature list: "buka jam berapa" and "jam berapa buka" are the same request. */
export function bagKey(features: readonly string[]): string {
  return [...features].sort().join(' ');
}

/**
 * Examples by their bag of features, when only one intent (out of scope included) has that bag.
 * A message that says exactly what an example says gets that example's intent, whatever the averaged
 * models think: that is what makes a filed miss understood right after `/belajar latih`.
 */
export function memorise(docs: readonly { label: string; features: readonly string[] }[]): Memory {
  const seen = new Map<string, string | null>();
  for (const d of docs) {
    if (d.features.every((f) => f.startsWith('#'))) continue;
    const key = bagKey(d.features);
    const before = seen.get(key);
    seen.set(key, before === undefined || before === d.label ? d.label : null);
  }
  const bags = new Map<string, IntentName>();
  let longest = 0;
  for (const [key, label] of seen) {
    if (label === null || !isIntent(label)) continue;
    bags.set(key, label);
    longest = Math.max(longest, key.split(' ').length);
  }
  return { bags, longest };
}

/** The remembered intent of a message (a ping, a greeting asking leave to ask, closing thanks, an example's bag), or undefined: then the models decide. */
export function rememberedIntent(a: Analysis, memory: Memory, index: BagIndex): IntentName | undefined {
  if (a.entityOnly) return undefined;
  if (PING.test(a.normalized) || asksToAsk(a.normalized, a.service !== null || a.date !== null || a.time !== null)) return 'greeting';
  return closing(a.features) ? 'thanks' : recall(memory, index, a.features);
}
