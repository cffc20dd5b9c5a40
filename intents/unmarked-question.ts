/**
 * A letter's question without its question mark (session 8, long-polite and english on dev sets 8 and 9): "Mohon
 * informasinya, layanan apa saja yang tersedia di sini, karena …." or "I'd like to ask what time the MPP opens on
 * weekdays, because …". long-message.ts counts a question's vote double, and knew a question only by "?": these
 * were outvoted by the story sentence beside them ("Saya baru pindah ke kota ini bersama keluarga": reschedule).
 * A sentence with a question word, or that says it asks ("saya ingin menanyakan", "I would like to know"), asks.
 */

/** On the sentence as written, lower-cased; word boundaries keep "berapa" out of "beberapa". */
const ASKS = new RegExp(
  [
    // Indonesian question words and the -kah questions of letters
    String.raw`\b(?:apa saja|apakah|berapa|bagaimana|gimana|kapan|di ?mana|ke ?mana|bisakah|dapatkah|bolehkah)\b`,
    // saying one asks: "saya ingin menanyakan jam …", "ingin mengetahui", "mau tanya"; not before a comma: "Saya ingin
    // bertanya, suami saya telah berpulang …" opens a story, and the question comes in a sentence of its own (dev set 9)
    String.raw`\b(?:ingin|mau|hendak) (?:menanyakan|bertanya|tanya|mengetahui|tahu)\b(?!\s*,)`,
    // English question frames
    String.raw`\b(?:what|where|how|which|whether|could you|can you|would it be possible|is it possible|is there|are there)\b`,
    String.raw`\b(?:i would|i'd|id|i want to|i wanted to) (?:like to )?(?:ask|know|check)\b`,
    // an English request: "Please cancel it so someone else can use the slot" (dev set 9). Not Indonesian "mohon" or
    // "tolong": "Mohon dibantu pendaftarannya", "Mohon hal ini diperiksa" are formulas beside the request (help), and
    // counted double they took two booking letters and two complaint letters on dev sets 3, 7, 8 and 9.
    String.raw`^(?:please|pls|kindly)\b`,
  ].join('|'),
);

/** Whether `sentence` (one sentence of a long message, without its end mark) asks something. */
export function asksWithoutMark(sentence: string): boolean {
  return ASKS.test(sentence.toLowerCase());
}
