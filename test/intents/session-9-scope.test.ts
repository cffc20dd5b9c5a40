/**
 * Issue 11, session 9 (scope and English): the domain lexicon (topic-domain.ts) and the rules that read it, English
 * question frames. Each block: messages the rule fixes and near messages it must leave alone. Written for these tests,
 * never copied from a dev or blind set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-12-01T10:00:00+07:00');
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, NOW);

describe('a bank\'s or the pawnshop\'s own act, even beside an agency MPPs host (topic-domain.ts banking)', () => {
  it.each([
    'cara buka rekening di bri',
    'syarat gadai emas di pegadaian apa aja',
    'biaya kpr rumah subsidi di btn berapa',
    'syarat pinjaman di bank bri apa aja',
  ])('is out of scope: %s', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });

  it.each([
    ['pegadaian di mpp buka jam berapa', 'hours'],
    ['di mpp ada loket bank bri ga', 'list_services'],
    // 'bayar pbb lewat rekening bca bisa?' and 'bpkb masih di leasing, …': rejected since session 11 (session-11-known-misses.test.ts).
    // 'syarat ambil tabungan hari tua taspen apa aja': out of scope since session 16, Taspen named (session-8.test.ts).
    ['syarat npwp buat kpr apa aja', 'requirements'],
  ])('keeps the agency and a payment through a bank: %s', (text, intent) => {
    expect(understand(text).intent).not.toBe('fallback');
    if (intent !== 'cost') expect(understand(text).intent).toBe(intent);
  });
});

describe('a complaint about another firm, or its CS asked for (other-domain.ts firmComplaint)', () => {
  it.each([
    'cs tokopedia lama banget bales chatnya, kesel',
    'antrian cs shopee lama banget',
    'cs indihome ga bisa dihubungi dari kemarin',
  ])('is out of scope: %s', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });

  it.each([
    'petugasnya malah main shopee pas jam kerja, kesel',
    // 'antrian di mpp lama banget kayak cs indihome': rejected since session 11 (session-11-known-misses.test.ts).
  ])('stays a complaint when our people or places are named: %s', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it('a person of ours asked for stays human', () => {
    expect(understand('mau ngomong sama petugas aja, bukan bot').intent).toBe('human');
  });
});

describe('a phone carrier gives any service its phone sense (service-homonym.ts)', () => {
  it('is out of scope: porting a number', () => {
    expect(understand('pindah provider dari indosat ke telkomsel bisa ga').intent).toBe('fallback');
  });

  it('is out of scope: a wedding party\'s cost, beside the marriage registration', () => {
    expect(understand('how much does a wedding party cost in jakarta').intent).toBe('fallback');
    expect(understand('biaya nikah di luar kua berapa').intent).toBe('cost');
  });

  it('keeps a move of domicile', () => {
    expect(understand('syarat pindah domisili dari bandung apa aja').intent).toBe('requirements');
  });
});

describe('a trade\'s shop, and a place located by the MPP (elsewhere.ts TRADES, leisure.ts, place-elsewhere.ts)', () => {
  it.each([
    'antrian di barbershop panjang, males nunggu',
    'antri di laundry lama banget',
    'laundry sebelah mpp buka jam brp ya',
    'parkir mobil di mall sebelah mpp bayar brp sejam ya',
  ])('is out of scope: %s', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });

  it.each([
    ['tukang parkir di depan mpp minta 10rb, kesel', 'complaint'],
    ['parkiran mpp dimana', 'location'],
    ['kantor camat dekat mpp dimana', 'location'],
  ])('keeps our car park and an office by the MPP: %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('English question frames (question-frame.ts) and examples', () => {
  it.each([
    ['is the mpp open during lunch break', 'hours'],
    ['is the samsat counter open during lunch', 'hours'],
    ['how do i get to the samsat office by angkot', 'location'],
    ['can i renew my sim at the mpp or do i have to go somewhere else', 'list_services'],
    ['can we pay the land tax at the mpp', 'list_services'],
    ['thanks for the quick reply kak', 'thanks'],
    ['how many people are still ahead of me', 'my_booking'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it.each([
    ['how do i get a passport', 'procedure'],
    ['how to get an npwp', 'procedure'],
    ['where is the samsat counter', 'location'],
  ])('leaves the procedure and the place alone: %s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('a tout\'s offer told in English (english-tout.ts)', () => {
  it('is a complaint: someone else offered speed for money', () => {
    expect(understand('someone offered to get my sim faster for 500 thousand, is that legal?').intent).toBe('complaint');
  });

  it.each([
    ['can i pay extra to speed up my passport?', 'complaint'],
    ['they told me the passport fee is 350 thousand, is that correct?', 'complaint'],
  ])('leaves a question about the express service or a fee alone: %s', (text, not) => {
    expect(understand(text).intent).not.toBe(not);
  });
});

describe('a job search (other-domain.ts VACANCY)', () => {
  it('is out of scope whatever it names: a vacancy at the MPP', () => {
    expect(understand('lowongan jadi petugas mpp syaratnya apa').intent).toBe('fallback');
  });

  it('keeps an SKCK for a job application', () => {
    expect(understand('syarat skck buat melamar kerja').intent).toBe('requirements');
  });
});
