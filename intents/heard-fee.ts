/**
 * A fee heard of and checked (issue 11, session 26, dev sets 125 and 126: hearsay checked with the bot): "katanya perpanjang
 * sim di sini bayar 80 ribu, bener ga?", "jare konco perpanjang sim ning kene mbayar 80ewu, tenan to?". The field's pungli
 * reports tell an amount too, and the models read these as complaints; but nothing here judges (no word of feeling, no
 * grievance shape), and what the citizen wants is the official fee, which answers the doubt either way. A cost question.
 */

/** So they say: Indonesian, and the normal forms of chat and regional hearsay ("denger2", Javanese "jare", regional.ts). */
const HEARD = /\b(?:katanya|denger|dengar|kabarnya|infonya|kata (?:teman|tetangga|orang|saudara))\b/;
/** An amount paid: "bayar 80 ribu", "biayanya 350 ribu" (normalised: the number and "ribu"/"juta" apart). */
const AMOUNT_PAID = /\b(?:bayar|biaya|harga|tarif)\b(?: \S+){0,3}? \d+(?:[.,]\d+)? (?:ribu|juta)\b/;
/** Asked whether it is true: "bener ga?", "betul kah", Javanese "tenan to?" (read raw: the normaliser makes "tenan" "sekali"). */
const TRUE_ASKED = /\b(?:bener|benar|betul|beneran|bnr|tenan|serius|asli)\b\s*(?:ga|gak|nggak|tidak|kah|ya|to|ta|tah|nggih|ndak|gk)?\s*\??\s*$/;

/** True for a fee heard of, told and checked, which the models took for a complaint (see above). */
export function heardFee(normalized: string, raw: string): boolean {
  return HEARD.test(normalized) && AMOUNT_PAID.test(normalized) && TRUE_ASKED.test(raw.toLowerCase().trim());
}
