/**
 * A deterministic Layani on a virtual clock, for `npm run simulate` and end-to-end tests.
 * Same events in → same JSON lines out: the clock only moves on `advance`, and booking codes
 * come from a seeded generator.
 */
import { seededRandom } from '../core/booking/booking-code.js';
import { createEngine, type Engine } from '../core/create-engine.js';
import { type Clock, type Logger, type Sender, silentLogger, type Store } from '../core/ports.js';
import type { LayaniTables } from '../core/records.js';
import type { Settings } from '../core/schema.js';
import type { BookingSummary, Channel, MessageKind, ReplyOption, UserKey } from '../core/types.js';
import { learnedFile } from '../data/learned.js';
import { DEFAULT_DATA_DIR, loadData } from '../data/load.js';
import { openJsonStore } from '../data/store/json-store.js';
import { createMemoryStore } from '../data/store/memory-store.js';
import { createNlu } from '../intents/index.js';
import { createTrainer } from '../intents/trainer.js';

export interface SimulatorOptions {
  readonly now: Date;
  /** Store folder; omitted = in memory only. */
  readonly dataDir?: string;
  readonly settingsDir?: string;
  readonly staff?: readonly UserKey[];
  /** Overrides every slot's capacity. */
  readonly capacity?: number;
  readonly seed?: number;
  readonly logger?: Logger;
}

/** One outgoing message, as printed by `npm run simulate`. */
export interface SimLine {
  readonly at: string;
  readonly to: string;
  readonly kind: MessageKind;
  readonly text: string;
  readonly options?: readonly ReplyOption[];
  readonly booking?: BookingSummary;
}

export type SimEvent =
  | { readonly from: string; readonly text?: string; readonly media?: string }
  | { readonly advance: string };

export class SimEventError extends Error {
  override readonly name = 'SimEventError';
}

const CHANNELS: readonly Channel[] = ['tg', 'wa', 'term'];
const STEP_MS = 60_000;

export class Simulator {
  private constructor(
    private readonly engine: Engine,
    private readonly store: Store<LayaniTables>,
    private readonly clock: { now: Date },
    private readonly emit: (line: SimLine) => void,
  ) {}

  static async create(options: SimulatorOptions, emit: (line: SimLine) => void): Promise<Simulator> {
    const data = await loadData(options.settingsDir ?? DEFAULT_DATA_DIR);
    const settings = options.capacity ? withCapacity(data.settings, options.capacity) : data.settings;
    const store = options.dataDir ? await openJsonStore<LayaniTables>(options.dataDir) : createMemoryStore<LayaniTables>();
    const clockState = { now: options.now };
    const clock: Clock = { now: () => clockState.now };
    const push: Sender = {
      send: (message) => {
        emit(toLine(clockState.now, message.to, message));
        return Promise.resolve();
      },
    };
    const nluOptions = { timeZone: settings.timeZone, closures: settings.closures };
    const learnedDir = options.dataDir ?? options.settingsDir;
    const engine = createEngine({
      settings,
      catalog: data.catalog,
      nlu: createNlu(data.catalog, nluOptions),
      // Learning (issue 11): learned.json lives in the run's data folder, so a run never writes to the repository's data/.
      ...(learnedDir ? { trainer: createTrainer(data.catalog, nluOptions, { thread: { logger: options.logger ?? silentLogger } }), learnedFile: learnedFile(learnedDir, data.catalog) } : {}),
      store,
      clock,
      random: seededRandom(options.seed ?? 20261123),
      push,
      logger: options.logger ?? silentLogger,
      staff: options.staff ?? [],
    });
    const simulator = new Simulator(engine, store, clockState, emit);
    await engine.tick();
    return simulator;
  }

  get now(): Date {
    return this.clock.now;
  }

  async handle(event: SimEvent): Promise<void> {
    if ('advance' in event) return this.advance(event.advance);
    const from = parseUser(event.from);
    const replies = await this.engine.conversation.handle({
      from,
      text: event.text ?? '',
      receivedAt: this.clock.now,
      ...(event.media ? { media: 'other' as const } : {}),
    });
    for (const reply of replies) this.emit(toLine(this.clock.now, from, reply));
    await this.engine.settle();
  }

  /** Moves the clock minute by minute, running the reminder sweep at each step like the cron job does. */
  async advance(span: string): Promise<void> {
    const end = this.clock.now.getTime() + parseSpan(span);
    while (this.clock.now.getTime() < end) {
      this.clock.now = new Date(Math.min(end, this.clock.now.getTime() + STEP_MS));
      await this.engine.tick();
      await this.engine.settle();
    }
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

function toLine(at: Date, to: string, reply: { kind: MessageKind; text: string; options?: readonly ReplyOption[]; booking?: BookingSummary }): SimLine {
  return {
    at: at.toISOString(),
    to,
    kind: reply.kind,
    text: reply.text,
    ...(reply.options && reply.options.length > 0 ? { options: reply.options.map(({ label, value }) => ({ label, value })) } : {}),
    ...(reply.booking ? { booking: reply.booking } : {}),
  };
}

export function parseUser(raw: unknown): UserKey {
  if (typeof raw !== 'string') throw new SimEventError('"from" must be a string like "tg:1001" or "wa:628123@c.us"');
  const [channel, id] = raw.split(/:(.*)/s, 2);
  if (!CHANNELS.includes(channel as Channel) || !id) throw new SimEventError(`"from": "${raw.slice(0, 40)}" must start with tg:, wa: or term: followed by an id`);
  return raw as UserKey;
}

export function parseSpan(span: string): number {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(span.trim());
  if (!match) throw new SimEventError(`"advance": "${span}" must look like 30s, 90m, 2h or 1d`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

export function parseEvent(line: string): SimEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new SimEventError('not JSON: expected {"from":"tg:1001","text":"..."} or {"advance":"90m"}');
  }
  if (typeof value !== 'object' || value === null) throw new SimEventError('expected a JSON object');
  const event = value as Record<string, unknown>;
  if (typeof event['advance'] === 'string') return { advance: event['advance'] };
  if (typeof event['text'] !== 'string' && typeof event['media'] !== 'string') throw new SimEventError('a message event needs "text" (or "media")');
  return {
    from: parseUser(event['from']),
    ...(typeof event['text'] === 'string' ? { text: event['text'] } : {}),
    ...(typeof event['media'] === 'string' ? { media: event['media'] } : {}),
  };
}

function withCapacity(settings: Settings, capacity: number): Settings {
  const perService = Object.fromEntries(Object.entries(settings.slots.perService).map(([id, rule]) => [id, { ...rule, capacity }]));
  return { ...settings, slots: { default: { ...settings.slots.default, capacity }, perService } };
}
