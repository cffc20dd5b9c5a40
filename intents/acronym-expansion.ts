/**
 * An acronym with its long form in brackets after it (session 25, dev set 115: "Kantor BKD (Badan Kepegawaian Daerah)
 * dimana ya", "di MPP ada BPN (Badan Pertanahan Nasional) ga?"): the long form says the name again. Read with it, the
 * unknown name ran on past the bracket and the frame lost its place ("Kantor BKD … dimana" was out of scope). The bracket
 * goes when its words' initials spell the acronym in order; other brackets stay ("ktp (yang lama) hilang").
 */

/** An upper-case acronym of two to seven letters, then a bracket of two to eight words. */
const ACRONYM_THEN_BRACKET = /\b([A-Z][A-Za-z]{1,6})\s*\(([^()]{3,100})\)/gu;
/** Words an acronym skips ("Badan Perencanaan dan Pembangunan Daerah" is Bappeda's long form). */
const SKIPPED: ReadonlySet<string> = new Set(['dan', 'of', 'and', 'the', '&', 'untuk', 'serta', 'republik']);

/** The text without each long form bracketed after its acronym, or the text itself when there is none. */
export function withoutAcronymExpansion(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(ACRONYM_THEN_BRACKET, (whole, acronym: string, inside: string) => (spells(acronym, inside) ? acronym : whole));
}

/** Every capital of the acronym is the initial of a word of the bracket, in order, and the bracket starts with the first. */
function spells(acronym: string, inside: string): boolean {
  const capitals = acronym.replace(/[^A-Z]/gu, '').toLowerCase();
  if (capitals.length < 2 || capitals.length < acronym.length / 2) return false;
  const words = inside.split(/\s+/u).filter((w) => w !== '' && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 8) return false;
  const initials = words.map((w) => w[0]?.toLowerCase() ?? '').join('');
  if (initials[0] !== capitals[0]) return false;
  // A subsequence: "Bappeda" spells B-P of "Badan Perencanaan Pembangunan Daerah", "BKD" all three of its words.
  let at = 0;
  for (const letter of initials) if (letter === capitals[at]) at++;
  return at === capitals.length;
}
