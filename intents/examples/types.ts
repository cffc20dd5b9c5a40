import type { IntentName } from '../../core/nlu.js';

/**
 * Training phrases for one intent. Write them as citizens do (slang, no punctuation, some English) and
 * put placeholders where an entity goes: `#layanan` (a service), `#tanggal` (a day), `#jam` (a clock
 * time), `#kode` (a booking code). The model then learns the action, not the service.
 */
export interface IntentExamples {
  readonly intent: IntentName;
  readonly examples: readonly string[];
}
