/**
 * Session 16 (issue 11): words read right ("daeng", the Makassar address; "ck", chat for "cek"; "ordal", an insider).
 * Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe('words of chat', () => {
  it('"daeng" addresses the bot as "kak" does (before: out of scope, an unknown word)', () => {
    expect(understand('selamat pagi daeng').intent).toBe('greeting');
    expect(understand('daeng, syarat bikin kk apa ji').intent).toBe('requirements');
  });

  it('"ck" is "cek"', () => {
    const u = understand('ck booking sy dong');
    expect(u.intent).toBe('my_booking');
    expect(u.normalized).toContain('cek');
  });

  it('"ordal" is an insider', () => {
    expect(understand('yg kenal ordal dilayani duluan').normalized).toContain('orang dalam');
  });
});
