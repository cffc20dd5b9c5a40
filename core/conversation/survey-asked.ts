/**
 * The satisfaction survey asked for: "mau isi survei kepuasan", "saya mau kasih penilaian pelayanan", "how do I rate the service?".
 * It was "Maaf, saya belum paham" (session 43, `npm run simulate`): the survey (SKM) only came by itself after a visit. Now the
 * open survey is asked again, or the last visit's is started, or the citizen is told when it comes and where a remark goes today.
 */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import { addDays, localParts } from '../local-time.js';
import type { Pending } from '../session.js';
import type { Reply } from '../types.js';
import type { Step, Understood } from './step.js';

const SURVEY_ASKED =
  /\b(?:isi|ngisi|mengisi|fill(?: in| out)?|ikut|kasih|kasi|beri|memberi|memberikan|give|mau|ingin)\b.{0,25}\b(?:survei|survey|skm|ikm|kuesioner|kuisioner|penilaian|rating)\b|\bsurve[iy] kepuasan\b|\bsatisfaction survey\b|\brate (?:the|your|this) service\b/i;
/** A visit this many days back may still be rated. */
const SURVEY_LOOKBACK_DAYS = 7;

/**
 * "saya belum selesai dilayani kok sudah disuruh isi survei?": the survey of a call staff never closed reached a citizen still at
 * the counter, and the protest, matching "isi survei", was answered with the survey's first question again (session 48, a field
 * test of a Tuesday that went wrong). The survey is taken back until the visit is finished.
 */
const NOT_FINISHED = /\b(?:belum|blm|blom|masih belum)\s+(?:selesai|beres|kelar|rampung|tuntas)\b|\bmasih\s+(?:di loket|dilayani|diurus|diproses|nunggu|menunggu)\b|\bnot (?:finished|done|served) yet\b|\bstill (?:at the counter|being served|waiting)\b/i;

export const surveyTooEarly: Step<Understood> = async ({ app, session, turn }) => {
  if (session.pending || !NOT_FINISHED.test(turn.text) || !app.surveys.withdrawUnfinished(turn.user)) return null;
  await app.store.flush();
  return [
    {
      kind: 'answer',
      text: tr(
        turn.lang,
        'Mohon maaf, survei terkirim sebelum layanan Anda selesai. Survei itu dibatalkan dan tidak dihitung; setelah petugas menyelesaikan layanan Anda, survei dikirim lagi.',
        'We are sorry: the survey was sent before your service was finished. It is withdrawn and not counted; once the staff finish your service, it is sent again.',
      ),
    },
  ];
};

export const surveyAsked: Step<Understood> = ({ app, session, turn }) =>
  Promise.resolve(session.pending || !SURVEY_ASKED.test(turn.text) ? null : [surveyReply(app, turn)]);

function surveyReply(app: App, turn: Turn): Reply {
  const today = localParts(turn.now, app.settings.timeZone).date;
  const visit = app.bookings.lastVisitFor(turn.user, addDays(today, -SURVEY_LOOKBACK_DAYS));
  const survey = app.surveys.offer(turn.user, visit, turn.lang);
  if (survey) return survey;
  return {
    kind: 'answer',
    text: tr(
      turn.lang,
      `Survei kepuasan (SKM) dikirim lewat chat ini setelah Anda dilayani dengan nomor antrean dari sini, satu kali untuk tiap kunjungan. Belum ada kunjungan Anda dalam ${SURVEY_LOOKBACK_DAYS} hari terakhir yang belum dinilai. Keluhan atau saran bisa disampaikan sekarang: ketik "pengaduan".`,
      `The satisfaction survey (SKM) comes through this chat after you are served with a queue number from here, once per visit. There is no visit of yours in the last ${SURVEY_LOOKBACK_DAYS} days left to rate. A complaint or a suggestion can be sent now: type "complaint".`,
    ),
  };
}

/**
 * A reply to an open survey question that is no answer and asks nothing else (session 46, a field test): "lumayan lah" at the fee
 * question got the "belum paham" menu, whose numbered options then took the citizen's next "2", "3", "4", "1", "1" as a booking
 * of a service he never asked for, and the survey's three answers were lost. "cukup" unsubscribed him from announcements. The
 * question comes back with how to answer it; a real question is answered as usual and the survey waits.
 */
/** As many words as a survey answer in words takes (survey-words.ts). */
const ANSWER_WORDS = 6;

export const surveyWaiting: Step<Understood> = ({ app, session, turn, u }) => {
  if (session.pending) return null;
  // Short: a longer message not understood is about something else, and gets the usual reply.
  const words = turn.text.trim().split(/\s+/).length;
  if (!(u.intent === 'fallback' && words <= ANSWER_WORDS) && !(u.intent === 'unsubscribe' && words <= 2)) return null;
  const hint = tr(turn.lang, 'Maaf, jawaban itu belum bisa saya catat. Pilih angka 1–4, atau ketik "lewati survei".', 'Sorry, I could not record that answer. Pick a number 1–4, or type "skip the survey".');
  const again = app.surveys.openQuestion(turn.user, turn.lang, hint);
  return again ? [again] : null;
};

/**
 * A question asked in the middle of the survey ("syarat kk baru" at 2/9) is answered, and the survey's question comes back under
 * it: the answer's buttons had taken the next "3" as "Alur KK baru", and the survey answer was lost with no question asked again
 * (session 47, a field test). A plain list of options left open by the answer is let go, so a digit is the survey's; a dialog the
 * answer opened (a booking) keeps its question, and the survey waits.
 */
export function afterSurveyAside(app: App, turn: Turn, before: Pending | undefined, replies: readonly Reply[]): Reply[] {
  if (before || replies.length === 0 || replies.some((r) => r.kind === 'survey' || r.kind === 'error')) return [...replies];
  const pending = turn.session.pending;
  if (pending && pending.kind !== 'choose') return [...replies];
  const again = app.surveys.questionAfterAside(turn.user, turn.lang);
  if (!again) return [...replies];
  turn.session.pending = undefined;
  return [...replies, again];
}

