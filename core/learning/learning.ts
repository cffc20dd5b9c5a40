/**
 * Learning from misses (issue 11): every message answered with `fallback` or `clarify` is kept masked
 * with the NLU's guesses; staff file one as an example of an intent (and, with a service, its unknown
 * words as that service's synonym for this MPP); a retrain swaps in a new model when it does not cost
 * more than one point of built-in test-set accuracy. What was learned lives in the MPP's data folder
 * (`learned.json`, data/learned.ts), not in the code.
 */
import type { IntentName, LearnedData, Nlu, NluTrainer, RetrainOutcome, Understanding } from '../nlu.js';
import { INTENT_NAMES } from '../nlu.js';
import type { Logger, Store } from '../ports.js';
import type { LayaniTables, Miss } from '../records.js';
import type { IncomingMessage, Reply } from '../types.js';
import { maskPersonal } from './mask-personal.js';
import { Misses } from './misses.js';

/** Where an MPP's learned examples and synonyms are kept (data/learned.ts: `learned.json`, validated). */
export interface LearnedFile {
  load(): LearnedData;
  save(data: LearnedData): Promise<void>;
}

/** The live NLU behind a fixed reference: a retrain swaps the model without rewiring the engine. */
export class SwitchableNlu implements Nlu {
  #current: Nlu;

  constructor(initial: Nlu) {
    this.#current = initial;
  }

  understand(text: string, now: Date): Understanding {
    return this.#current.understand(text, now);
  }

  use(nlu: Nlu): void {
    this.#current = nlu;
  }
}

export interface LearningDeps {
  readonly store: Store<LayaniTables>;
  readonly logger: Logger;
  readonly nlu: SwitchableNlu;
  /** Without a trainer and a file (tests, the terminal demo without data folder) misses are kept but nothing retrains. */
  readonly trainer?: NluTrainer;
  readonly file?: LearnedFile;
}

const MISS_KINDS = new Set<Reply['kind']>(['fallback', 'clarify']);
const EMPTY: LearnedData = { examples: [], synonyms: [] };

export type FileResult =
  | { readonly ok: true; readonly miss: Miss; readonly synonym: string | null }
  | { readonly ok: false; readonly reason: 'not_found' | 'bad_intent' | 'no_file' };

export class Learning {
  readonly misses: Misses;
  #learned: LearnedData;

  constructor(private readonly deps: LearningDeps) {
    this.misses = new Misses(deps.store);
    this.#learned = deps.file?.load() ?? EMPTY;
  }

  /** Examples and synonyms this MPP has learned so far. */
  get learned(): LearnedData {
    return this.#learned;
  }

  /** Retrain on start, when something was learned before: the saved examples must count from the first message. */
  start(): RetrainOutcome | null {
    if (this.#learned.examples.length === 0 && this.#learned.synonyms.length === 0) return null;
    const { trainer } = this.deps;
    return trainer === undefined ? null : this.#use(trainer.retrainBlocking(this.#learned));
  }

  /** The engine's hook: keeps the message when a reply says the bot did not understand it. */
  noteReplies(message: IncomingMessage, replies: readonly Reply[]): Miss | null {
    const text = message.text.trim();
    if (text === '' || text.startsWith('/') || /^\d{1,3}$/.test(text) || !replies.some((r) => MISS_KINDS.has(r.kind))) return null;
    const u = this.deps.nlu.understand(text, message.receivedAt);
    const guesses = (u.alternatives.length > 0 ? u.alternatives : [{ intent: u.intent, score: u.confidence }]).map((g) => ({
      intent: g.intent,
      score: g.score,
    }));
    // The names this citizen gave us are the ones we can be sure to remove.
    const knownNames = [this.deps.store.table('users').get(message.from)?.name ?? ''].filter((n) => n !== '');
    return this.misses.add({ at: message.receivedAt.toISOString(), text: maskPersonal(text, knownNames).slice(0, 500), guesses, service: u.service }, message.receivedAt);
  }

  /** Files miss `id` as an example of `intent`; with `service`, its unknown words become a synonym of that service. */
  async file(id: string, intent: string, service: string | null, by: string, now: Date): Promise<FileResult> {
    const miss = this.misses.get(id);
    if (miss === undefined) return { ok: false, reason: 'not_found' };
    if (!(INTENT_NAMES as readonly string[]).includes(intent)) return { ok: false, reason: 'bad_intent' };
    const { file, trainer } = this.deps;
    if (file === undefined || trainer === undefined) return { ok: false, reason: 'no_file' };
    const words = service !== null && miss.service === null ? trainer.unknownWords(miss.text).slice(0, 3).join(' ') : '';
    const synonym = words.length >= 2 ? words : null;
    this.#learned = {
      examples: [...this.#learned.examples, { text: miss.text, intent: intent as IntentName }],
      synonyms: synonym !== null && service !== null ? [...this.#learned.synonyms, { word: synonym, service }] : this.#learned.synonyms,
    };
    await file.save(this.#learned);
    this.misses.markFiled(miss, { intent, service, by, at: now.toISOString() });
    await this.deps.store.flush();
    return { ok: true, miss, synonym };
  }

  /**
   * Trains with what was learned, while the bot goes on answering with the current model; swaps the live
   * NLU only when accuracy holds. Null without a trainer.
   */
  async retrain(): Promise<RetrainOutcome | null> {
    const { trainer } = this.deps;
    return trainer === undefined ? null : this.#use(await trainer.retrain(this.#learned));
  }

  #use(outcome: RetrainOutcome): RetrainOutcome {
    if (outcome.ok) this.deps.nlu.use(outcome.nlu);
    this.deps.logger.info('nlu_retrained', { ok: outcome.ok, accuracy: outcome.accuracy, baseline: outcome.baseline, examples: this.#learned.examples.length });
    return outcome;
  }
}
