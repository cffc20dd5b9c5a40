/**
 * Issue 11, session 11, strand nearmiss (docs/notes/nlu.md §30): what the field's near misses took from the name frames
 * and the booking family, given back by reading, not by message. A programme's or an app's own name asked in a service
 * frame is ours even when the models, trained on the field's "<our frame> + <another domain's thing>" messages, read the
 * frame as out of scope; a listed agency gets the name frame on an accepted message too; a second day offered in advance
 * books. Messages written for these tests, never copied from a fixture.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-12-01T10:00:00+07:00');
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, NOW);

describe('a local programme or app by its name, in a service frame (name-frame.ts programmeFrame)', () => {
  it('reads the frame as ours and keeps the name', () => {
    expect(understand('gimana cara daftar aplikasi Simpeldesa')).toMatchObject({ intent: 'procedure', unknownAgency: expect.stringContaining('simpeldesa') as unknown });
    expect(understand('syarat ikut program Rumah Layak Huni apa aja').intent).toBe('requirements');
  });

  it('still refuses a common word after the marker, and another domain\'s app', () => {
    expect(understand('cara gabung program diet').intent).toBe('fallback');
    expect(understand('cara daftar aplikasi instagram').intent).toBe('fallback');
  });
});

describe('a listed agency on a message the models accept (name-frame.ts untaught)', () => {
  it('comes back as the unknown agency', () => {
    expect(understand('apa ada loket ombudsman di mpp?')).toMatchObject({ unknownAgency: 'ombudsman' });
  });

  it('leaves a catalog service alone', () => {
    expect(understand('samsat buka jam berapa').unknownAgency).toBeNull();
  });
});

describe('a second choice offered in advance (booking-family.ts secondChoice)', () => {
  it('books', () => {
    expect(understand('mau ambil antrian jumat, kalau tidak bisa senin aja').intent).toBe('book');
  });

  it('a refused day with another offered, or a move, stays a reschedule', () => {
    expect(understand('jumat ga bisa, senin aja ya').intent).toBe('reschedule');
    expect(understand('jadwal saya jumat, kalau ga bisa tolong dipindah ke senin').intent).toBe('reschedule');
  });
});
