/**
 * The conversation engine: one incoming message → the replies for it. Channel-neutral and
 * never throws: a failure inside becomes a polite `error` reply and a log line.
 *
 * It only routes. Each branch is a `Step` in its own file, tried in order; the first that
 * answers wins. Steps before understanding need no NLU (relay, survey digit, media, /command);
 * the rest read the understood message (complaint dialog, ticket, check-in, request).
 */
import type { App } from '../app.js';
import { tr } from '../i18n.js';
import { inertText } from '../inert.js';
import { nikNotice } from '../nik-notice.js';
import type { Conversation } from '../ports.js';
import { type Session, Sessions } from '../session.js';
import { splitText } from '../split-text.js';
import type { IncomingMessage, Lang, Reply, UserKey } from '../types.js';
import { holdsDraft } from './aside-reading.js';
import { AwaitedPushes } from './awaited-pushes.js';
import { cancelledWhyStep } from './cancelled-why.js';
import { matchChoice } from './choices.js';
import { complaintReplied, complaintStatus, complaintStep, ownComplaintAsked } from './complaint-steps.js';
import { documentStatusStep } from './document-status.js';
import { command, handoffRelay, mediaOrEmpty, surveyAnswer } from './early-steps.js';
import { detailStep, holidayStep, representationStep } from './info-steps.js';
import { apartFromLanguage, languageAsked, languageStep } from './language-asked.js';
import { lostPapersStep } from './lost-papers.js';
import { isMiss } from './misunderstood.js';
import { notHereStep } from './not-here.js';
import { priorityAskedStep } from './priority-asked.js';
import { afterBooking } from './read-request.js';
import { checkInStep, renameStep, request } from './request-steps.js';
import { heldReminder, lostQuestionStep, resumeStep, withoutSameBooking } from './resume.js';
import { severalQuestions } from './several-questions.js';
import type { Arrival, Step, Understood } from './step.js';
import { afterSurveyAside, surveyAsked, surveyTooEarly, surveyWaiting } from './survey-asked.js';
import { variantRuledOutStep } from './variant-ruled-out.js';

/** Longer texts are split into several bubbles; adapters split further for platform limits. */
const MAX_REPLY_CHARS = 3000;
/** Longer messages are cut before understanding: nobody types a 10,000-character question. */
const MAX_INPUT_CHARS = 1000;
/** Words (three letters or more) a message needs to switch the language a longer message showed. */
const LANGUAGE_SWITCH_WORDS = 3;
/** Words (of three letters or more) that show a new chat's language even in a message not understood. */
const LONG_FIRST_WORDS = 6;

const BEFORE_UNDERSTANDING: readonly Step<Arrival>[] = [handoffRelay, surveyAnswer, mediaOrEmpty, command];
/** `request` always answers, so it comes last. */
const AFTER_UNDERSTANDING: readonly Step<Understood>[] = [languageStep, complaintStep, resumeStep, lostQuestionStep, priorityAskedStep, cancelledWhyStep, checkInStep, complaintStatus, ownComplaintAsked, complaintReplied, surveyTooEarly, surveyAsked, surveyWaiting, renameStep, detailStep, holidayStep, representationStep, lostPapersStep, severalQuestions, notHereStep, documentStatusStep, variantRuledOutStep, request];

export class ChatEngine implements Conversation {
  readonly #sessions = new Sessions();

  constructor(
    private readonly app: App,
    private readonly awaited = new AwaitedPushes(),
  ) {}

  async handle(raw: IncomingMessage): Promise<Reply[]> {
    const now = this.app.clock.now();
    // Escapes, controls and bidi overrides never get past the door (issue 13 item 11).
    const message = { ...raw, text: inertText(raw.text) };
    const session = this.#sessions.get(message.from, now);
    try {
      const asked = session.pending;
      const question = session.asked;
      const routed = await this.#route(message, session, now);
      session.replied = true;
      // A new open question: remember how it was asked, to ask it again if the answer fits no option.
      if (session.pending !== asked) {
        // Unless it is the same question built again in the citizen's new language (ask-again.ts), which set it already.
        if (session.asked === question) {
          session.asked = session.pending ? routed.at(-1) : undefined;
          session.askedLang = session.lang;
          session.asides = 0;
        }
        // A new dialog replaces one kept aside: "lanjut" then means the new one, never a stale draft;
        // unless the draft is held for the new dialog (a second booking started at the first one's confirm step).
        // The held bookings under a dropped one were not reminded yet: they stay, for after this dialog.
        if (holdsDraft(session.pending) && !session.parked?.held) session.parked = session.parked?.earlier;
        session.parked = withoutSameBooking(session.parked, session.pending);
      }
      const reminder = heldReminder(this.app, { user: message.from, session, lang: session.lang, now, text: message.text }, asked);
      const replies = reminder ? [...routed, reminder] : routed;
      session.fallbacks = replies.some((r) => r.kind === 'fallback') ? session.fallbacks + 1 : 0;
      // Replies are final here: misses are kept (masked) for staff to teach from (/belajar, issue 11).
      // A dialog's next question is no miss (misunderstood.ts); neither is the open question sent again after an aside.
      this.app.learning.noteReplies(message, replies.filter((r) => r !== question && isMiss(r)));
      const notice = nikNotice(session, message.text, session.lang);
      return (notice ? [notice, ...replies] : replies).flatMap(splitReply);
    } catch (error) {
      this.app.logger.error('handler_failed', { user: message.from, error: error instanceof Error ? error.stack ?? error.message : String(error) });
      return [
        {
          kind: 'error',
          text: tr(session.lang, 'Maaf, terjadi gangguan di sistem kami. Silakan coba lagi sebentar lagi. Data Anda aman.', 'Sorry, something went wrong on our side. Please try again in a moment. Your data is safe.'),
        },
      ];
    }
  }

