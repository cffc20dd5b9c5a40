/** Builds a real engine on the memory store, a fake clock and a recording sender. */
import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import type { Nlu } from '../../core/nlu.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Catalog, Settings } from '../../core/schema.js';
import type { Outgoing } from '../../core/types.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { FakeClock } from './clock.js';
import { testCatalog, testSettings } from './mpp.js';

/** Understands nothing: for tests that drive bookings and reminders directly. */
export const deafNlu: Nlu = {
  understand: (text) => ({
    normalized: text,
    intent: 'fallback',
    confidence: 0,
    alternatives: [],
    service: null,
    variant: null,
    date: null,
    time: null,
    bookingCode: null,
    number: null,
    yesNo: null,
    lang: 'id',
    unknownPlace: null,
    unknownAgency: null,
  }),
};

export function engineHarness(options: { now: string; settings?: Settings; catalog?: Catalog; nlu?: Nlu }) {
  const clock = new FakeClock(options.now);
  const store = createMemoryStore<LayaniTables>();
  const sent: Outgoing[] = [];
  const engine = createEngine({
    settings: options.settings ?? testSettings(),
    catalog: options.catalog ?? testCatalog(),
    nlu: options.nlu ?? deafNlu,
    store,
    clock,
    random: seededRandom(7),
    push: { send: (message) => (sent.push(message), Promise.resolve()) },
    logger: silentLogger,
  });
  return { engine, clock, store, sent, bookings: engine.app.bookings };
}
