/**
 * A question about a place, then why one asks (issue 11, session 25, blind set 26's lean, dev sets 114 and 115): "di sini ada
 * loket PLN ga? meteran listrik rumah sy rusak", "Ada Disnakertrans gak di MPP ini? mau ikut pelatihan kerja", "apa-apa saja
 * layanan ada di MPP ini? bingung ka mau ke mana dulu 😵". The sentence after the question mark tells the asker's trouble;
 * read with it, "rusak" made a complaint, "pelatihan kerja" an hours question, "ke mana" a question of where. The question
 * alone is read (index.ts understand) when it asks whether something is here, when it is open or where it is, and the rest
 * is a short statement that judges nothing. A question put after it ("? terus syaratnya apa") is more than a reason.
 */

/** Question words: with one, what follows the mark asks again. */
const ASKS = /\b(?:di ?mana|dmn|dimna|mana|kapan|kpn|berapa|brp|apa|apakah|gimana|gmn|bagaimana|kenapa|knp|siapa|where|when|what|how)\b/iu;
/** Most words the question may have: a letter's first question is read with the rest of its letter (long-message.ts). */
const MAX_QUESTION_WORDS = 15;
/** Most words the told part may have: a reason, not a second request. */
const MAX_TOLD_WORDS = 12;

/** How many words `s` has: tokens with a letter or a digit (a face or a lone mark is none). */
export function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The question and what is told after it, or null when the message has no such shape. */
export function questionThenTold(text: string): { readonly question: string; readonly told: string } | null {
  const mark = text.indexOf('?');
  if (mark <= 0) return null;
  // "??!!": the question's marks go with it.
  let end = mark;
  while (end < text.length && /[?!]/u.test(text[end] ?? '')) end++;
  const question = text.slice(0, end);
  const told = text.slice(end).trim();
  // A second question without its mark is not a reason: "MPP Kabupaten Bantaeng ada gak sih? kalo ada dimana".
  const asked = question.trim().split(/\s+/u).length;
  if (told === '' || told.includes('?') || ASKS.test(told) || asked < 3 || asked > MAX_QUESTION_WORDS) return null;
  const words = wordCount(told);
  return words >= 2 && words <= MAX_TOLD_WORDS ? { question, told } : null;
}

/**
 * The other order (dev set 111: "sertifikat tanah sy rusak dimakan rayap 😭 kantor BPN di mana ya?"): the trouble told,
 * then a question about a place, in a sentence of its own after a stop, a "!" or a face. The question and what was told,
 * or null.
 */
export function toldThenQuestion(text: string): { readonly told: string; readonly question: string } | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith('?')) return null;
  const body = trimmed.replace(/[?!\s]+$/u, '');
  if (body.includes('?')) return null;
  // The last sentence break: a stop, a "!", a line break or a face (emoji), with the space after it.
  const breaks = [...body.matchAll(/(?:[.!\n]|\p{Extended_Pictographic}(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])*)\s+/gu)];
  const last = breaks.at(-1);
  if (last === undefined) return null;
  const at = last.index + last[0].length;
  const told = body.slice(0, last.index).trim();
  const question = trimmed.slice(at);
  return wordCount(told) >= 3 && wordCount(question) >= 2 ? { told, question } : null;
}
