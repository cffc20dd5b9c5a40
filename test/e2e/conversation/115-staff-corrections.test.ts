/**
 * A staff team's mistakes, from a field test of three days at the counter (session 47):
 * - a preview corrected by a command that was refused: "ya" confirmed the earlier one, and the wrong service was closed (or
 *   the wrong announcement sent);
 * - a cancelled booking's code was issued again after a restart, and staff cancelling the caller's code cancelled the new holder's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { simulation } from '../sim-harness.js';
import { book, citizen, MONDAY, STAFF, start, step } from './chat.js';

describe('staff corrections (issue 11, conversation)', () => {
  it('a new command lets go of the preview before it: "ya" after a refused correction closes and sends nothing', async () => {
    const s = await start();
    const nur = citizen();
    await book(s, nur, 'booking ktp besok jam 9', 'Nur Aini');
    const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(await staff('/tutuplayanan ktp besok server down')).toContain('Pratinjau');
    expect(await staff('/tutuplayanan sim besok')).toContain('Tulis alasannya');
    expect(await staff('ya')).toContain('Tidak ada pratinjau yang menunggu "ya"');
    await step(s, citizen(), 'booking ktp besok jam 10', { has: [/atas nama siapa/i], not: ['tutup'] });
    expect(await staff('/announce ktp besok Blangko habis, KTP tidak bisa dicetak besok')).toContain('Pratinjau pengumuman A1');
    expect(await staff('/announce sim besok')).toContain('Teks pengumumannya kosong');
    const after = await s.say(STAFF, 'ya');
    expect(after.some((l) => l.kind === 'announcement')).toBe(false);
  });
});

describe('booking codes across a restart (issue 11, conversation)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layani-codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never gives a cancelled booking\'s code to the next booker', async () => {
    const first = await simulation({ now: MONDAY, dataDir: dir, staff: [STAFF] });
    const budi = citizen();
    const cancelled = await book(first, budi, 'booking ktp besok jam 9', 'Budi Santoso');
    await step(first, budi, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(first, budi, 'ya', { kind: 'booking_cancelled' });
    await first.sim.close();
    const second = await simulation({ now: MONDAY, dataDir: dir, staff: [STAFF] });
    const maya = await book(second, citizen(), 'booking ktp besok jam 11', 'Maya Sari');
    expect(maya.code).not.toBe(cancelled.code);
    await second.sim.close();
  });
});
