/** Branches of the complaint dialog seen from the engine: the open question, and a ticket number typed. */
import { COMPLAINT_CODE } from '../care/complaints.js';
import { tr } from '../i18n.js';
import type { Reply } from '../types.js';
import { matchChoice } from './choices.js';
import { abandon, answerStep, applyChoice } from './complaint-dialog.js';
import type { Step, Understood } from './step.js';

const QUITS = /^(batal|batalkan|gak jadi|ga jadi|tidak jadi|cancel)\b/i;

/** The complaint dialog owns every message while it is open, until the ticket or "batal". */
export const complaintStep: Step<Understood> = async ({ app, session, turn, u }) => {
  const pending = session.pending;
  if (pending?.kind !== 'complaint') return null;
  const choice = matchChoice(pending.choices, turn.text);
  if (choice) return [await applyChoice(app, turn, pending, choice.request)];
  if (QUITS.test(turn.text.trim())) return [abandon(turn)];
  return [await answerStep(app, turn, pending, u)];
};

/** "ADU-0007": the owner sees status and answers; anyone else only an anonymous ticket's status. */
export const complaintStatus: Step<Understood> = ({ app, turn, u }) => {
  const ticket = COMPLAINT_CODE.exec(turn.text);
  if (!ticket || u.bookingCode) return null;
  const complaint = app.complaints.get(ticket[0]);
  if (!complaint || (complaint.user !== null && complaint.user !== turn.user)) {
    return [{ kind: 'answer', text: tr(turn.lang, 'Nomor pengaduan tidak ditemukan.', 'Complaint number not found.') } satisfies Reply];
  }
  const visible = complaint.user === null ? { ...complaint, answers: [] } : complaint;
  return [{ kind: 'complaint_update', text: app.complaints.statusText(visible, turn.lang) }];
};
