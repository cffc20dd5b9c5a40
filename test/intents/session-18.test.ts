/**
 * Session 18 (issue 11): an answer quoted back with no one named (intents/staff-quoted.ts ANSWER_QUOTED), and another
 * place's office named as a place we do not know (intents/entities.ts officeName, index.ts ASKS_WHERE_OR_WHEN). Probes
 * written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { guessCategory } from '../../core/care/complaints.js';
import { createNlu } from '../../intents/index.js';
import { irregularFee } from '../../intents/irregular-fee.js';
import { joinSpelled } from '../../intents/spelled-letters.js';
import { staffQuoted } from '../../intents/staff-quoted.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday

describe('an answer quoted back', () => {
  it.each([
    "udah tiga kali ke loket, tiap kali dijawab 'besok aja bu'",
    'nanya kapan jadi, jawabannya "tunggu info" terus',
    "disuruh 'isi formulir dulu' padahal formulirnya habis",
  ])('"%s" is told as it was said to the citizen: a grievance shape', (text) => {
    expect(staffQuoted(text)).toBe(1);
  });

  it.each([
    'katanya besok bisa diambil',
    "jawabannya apa ya kalau ditanya 'pekerjaan'",
    "syaratnya apa aja? saya bawa 'KK asli'",
  ])('"%s" quotes no answer given to the citizen', (text) => {
    expect(staffQuoted(text)).toBe(0);
  });
});

describe('a fee taken the wrong way', () => {
  it.each([
    'petugas minta 25 ribu buat map, tanpa kwitansi',
    'disuruh transfer ke rekening pribadi biar berkasnya cepat',
    'kenapa harus bayar 100rb, padahal di papan pengumuman tertulis gratis?',
    'i paid 50k at the counter and got no receipt',
  ])('"%s" is a complaint whatever the models say', (text) => {
    expect(irregularFee(text)).toBe(2);
    expect(nlu.understand(text, NOW).intent).toBe('complaint');
  });

  it('files a fee without a receipt or into a private account as pungli, without asking what the complaint is about', () => {
    expect(guessCategory('petugas minta 25 ribu buat map, tanpa kwitansi')).toBe('pungli');
    expect(guessCategory('disuruh transfer ke rekening pribadi biar berkasnya cepat')).toBe('pungli');
  });

  it.each(['bikin ktp katanya gratis ya?', 'biaya paspor berapa, bayarnya bisa transfer?', 'parkirnya gratis kan?'])('"%s" asks about a fee and tells of no such payment', (text) => {
    expect(irregularFee(text)).toBe(0);
  });
});

describe('another place\'s office', () => {
  it('is a place we do not know in an hours or location question, and no service of ours', () => {
    const u = nlu.understand('kantor imigrasi kelas i tpi kupang jam bukanya', NOW);
    expect(u).toMatchObject({ intent: 'hours', service: null, unknownPlace: 'kantor imigrasi kelas i tapi kupang' });
    expect(nlu.understand('KUA kecamatan sukajadi alamatnya dimana', NOW)).toMatchObject({ intent: 'location', service: null, unknownPlace: 'kua kecamatan sukajadi' });
  });

  it('keeps the service when the office bears its name, and names no place for our own counter', () => {
    expect(nlu.understand('kantor samsat kota bogor buka jam berapa', NOW)).toMatchObject({ intent: 'hours', service: 'samsat', unknownPlace: 'kantor samsat kota bogor' });
    expect(nlu.understand('loket samsat di lantai berapa', NOW)).toMatchObject({ intent: 'location', service: 'samsat', unknownPlace: null });
  });
});

describe('an acronym spelled out, as voice-to-text writes it', () => {
  it('joins the letters or their names when they make one of our acronyms', () => {
    expect(joinSpelled(['book', 'me', 'in', 'for', 'k', 't', 'p', 'tomorrow'])).toEqual(['book', 'me', 'in', 'for', 'ktp', 'tomorrow']);
    expect(joinSpelled(['antrian', 'be', 'pe', 'je', 'es', 'kesehatan'])).toEqual(['antrian', 'bpjs', 'kesehatan']);
    expect(nlu.understand('es ka ce ka syaratnya apa', NOW)).toMatchObject({ intent: 'requirements', service: 'skck' });
  });

  it('leaves letters that make no acronym of ours as they were', () => {
    const tokens = ['saya', 'ka', 'pasar', 'de', 'a', 'b', 'c'];
    expect(joinSpelled(tokens)).toBe(tokens);
  });
});

describe('a booking called off in so many words, with the reason told', () => {
  it('is the citizen\'s own, whatever place the reason names', () => {
    expect(nlu.understand('batalin antrian besok ya min, ibu saya masuk rs', NOW).intent).toBe('cancel');
    expect(nlu.understand('batalkan antrian di puskesmas besok', NOW).intent).toBe('fallback');
  });
});
