/**
 * `npx tsx scripts/mutation-table.ts [REPORT_DIR]`: the mutation score per file and per folder, as a
 * Markdown table, from every Stryker JSON report in reports/mutation/ (`npm run mutate` writes
 * all.json; `MUTATE_PART=x` runs write x.json). A report counts only for the files its run mutated
 * (an incremental report also carries older results of other files); a file measured by several
 * runs counts from the newest. Score = detected (killed + timeout) / (detected + survived + no coverage), as Stryker's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Mutant {
  readonly status: string;
}
interface Report {
  readonly files: Record<string, { readonly mutants: readonly Mutant[] }>;
  /** The run's options; `mutate` lists the files (or globs) it mutated. */
  readonly config?: { readonly mutate?: readonly string[] };
}
interface Counts {
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  errors: number;
}

const dir = process.argv[2] ?? fileURLToPath(new URL('../reports/mutation/', import.meta.url));

/** The `mutate` globs Stryker takes (`**`, `*`, plain paths) as a RegExp (path.matchesGlob is experimental on Node 20). */
function globRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('**/', '\u0000').replaceAll('*', '[^/]*').replaceAll('\u0000', '(?:.*/)?')}$`);
}

/** file → its mutants, from the newest report whose run mutated it. */
function newestMutants(): Map<string, readonly Mutant[]> {
  const reports = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const byFile = new Map<string, readonly Mutant[]>();
  for (const file of reports) {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    const mutated = report.config?.mutate ?? [];
    for (const [name, { mutants }] of Object.entries(report.files)) {
      const posix = name.replaceAll('\\', '/');
      if (mutated.some((pattern) => globRegExp(pattern).test(posix))) byFile.set(posix, mutants);
    }
  }
  return byFile;
}

function count(mutants: readonly Mutant[], into: Counts = { killed: 0, survived: 0, timeout: 0, noCoverage: 0, errors: 0 }): Counts {
  for (const { status } of mutants) {
    if (status === 'Killed') into.killed++;
    else if (status === 'Survived') into.survived++;
    else if (status === 'Timeout') into.timeout++;
    else if (status === 'NoCoverage') into.noCoverage++;
    else if (status === 'CompileError' || status === 'RuntimeError') into.errors++;
  }
  return into;
}

function row(name: string, c: Counts): string {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)} %`;
  return `| ${name} | ${c.killed} | ${c.survived} | ${c.timeout} | ${c.noCoverage} | ${score} |`;
}

const byFile = newestMutants();
const folders = new Map<string, Counts>();
const lines = ['| file | killed | survived | timeout | no coverage | score |', '|---|---|---|---|---|---|'];
for (const name of [...byFile.keys()].sort()) {
  const mutants = byFile.get(name) ?? [];
  lines.push(row(`\`${name}\``, count(mutants)));
  const folder = path.posix.dirname(name);
  folders.set(folder, count(mutants, folders.get(folder)));
}
for (const [folder, counts] of [...folders].sort()) lines.push(row(`**${folder}/**`, counts));
process.stdout.write(`${lines.join('\n')}\n`);
