import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_DATA_DIR, loadData } from '../data/load.js';
import { createNlu } from '../intents/index.js';
import { openJsonStore } from '../data/store/json-store.js';
import { createEngine } from '../core/create-engine.js';
import { seededRandom } from '../core/booking/booking-code.js';
import { silentLogger } from '../core/ports.js';
import { scaleSettings } from '../bench/booking-scale.js';
const data = await loadData(DEFAULT_DATA_DIR);
const settings = scaleSettings(data.settings);
const nlu = createNlu(data.catalog, { timeZone: settings.timeZone });
const dir = process.argv[2] ?? '/tmp/storebench/seed';
for (let i = 0; i < Number(process.argv[3] ?? 3); i++) {
  const t0 = performance.now();
  const buf = fs.readFileSync(dir + '/snapshot.json'); const text = buf.toString('utf8');
  const t1 = performance.now();
  const parsed = JSON.parse(text);
  const t2 = performance.now();
  void parsed;
  const t3 = performance.now();
  const store = await openJsonStore<any>(dir);
  const t4 = performance.now();
  createEngine({ ...data, settings, nlu, store, clock: { now: () => new Date('2026-11-23T01:00:00Z') }, random: seededRandom(3), push: { send: () => Promise.resolve() }, logger: silentLogger });
  const t5 = performance.now();
  console.log(`read ${(t1 - t0).toFixed(0)} parse ${(t2 - t1).toFixed(0)} | open ${(t4 - t3).toFixed(0)} engine ${(t5 - t4).toFixed(0)} total ${(t5 - t3).toFixed(0)}`);
  await store.close();
}
