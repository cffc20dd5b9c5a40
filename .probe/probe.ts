import fs from 'node:fs';
import path from 'node:path';
import { PerformanceObserver, performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULT_DATA_DIR, loadData } from '../data/load.js';
import { createNlu } from '../intents/index.js';
import { openJsonStore } from '../data/store/json-store.js';
import { open as fsOpen } from 'node:fs/promises';
import { createEngine } from '../core/create-engine.js';
import { seededRandom } from '../core/booking/booking-code.js';
import { silentLogger } from '../core/ports.js';
import { scaleSettings, seedArchive, seedUpcoming, slotsBetween } from '../bench/booking-scale.js';

const SEED = '/tmp/storebench/seed';
const data = await loadData(DEFAULT_DATA_DIR);
const settings = scaleSettings(data.settings);
const services = data.catalog.services.map((s) => s.id).filter((id) => settings.agencies.some((a) => a.services.includes(id)));
const nlu = createNlu(data.catalog, { timeZone: settings.timeZone });
if (!fs.existsSync(path.join(SEED, 'manifest.json')) || process.argv.includes('--reseed')) {
  fs.rmSync(SEED, { recursive: true, force: true });
  seedArchive(SEED, 1_000_000, settings, services);
  await seedUpcoming(SEED, 100_000, settings, slotsBetween(settings, services, 2, 60));
}
const dir = '/tmp/storebench/work';
fs.rmSync(dir, { recursive: true, force: true });
fs.cpSync(SEED, dir, { recursive: true });
const gcs: { start: number; dur: number; kind: number }[] = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcs.push({ start: e.startTime, dur: e.duration, kind: (e as any).detail?.kind ?? 0 }); }).observe({ entryTypes: ['gc'] });
const t0 = performance.now();
const syncs: { s: number; d: number }[] = [];
const DSYNC = process.env['DSYNC'] === '1';
import { constants as C } from 'node:fs';
const openFile = async (file: string) => { const h = await fsOpen(file, DSYNC && file.endsWith('wal.jsonl') ? C.O_RDWR | C.O_APPEND | C.O_CREAT | C.O_DSYNC : 'a+'); if (DSYNC && file.endsWith('wal.jsonl')) { const w = h.write.bind(h); (h as any).write = async (...a: any[]) => { const s = performance.now(); const r = await (w as any)(...a); syncs.push({ s, d: performance.now() - s }); return r; }; (h as any).datasync = async () => {}; return h; } const ds = h.datasync.bind(h); (h as any).datasync = async () => { const s = performance.now(); await ds(); syncs.push({ s, d: performance.now() - s }); }; return h; };
const store = await openJsonStore<any>(dir, { openFile });
const engine = createEngine({ ...data, settings, nlu, store, clock: { now: () => new Date('2026-11-23T01:00:00Z') }, random: seededRandom(3), push: { send: () => Promise.resolve() }, logger: silentLogger });
const startMs = performance.now() - t0;
const bookings = engine.app.bookings;
const fresh = slotsBetween(settings, services, 61, 89);
const noCompact = process.argv.includes('--nocompact');
const h = monitorEventLoopDelay({ resolution: 1 }); h.enable();
let cStart = 0, cEnd = 0;
const compaction = noCompact ? Promise.resolve() : (async () => { cStart = performance.now(); await store.compact(); cEnd = performance.now(); })();
const lat: { s: number; d: number }[] = [];
const N = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 2000);
for (let i = 0; i < N; i++) {
  const s = performance.now();
  const pr = bookings.book({ ...fresh[i]!, user: `tg:${i}`, name: 'Sari', variant: 'baru' });
  const sy = performance.now() - s;
  await pr;
  lat.push({ s, d: performance.now() - s, sy } as any);
}
await compaction;
h.disable();
const sorted = lat.map((l) => l.d).sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
console.log(`startup ${startMs.toFixed(0)} ms; p50 ${q(0.5)} p99 ${q(0.99)} max ${q(1)} stall ${(h.max / 1e6).toFixed(1)}; compaction ${cStart.toFixed(0)}-${cEnd.toFixed(0)}`);
const first = lat[0]!.s, last = lat.at(-1)!.s + lat.at(-1)!.d;
const inRun = gcs.filter((g) => g.start + g.dur >= first && g.start <= last);
const kinds: Record<number, string> = { 1: 'major', 2: 'minor', 4: 'incr', 8: 'weak', 16: 'other' };
const byKind = new Map<string, { n: number; sum: number; max: number }>();
for (const g of inRun) { const k = kinds[g.kind] ?? String(g.kind); const v = byKind.get(k) ?? { n: 0, sum: 0, max: 0 }; v.n++; v.sum += g.dur; v.max = Math.max(v.max, g.dur); byKind.set(k, v); }
console.log('gc during books:', [...byKind].map(([k, v]) => `${k} n=${v.n} sum=${v.sum.toFixed(0)} max=${v.max.toFixed(1)}`).join('; '));
const slow = lat.filter((l) => l.d > 5);
let withGc = 0, inComp = 0;
for (const l of slow) {
  const g = gcs.filter((g) => g.start < l.s + l.d && g.start + g.dur > l.s);
  if (g.length) withGc++;
  const sc = syncs.filter((x) => x.s < l.s + l.d && x.s + x.d > l.s);
  (l as any).info = `sync ${(l as any).sy.toFixed(1)} fsync ${sc.map((x) => x.d.toFixed(1)).join(',')}`;
  if (l.s < cEnd && l.s + l.d > cStart) inComp++;
  if (process.argv.includes('--v')) console.log(`slow ${l.d.toFixed(1)} at ${(l.s - first).toFixed(0)} gc=${g.map((x) => `${kinds[x.kind]}:${x.dur.toFixed(1)}`).join(',')} ${(l as any).info}`);
}
const sd = syncs.map((x) => x.d).sort((a, b) => a - b); console.log(`fsyncs ${sd.length} p50 ${sd[sd.length >> 1]?.toFixed(2)} p99 ${sd[Math.floor(sd.length * 0.99)]?.toFixed(2)} max ${sd.at(-1)?.toFixed(1)}; sync part p99 ${lat.map((l: any) => l.sy).sort((a, b) => a - b)[Math.floor(lat.length * 0.99)].toFixed(2)}`);
{ const buckets = new Map<number, number[]>(); for (const x of syncs) { if (x.s < first) continue; const b = Math.floor((x.s - first) / 250); (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(x.d); }
  console.log(`compaction ${(cStart - first).toFixed(0)}..${(cEnd - first).toFixed(0)}`);
  for (const [b, ds] of buckets) { ds.sort((a, c) => a - c); console.log(`  t=${b * 250} n=${ds.length} p50=${ds[ds.length >> 1]!.toFixed(2)} max=${ds.at(-1)!.toFixed(1)} >5:${ds.filter((d) => d > 5).length}`); } }
console.log(`slow(>5ms) ${slow.length}, with gc ${withGc}, during compaction ${inComp}; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
await store.close();
