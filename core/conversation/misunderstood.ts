/**
 * Which replies say "I did not understand" (issue 11, /belajar keeps those messages for staff to
 * teach from): every `fallback`, and the few `clarify` replies that ask again because the message
 * fit nothing (an answer outside the options, "which did you mean?", a service not recognised).
 * Any other `clarify` is the next question of a dialog ("Pilih jam", "atas nama siapa?"): the
 * message before it was understood, so it is no miss (field bug 5: "2" answering "pilih 1–3").
 */
import type { Reply } from '../types.js';

const marked = new WeakSet<Reply>();

/** Marks a clarify reply as asked because the message was not understood. */
export function misunderstood<R extends Reply>(reply: R): R {
  marked.add(reply);
  return reply;
}

export function isMiss(reply: Reply): boolean {
  return reply.kind === 'fallback' || marked.has(reply);
}
