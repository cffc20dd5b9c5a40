/**
 * Tuning view for issue 11: `npx tsx bench/nlu-dev.ts` prints every miss on the dev set
 * (test/fixtures/nlu-dev.jsonl, written to tune on) and on the old test set, with per-class accuracy;
 * for the blind set it prints only the aggregate and per-class figures, never an item (rules of honest
 * measurement: the blind set's errors must not steer the tuning).
 */
import { fileURLToPath } from 'node:url';

import { createNlu } from '../intents/index.js';
import { fixtureCatalog } from '../test/intents/fixture-catalog.js';
import { BLIND_SET, classAccuracy, loadClosures, loadRealCatalog, loadTestSet, oursOn, score, type TestSet } from './nlu.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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

const real = loadRealCatalog() ?? fixtureCatalog;
const closures = loadClosures();
const dev = loadTestSet(`${ROOT}test/fixtures/nlu-dev.jsonl`);
const devNlu = createNlu(real, { timeZone: dev.timeZone, closures });
const test = loadTestSet();
const testNlu = createNlu(fixtureCatalog, { timeZone: test.timeZone });
const quiet = process.argv.includes('--quiet');
if (!quiet) {
  misses('dev', dev, devNlu);
  misses('test', test, testNlu);
}
for (const [name, set, nlu] of [['dev', dev, devNlu], ['test', test, testNlu]] as const) {
  const s = await score(set, oursOn(nlu, set), 0);
  console.log(`${name}: intent ${pct(s.intentAccuracy)} service ${pct(s.serviceAccuracy)} date/time ${pct(s.dateTimeAccuracy)} oos accepted ${pct(s.oosAccepted)} rejected ${pct(s.inScopeRejected)}`);
  if (name === 'dev') console.log(`  ${Object.entries(classAccuracy(set, nlu)).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
}
if (process.argv.includes('--blind')) {
  // Aggregates only, never an item.
  const blind = loadTestSet(BLIND_SET);
  const nlu = createNlu(real, { timeZone: blind.timeZone, closures });
  const s = await score(blind, oursOn(nlu, blind), 0);
  console.log(`blind: intent ${pct(s.intentAccuracy)} service ${pct(s.serviceAccuracy)} date/time ${pct(s.dateTimeAccuracy)} oos accepted ${pct(s.oosAccepted)}`);
  console.log(`  ${Object.entries(classAccuracy(blind, nlu)).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
}
