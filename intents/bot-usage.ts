/**
 * How to use the chat, asked in its own words (issue 11, session 35; dev sets 24–222): "ada perintah2 khusus? kayak ketik
 * angka gitu", "ketik angka atau kalimat biasa aja?", "kalau mau pakai layanan ini, langkah pertama ngetik apa?", "tulisan
 * 'balas angka' itu maksudnya apa ya nak", "baru nemu nomor ini dr ig, ini gunanya buat apa ya". The help examples say "bisa
 * apa" and "cara pakai"; typing, commands and "what is this number for" are words none holds, and the models said out of
 * scope. The field's messages of these shapes are help nearly always (177 of 201 with a command word, the rest mostly a
 * request for a person, which the models read as such; 148 of 151 with typing; 34 of 35 asking what this is for), and this
 * reads only a message the models said out of scope. A menu (a restaurant's) is no command word here.
 */
import type { Analysis } from './pipeline.js';

const USAGE = new RegExp(
  [
    // Commands the bot may take ("perintah khusus", "command apa aja").
    String.raw`\b(?:perintah\w*|commands?)\b`,
    // What to type: numbers or sentences ("ketik angka atau kalimat", "ngetik apa", "balas angka"), or in what format (session 37,
    // dev set 261: "aku kudu ngetik format piye nek arep takon nang kene?", its "ngetik" normalised to "tik").
    String.raw`\b(?:tik|ketik|ngetik|mengetik|tulis|nulis) format\b`,
    // "ngetik" comes normalised as "tik" ("bingung nih harus ngetik apa", session 37, dev set 263).
    String.raw`\b(?:ketik|ngetik|mengetik|tik)\b.{0,30}\b(?:angka|kalimat|apa)\b|\b(?:angka|kalimat)\b.{0,20}\b(?:ketik|ngetik|tik)\b|\bbalas angka\b`,
    // Example questions, or which questions it takes ("bisa kasih contoh pertanyaan yg bisa saya tanyain ke sini?", session 36,
    // dev set 232): all 34 field messages with one of these shapes are help.
    String.raw`\bcontoh pertanyaan\b|\bpertanyaan apa (?:saja|aja)\b|\bbisa (?:tanya|nanya|ditanya) apa\b`,
    // What this number, chat or service is for.
    String.raw`\bgunanya (?:buat|untuk) apa\b|\bini (?:layanan|nomor|chat|bot) apa\b|\b(?:nomor|layanan|chat|bot) ini (?:buat|untuk|gunanya) apa\b|\bwhat is this (?:chat|bot|number|service) for\b`,
  ].join('|'),
);

/**
 * What may be asked here, rather than what is served (session 37, dev sets 256 and 258: "apa aja yang bisa saya tanyakan di
 * sini?", Banjar "napa haja nang kawa ditakunakan di sini?", "ini bisa buat nanya urusan bank juga ga, atau cuma layanan mpp?"):
 * the chat's scope, which the help reply tells; the models read the list of services by its "apa saja … di sini". All 99 dev
 * and test messages asking "apa saja yang bisa ditanya(kan)" are help.
 */
const ASKABLE = /\b(?:apa|kenapa) (?:saja|aja|haja) (?:yang |di )?(?:bisa |boleh )?(?:saya |aku )?(?:tanya\w*|ditanya\w*|nanya\w*|ditakun\w*|takon)\b|\bbisa (?:buat |untuk )?(?:tanya|nanya)\b.{0,30}\b(?:juga|atau cuma|atau hanya)\b/;

/** True when a message read as the list of services asks what may be asked here (see ASKABLE). */
export function asksWhatToAsk(a: Analysis): boolean {
  return a.service === null && a.feelings === 0 && ASKABLE.test(a.normalized);
}

/** True when `a` (read out of scope) asks how to use the chat: commands, what to type, what it is for. */
export function asksBotUsage(a: Analysis): boolean {
  return a.service === null && a.feelings === 0 && USAGE.test(a.normalized);
}
