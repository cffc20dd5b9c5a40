/**
 * vitest has its own CommonJS interop: a named import from whatsapp-web.js passes here and
 * crashes under plain Node (docs/notes/adapters.md §3). Load the adapters in a child Node process.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('adapters under plain Node', () => {
  it('import without ESM/CommonJS interop errors', async () => {
    const script = [
      "const wa = await import('./bots/whatsapp.ts');",
      "const tg = await import('./bots/telegram.ts');",
      "console.log(typeof wa.createWhatsAppClient, typeof tg.createTelegramChannel);",
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
    expect(stdout.trim()).toBe('function function');
  });
});
