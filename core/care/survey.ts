/**
 * The satisfaction survey (SKM, Permenpan RB 14/2017) after a visit: nine questions, one tap
 * each on the 1–4 scale, skippable, and never asked twice for one visit (the survey row's id is
 * the booking id). Rows hold no personal data; the user link lives only in memory while open.
 */
import type { Bookings } from '../booking/bookings.js';
import type { Basics } from '../context.js';
import { pick, tr } from '../i18n.js';
import { langOf, notify } from '../notify.js';
import type { Booking, SurveyResponse } from '../records.js';
import type { Lang, Outgoing, Reply, ReplyOption, UserKey } from '../types.js';
import { SKM_ELEMENTS, type SkmElement } from './skm-elements.js';
import { type Score, wordScore } from './survey-words.js';

/**
 * Minutes after `turn_now` at which an early call left open goes back to the queue (staff/counter.ts releaseEarlyCalls). It was
 * also when a call staff never closed got the survey, which reached citizens still at the counter (session 47, a field test):
 * that survey now waits for the visit to be over (`visitOver`).
 */
export const SURVEY_AFTER_CALL_MINUTES = 30;
/** A call left open this long is a visit over, whatever the counter did since. */
const VISIT_SURELY_OVER_MINUTES = 120;
/** Minutes after a question within which a reply in words answers it. */
const WORDS_ANSWER_MINUTES = 30;
/** Hours after which an unanswered survey is closed as skipped (so its answers still count). */
const SURVEY_OPEN_HOURS = 24;
const SKIP = /^(lewat(i|in)?|skip|tidak|gak|ga|nggak|no|ga usah|gak usah|gausah|nggak usah)( (aja|saja|deh|dulu|ya|dong|ah))*$/i;
/**
 * "nanti aja": later, not never. Closing the survey as skipped lost it, and "mau isi survei kepuasan" then found nothing to
 * offer (session 44, simulate); it stays open for its day and the reply says how to come back to it.
 */
const LATER = /^(nanti|ntar|nnti|entar|later|besok)( (aja|saja|deh|dulu|ya|yaa|dong|ah|kak|min))*$/i;

/** Surveys follow visits, so they read the booking book besides the kernel services. */
export type SurveyDeps = Basics & { readonly bookings: Bookings };

export class Surveys {
  /** user → booking id of their open survey. */
  readonly #open = new Map<UserKey, string>();
  /**
   * user → when their survey's current question was sent. A reply in words ("cepet kok") answers it only right after: an "oke"
   * hours later, about something else, is no score.
   */
  readonly #askedAt = new Map<UserKey, number>();

  constructor(private readonly app: SurveyDeps) {
    for (const row of this.#table.values()) {
      const user = row.status === 'asked' ? app.bookings.get(row.id)?.user : undefined;
      if (user) this.#open.set(user, row.id);
    }
  }

