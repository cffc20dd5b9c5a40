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
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
const prof = process.argv.includes('--prof');
if (prof) { await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 200 }); }
for (let i = 0; i < Number(process.argv[3] ?? 3); i++) {
  if (prof) await session.post('Profiler.start');
  const c0 = process.cpuUsage(); const t3 = performance.now();
  const store = await openJsonStore<any>(dir);
  const t4 = performance.now();
  createEngine({ ...data, settings, nlu, store, clock: { now: () => new Date('2026-11-23T01:00:00Z') }, random: seededRandom(3), push: { send: () => Promise.resolve() }, logger: silentLogger });
  const t5 = performance.now();
  if (prof) { const { profile } = await session.post('Profiler.stop'); (await import('node:fs')).writeFileSync(`/tmp/storebench/s${i}.cpuprofile`, JSON.stringify(profile)); }
  const c = process.cpuUsage(c0); console.log(`cpu ${((c.user + c.system) / 1000).toFixed(0)} open ${(t4 - t3).toFixed(0)} engine ${(t5 - t4).toFixed(0)} total ${(t5 - t3).toFixed(0)}`);
  await store.close();
}
