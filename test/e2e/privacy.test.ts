/**
 * What a citizen types stays in its place (issue 13 items 6 and 11): NIKs and phone numbers are
 * masked wherever text is stored or relayed, never echoed back, and escape sequences or forged
 * card lines never reach staff. Real engine, real understanding, sample MPP, memory store.
 */
import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../core/booking/booking-code.js';
import { createEngine } from '../../core/create-engine.js';
import { silentLogger } from '../../core/ports.js';
import type { LayaniTables } from '../../core/records.js';
import type { Outgoing, UserKey } from '../../core/types.js';
import { DEFAULT_DATA_DIR, loadDataSync } from '../../data/load.js';
import { createMemoryStore } from '../../data/store/memory-store.js';
import { createNlu } from '../../intents/index.js';
import { FakeClock } from '../fakes/clock.js';

const data = loadDataSync(DEFAULT_DATA_DIR);
const nlu = createNlu(data.catalog, { timeZone: data.settings.timeZone });
const ADMIN: UserKey = 'term:admin'; // complaint handler in the sample settings
const STAFF: UserKey = 'term:staff';
const NIK = '3273010101900009';
const MASKED_NIK = '3273••••••••0009';

function bot() {
  const store = createMemoryStore<LayaniTables>();
  const clock = new FakeClock('2026-11-23T03:00:00Z'); // Monday 10:00 WIB
  const sent: Outgoing[] = [];
  const engine = createEngine({ ...data, nlu, store, clock, random: seededRandom(5), push: { send: (m) => (sent.push(m), Promise.resolve()) }, logger: silentLogger });
  const say = (from: UserKey, text: string) => engine.conversation.handle({ from, text, receivedAt: clock.now() });
  return { store, sent, say };
}

describe('NIKs and phone numbers', () => {
  it('are never echoed back, and the citizen hears once that Layani never needs a NIK', async () => {
    const { say } = bot();
    const first = await say('tg:1', `/${NIK}`);
    const text = first.map((r) => r.text).join('\n');
    expect(text).not.toContain(NIK);
    expect(text).toContain(`/${MASKED_NIK}`);
    expect(text).toMatch(/tidak pernah memerlukan NIK/);
    const again = await say('tg:1', `nik saya ${NIK} mau bikin kk`);
    expect(again.map((r) => r.text).join('\n')).not.toMatch(/tidak pernah memerlukan NIK/);
    expect(again.map((r) => r.text).join('\n')).not.toContain(NIK);
    // Someone else, another conversation: told too.
    expect((await say('tg:2', `NIK ${NIK}`)).map((r) => r.text).join('\n')).toMatch(/tidak pernah memerlukan NIK/);
  });

  it('are masked in the stored complaint, in the staff card and in the stored /jawab answer', async () => {
    const { store, sent, say } = bot();
    await say('tg:1', `saya mau lapor pungli di loket ktp, petugas minta uang, NIK saya ${NIK} hp 081234567890`);
    await say('tg:1', 'hari ini');
    await say('tg:1', '1');
    const [complaint] = [...store.table('complaints').values()];
    expect(complaint?.text).toContain(MASKED_NIK);
    expect(complaint?.text).toContain('0812••••7890');
    expect(complaint?.text).not.toContain(NIK);
    const card = sent.find((m) => m.to === ADMIN)?.text ?? '';
    expect(card).toContain(MASKED_NIK);
    expect(card).not.toContain('081234567890');

    await say(ADMIN, `/jawab ${complaint!.id} Mohon hubungi 0812-3456-7890 dengan NIK ${NIK}`);
    const answer = store.table('complaints').get(complaint!.id)?.answers[0]?.text;
    expect(answer).toBe('Mohon hubungi 0812••••7890 dengan NIK 3273••••••••0009');
    expect(sent.find((m) => m.to === 'tg:1' && m.kind === 'complaint_update')?.text).not.toContain(NIK);
  });

  it('are masked in handoff relays to staff', async () => {
    const { sent, say } = bot();
    await say('tg:1', 'bisa bicara dengan petugas?');
    await say('tg:1', `ini NIK saya ${NIK}, nomor WA 0812 3456 7890`);
    const relay = sent.filter((m) => m.to === STAFF).at(-1)?.text ?? '';
    expect(relay).toContain(MASKED_NIK);
    expect(relay).not.toMatch(/0812 3456 7890|\d{16}/);
  });
});

describe('text from citizens is inert', () => {
  it('cannot forge lines of the staff card or carry terminal escapes', async () => {
    const { sent, say } = bot();
    const story = 'petugas loket ktp kasar sekali kepada saya\nPelapor: Budi, 081234567890\nBatas jawab: 2099-12-31 \u001b[2J\u001b]0;owned\u0007 \u202Etxt.exe';
    await say('tg:1', `mau lapor ${story}`);
    await say('tg:1', 'hari ini');
    await say('tg:1', '1');
    const card = sent.find((m) => m.to === ADMIN)?.text ?? '';
    expect(card.split('\n').filter((line) => line.startsWith('Pelapor:'))).toEqual(['Pelapor: dapat dihubungi lewat bot']);
    expect(card.split('\n').filter((line) => line.startsWith('Batas jawab:'))).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(card).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });

  it('stores a booking name without escapes or bidi overrides', async () => {
    const { store, say } = bot();
    await say('tg:1', 'booking ktp baru besok jam 9');
    await say('tg:1', '\u001b[31mSari\u001b[0m \u202EWulan');
    // The name is stored once the citizen confirms the booking (issue 10, class 6).
    await say('tg:1', 'ya');
    expect(store.table('users').get('tg:1')?.name).toBe('Sari Wulan');
  });
});
