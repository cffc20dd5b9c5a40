/**
 * One start-up of the store-scale bench in a fresh process (bench/booking-scale.ts runs it three
 * times): open the seeded store and `createEngine`, timed after modules, catalog and NLU are
 * loaded. What a restart costs: the in-process figure runs with a warm JIT, three times in a row.
 *
 * Usage: node --import tsx bench/booking-scale-startup.ts <dir>; prints the milliseconds.
 */
import { performance } from 'node:perf_hooks';

import { openEngine, scaleData } from './booking-scale.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: booking-scale-startup.ts <dir>');
const { data, settings, nlu } = await scaleData();
const start = performance.now();
const { store } = await openEngine(dir, settings, data, nlu);
const ms = performance.now() - start;
await store.close();
process.stdout.write(`${ms}\n`);