  get #table() {
    return this.app.store.table('surveys');
  }

  /** Invites the citizen of a finished visit, once. Walk-ins have no chat and are not asked. */
  invite(booking: Booking): Outgoing | null {
    const earlier = this.#table.get(booking.id);
    // A survey taken back while the visit was at the counter comes again once it is finished, and only then.
    if (booking.walkIn || (earlier && !(earlier.status === 'withdrawn' && booking.status === 'done'))) return null;
    const row: SurveyResponse = {
      id: booking.id,
      service: booking.service,
      date: booking.date,
      scores: SKM_ELEMENTS.map(() => null),
      status: 'asked',
      askedAt: this.app.clock.now().toISOString(),
    };
    this.#table.put(row);
    this.#open.set(booking.user, booking.id);
    this.#markAsked(booking.user);
    const lang = langOf(this.app, booking.user);
    const intro = tr(lang, `Terima kasih sudah datang ke ${this.app.settings.name}. Bantu kami menilai layanan (9 pertanyaan singkat, jawab dengan angka 1–4):`, `Thank you for visiting ${this.app.settings.name}. Please rate our service (9 short questions, answer 1–4):`);
    return { to: booking.user, ...this.#question(0, lang, intro) };
  }

  /**
   * "mau isi survei kepuasan": the citizen's open survey (its current question again), or the survey of their last visit when it
   * was never asked; null when there is no visit to rate.
   */
  offer(user: UserKey, lastVisit: Booking | undefined, lang: Lang): Reply | null {
    const open = this.openQuestion(user, lang);
    if (open) return open;
    if (!lastVisit || lastVisit.user !== user) return null;
    const invite = this.invite(lastVisit);
    if (!invite) return null;
    const { to: _to, ...reply } = invite;
    return reply;
  }

  /** The open survey's current question, asked again, or null when the citizen has none open. */
  openQuestion(user: UserKey, lang: Lang, intro?: string): (Reply & { kind: 'survey' }) | null {
    const id = this.#open.get(user);
    const row = id === undefined ? undefined : this.#table.get(id);
    const index = row?.status === 'asked' ? row.scores.findIndex((s) => s === null) : -1;
    if (index < 0) return null;
    this.#markAsked(user);
    return this.#question(index, lang, intro);
  }

  /** The open survey's question again, only while it was asked within the last half hour (after an aside to it), else null. */
  questionAfterAside(user: UserKey, lang: Lang): (Reply & { kind: 'survey' }) | null {
    return this.#justAsked(user) ? this.openQuestion(user, lang, tr(lang, 'Survei kepuasan masih terbuka:', 'The satisfaction survey is still open:')) : null;
  }

  /**
   * The open survey of a visit still at the counter (its call never closed), taken back: marked withdrawn with its answers cleared,
   * so nothing of it reaches the IKM, the tick does not send it again, and /done invites it anew. Returns whether there was one.
   */
  withdrawUnfinished(user: UserKey): boolean {
    const id = this.#open.get(user);
    const row = id === undefined ? undefined : this.#table.get(id);
    if (!row || row.status !== 'asked' || this.app.bookings.get(row.id)?.status !== 'called') return false;
    this.#table.put({ ...row, status: 'withdrawn', scores: row.scores.map(() => null) });
    this.#open.delete(user);
    this.#askedAt.delete(user);
    return true;
  }

  /** Offers the survey to visits called long ago that staff never closed with /done. */
  inviteOverdue(calledToday: readonly Booking[], over: (booking: Booking) => boolean): number {
    const cutoff = this.app.clock.now().getTime() - SURVEY_AFTER_CALL_MINUTES * 60_000;
    const invites = calledToday
      .filter((b) => b.status === 'called' && b.calledAt && Date.parse(b.calledAt) <= cutoff && over(b))
      .map((b) => this.invite(b))
      .filter((m): m is Outgoing => m !== null);
    notify(this.app, invites);
    return invites.length;
  }

  /** Closes surveys left unanswered for a day as skipped, keeping what was answered. */
  expire(): number {
    const cutoff = this.app.clock.now().getTime() - SURVEY_OPEN_HOURS * 3_600_000;
    let closed = 0;
    for (const [user, id] of this.#open) {
      const row = this.#table.get(id);
      if (row && Date.parse(row.askedAt) <= cutoff) {
        this.#table.put({ ...row, status: 'skipped' });
        this.#open.delete(user);
        this.#askedAt.delete(user);
        closed++;
      }
    }
    return closed;
  }

  /** A survey answer ("3", an option label, "lewati"), or null when the message is not one. */
  answer(user: UserKey, text: string, lang: Lang): Reply | null {
    const id = this.#open.get(user);
    const row = id === undefined ? undefined : this.#table.get(id);
    if (!row || row.status !== 'asked') return null;
    const index = row.scores.findIndex((s) => s === null);
    const element = SKM_ELEMENTS[index];
    if (!element) return null;
    const trimmed = text.trim();
    if (SKIP.test(trimmed) || /^lewati survei$/i.test(trimmed)) return this.#close(user, row, 'skipped', lang);
    if (LATER.test(trimmed)) {
      this.#askedAt.delete(user);
      return { kind: 'survey', text: tr(lang, 'Baik. Bila sempat hari ini, ketik "isi survei" untuk melanjutkan.', 'OK. If you have a moment today, type "fill in the survey" to continue.') };
    }
    const tapped = scoreOf(trimmed, element.answers.map((a) => pick(a, lang).toLowerCase()));
    const said = tapped === null && this.#justAsked(user) ? wordScore(trimmed, element) : null;
    const score = tapped ?? said;
    if (score === null) return null;
    const scores = row.scores.map((s, i) => (i === index ? score : s));
    const updated = { ...row, scores };
    if (index + 1 === SKM_ELEMENTS.length) return this.#close(user, updated, 'completed', lang);
    this.#table.put(updated);
    this.#markAsked(user);
    // An answer in words is read on the scale: the citizen sees which answer was recorded.
    return this.#question(index + 1, lang, said === null ? undefined : recorded(element, score, lang));
  }

  #markAsked(user: UserKey): void {
    this.#askedAt.set(user, this.app.clock.now().getTime());
  }

  #justAsked(user: UserKey): boolean {
    const at = this.#askedAt.get(user);
    return at !== undefined && this.app.clock.now().getTime() - at <= WORDS_ANSWER_MINUTES * 60_000;
  }

  #close(user: UserKey, row: SurveyResponse, status: 'completed' | 'skipped', lang: Lang): Reply {
    this.#askedAt.delete(user);
    this.#table.put({ ...row, status, ...(status === 'completed' ? { completedAt: this.app.clock.now().toISOString() } : {}) });
    this.#open.delete(user);
    return {
      kind: 'survey',
      text: status === 'completed'
        ? tr(lang, 'Terima kasih atas penilaian Anda! Masukan Anda membantu kami memperbaiki layanan.', 'Thank you for your rating! It helps us improve.')
        : tr(lang, 'Baik, survei dilewati. Terima kasih.', 'OK, survey skipped. Thank you.'),
    };
  }

  #question(index: number, lang: Lang, intro?: string): Reply & { kind: 'survey' } {
    const element = SKM_ELEMENTS[index]!;
    const options: ReplyOption[] = element.answers.map((a, i) => ({ label: pick(a, lang), value: String(i + 1) }));
    options.push({ label: tr(lang, 'Lewati survei', 'Skip the survey'), value: 'lewati survei' });
    const head = `${intro ? `${intro}\n\n` : ''}${index + 1}/${SKM_ELEMENTS.length} ${pick(element.question, lang)}`;
    return { kind: 'survey', text: head, options };
  }
}

