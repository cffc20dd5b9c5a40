/**
 * Tuning view for issue 11: `npx tsx bench/nlu-dev.ts` prints every miss on the dev sets
 * (test/fixtures/nlu-dev.jsonl, nlu-dev-3.jsonl, nlu-dev-4.jsonl and nlu-dev-5.jsonl, written to tune on) and on the old test set, with
 * per-class accuracy; `--blind` prints only the aggregate and per-class figures of the blind sets,
 * never an item (rules of honest measurement: the blind sets' errors must not steer the tuning);
 * `--val` does the same for the validation sets (bench/validation-sets.ts: each read once to decide, aggregates only);
 * `--speed` adds the throughput on the test set (CPU time, as `npm run bench` measures it); `--cpu` the CPU time
 * per message over the dev sets (median of 7 passes after a warm-up: compares rule costs on a busy machine).
 */
import { existsSync } from 'node:fs';

import { createNlu } from '../intents/index.js';
import { fixtureCatalog } from '../test/intents/fixture-catalog.js';
import { BLIND_SET, classAccuracy, LATER_BLIND_SETS, loadClosures, loadRealCatalog, loadTestSet, oursOn, score, type TestSet } from './nlu.js';
import { DEV_SET, NAMED_DEV_SETS } from './nlu-dev-sets.js';
import { VALIDATION_SETS } from './validation-sets.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function misses(name: string, set: TestSet, nlu: ReturnType<typeof createNlu>): void {
  for (const item of set.items) {
    const u = nlu.understand(item.text, set.now);
    const wrong = [
      u.intent !== item.intent ? `intent ${u.intent} (${u.confidence}) ≠ ${item.intent}` : '',
      item.intent !== 'fallback' && u.service !== (item.service ?? null) ? `service ${u.service} ≠ ${item.service ?? null}` : '',
      item.date !== undefined || item.time !== undefined
        ? u.date !== (item.date ?? null) || u.time !== (item.time ?? null) ? `date ${u.date} ${u.time} ≠ ${item.date ?? null} ${item.time ?? null}` : ''
        : '',
    ].filter((s) => s !== '');
    if (wrong.length > 0) console.log(`${name} [${item.class ?? '-'}] ${item.text}\n    → ${wrong.join('; ')}   «${u.normalized}»`);
  }
}

async function report(name: string, set: TestSet, nlu: ReturnType<typeof createNlu>, perClass: boolean): Promise<void> {
  const s = await score(set, oursOn(nlu, set), 0);
  console.log(
    `${name} (${set.items.length}): intent ${pct(s.intentAccuracy)} service ${pct(s.serviceAccuracy)} date/time ${pct(s.dateTimeAccuracy)} oos accepted ${pct(s.oosAccepted)} rejected ${pct(s.inScopeRejected)}`,
  );
  if (perClass) console.log(`  ${Object.entries(classAccuracy(set, nlu)).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
}

const real = loadRealCatalog() ?? fixtureCatalog;
const closures = loadClosures();
const onReal = (set: TestSet): ReturnType<typeof createNlu> => createNlu(real, { timeZone: set.timeZone, closures });
const dev = loadTestSet(DEV_SET);
const test = loadTestSet();
const testNlu = createNlu(fixtureCatalog, { timeZone: test.timeZone });
const tuned: [string, TestSet, ReturnType<typeof createNlu>][] = [['dev', dev, onReal(dev)]];
for (const [name, path] of NAMED_DEV_SETS.filter(([n]) => n !== 'dev-1')) {
  if (!existsSync(path)) continue;
  const set = loadTestSet(path);
  tuned.push([name, set, onReal(set)]);
}
if (!process.argv.includes('--quiet')) {
  for (const [name, set, nlu] of tuned) misses(name, set, nlu);
  misses('test', test, testNlu);
}
for (const [name, set, nlu] of tuned) await report(name, set, nlu, true);
await report('test', test, testNlu, false);
if (process.argv.includes('--blind')) {
  // Aggregates only, never an item.
  for (const [name, path] of [['blind-1', BLIND_SET], ...LATER_BLIND_SETS.map(({ n, path }) => [`blind-${n}`, path] as const)] as const) {
    const set = loadTestSet(path);
    await report(name, set, onReal(set), true);
  }
}
if (process.argv.includes('--val')) {
  // Aggregates only, never an item: a validation set decides once, then measures; it is never tuned on.
  for (const { n, path } of VALIDATION_SETS) {
    const set = loadTestSet(path);
    await report(`val-${n}`, set, onReal(set), true);
  }
}
if (process.argv.includes('--speed')) {
  const s = await score(test, oursOn(testNlu, test));
  console.log(`throughput (test set, one core): ${s.msgsPerSec.toLocaleString('en')} msgs/s`);
}
if (process.argv.includes('--cpu')) {
  // CPU time (user + system) per message over every dev set's items, each pass after the caches are warm.
  const items = tuned.flatMap(([, set, nlu]) => set.items.map((item) => (): unknown => nlu.understand(item.text, set.now)));
  const perMessage: number[] = [];
  for (let pass = 0; pass < 10; pass++) {
    const cpu = process.cpuUsage();
    for (let r = 0; r < 5; r++) for (const run of items) run();
    const used = process.cpuUsage(cpu);
    if (pass >= 3) perMessage.push((used.user + used.system) / (5 * items.length));
  }
  perMessage.sort((x, y) => x - y);
  console.log(`CPU per message (dev sets, ${items.length} messages, median of 7 passes): ${(perMessage[3] ?? 0).toFixed(1)} µs (min ${(perMessage[0] ?? 0).toFixed(1)}, max ${(perMessage[6] ?? 0).toFixed(1)})`);
}
