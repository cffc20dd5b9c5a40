/**
 * What the conversation and staff handlers can reach: the wired-up services of one MPP, built
 * once, in dependency order, by `createEngine`. Only `conversation/` and `staff/` (the top of the
 * capability order) import this; everything below takes the narrow `Basics` it needs.
 */
import type { Broadcasts } from './announce/broadcast.js';
import type { Bookings } from './booking/bookings.js';
import type { Closures } from './booking/closures.js';
import type { Complaints } from './care/complaints.js';
import type { Handoffs } from './care/handoff.js';
import type { Surveys } from './care/survey.js';
import type { Basics } from './context.js';
import type { Learning } from './learning/learning.js';
import type { Nlu } from './nlu.js';
import type { LoginLinks } from './ports.js';
import type { ServiceInfo } from './service-info.js';

export type { Turn } from './context.js';

export interface App extends Basics {
  readonly info: ServiceInfo;
  readonly bookings: Bookings;
  /** Days staff closed a service or the MPP (`/tutuplayanan`). */
  readonly closures: Closures;
  readonly nlu: Nlu;
  readonly complaints: Complaints;
  readonly handoffs: Handoffs;
  readonly broadcasts: Broadcasts;
  readonly surveys: Surveys;
  /** Misses kept for staff, `/belajar`, retraining (issue 11). */
  readonly learning: Learning;
  /** One-time links to the web console (`/console`); absent when no web server runs. */
  readonly loginLinks?: LoginLinks;
}
