import { describe, expect, it } from 'vitest';

import type { UserKey } from '../../core/types.js';
import { engineHarness } from '../fakes/engine.js';

const ADMIN: UserKey = 'term:admin';
const NOW = '2026-11-23T03:00:00Z'; // Monday 10:00 WIB

function harness() {
  const h = engineHarness({ now: NOW });
  const say = async (from: UserKey, text: string) => (await h.engine.conversation.handle({ from, text, receivedAt: h.clock.now() }))[0];
  return { ...h, say };
}

describe('staff access', () => {
  it('lets an admin add staff for some services only, and remove them', async () => {
    const { say } = harness();
    expect((await say(ADMIN, '/staff add tg:77 kk'))?.text).toContain('petugas untuk kk');
    expect((await say('tg:77', '/next kk'))?.kind).toBe('staff');
    const refused = await say('tg:77', '/next ktp');
    expect(refused?.kind).toBe('not_allowed');
    expect(refused?.text).toContain('kk');
    expect((await say(ADMIN, '/staff list'))?.text).toContain('tg:77 (petugas: kk');
    await say(ADMIN, '/staff remove tg:77');
    expect((await say('tg:77', '/next kk'))?.kind).toBe('not_allowed');
  });

  it('refuses staff management to non-admins, and cannot remove ids from the settings file', async () => {
    const { say } = harness();
    expect((await say('tg:900', '/staff add tg:78'))?.kind).toBe('not_allowed');
    expect((await say(ADMIN, '/staff remove tg:900'))?.text).toContain('mpp.json');
    expect((await say('tg:900', '/queue ktp'))?.kind).toBe('staff');
  });

  it('writes every staff action and every refused attempt to the audit log', async () => {
    const { say, store } = harness();
    await say('tg:900', '/today');
    await say('tg:5', '/next ktp');
    const audit = store.logEntries('audit-2026-11');
    expect(audit).toEqual([
      expect.objectContaining({ who: 'tg:900', action: 'today', allowed: true, at: '2026-11-23T03:00:00.000Z' }),
      expect.objectContaining({ who: 'tg:5', action: 'next', args: 'ktp', allowed: false }),
    ]);
  });

  it('keeps NIKs and phone numbers out of audited arguments (issue 13 item 6)', async () => {
    const { say, store } = harness();
    await say('tg:900', '/batalkan LY-AAAAA warga 3273010101900009 hp 081234567890');
    const [entry] = store.logEntries('audit-2026-11') as { args: string }[];
    expect(entry?.args).toBe('LY-AAAAA warga 3273••••••••0009 hp 0812••••7890');
  });
});
