/**
 * What every handler can reach: the wired-up services of one MPP. Built once by `createEngine`.
 */
import type { Access } from './access.js';
import type { Broadcasts } from './announce/broadcast.js';
import type { Bookings } from './booking/bookings.js';
import type { Complaints } from './care/complaints.js';
import type { Handoffs } from './care/handoff.js';
import type { Surveys } from './care/survey.js';
import type { Nlu } from './nlu.js';
import type { Clock, Logger, Sender, Store } from './ports.js';
import type { LayaniTables } from './records.js';
import type { Settings } from './schema.js';
import type { ServiceInfo } from './service-info.js';
import type { Session } from './session.js';
import type { Lang, UserKey } from './types.js';

export interface App {
  readonly settings: Settings;
  readonly info: ServiceInfo;
  readonly bookings: Bookings;
  readonly nlu: Nlu;
  readonly store: Store<LayaniTables>;
  readonly clock: Clock;
  /** Pushes messages to other users (alerts); failures are logged, never thrown at the caller. */
  readonly push: Sender;
  readonly logger: Logger;
  readonly access: Access;
  readonly complaints: Complaints;
  readonly handoffs: Handoffs;
  readonly broadcasts: Broadcasts;
  readonly surveys: Surveys;
}

/** One incoming message being handled. */
export interface Turn {
  readonly user: UserKey;
  readonly session: Session;
  readonly lang: Lang;
  readonly now: Date;
  readonly text: string;
}
