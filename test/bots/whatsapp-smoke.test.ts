/**
 * Optional smoke test of the real whatsapp-web.js client in Debian's Chromium, fully offline:
 * the local web cache serves a stand-in page for WhatsApp Web and host resolution is blocked,
 * so nothing leaves the machine. Expect the browser to start, the login profile to be created
 * in our data folder, an auth timeout (no phone), and a clean destroy. Skipped without Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, it } from 'vitest';

import { createWhatsAppClient } from '../../bots/whatsapp.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The library's pinned WhatsApp Web build (whatsapp-web.js 1.34.7 `DefaultOptions.webVersion`). */
const WEB_VERSION = '2.3000.1017054665';

it.skipIf(!existsSync(CHROMIUM))('starts Debian Chromium through the real client and shuts down cleanly, offline', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'layani-wa-smoke-'));
  try {
    mkdirSync(join(dataDir, 'wwebjs_cache'), { recursive: true });
    writeFileSync(join(dataDir, 'wwebjs_cache', `${WEB_VERSION}.html`), '<!doctype html><title>offline stand-in</title>');
    const client = createWhatsAppClient({
      dataDir,
      chromiumPath: CHROMIUM,
      authTimeoutMs: 3_000,
      extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    await expect(client.initialize()).rejects.toThrow(/auth timeout/i);
    expect(existsSync(join(dataDir, 'wwebjs_auth'))).toBe(true);
    await client.destroy();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
