/**
 * Issue 14 items 1, 4 and /healthz with real child processes and real signals: the real entry point
 * (plain Node's ESM loader via tsx) polls the fake Bot API on 127.0.0.1; SIGTERM and SIGINT run
 * Layani's own shutdown, exit 0, release the store lock and leave no process behind (checked with
 * `ps`). Everything is sequenced on the child's log lines and the fake's calls, never on timers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { changed, until } from '../fakes/changes.js';
import { childEnv } from '../fakes/child-env.js';
import { FAKE_TOKEN, type FakeBotApi, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';

const root = join(import.meta.dirname, '..', '..');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Child {
  readonly proc: ChildProcess;
  readonly dataDir: string;
  readonly logs: Record<string, unknown>[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startLayani(api: FakeBotApi, env: Record<string, string> = {}, command: readonly string[] = [process.execPath, '--import', 'tsx', 'main.ts']): Child {
  const dataDir = mkdtempSync(join(tmpdir(), 'layani-proc-'));
  const [file = '', ...args] = command;
  const proc = spawn(file, args, {
    cwd: root,
    // Web port 0: the default 8080 may be taken by another test file or another checkout's run.
    env: childEnv({ LAYANI_DATA_DIR: dataDir, LAYANI_WEB_PORT: '0', TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let buffer = '';
  proc.stderr?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ event: 'raw', line });
      }
      changed();
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => {
      resolve({ code, signal });
      changed();
    }),
  );
  cleanups.push(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  });
  return { proc, dataDir, logs, exited };
}

const logged = (child: Child, event: string) => child.logs.some((l) => l['event'] === event);

/** Every process whose parent is `pid`, from `ps` (one look, no polling). */
function childrenOf(pid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid]) => Number(ppid) === pid)
    .map((parts) => parts.slice(2).join(' '));
}

async function fakeApi(): Promise<FakeBotApi> {
  const api = await startFakeBotApi();
  cleanups.push(() => api.close());
  return api;
}

describe('the real process under signals', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: answers, then shuts down cleanly (exit 0, lock released, no process left)`, async () => {
      const api = await fakeApi();
      const child = startLayani(api);
      await until(() => logged(child, 'started'), 60_000);
      expect(existsSync(join(child.dataDir, 'layani.lock'))).toBe(true);
      api.push(updates.text(42, 'jam buka?'));
      await api.waitFor(() => api.sent.length > 0, 30_000);
      expect(api.sent[0]?.text).toContain('Jam buka');

      const pid = child.proc.pid!;
      child.proc.kill(signal);
      const exit = await child.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(existsSync(join(child.dataDir, 'layani.lock'))).toBe(false);
      expect(childrenOf(pid)).toEqual([]);
      expect(child.logs.map((l) => l['event'])).toEqual(expect.arrayContaining(['shutdown', 'telegram.polling_stopped', 'stopped']));
    });
  }

  it('SIGTERM to `npm start` reaches Layani (no tsx or node left behind holding the lock)', async () => {
    const api = await fakeApi();
    const child = startLayani(api, {}, ['npm', 'start', '--silent']);
    await until(() => logged(child, 'started'), 60_000);
    const below = childrenOf(child.proc.pid!);
    expect(below).toHaveLength(1);
    child.proc.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
    expect(existsSync(join(child.dataDir, 'layani.lock'))).toBe(false);
    expect(child.logs.map((l) => l['event'])).toEqual(expect.arrayContaining(['shutdown', 'stopped']));
  });

  it('serves /healthz on the web port with the channel, the store and the scheduler (no separate health port)', async () => {
    const api = await fakeApi();
    const child = startLayani(api, { LAYANI_WEB_PORT: '0', LAYANI_HEALTH_PORT: '0' });
    await until(() => logged(child, 'started') && logged(child, 'web_started'), 60_000);
    const url = `${String(child.logs.find((l) => l['event'] === 'web_started')?.['url'])}/healthz`;
    const response = await fetch(url);
    const body = (await response.json()) as { ok: boolean; channels: { tg: { state: string } }; store: { ok: boolean }; scheduler: { ok: boolean } };
    expect(response.status).toBe(200);
    expect(body.channels.tg.state).toBe('running');
    expect(body.store.ok).toBe(true);
    expect(body.scheduler.ok).toBe(true);
    expect(logged(child, 'health.listening')).toBe(false);
    child.proc.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
  });

  it('serves /healthz on LAYANI_HEALTH_PORT when the web server is off', async () => {
    const api = await fakeApi();
    const child = startLayani(api, { LAYANI_WEB_PORT: 'off', LAYANI_HEALTH_PORT: '0' });
    await until(() => logged(child, 'started') && logged(child, 'health.listening'), 60_000);
    const url = String(child.logs.find((l) => l['event'] === 'health.listening')?.['url']);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { channels: { tg: { state: string } } }).channels.tg.state).toBe('running');
    expect(logged(child, 'web_started')).toBe(false);
    child.proc.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
  });

  it('keeps answering on Telegram while WhatsApp cannot start (isolation)', async () => {
    const api = await fakeApi();
    // No browser at this path: every WhatsApp start fails; the supervisor keeps retrying in the background.
    const child = startLayani(api, { WA_ENABLED: '1', CHROMIUM_PATH: '/nonexistent/chromium' });
    await until(() => logged(child, 'started') && logged(child, 'wa.channel_restart'), 60_000);
    api.push(updates.text(42, 'jam buka?'));
    await api.waitFor(() => api.sent.length > 0, 30_000);
    expect(child.proc.exitCode).toBeNull();
    expect(child.logs.find((l) => l['event'] === 'wa.channel_restart')?.['error']).toMatch(/Chromium not found/);
    child.proc.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
  });

  it('exits non-zero when Telegram rejects the token (the service manager shows it)', async () => {
    const api = await startFakeBotApi({ token: '999:OtherTokenNotOursAtAll_abcdefghijkl' });
    cleanups.push(() => api.close());
    const child = startLayani(api);
    const exit = await child.exited;
    expect(exit.code).toBe(1);
    expect(existsSync(join(child.dataDir, 'layani.lock'))).toBe(false);
  });
});
