/**
 * A question put as a case first (issue 11, session 25, blind set 26's lean, dev sets 111–116): "seandainya nama di KK salah
 * ketik 1 huruf, cara benerinnya gmn??", "kalo sy dtg besok jam 3 sore masih keburu?", "kalo ktp asli sy udah ketemu, booking
 * buat bikin ulang ktp dibatalin aja ya". The models learnt "kalau / seandainya / misal" from out-of-scope musings ("kalau
 * hujan enaknya makan apa"), and a message that opens with one went out of scope whole. Read out of scope, such a message is
 * read again without its opening word: the case it tells is then the citizen's plan, and what it asks keeps its service, day
 * and hour. The second reading has every veto the first had ("kalo mau ke bandara naik apa" stays out). Still out of scope,
 * and with a comma after the case, what follows the comma is read alone, with the service, day and hour the whole names
 * when it names none, unless the whole is another's business for what it asks (index.ts understand: "kalo ke rumah
 * sakit, jam berapa bukanya" asks the hospital's hours).
 */

/**
 * The word of a case at the start, after an optional address or "tapi": Indonesian, chat spellings, English, Javanese
 * ("nek", "yen", "lek"), Sundanese ("upami", "lamun", "mun"), Banjar ("amun"); sources in regional.ts.
 */
const CASE_FIRST =
  /^\s*(?:(?:min|kak|pak|bu|bang|mas|mbak|tapi|tp|terus|trus|nah|oh|eh)\b[\s,.!]*)?(?:kalau|kalo|klo|kl|klau|kalu|seandainya|andaikan|andaikata|andai|misal|misalnya|semisal|umpama|umpamanya|jika|jikalau|apabila|bila|bilamana|if|suppose|supposing|nek|yen|lek|upami|lamun|mun|amun)\b[\s,]*/iu;

/** A message that opens with a case: the message without its word, and the case and what follows it, split at a comma. */
export interface CaseFirst {
  readonly plan: string;
  /** The case told and what is asked after it, when a comma parts them ("…salah ketik 1 huruf, cara benerinnya gmn??"). */
  readonly parts: { readonly told: string; readonly asked: string } | null;
}

/** The message read as a plan, or null when it opens with no word of a case (or too little is left). */
export function caseFirst(text: string): CaseFirst | null {
  const m = CASE_FIRST.exec(text);
  if (m === null) return null;
  const plan = text.slice(m[0].length);
  if (words(plan) < 3) return null;
  const comma = plan.indexOf(',');
  const asked = comma < 0 ? '' : plan.slice(comma + 1).trim();
  return { plan, parts: comma > 0 && words(asked) >= 2 ? { told: plan.slice(0, comma), asked } : null };
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
