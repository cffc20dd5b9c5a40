/**
 * The open question asked again in the citizen's current language (field bug 2, issue 11): after
 * "what time do you open?" at an Indonesian "Konfirmasi booking … Lanjutkan?", the answer came in
 * English and the question below it in Indonesian. When the language changed since it was asked,
 * the question is built again from the dialog's state (options and all, so "yes" or "Thu 26 Nov"
 * match); otherwise it comes back word for word.
 */
import type { App, Turn } from '../app.js';
import type { Reply } from '../types.js';
import type { DraftPending } from './aside-reading.js';
import { advance, startCancel } from './booking-dialog.js';
import { ask as askComplaint } from './complaint-dialog.js';
import { askRenameConfirm, startRename } from './rename.js';

/** `asked` as it was, or built again in `turn.lang`; may open an equivalent question in its place. */
export function askAgain(app: App, turn: Turn, pending: DraftPending, asked: Reply): Reply {
  const { session } = turn;
  if ((session.askedLang ?? turn.lang) === turn.lang) return asked;
  // The aside's own words must not fill the draft ("requirements for a new one" is no pick of "baru").
  const quiet = { ...turn, text: '' };
  const again = rebuild(app, quiet, pending);
  session.asked = again;
  session.askedLang = turn.lang;
  return again;
}

function rebuild(app: App, turn: Turn, pending: DraftPending): Reply {
  switch (pending.kind) {
    case 'booking':
      return advance(app, turn, pending.draft);
    case 'cancel':
      return startCancel(app, turn, null, pending.bookingId);
    case 'rename':
      return pending.awaiting === 'confirm' && pending.name ? askRenameConfirm(turn, pending.name) : startRename(app, turn, undefined);
    case 'complaint':
      return askComplaint(app, turn, pending.draft);
  }
}
