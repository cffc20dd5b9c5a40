/**
 * "lanjut" after a dialog was let go for too many asides (aside.ts): its question again, the draft
 * as it was. Whatever happened since is checked when it is answered (a slot taken meanwhile is
 * explained, a booking cancelled meanwhile is not found), so nothing stale is saved.
 */
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
