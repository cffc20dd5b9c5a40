/**
 * WhatsApp's text formatting (issue #12). WhatsApp reads `*bold*`, `_italic_`, `~strike~` and
 * ``` ```mono``` ``` in every text it shows, and has no escape character: a backslash stays
 * visible (vercel/chat#908). So a reply goes out in two steps:
 * 1. every literal marker becomes a look-alike WhatsApp does not read, so what a citizen or staff
 *    member typed (names, complaint texts, announcements, relayed handoff messages) never formats
 *    by accident; web addresses keep theirs, so their links still open;
 * 2. the parts the core marked (`Reply.emphasis`: title, fee line) are wrapped in `*…*`.
 * Telegram (no `parse_mode`) and the terminal print `Reply.text` as it is: the same words.
 * Look-alikes are one UTF-16 unit each, so only the two markers per emphasised part add length.
 */
import type { Reply } from '../core/types.js';

/** Marker → a character that looks alike and that WhatsApp leaves alone. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02CD', // ˍ modifier letter low macron
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
};

/** Web addresses, with or without a scheme ("dukcapil.go.id/a_b"): their markers are part of the link. */
const ADDRESS = /(?:https?:\/\/|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\/\S*/gi;

const swap = (text: string): string => text.replace(/[*_~`]/g, (marker) => LOOKALIKES[marker] ?? marker);

/** The text with every formatting marker outside web addresses replaced by its look-alike. */
export function neutralise(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    out += swap(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + swap(text.slice(last));
}

/** `📋 Syarat KTP` in `text` → `📋 *Syarat KTP*`; leading emoji stay outside the markers. */
function embolden(text: string, part: string): string {
  const trimmed = part.trim();
  const at = trimmed === '' || trimmed.includes('\n') ? -1 : text.indexOf(trimmed);
  if (at < 0) return text;
  const lead = /^[^\p{L}\p{N}]*/u.exec(trimmed)?.[0] ?? '';
  const body = trimmed.slice(lead.length);
  if (body === '') return text;
  return `${text.slice(0, at)}${lead}*${body}*${text.slice(at + trimmed.length)}`;
}

/** What WhatsApp gets for a reply: literal markers neutralised, then the emphasised parts in bold. */
export function whatsappText(reply: Pick<Reply, 'text' | 'emphasis'>): string {
  let text = neutralise(reply.text);
  for (const part of reply.emphasis ?? []) text = embolden(text, neutralise(part));
  return text;
}
