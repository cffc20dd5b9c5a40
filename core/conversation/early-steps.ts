/**
 * The branches taken before a message is understood: an open handoff relays everything, a bare
 * digit may answer the satisfaction survey, media and empty messages, and /commands.
 */
import { tr } from '../i18n.js';
import type { Reply } from '../types.js';
import { bareStaffCommand, runCommand } from './commands.js';
import { notePhoto } from './complaint-dialog.js';
import type { Arrival, Step } from './step.js';

/** While a handoff is open the bot stays quiet and relays the message to staff. */
export const handoffRelay: Step<Arrival> = async ({ app, message, turn }) => {
  const handoff = app.handoffs.openFor(message.from);
  if (!handoff) return null;
  const relayed = await app.handoffs.relayFromCitizen(turn, handoff, message.media);
  return relayed ? [relayed] : [];
};

/** A bare "3" answers the survey only when no other question is open. */
export const surveyAnswer: Step<Arrival> = async ({ app, message, session, text }) => {
  if (!text || session.pending) return null;
  const survey = app.surveys.answer(message.from, text, session.lang);
  if (!survey) return null;
  await app.store.flush();
  return [survey];
};

/** Photos, stickers and empty messages: a photo may belong to a complaint, the rest get a hint. */
export const mediaOrEmpty: Step<Arrival> = ({ app, message, session, text, turn }) => {
  if (text) return null;
  if (message.media && session.pending?.kind === 'complaint') return [notePhoto(app, turn, session.pending)];
  return [emptyReply(turn.lang, message.media !== undefined)];
};

export const command: Step<Arrival> = async ({ app, text, turn }) => {
  const typed = text.startsWith('/') ? text : bareStaffCommand(app, turn, text);
  return typed === null ? null : [await runCommand(app, turn, typed)];
};

function emptyReply(lang: 'id' | 'en', media: boolean): Reply {
  return {
    kind: 'fallback',
    text: media
      ? tr(lang, 'Maaf, saya hanya bisa membaca pesan teks. Jangan kirim foto KTP/KK lewat chat: tulis pertanyaan Anda, misalnya "syarat ktp".', 'Sorry, I can only read text. Please do not send photos of ID documents here: type your question, e.g. "requirements for ktp".')
      : tr(lang, 'Pesannya kosong. Ketik pertanyaan Anda, atau "menu".', 'Your message was empty. Type your question, or "menu".'),
  };
}
