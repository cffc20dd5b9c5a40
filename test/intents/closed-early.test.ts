/**
 * Session 16 (issue 11): a counter closed before its time, told as what happened, is a complaint; asked, it is still an
 * hours question (intents/grievance.ts, closedEarly). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe('closed before its time', () => {
  it.each([
    'lho loket kia udah tutup jam 10, katanya buka sampai jam 12',
    'baru jam 11 loket samsat sudah ditutup padahal jadwalnya sampai siang. capek deh',
  ])('"%s" is a complaint', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it.each([
    'loket kia udah tutup belum jam segini?',
    'kemarin datang sudah tutup, padahal masih siang. sebenarnya buka sampai jam berapa?',
  ])('"%s" still asks the hours', (text) => {
    expect(understand(text).intent).toBe('hours');
  });
});
