/**
 * Issue 14, production start: `npm run build` then plain `node dist/main.js` (no tsx) answers a piped
 * question in the terminal, serves the web pages (their scripts are copied into dist/) and `/healthz`
 * on the web port. The second start reads the understanding model the first one cached, and `/belajar latih`
 * retrains in a worker thread started from the compiled .js (no tsx in production).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { childEnv } from '../fakes/child-env.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'layani-compiled-'));

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
}, 300_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  readonly stdout: string;
  readonly logs: Record<string, unknown>[];
  readonly pages: Record<string, number>;
}

/** One start: pipes the question, and once the web server is up, fetches pages before closing stdin. */
function run(question: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: root,
      env: childEnv({ LAYANI_DATA_DIR: dataDir, LAYANI_WEB_PORT: '0', LOG_LEVEL: 'info' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const pages: Record<string, number> = {};
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const started = /"event":"web_started","url":"([^"]+)"/.exec(stderr);
      if (!started?.[1] || Object.keys(pages).length > 0) return;
      const url = started[1];
      pages['pending'] = 0;
      void Promise.all(['/healthz', '/display', '/assets/display.js'].map(async (path) => (pages[path] = (await fetch(url + path)).status)))
        .then(() => {
          delete pages['pending'];
          child.stdin.end(question);
        })
        .catch(reject);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const logs = stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      if (code === 0) resolve({ stdout, logs, pages });
      else reject(new Error(`exit ${code}: ${stderr.slice(-500)}`));
    });
  });
}

describe('node dist/main.js', () => {
  it('answers a piped question, serves the pages and /healthz, and restarts on the cached model', async () => {
    const first = await run('jam buka?\n');
    expect(first.stdout).toMatch(/Jam buka/);
    expect(first.pages).toEqual({ '/healthz': 200, '/display': 200, '/assets/display.js': 200 });
    expect(first.logs.find((l) => l['event'] === 'nlu.ready')?.['cached']).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('nlu-'))).toHaveLength(1);

    const second = await run('syarat bikin ktp apa aja\n/belajar latih\n');
    expect(second.stdout).toMatch(/KTP/i);
    expect(second.logs.find((l) => l['event'] === 'nlu.ready')?.['cached']).toBe(true);
    expect(second.stdout).toMatch(/✅ Model dilatih ulang dengan 0 contoh/);
    expect(second.logs.map((l) => l['event'])).not.toContain('nlu.retrain_thread_failed');
  }, 240_000);
});
