/**
 * A tout's offer told in English (issue 11, session 9, english; dev sets 3, 5, 8–10): "someone asked me for money to speed
 * up my skck, is that even legal??", "a guy in the parking lot offered to rush my passport for 1 million", "a man outside
 * offered to 'speed it up' for 300 thousand rupiah". grievance.ts reads the Indonesian shapes ("ditawarin jalur cepat bayar
 * 500rb", "dimintai uang"); these English stories were read as the service's requirements or procedure.
 *
 * A shape, not a word: someone else (not "I") offered, asked or told, and money is named. That is one grievance (a word of
 * judging, grievance.ts); a word of speed or of doubting it ("faster", "speed up", "legal", "scam", "bribe") makes two,
 * a complaint whatever the models say. "can i pay extra to speed up my passport?" asks about the express service: no one
 * else acts in it, so it is none.
 */
// "some guy outside offered me a 'fast track'", "this guy": the casual indefinites of a chat, "some" as the spoken
// indefinite article (session 10, dev set 12; found by the letters and the feelings strands alike).
const SOMEONE = /\b(?:someone|somebody|(?:a|some|this) (?:man|guy|dude|woman|lady|person|staff|officer)|an officer|the (?:man|guy|officer|staff)|he|she|they)\b/;
// Hinted at, too, and money said as paying someone extra; skipping the queue is the speed bought (session 36, dev set 231:
// "The officer at the tax desk hinted I could pay him a little extra to skip the line. That's not okay.").
const ACTED = /\b(?:offered|offering|asked|asking|told|demanded|charged|wanted|hinted|hinting|suggested|implied)\b/;
const MONEY = /\b(?:money|fee|cash|thousand|million|rupiah|rp|ribu|juta|bribe|\d+ ?(?:k|rb|ribu|juta)|pay (?:him|her|them)(?: \w+){0,2} extra|under the table)\b/;
const DOUBTED = /\b(?:speed (?:it |things )?up|faster|quicker|rush|fast track|legal|illegal|scam|bribe|extortion|should be free|(?:skip|jump|cut) the (?:line|queue))\b/;

/** How many grievances an English tout's story counts (0, 1 or 2; see above). Only English messages pay for the regexes. */
export function englishTout(normalized: string, lang: string): number {
  if (lang !== 'en' || !ACTED.test(normalized) || !SOMEONE.test(normalized) || !MONEY.test(normalized)) return 0;
  return DOUBTED.test(normalized) ? 2 : 1;
}
