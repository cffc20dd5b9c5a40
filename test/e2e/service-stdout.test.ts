/**
 * In service mode stdout is a journal kept for months: nothing a citizen wrote may appear there
 * (issue 13 item 7). The real entry point as a child process, Telegram against the fake Bot API
 * on 127.0.0.1; a citizen asks for a person and writes their name and NIK, which is relayed to
 * the `term:` staff of the sample settings. It must land, masked, in the operator log only.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { childEnv } from '../fakes/child-env.js';
import { FAKE_TOKEN, type FakeBotApi, startFakeBotApi, updates } from '../fakes/fake-bot-api.js';

const root = join(import.meta.dirname, '..', '..');
let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

function operatorLogText(inbox: string): string {
  if (!existsSync(inbox)) return '';
  return readdirSync(inbox)
    .filter((n) => n.startsWith('operator-'))
    .map((n) => readFileSync(join(inbox, n), 'utf8'))
    .join('');
}

describe('npm start with a chat channel (service mode)', () => {
  it('prints nothing personal: messages for term: staff go to the masked operator log', async () => {
    api = await startFakeBotApi({ token: FAKE_TOKEN, holdMs: 50 });
    const data = mkdtempSync(join(tmpdir(), 'layani-service-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: root,
      // Web port 0: on a taken 8080 (another test file, another checkout) the web error would fill stderr.
      env: childEnv({ LAYANI_DATA_DIR: data, LAYANI_WEB_PORT: '0', LOG_LEVEL: 'error', TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const inbox = join(data, 'inbox');
      api.push(updates.text(4242, 'bisa bicara dengan petugas?'));
      await api.waitFor(() => api!.sent.some((m) => m.chatId === 4242), 45_000);
      api.push(updates.text(4242, 'nama saya Siti Aminah, NIK 3273010101900009'));
      await api.waitFor(() => operatorLogText(inbox).includes('Siti Aminah'), 15_000);
      const log = operatorLogText(inbox);
      expect(log).toContain('3273••••••••0009');
      expect(log).not.toContain('3273010101900009');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('Siti');
    expect(stdout).not.toContain('H-0001');
  }, 90_000);
});
