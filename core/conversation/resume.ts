/**
 * "lanjut" after a dialog was let go for too many asides (aside.ts): its question again, the draft
 * as it was. Whatever happened since is checked when it is answered (a slot taken meanwhile is
 * explained, a booking cancelled meanwhile is not found), so nothing stale is saved.
 */
import type { App, Turn } from '../app.js';
import type { Pending } from '../session.js';
import type { Reply } from '../types.js';
import { heldText } from './aside.js';
import { holdsDraft } from './aside-reading.js';
import type { Step, Understood } from './step.js';

const RESUME = /^(lanjut|lanjutkan|lanjutin|teruskan|terusin|continue|resume)( (booking|bookingnya|pengaduan|pengaduannya|yang tadi|tadi|the booking|it))*( (dong|ya|aja|saja|please))?[.!]*$/i;

export const resumeStep: Step<Understood> = ({ session, turn }) => {
  const parked = session.parked;
  if (!parked || !RESUME.test(turn.text.trim())) return null;
  // Another dialog is open: "lanjut" answers that one.
  if (session.pending && session.pending.kind !== 'choose') return null;
  session.parked = undefined;
  session.pending = parked.pending;
  return [parked.asked];
};

/**
 * Once the dialog a held draft waited on is over (booked, declined, left), one reminder that
 * "lanjut" brings the draft back. `before`: the question open when this message came; a draft
 * held by this very message was just explained.
 */
export function heldReminder(app: App, turn: Turn, before: Pending | undefined): Reply | null {
  const { session } = turn;
  const parked = session.parked;
  if (!parked?.held || session.pending || !before || parked.pending === before || !holdsDraft(parked.pending)) return null;
  // Reminded once; from now on it is kept like a dialog let go: until another dialog opens.
  session.parked = { pending: parked.pending, asked: parked.asked };
  return { kind: 'answer', text: heldText(app, turn, parked.pending) };
}
