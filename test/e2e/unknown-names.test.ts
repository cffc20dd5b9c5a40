/**
 * Unknown names with a clear frame (issue 11), through the simulator with the shipped data: the frame
 * decides the intent, the reply says the agency is not here, out-of-scope questions stay out.
 */
import { describe, expect, it } from 'vitest';

import { simulation } from './sim-harness.js';

const NOW = '2026-11-23T09:00:00+07:00';

describe('unknown names', () => {
  it('answers the hours of this MPP and says the unknown agency is not here', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'taspen buka jam berapa');
    expect(reply?.kind).toBe('answer');
    expect(reply?.text).toMatch(/^Taspen tidak ada di MPP Contoh/);
    expect(reply?.text).toContain('Jam buka MPP Contoh');
  });

  it('says it has no information for another town, then gives its own address', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'kapan mpp madiun buka');
    expect(reply?.text).toMatch(/^Saya asisten MPP Contoh .*info untuk Madiun tidak saya punya/);
  });

  it('keeps out-of-scope questions about a place out of scope', async () => {
    const s = await simulation({ now: NOW });
    expect((await s.say('tg:1', 'jam berapa sekarang di london'))[0]?.kind).toBe('fallback');
    expect((await s.say('tg:2', 'indomaret buka jam berapa'))[0]?.kind).toBe('fallback');
  });

  it('answers a holiday question with the opening hours, not a fallback', async () => {
    const s = await simulation({ now: NOW });
    const [reply] = await s.say('tg:1', 'natal buka ga');
    expect(reply?.kind).toBe('answer');
    // The closure itself answers: closed, why, and when it opens again.
    expect(reply?.text).toContain('Hari Raya Natal');
    expect(reply?.text).toContain('Buka lagi');
  });
});
