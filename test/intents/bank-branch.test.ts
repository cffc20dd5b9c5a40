/**
 * Session 16 (issue 11): a bank's own branch is the bank's business; its counter in our building is ours
 * (intents/bank-branch.ts). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe("a bank's own branch", () => {
  // Before: hours, with the bank taken for an agency this MPP lacks ("Bank BNI tidak ada di MPP …, MPP buka …").
  it.each([
    'bank bni buka jam brp ya kak',
    'BNI cabang kota tutup jam berapa',
    'bank btn sabtu buka gak',
    'bank mandiri kcp pasar baru buka sampai jam berapa',
    'jam operasional bank sulteng hari jumat',
    'bank bsi yang di seberang mpp buka jam berapa?',
    'what time does the bni branch open',
  ])('"%s" is out of scope', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });
});

describe("a bank's counter in the MPP", () => {
  it.each([
    'bank bni di mpp buka jam brp',
    'loket bank btn buka jam berapa',
    'gerai bsi di sini tutup jam brp',
    'is the bank counter here open on friday?',
  ])('"%s" still asks our hours', (text) => {
    expect(understand(text).intent).toBe('hours');
  });

  it('a bank beside an agency of ours asks about the agency ("bank mandiri taspen")', () => {
    expect(understand('bank mandiri taspen buka jam brp').intent).toBe('hours');
  });

  it('"mandiri" alone is not a bank: self-service registration keeps its frame', () => {
    expect(understand('pendaftaran mandiri skck jam berapa bisa').intent).not.toBe('fallback');
  });
});
