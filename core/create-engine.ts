/**
 * The composition root of the engine: builds the services of one MPP in dependency order
 * (kernel → booking → care, announce → the conversation) and hands back the conversation,
 * the time-driven tick and the pieces the simulator and tests look into.
 */
import { Access } from './access.js';
import { Broadcasts } from './announce/broadcast.js';
import type { App } from './app.js';
import { Bookings } from './booking/bookings.js';
import { Closures } from './booking/closures.js';
import { Reminders } from './booking/reminders.js';
import { Complaints } from './care/complaints.js';
import { Handoffs } from './care/handoff.js';
import { Surveys } from './care/survey.js';
import type { Basics } from './context.js';
import { AwaitedPushes } from './conversation/awaited-pushes.js';
import { ChatEngine } from './conversation/engine.js';
import { type LearnedFile, Learning, SwitchableNlu } from './learning/learning.js';
import type { Nlu, NluTrainer } from './nlu.js';
import { markUnreachable, notify } from './notify.js';
import type { Clock, Conversation, Logger, LoginLinks, Sender, Store } from './ports.js';
import type { LayaniTables } from './records.js';
import type { Catalog, Settings } from './schema.js';
import { ServiceInfo } from './service-info.js';
import { report } from './staff/announce-commands.js';
import { createTick } from './tick.js';
import type { UserKey } from './types.js';

export interface EngineDeps {
  readonly settings: Settings;
  readonly catalog: Catalog;
  readonly nlu: Nlu;
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  readonly random: () => number;
  readonly push: Sender;
  readonly logger: Logger;
  /** Extra staff ids on top of the settings' (e.g. from STAFF_IDS or `--staff`). */
  readonly staff?: Iterable<UserKey>;
  /** Learning from misses (issue 11): without both, misses are still kept but `/belajar` cannot file or retrain. */
  readonly trainer?: NluTrainer;
  readonly learnedFile?: LearnedFile;
  /** Extra admin ids (the terminal demo's own user). */
  readonly admins?: Iterable<UserKey>;
  /** One-time console login links (the web edge); `/console` explains it is off without them. */
  readonly loginLinks?: LoginLinks;
}

export interface Engine {
  readonly conversation: Conversation;
  readonly reminders: Reminders;
  readonly app: App;
  /**
   * Everything that falls due with time: reminders, overdue complaints, idle handoffs,
   * archiving of past days. The cron job calls it every minute; the simulator on `advance`.
   */
  readonly tick: () => Promise<number>;
  /** Resolves when background sending (announcements) has nothing left to do; for the simulator and tests. */
  readonly settle: () => Promise<void>;
}

export function createEngine(deps: EngineDeps): Engine {
  // Every push is noted, so a bare "ok" in a new session can tell an acknowledgement from a lost answer.
  const awaited = new AwaitedPushes();
  const push: Sender = {
    send: (message) => {
      awaited.sent(message.to, deps.clock.now());
      return deps.push.send(message);
    },
  };
  // The engine's own copy of the closure list: days staff close (booking/closures.ts) join it, and must not leak into another
  // engine built from the same settings (tests build many).
  const settings: Settings = { ...deps.settings, closures: [...deps.settings.closures] };
  const closures = new Closures({ store: deps.store, settings });
  const basics: Basics = {
    settings,
    store: deps.store,
    clock: deps.clock,
    push,
    logger: deps.logger,
    access: new Access(settings, deps.store, deps.staff ?? [], deps.admins ?? []),
  };
  const bookings = new Bookings({ store: deps.store, settings, clock: deps.clock, random: deps.random });
  const info = new ServiceInfo(deps.catalog, settings);
  const broadcasts = new Broadcasts({
    store: deps.store,
    push,
    clock: deps.clock,
    logger: deps.logger,
    onUnreachable: (user) => markUnreachable(basics, user),
  });
  const nlu = new SwitchableNlu(deps.nlu);
  const learning = new Learning({
    store: deps.store,
    logger: deps.logger,
    nlu,
    ...(deps.trainer ? { trainer: deps.trainer } : {}),
    ...(deps.learnedFile ? { file: deps.learnedFile } : {}),
  });
  learning.start();
  const app: App = {
    ...basics,
    info,
    bookings,
    closures,
    nlu,
    learning,
    broadcasts,
    complaints: new Complaints({ ...basics, random: deps.random }),
    handoffs: new Handoffs(basics),
    surveys: new Surveys({ ...basics, bookings }),
    ...(deps.loginLinks ? { loginLinks: deps.loginLinks } : {}),
  };
  const reminders = new Reminders({ ...basics, info, bookings });
  broadcasts.onFinished((announcement) => notify(basics, [{ ...report(announcement, app), to: announcement.createdBy }]));
  const tick = createTick(app, reminders);
  // Announcements confirmed before a restart carry on sending.
  void broadcasts.run();
  return { app, conversation: new ChatEngine(app, awaited), reminders, tick, settle: () => broadcasts.run() };
}
