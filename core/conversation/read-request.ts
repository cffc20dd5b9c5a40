/**
 * Turning an understood message into a `Request`: first as the answer to the open question (if
 * it is one), else as a new request with the conversation's context (last service, last topic).
 */
import type { Turn } from '../app.js';
import type { App } from '../app.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Pending, Request } from '../session.js';
import { matchChoice, matchVariant } from './choices.js';

/** Below this, a message that names a service but no clear action is "entity only". */
const ENTITY_ONLY_CONFIDENCE = 0.5;
const NAME_STEP_EXIT_CONFIDENCE = 0.9;
/** The runner-up must score at least this share of the best guess to be offered as an option. */
const CLARIFY_RATIO = 0.25;

export const INFO_TOPICS = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration']);
/** Intents that end whatever question was open rather than answer it. */
const TOPIC_CHANGERS = new Set<IntentName>(['cancel', 'my_booking', 'hours', 'location', 'complaint', 'human', 'help', 'list_services', 'requirements', 'procedure', 'cost', 'duration', 'subscribe', 'unsubscribe']);

/** What the message means: a request, the booking name, a stray number, or "ask which one". */
export type Reading = Request | 'name' | 'no_question' | 'clarify';

export function readRequest(app: App, turn: Turn, u: Understanding): Reading {
  return fromPending(app, turn, u) ?? fromUnderstanding(turn, u);
}

/** Reads the message as the answer to the open question, if it is one. */
function fromPending(app: App, turn: Turn, u: Understanding): Request | 'name' | null {
  const pending = turn.session.pending;
  if (!pending) return null;
  const choice = matchChoice(pending.choices, turn.text) ?? matchVariant(app, pending.choices, turn.text);
  if (choice) return choice.request;
  const strongOther = TOPIC_CHANGERS.has(u.intent) && u.confidence >= ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0;
  // A name can look like anything to the classifier ("Warga F"): only a very clear request leaves this step.
  if (pending.kind === 'booking' && pending.awaiting === 'name') return strongOther && u.confidence >= NAME_STEP_EXIT_CONFIDENCE ? null : 'name';
  if (u.yesNo && isConfirmStep(pending)) return { intent: u.yesNo === 'yes' ? 'confirm' : 'decline' };
  if (pending.kind === 'booking' && !strongOther && (u.date || u.time || (u.service && !pending.draft.moving))) return draftUpdate(pending, u);
  return null;
}

function isConfirmStep(pending: Pending): boolean {
  return pending.kind === 'cancel' || pending.kind === 'announce' || (pending.kind === 'booking' && pending.awaiting === 'confirm');
}

/** New pieces for the booking being drafted; a new service starts the draft over. */
function draftUpdate(pending: Extract<Pending, { kind: 'booking' }>, u: Understanding): Request {
  const draft = pending.draft;
  const newService = u.service && u.service !== draft.service;
  return {
    intent: 'book',
    service: u.service ?? draft.service ?? null,
    variant: newService ? u.variant : (u.variant ?? draft.variant ?? null),
    date: u.date ?? (newService ? null : (draft.date ?? null)),
    time: u.time ?? (u.date || newService ? null : (draft.time ?? null)),
  };
}

function fromUnderstanding(turn: Turn, u: Understanding): Request | 'no_question' | 'clarify' {
  const { session } = turn;
  if (u.number !== null && /^\s*\d{1,3}\s*[.)]?\s*$/.test(turn.text)) return 'no_question';
  const entityOnly = u.service !== null && (u.intent === 'fallback' || (u.confidence < ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0));
  if (entityOnly) {
    const intent = session.lastIntent && INFO_TOPICS.has(session.lastIntent) ? session.lastIntent : 'overview';
    return { intent, service: u.service, variant: u.variant };
  }
  const [best, second] = u.alternatives;
  // Asking "which did you mean?" only helps when the runner-up is a real contender.
  if (best && second && second.score >= best.score * CLARIFY_RATIO) return 'clarify';
  const intent = best && u.intent === 'fallback' ? best.intent : u.intent;
  const contextual = INFO_TOPICS.has(intent) && !u.service;
  return {
    intent,
    service: u.service ?? (contextual ? (session.service ?? null) : null),
    variant: u.service ? u.variant : contextual ? (session.variant ?? null) : null,
    date: u.date,
    time: u.time,
    code: u.bookingCode,
  };
}
