/**
 * What staff type after a command, read the same way by every command: a service by its id or as the NLU reads it ("ktpp",
 * "imigrasi"), a day as YYYY-MM-DD or in words ("besok", "hari_ini"). One reading, so `/next ktpp`, `/announce ktpp …` and
 * `/belajar 3 cost ktpp` cannot disagree.
 */
import type { App, Turn } from '../app.js';

/** The service `word` names, or null. */
export function serviceTyped(app: App, turn: Turn, word: string | undefined): string | null {
  if (!word) return null;
  if (app.info.service(word.toLowerCase())) return word.toLowerCase();
  return app.nlu.understand(word, turn.now).service;
}

/** The day `words` name (YYYY-MM-DD), or null. */
export function dayTyped(app: App, turn: Turn, words: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(words)) return words;
  return app.nlu.understand(words.replace(/_/g, ' '), turn.now).date;
}
