/**
 * A person's name after "atas nama" (issue 11, booking family; split out of pipeline.ts): its words become no feature.
 */
import { FUNCTION_WORDS } from './function-words.js';

/** A person's name is at most this many words ("atas nama siti nur aisyah"). */
const MAX_PERSON_WORDS = 3;

/**
 * The words of a person's name after "atas nama" ("cek antrian atas nama budi santoso"): no feature, so a
 * name no example has does not push the request out of scope (issue 11, booking family), and it never
 * reaches the models. It ends at a function word ("atas nama budi untuk besok"), a word our examples use
 * ("atas nama andi hilang"), a digit or a placeholder.
 */
export function personName(content: readonly string[], ours: (token: string) => boolean): { start: number; end: number } {
  const at = content.findIndex((t, i) => t === 'atas' && content[i + 1] === 'nama');
  if (at < 0) return { start: 0, end: 0 };
  let end = at + 2;
  while (end < content.length && end < at + 2 + MAX_PERSON_WORDS && isNameWord(content[end] ?? '', ours)) end++;
  return { start: at + 2, end };
}

function isNameWord(token: string, ours: (token: string) => boolean): boolean {
  return /^[a-z]+$/.test(token) && !FUNCTION_WORDS.has(token) && !ours(token);
}
