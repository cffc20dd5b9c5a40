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
    // What to type: numbers or sentences ("ketik angka atau kalimat", "ngetik apa", "balas angka").
    String.raw`\b(?:ketik|ngetik|mengetik)\b.{0,30}\b(?:angka|kalimat|apa)\b|\b(?:angka|kalimat)\b.{0,20}\b(?:ketik|ngetik)\b|\bbalas angka\b`,
    // Example questions, or which questions it takes ("bisa kasih contoh pertanyaan yg bisa saya tanyain ke sini?", session 36,
    // dev set 232): all 34 field messages with one of these shapes are help.
    String.raw`\bcontoh pertanyaan\b|\bpertanyaan apa (?:saja|aja)\b|\bbisa (?:tanya|nanya|ditanya) apa\b`,
    // What this number, chat or service is for.
    String.raw`\bgunanya (?:buat|untuk) apa\b|\bini (?:layanan|nomor|chat|bot) apa\b|\b(?:nomor|layanan|chat|bot) ini (?:buat|untuk|gunanya) apa\b|\bwhat is this (?:chat|bot|number|service) for\b`,
  ].join('|'),
);

/** True when `a` (read out of scope) asks how to use the chat: commands, what to type, what it is for. */
export function asksBotUsage(a: Analysis): boolean {
  return a.service === null && a.feelings === 0 && USAGE.test(a.normalized);
}
