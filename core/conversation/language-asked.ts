/**
 * A citizen asking which language to chat in (session 46, `npm run simulate`): "Hello, do you speak
 * English?" was out of scope, so it neither set the language nor got an answer, and the reply came in
 * Indonesian. Asked for, a language is set at once and kept (reminders and calls follow it, notify.ts
 * `langOf`). Only a request about this chat counts: "can you help me write a cover letter in english"
 * and "les bahasa inggris" are someone else's business and go on to be understood as usual.
 */
import { tr } from '../i18n.js';
import type { Understanding } from '../nlu.js';
import type { Lang, Reply } from '../types.js';
import { aside } from './aside.js';
import { holdsDraft } from './aside-reading.js';
import { help } from './info-replies.js';
import type { Step, Understood } from './step.js';

const EN_ASKED = [
  // "do you speak English?", "can you reply in english", "could u understand english"
  /\b(?:do|can|could|will|would)\s+(?:you|u)\s+(?:also\s+)?(?:speak|understand|talk|reply|answer|respond|chat|communicate|read|write|use)\s+(?:in\s+)?english\b/,
  // "can I write in English?", "may we talk to you in english", "is it ok if I use English"
  /\b(?:can|could|may|is it (?:ok|okay|fine) if|is it possible to)\s+(?:i|we)\s+(?:speak|talk|write|chat|type|ask|use|communicate|continue|text)\s+(?:to you\s+|here\s+)?(?:in\s+)?english\b/,
  // "english please", "in english pls", "English only", "switch to english"
  /^(?:(?:hi|hello)\W+)?(?:in\s+)?english(?:\s+(?:please|pls|plz|only|language))?\W*$/,
  /\b(?:switch|change)\s+(?:it\s+|the language\s+)?(?:to|into)\s+english\b/,
  /\b(?:is there|do you have|got)\s+an?\s+english\s+(?:version|option|menu|mode|language)\b/,
  // "bisa pakai bahasa inggris?", "boleh pake english", "ganti ke bahasa inggris", "jawab dlm bhs inggris aja"
  /^(?:(?:halo|hai|permisi|maaf|kak|min|pak|bu)\W+)*(?:bisa|boleh|bisakah|apakah bisa|ganti|pakai|pake|gunakan|jawab|balas)\s+(?:ke\s+|dalam\s+|dlm\s+|pakai\s+|pake\s+|pakek\s+|ber)?(?:bahasa\s+|bhs\s+)?(?:inggris|english)(?:\s+(?:aja|saja|ya|gak|ga|nggak|tidak|dong|kah))*\W*$/,
];

const ID_ASKED = [
  /\b(?:do|can|could)\s+(?:you|u)\s+(?:speak|understand|reply|answer|write|use)\s+(?:in\s+)?(?:indonesian|bahasa(?: indonesia)?)\b/,
  /\b(?:switch|change)\s+(?:it\s+|the language\s+)?(?:to|into|back to)\s+(?:indonesian|bahasa(?: indonesia)?)\b/,
  /^(?:(?:in\s+)?indonesian(?:\s+(?:please|pls))?|(?:(?:pakai|pake|ganti|ganti ke|balas pakai|jawab pakai|dalam)\s+)?(?:bahasa|bhs)\s+indonesia(?:\s+(?:aja|saja|ya|dong|please|pls))*)\W*$/,
];

/** The chat language the message asks for, or null when it asks for none. */
export function languageAsked(text: string): Lang | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t.length > 160) return null;
  if (EN_ASKED.some((re) => re.test(t))) return 'en';
  if (ID_ASKED.some((re) => re.test(t))) return 'id';
  return null;
}

/**
 * The rest of a message that asked for a language: the request itself reads as help ("can I ask in English?"), which must not
 * compete with the question after it ("… How much is a passport?" was asked "Which did you mean?", cost against help).
 */
export function apartFromLanguage(u: Understanding): Understanding {
  const others = u.alternatives.filter((a) => a.intent !== 'help');
  if (others.length === u.alternatives.length) return u;
  const best = others[0];
  return u.intent === 'help' && best ? { ...u, intent: best.intent, confidence: best.score, alternatives: others } : { ...u, alternatives: others };
}

/** Intents that leave nothing else to answer once the language is settled ("Hi, do you speak English?"). */
const NOTHING_ELSE = new Set(['fallback', 'help', 'greeting', 'thanks']);

/**
 * Answers a language request that asks nothing else; the engine already switched `turn.lang`.
 * "Can I ask in English? How much is a passport?" goes on and is answered, in English.
 */
export const languageStep: Step<Understood> = ({ app, turn, u, text }) => {
  if (!NOTHING_ELSE.has(u.intent) || languageAsked(text) === null) return null;
  const ack = acknowledged(turn.lang);
  if (holdsDraft(turn.session.pending) && turn.session.asked) return aside(app, turn, () => [ack]);
  if (turn.session.pending) return [ack];
  const menu = help(app, turn);
  return [{ ...menu, text: `${ack.text}\n\n${menu.text}` }];
};

function acknowledged(lang: Lang): Reply {
  return {
    kind: 'answer',
    text: tr(
      lang,
      'Baik, kita lanjutkan dalam bahasa Indonesia. (To chat in English, type "English".)',
      'Yes, of course: write in English and I will answer in English, reminders included. (Untuk bahasa Indonesia, ketik "bahasa Indonesia".)',
    ),
  };
}