  async #route(message: IncomingMessage, session: Session, now: Date): Promise<Reply[]> {
    const { app } = this;
    const text = message.text.slice(0, MAX_INPUT_CHARS).trim();
    const afterPush = this.awaited.take(message.from, now);
    // A message after a push (an announcement to the slot, a reminder) reacts to the push, not to the optional "which kind?" asked
    // under the booking before it: "jadi jam 9 saya tetep dateng atau jam 10?" after "Perekaman KTP besok baru mulai jam 10" was
    // met with "not one of the options" and the kinds of KTP (session 44, `npm run simulate`). The booking is safe either way.
    if (afterPush && session.pending && afterBooking(session.pending) && !matchChoice(session.pending.choices, text)) session.pending = undefined;
    const arrival: Arrival = { app, message, session, now, text, afterPush, turn: { user: message.from, session, lang: session.lang, now, text } };
    const early = await firstAnswer(BEFORE_UNDERSTANDING, arrival);
    if (early) return early;
    const chosen = languageAsked(text);
    const u = chosen ? apartFromLanguage(app.nlu.understand(text, now)) : app.nlu.understand(text, now);
    // One word ("STOP", "ok", "booking") is no evidence of a language: keep the citizen's. Neither is
    // an option's label typed or tapped ("Thu 26 Nov"): it is in the language it was offered in. Nor is a message not understood;
    // one understood as someone else's business is (u.outside: "my queue at the bank is number 40" is answered in English).
    const picked = session.pending ? matchChoice(session.pending.choices, text) : undefined;
    // A long first message not understood still shows its language: "Do you handle visa or stay permit (KITAS/KITAP) for foreign
    // spouses?" was told "Maaf, saya belum paham" in Indonesian (session 47, a field test).
    const words = (text.match(/\p{L}{3,}/gu) ?? []).length;
    const languageShown = u.intent !== 'fallback' || u.outside !== undefined || (!session.langShown && words >= LONG_FIRST_WORDS);
    // Two words set the language of a new chat ("book passport"), but do not switch one a longer message showed: "stop info" in an
    // Indonesian chat was answered in English by its "stop" (session 42, `npm run simulate`).
    if (chosen) {
      session.lang = chosen;
      session.langShown = true;
    } else if (words >= (session.langShown && u.lang !== session.lang ? LANGUAGE_SWITCH_WORDS : 2) && languageShown && !picked) {
      session.lang = u.lang;
      if (words >= LANGUAGE_SWITCH_WORDS) session.langShown = true;
    }
    this.#rememberLang(message.from, session.lang);
    // What the citizen took back in the message is no part of what the steps read (core/nlu.ts `read`).
    const read = u.read ?? text;
    const understood: Understood = { ...arrival, text: read, u, turn: { ...arrival.turn, lang: session.lang, text: read, ...(read !== text ? { written: text } : {}) } };
    const before = session.pending;
    return afterSurveyAside(app, understood.turn, before, (await firstAnswer(AFTER_UNDERSTANDING, understood)) ?? []);
  }

  #rememberLang(user: UserKey, lang: Lang): void {
    const users = this.app.store.table('users');
    const profile = users.get(user);
    if (profile && profile.lang !== lang) users.put({ ...profile, lang });
  }
}

async function firstAnswer<T extends Arrival>(steps: readonly Step<T>[], input: T): Promise<Reply[] | null> {
  for (const step of steps) {
    const replies = await step(input);
    if (replies) return replies;
  }
  return null;
}

function splitReply(reply: Reply): Reply[] {
  const parts = splitText(reply.text, MAX_REPLY_CHARS);
  if (parts.length <= 1) return [reply];
  // Options and booking data belong to the last bubble, right above where the citizen answers.
  return parts.map((text, i) => (i === parts.length - 1 ? { ...reply, text } : { kind: reply.kind, text }));
}
