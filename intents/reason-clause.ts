/**
 * The reason a letter gives after its question, in the same sentence: "apakah pembayaran PBB dapat dilakukan di sini,
 * karena kantor pajak daerah cukup jauh dari rumah kami" (session 8, long-polite on dev set 8: the reason's "jauh"
 * made the whole sentence a complaint, and it voted double as a question). After a comma, "karena / sebab / soalnya /
 * because / since" opens the why, not the what: long-message.ts reads it as a statement of its own. Only after a comma:
 * "karena" inside a clause is part of what is asked ("apakah bisa diwakilkan karena sakit").
 */
const REASON = /,\s*(?:karena|sebab|soalnya|dikarenakan|because|since)\b/i;

/** `sentence` cut before its reason clause: [what is said, the reason], or [sentence] without one. */
export function splitReason(sentence: string): [string] | [string, string] {
  const m = REASON.exec(sentence);
  if (m === null || m.index === 0) return [sentence];
  return [sentence.slice(0, m.index).trim(), sentence.slice(m.index + 1).trim()];
}
