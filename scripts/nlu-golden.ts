/**
 * Golden dump of what the NLU answers, for optimisations that must not change behaviour (issue 11, throughput).
 * `npx tsx scripts/nlu-golden.ts write /tmp/golden.tsv [SETS]` runs the real classifier over every message of every
 * fixture set (test/fixtures/*.jsonl; SETS, a regular expression, keeps only the files it matches) and every training
 * example, as written and in a few variants (upper case, punctuation, another day and hour), on the fixture catalog and
 * on the real one with closures; it stores per message a hash of the full answer of `understand` and, separately, of the
 * raw analysis and model scores (features, Bayes, centroid, nearest per class, coverage counts; floats to 12 significant
 * digits), a line each. All of it took about 25 minutes of CPU in session 45, for 92,000 fixture messages.
 * `npx tsx scripts/nlu-golden.ts check /tmp/golden.tsv [SETS]` recomputes and prints the differences per set, and the
 * first few messages that differ with their answer now.
 *
 * Blind sets are machine input only: a difference there prints a count, never a message. Keep the dump out of git.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadClosures, loadRealCatalog, loadTestSet } from '../bench/nlu.js';
import type { Catalog } from '../core/schema.js';
import { IntentModel } from '../intents/classifier.js';
import { trainingExamples } from '../intents/examples/index.js';
import { createNlu } from '../intents/index.js';
import { Analyzer } from '../intents/pipeline.js';
import { fixtureCatalog } from '../test/intents/fixture-catalog.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** Per entry the hashes of the answer and of the raw analysis; per non-blind entry, for a difference's report, its text. */
type Dump = Map<string, { out: string; raw: string }>;

const sig = (x: number): string => (Number.isFinite(x) ? Number(x.toPrecision(12)).toString() : String(x));
const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** The same message in a few shapes the pipeline treats differently (case, punctuation, another day). */
function variants(text: string): string[] {
  return [text, text.toUpperCase(), `${text}?!`, `  ${text.replace(/ /g, '  ')}. terima kasih`];
}

function runConfig(name: string, catalog: Catalog, closures: ReturnType<typeof loadClosures>, dump: Dump): void {
  const sets: { set: string; blind: boolean; now: Date; timeZone: string; texts: string[] }[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl') && (only === undefined || only.test(f))).sort()) {
    const s = loadTestSet(`${FIXTURES}${file}`);
    sets.push({ set: file, blind: file.includes('blind'), now: s.now, timeZone: s.timeZone, texts: s.items.map((i) => i.text) });
  }
  const examples = [...trainingExamples().values()].flat();
  sets.push({ set: 'examples', blind: false, now: new Date('2026-11-23T10:00:00+07:00'), timeZone: 'Asia/Jakarta', texts: examples });
  const byZone = new Map<string, { nlu: ReturnType<typeof createNlu>; analyzer: Analyzer; model: IntentModel }>();
  for (const s of sets) {
    let built = byZone.get(s.timeZone);
    if (built === undefined) {
      const nlu = createNlu(catalog, { timeZone: s.timeZone, closures });
      const analyzer = new Analyzer(catalog, s.timeZone, examples, closures);
      const model = IntentModel.restore(nlu.snapshot().model, analyzer.neutralStems());
      built = { nlu, analyzer, model };
      byZone.set(s.timeZone, built);
    }
    const { nlu, analyzer, model } = built;
    const nows = [s.now, new Date(s.now.getTime() + 3.5 * 86_400_000 + 7 * 3_600_000)];
    s.texts.forEach((text, i) => {
      variants(text).forEach((v, k) => {
        nows.forEach((now, n) => {
          const u = nlu.understand(v, now);
          const out = JSON.stringify(u);
          const a = analyzer.analyse(v, now);
          const sc = model.score(a.features);
          const raw = JSON.stringify({
            a: { ...a, words: a.words },
            bayes: [...sc.bayes].map(sig),
            centroid: [...sc.centroid].map(sig),
            nearest: model.labels.map((_, c) => sig(sc.nearest(c))),
            known: sc.inScopeKnown,
            total: sc.total,
            unknownWords: n === 0 ? nlu.unknownWords(v) : [],
          });
          // Hashes only: the 92,000 fixture messages in their 16 shapes made a dump too long for one JSON string (session 45).
          dump.set(`${name}|${s.set}|${i}|${k}|${n}`, { out: hash(out), raw: hash(raw) });
          if (!s.blind && k === 0 && n === 0) shown.set(`${name}|${s.set}|${i}`, { text: v, out });
        });
      });
    });
  }
}

/** The text and answer of each non-blind message (first shape, first day), to show what changed. */
const shown = new Map<string, { text: string; out: string }>();

function build(): Dump {
  const dump: Dump = new Map();
  runConfig('fixture', fixtureCatalog, [], dump);
  const real = loadRealCatalog();
  if (real !== null) runConfig('real', real, loadClosures(), dump);
  return dump;
}

const [mode, path, sets] = process.argv.slice(2);
const only = sets === undefined ? undefined : new RegExp(sets);
if ((mode !== 'write' && mode !== 'check') || path === undefined) {
  process.stderr.write('usage: npx tsx scripts/nlu-golden.ts write|check FILE [SETS]\n');
  process.exit(2);
}
const started = process.cpuUsage();
const now = build();
const cpu = process.cpuUsage(started);
if (mode === 'write') {
  // One line an entry (key, answer hash, analysis hash), tab-separated.
  writeFileSync(path, [...now].map(([key, h]) => `${key}\t${h.out}\t${h.raw}\n`).join(''));
  process.stdout.write(`wrote ${now.size} entries to ${path} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)\n`);
} else {
  const golden: Dump = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [key, out, raw] = line.split('\t');
    if (key !== undefined && out !== undefined && raw !== undefined) golden.set(key, { out, raw });
  }
  const diffs = new Map<string, { out: number; raw: number }>();
  let listed = 0;
  for (const key of new Set([...golden.keys(), ...now.keys()])) {
    const g = golden.get(key);
    const c = now.get(key);
    const set = key.split('|').slice(0, 2).join('|');
    const d = diffs.get(set) ?? { out: 0, raw: 0 };
    if (g?.out !== c?.out) d.out++;
    if (g?.raw !== c?.raw) d.raw++;
    diffs.set(set, d);
    // Only non-blind entries are shown, with today's answer; blind ones are counted.
    const message = shown.get(key.split('|').slice(0, 3).join('|'));
    if ((g?.out !== c?.out || g?.raw !== c?.raw) && message !== undefined && listed++ < 10) {
      process.stdout.write(`${key} ${JSON.stringify(message.text)}\n  answer ${g?.out === c?.out ? 'same' : 'differs'}, analysis ${g?.raw === c?.raw ? 'same' : 'differs'}; now ${message.out}\n`);
    }
  }
  let total = 0;
  for (const [set, d] of diffs) {
    total += d.out + d.raw;
    if (d.out + d.raw > 0) process.stdout.write(`${set}: ${d.out} answers differ, ${d.raw} raw analyses/scores differ\n`);
  }
  process.stdout.write(`${now.size} entries checked, ${total === 0 ? 'no differences' : `${total} differences`}\n`);
  process.exit(total === 0 ? 0 : 1);
}
