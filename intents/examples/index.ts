/**
 * The training registry: one file per intent. Throws at start-up on a missing or doubled intent, so a
 * new intent in `core/nlu.ts` cannot ship without examples.
 */
import { INTENT_NAMES, type IntentName } from '../../core/nlu.js';
import { book } from './book.js';
import { cancel } from './cancel.js';
import { complaint } from './complaint.js';
import { cost } from './cost.js';
import { duration } from './duration.js';
import { fallback } from './fallback.js';
import { greeting } from './greeting.js';
import { help } from './help.js';
import { hours } from './hours.js';
import { human } from './human.js';
import { listServices } from './list-services.js';
import { location } from './location.js';
import { myBooking } from './my-booking.js';
import { procedure } from './procedure.js';
import { requirements } from './requirements.js';
import { reschedule } from './reschedule.js';
import { subscribe } from './subscribe.js';
import { thanks } from './thanks.js';
import type { IntentExamples } from './types.js';
import { unsubscribe } from './unsubscribe.js';

export type { IntentExamples } from './types.js';

const ALL: readonly IntentExamples[] = [
  greeting, thanks, help, listServices, requirements, procedure, cost, duration, hours, location, book, myBooking, cancel,
  reschedule, complaint, subscribe, unsubscribe, human, fallback,
];

export function trainingExamples(): ReadonlyMap<IntentName, readonly string[]> {
  const registry = new Map<IntentName, readonly string[]>();
  for (const { intent, examples } of ALL) {
    if (registry.has(intent)) throw new Error(`intents/examples: "${intent}" is registered twice; merge the two files`);
    registry.set(intent, examples);
  }
  const missing = INTENT_NAMES.filter((name) => !registry.has(name));
  if (missing.length > 0) throw new Error(`intents/examples: no examples for ${missing.join(', ')}; add intents/examples/<intent>.ts`);
  return registry;
}
