/**
 * A citizen who types a NIK is told, once per conversation and politely, that Layani never needs
 * one (issue 13 item 6). What they typed is masked wherever it is stored or relayed; this note
 * is so they stop sharing it. "Once per conversation" is remembered beside the session object
 * (a WeakSet), so the note goes when the session goes and Session keeps its shape.
 */
import { tr } from './i18n.js';
import { hasNik } from './mask.js';
import type { Lang, Reply } from './types.js';

const told = new WeakSet<object>();

/** The note to send before this turn's replies, or null (no NIK, or already said in this session). */
export function nikNotice(session: object, text: string, lang: Lang): Reply | null {
  if (told.has(session) || !hasNik(text)) return null;
  told.add(session);
  return {
    kind: 'answer',
    text: tr(
      lang,
      '🔒 Mohon maaf, Layani tidak pernah memerlukan NIK Anda. Demi keamanan data Anda, NIK tidak perlu ditulis di chat; kami menyamarkannya.',
      '🔒 Please note: Layani never needs your NIK (ID number). For your safety there is no need to type it in the chat; we have masked it.',
    ),
  };
}
