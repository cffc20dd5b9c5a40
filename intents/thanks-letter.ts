/**
 * A letter written to thank (session 9, long-polite on dev sets 8 and 9): "Saya ingin mengucapkan terima kasih yang
 * sebesar-besarnya atas pelayanan yang ramah …", "Saya ingin menyampaikan terima kasih … kepada petugas …". A long
 * message drops "terima kasih" as a formula (politeness.ts), and what is left (the staff, the service, the errand done)
 * is how complaints are told: both letters were complaints. A letter says what it is for the way it says it asks
 * ("saya ingin menanyakan", unmarked-question.ts) or complains ("saya ingin menyampaikan keluhan"): with the thanks as
 * what the writer wants to say, and no sentence that asks, the letter thanks. A closing "Atas perhatiannya saya ucapkan
 * terima kasih" has no "ingin"/"mau" before it, and every dev letter that closes so asks something.
 */
import { sentences } from './long-message.js';

/** "ingin/mau/hendak (mengucapkan/menyampaikan) terima kasih", "I (just) want(ed) / would like to (say) thank(s)". */
const THANKS_ACT = new RegExp(
  [
    String.raw`\b(?:ingin|mau|hendak|izinkan saya) (?:(?:mengucapkan|menyampaikan|ucapkan|sampaikan|berucap) )?(?:banyak )?(?:terima ?kasih|makasih)`,
    String.raw`\b(?:want|wanted|would like|'d like) to (?:say )?(?:a (?:big )?)?thank`,
  ].join('|'),
);

/** The letter is written to thank and asks nothing (see above). */
export function thanksLetter(text: string): boolean {
  const lower = text.toLowerCase();
  return THANKS_ACT.test(lower) && !sentences(text).some((s) => s.question);
}
