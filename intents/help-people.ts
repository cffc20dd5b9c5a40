/**
 * Help and people said in words the examples lack (session 9, help-people on dev sets 10 and 11): the models rejected
 * most of these as out of scope, their words ("chatbot", "otomatis", "perintah", "eskalasi", "video call") being in no
 * example.
 * - A question about the bot itself is help: "ini chatbot resmi mpp ya? bisa dipake buat apa aja", "min ini otomatis ya?
 *   bisanya jawab apa aja", "layani itu apa sih", "ada daftar perintahnya ga?", "harus pake kata kunci apa": a word
 *   naming the bot or how it is used, and a word that asks. Not a bot one makes ("cara bikin bot telegram"), not an
 *   insult ("bot bodoh": nothing asked), not a service's question ("bot ini bisa daftar ktp?" keeps its intent).
 * - Asking to talk to a person is human: "bisa video call sama petugas ga?", "tolong eskalasi ke supervisor": a verb of
 *   talking or connecting, then a person of ours within a few words. Not the other way round ("petugas malah ngobrol
 *   sendiri" is a complaint: on dev sets 1, 3–11 every message with the verb first is labelled human, 97 of 97).
 * Reads the raw text, lower-cased: the normaliser corrects several of these words into others ("nyambung" → "cambung").
 */
import type { IntentName } from '../core/nlu.js';
import type { Analysis } from './pipeline.js';

/** Words that say what the bot is or how it is used. */
const BOT_WORD = String.raw`(?:bot|chatbot|robot|otomatis|fitur|perintah|panduan)`;
/** "this" bot: a deictic or an address beside it ("bot ini", "min ini otomatis"), its -nya, or its name, Layani. */
const DEICTIC = String.raw`(?:ini|nih|iki|ieu|this|kamu|lu|min|mpp)`;
const BOT = new RegExp(
  [
    String.raw`\b${BOT_WORD}(?:nya|2nya)\b`,
    String.raw`\b${DEICTIC}\s+(?:\S+\s+)?${BOT_WORD}\b`,
    String.raw`\b${BOT_WORD}\s+(?:\S+\s+)?${DEICTIC}\b`,
    String.raw`\blayani\b`,
    String.raw`\b(?:pake|pakai|ketik)\s+(?:kata kunci|keyword|perintah|command)`,
  ].join('|'),
);
/** First use with nothing named after the verb: the bot is what is used ("sy baru pertama kali pake, mulai dr mana ya"). */
const FIRST_USE = /\bpertama kali (?:pake|pakai|menggunakan|make)(?:nya)?\s*(?:[,.?!]|$|mulai|gimana|bagaimana)/;
const ASKS = /\b(?:apa|apaan|bisa|bisanya|gimana|gmn|bagaimana|cara|caranya|ngapain|fungsi|fungsinya|mulai|ada|kerja|what|how)\b/;
const MADE = /\b(?:bikin|membuat|create|make|coding|jual|beli)\b/;
const TALK = /\b(?:ngomong|omong|bicara|berbicara|ngobrol|chat|telpon|telp|telepon|call|vc|hubungi|hubungkan|sambungkan|sambungin|alihkan|alihin|eskalasi|connect|talk|speak)\b(?:\s+\S+){0,3}?\s+(?:petugas|admin|operator|manusia|supervisor|atasan|pimpinan|staff|staf|human|agent|pegawai)\b/;
/** What the models may have made of these: a request of another intent keeps its own. */
const TAKEN_FOR: ReadonlySet<IntentName> = new Set(['fallback', 'procedure', 'list_services', 'book', 'my_booking', 'greeting', 'complaint']);

/** help or human for a message about the bot or asking for a person (see above), or null. */
export function helpOrPeople(a: Analysis, intent: IntentName): 'help' | 'human' | null {
  if (!TAKEN_FOR.has(intent) || a.service !== null) return null;
  const text = a.raw.toLowerCase();
  if (TALK.test(text)) return a.feelings === 0 ? 'human' : null;
  if (intent === 'complaint' || a.feelings > 0) return null;
  return (BOT.test(text) || FIRST_USE.test(text)) && ASKS.test(text) && !MADE.test(text) ? 'help' : null;
}
