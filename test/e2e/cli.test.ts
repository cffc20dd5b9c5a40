/**
 * The command-line contracts, run the way outside tools run them: a child process under
 * plain Node's ESM loader (via tsx), not vitest's, which hides CommonJS named-import crashes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MESSAGE_KINDS } from '../../core/types.js';
import { childEnv } from '../fakes/child-env.js';

const root = join(import.meta.dirname, '..', '..');

function run(script: string, args: string[], input: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    // Any free port for the web pages: a fixed 8080 could be taken on a shared machine.
    env: childEnv({ LAYANI_WEB_PORT: '0', ...env }),
    timeout: 60_000,
  });
  return { ...result, lines: result.stdout.split('\n').filter(Boolean) };
}

describe('npm run simulate', () => {
  it('reads JSON events, prints JSON messages with their kinds, and survives a restart on the same data folder', () => {
    const data = mkdtempSync(join(tmpdir(), 'layani-sim-'));
    const events = [
      { from: 'tg:1001', text: 'booking ktp baru besok jam 9' },
      { from: 'tg:1001', text: 'Sari' },
      { from: 'tg:1001', text: 'ya' },
      'not json',
      { advance: '11h' },
    ];
    const first = run('scripts/simulate.ts', ['--now', '2026-11-23T07:00:00+07:00', '--data', data], events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n'));
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('line 4: not JSON');
    const out = first.lines.map((l) => JSON.parse(l) as { at: string; to: string; kind: string; text: string; booking?: { code: string } });
    for (const line of out) expect(MESSAGE_KINDS).toContain(line.kind);
    expect(out.map((l) => l.kind)).toEqual(['clarify', 'clarify', 'booking_confirmed', 'reminder']);
    const code = out[2]!.booking!.code;

    // A new process on the same folder still knows the booking.
    const second = run('scripts/simulate.ts', ['--now', '2026-11-23T19:00:00+07:00', '--data', data], JSON.stringify({ from: 'tg:1001', text: 'cek booking' }));
    expect(second.status).toBe(0);
    expect(second.lines.join('\n')).toContain(code);
  });

  it('is deterministic: the same input gives the same output', () => {
    const input = [{ from: 'wa:628111@c.us', text: 'booking kk baru besok jam 10' }, { from: 'wa:628111@c.us', text: 'Joko' }, { from: 'wa:628111@c.us', text: 'ya' }]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const a = run('scripts/simulate.ts', [], input);
    const b = run('scripts/simulate.ts', [], input);
    expect(a.stdout).toBe(b.stdout);
    expect(a.lines).toHaveLength(3);
  });

  it('rejects bad arguments with a clear message', () => {
    const result = run('scripts/simulate.ts', ['--now', 'yesterday'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--now');
  });

  it('explains itself on --help, and names an unknown flag with the usage instead of a stack trace', () => {
    const help = run('scripts/simulate.ts', ['--help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run --silent simulate');
    expect(help.stdout).toContain('{"advance":"90m"}');
    const typo = run('scripts/simulate.ts', ['--stafff', 'tg:900'], '');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("Unknown option '--stafff'");
    expect(typo.stderr).toContain('usage: npm run --silent simulate');
    expect(typo.stderr).not.toContain('    at ');
  });
});

describe('npm start (the real entry point)', () => {
  it('answers piped questions in the terminal with no tokens and no setup', () => {
    const data = mkdtempSync(join(tmpdir(), 'layani-start-'));
    const result = run('main.ts', [], 'syarat bikin ktp apa aja\n2\n', { LAYANI_DATA_DIR: data, LOG_LEVEL: 'silent' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('yang mana?');
    expect(result.stdout).toContain('Surat keterangan kehilangan');
  });

  it('refuses to start on a broken settings file, naming the file and field', () => {
    const settings = mkdtempSync(join(tmpdir(), 'layani-settings-'));
    const mpp = JSON.parse(readFileSync(join(root, 'data', 'mpp.json'), 'utf8')) as { slots: { default: { capacity: unknown } } };
    mpp.slots.default.capacity = 'four';
    writeFileSync(join(settings, 'mpp.json'), JSON.stringify(mpp));
    writeFileSync(join(settings, 'services.json'), readFileSync(join(root, 'data', 'services.json')));
    const result = run('main.ts', [], '', { LAYANI_SETTINGS_DIR: settings, LAYANI_DATA_DIR: mkdtempSync(join(tmpdir(), 'layani-data-')), LOG_LEVEL: 'silent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(settings, 'mpp.json')}, field slots.default.capacity: is "four", which is the wrong type`);
    expect(result.stderr).not.toContain('services.json');
  });

  it('refuses to start when a settings file is missing, naming it', () => {
    const settings = mkdtempSync(join(tmpdir(), 'layani-settings-'));
    writeFileSync(join(settings, 'services.json'), readFileSync(join(root, 'data', 'services.json')));
    const result = run('main.ts', [], '', { LAYANI_SETTINGS_DIR: settings, LOG_LEVEL: 'silent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(join(settings, 'mpp.json'));
  });

  it('refuses a malformed Telegram token with the fix', () => {
    const result = run('main.ts', [], '', { TELEGRAM_BOT_TOKEN: 'not-a-token', LOG_LEVEL: 'silent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@BotFather');
    expect(result.stderr).not.toContain('not-a-token');
  });
});
