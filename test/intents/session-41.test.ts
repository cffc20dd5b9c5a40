/**
 * Session 41 (issue 11), dev sets 327–330: Sundanese "bolay" (called off) and its verbs; being put through to a CS, asked with
 * why ("… pertanyaan saya ribet"); cooking gas out of scope. Probes written for these checks, not taken from any measuring or dev
 * set; each one read as understood failed before this session's rules (the others guard their bounds).
 */
import { describe, expect, it } from 'vitest';

import { loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-08T09:30:00+07:00'); // a Monday
const intentOf = (text: string): string => nlu.understand(text, NOW).intent;
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta' });

describe('Sundanese "ngabolaykeun" (to cancel)', () => {
  it('reads "ngabolaykeun" and "dibolaykeun" as cancelling the booking', () => {
    expect(intentOf('punten, abdi teu tiasa sumping enjing, hoyong ngabolaykeun antrian')).toBe('cancel');
    expect(intentOf('antrian abdi dibolaykeun wae nya, teu jadi')).toBe('cancel');
  });
});

describe('put through to our CS', () => {
  it('reads a request to be put through to a CS as one for a person, though the question is said to be "ribet"', () => {
    expect(intentOf('tolong oper ke cs beneran, urusan saya ribet banget')).toBe('human');
    expect(intentOf('sambungkan ke customer service aja, masalah saya ribet')).toBe('human');
  });

  it('leaves a shop\'s CS out of it', () => {
    expect(intentOf('bisa sambungin ke cs tokopedia? paket saya ga nyampe')).toBe('fallback');
  });
});

describe('cooking gas is not ours', () => {
  it('reads questions about LPG and its depots as out of scope, with the shipped catalog and field examples too', () => {
    expect(intentOf('gas melon di pangkalan dekat sini kosong, kapan dikirim lagi ya')).toBe('fallback');
    expect(real.understand('sekarang beli gas melon wajib daftar dulu ya? pangkalan yg deket rumah dimana', NOW).intent).toBe('fallback');
  });

  it('keeps a KTP question that only mentions where one was going', () => {
    expect(intentOf('syarat bikin ktp baru apa aja? sekalian mau ke pasar')).toBe('requirements');
  });
});