function recorded(element: SkmElement, score: Score, lang: Lang): string {
  const answer = pick(element.answers[score - 1] ?? element.answers[0], lang);
  return tr(lang, `Dicatat: ${answer}.`, `Recorded: ${answer}.`);
}

function scoreOf(text: string, labels: readonly string[]): Score | null {
  const digit = /^([1-4])\b/.exec(text)?.[1];
  if (digit) return Number(digit) as Score;
  const index = labels.indexOf(text.toLowerCase());
  return index >= 0 ? ((index + 1) as Score) : null;
}

/**
 * Whether a call staff never closed is a visit over: the counter has called someone after it, the service's day has ended, or it
 * is two hours old. Half an hour alone sent the survey to a citizen still at the passport counter, and to one never served
 * (session 47, a field test), which skews the IKM the MPP reports.
 */
export function visitOver(todays: readonly Booking[], now: Date, dayEnded: (service: string) => boolean): (booking: Booking) => boolean {
  return (booking) => {
    const calledAt = booking.calledAt;
    if (calledAt === undefined) return false;
    if (now.getTime() - Date.parse(calledAt) >= VISIT_SURELY_OVER_MINUTES * 60_000 || dayEnded(booking.service)) return true;
    return booking.counter !== undefined && todays.some((b) => b.id !== booking.id && b.counter === booking.counter && b.calledAt !== undefined && b.calledAt > calledAt);
  };
}

