/**
 * What a citizen would notice in the shipped catalog: the right services, honest fees with their
 * regulation, "gratis" where the law says so, and a note wherever our facts are shaky.
 */
import { describe, expect, it } from 'vitest';

import type { Localized, Service, Variant } from '../../core/schema.js';
import { loadDataSync } from '../../data/load.js';
import { createNlu } from '../../intents/index.js';

const { catalog, settings } = loadDataSync();

/** A contract with outside tools: these ids never change. */
const SERVICE_IDS = [
  'ktp', 'kk', 'kia', 'akta_lahir', 'akta_kematian', 'pindah', 'sim', 'skck', 'paspor',
  'npwp', 'nib', 'bpjs_kesehatan', 'bpjs_ketenagakerjaan', 'pbb', 'samsat', 'nikah', 'pbg',
];

function service(id: string): Service {
  const found = catalog.services.find((s) => s.id === id);
  if (found === undefined) throw new Error(`service ${id} is missing`);
  return found;
}

function variant(serviceId: string, variantId: string): Variant {
  const found = service(serviceId).variants.find((v) => v.id === variantId);
  if (found === undefined) throw new Error(`variant ${serviceId}.${variantId} is missing`);
  return found;
}

const allVariants = catalog.services.flatMap((s) => s.variants.map((v) => ({ service: s, variant: v })));

function texts(v: Variant): Localized[] {
  return [v.name, ...v.requirements, ...v.procedure, v.duration, v.cost, v.product, ...(v.notes ?? [])];
}

/** What the real understanding (trained on this catalog) makes of a citizen's message. */
const nlu = createNlu(catalog, { timeZone: settings.timeZone });
const understand = (text: string) => nlu.understand(text, new Date('2026-11-23T10:00:00+07:00'));

describe('service catalog', () => {
  it('has exactly the 17 agreed service ids', () => {
    expect(catalog.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
    // Freshness is per variant since #12: one date for the whole file hid which facts were stale.
    for (const { variant: v } of allVariants) expect(v.checkedOn >= '2026-11-23').toBe(true);
  });

  it('splits services into the variants whose requirements differ', () => {
    const ids = (id: string) => service(id).variants.map((v) => v.id);
    expect(ids('ktp')).toEqual(['baru', 'hilang', 'rusak', 'ubah_data']);
    expect(ids('kk')).toEqual(['baru', 'tambah_anggota', 'ubah_data']);
    expect(ids('sim')).toEqual(['baru', 'perpanjang', 'hilang']);
    expect(ids('paspor')).toEqual(['baru', 'perpanjang']);
  });

  it('makes every Dukcapil service free, says "gratis" and how to report a charge', () => {
    const dukcapil = allVariants.filter(({ service: s }) => s.agency === 'dukcapil');
    expect(new Set(dukcapil.map(({ service: s }) => s.id))).toEqual(
      new Set(['ktp', 'kk', 'kia', 'akta_lahir', 'akta_kematian', 'pindah']),
    );
    for (const { variant: v } of dukcapil) {
      expect(v.free).toBe(true);
      expect(v.cost.id).toMatch(/gratis/i);
      expect(v.cost.en).toMatch(/free/i);
      expect(v.cost.id).toContain('Pasal 95B');
      expect(v.cost.id).toContain('lapor.go.id');
      expect(v.legalBasis).toContain('UU 24/2013');
    }
  });

  it('gives every variant at least one source and a legal basis', () => {
    for (const { variant: v } of allVariants) {
      expect(v.sources.length).toBeGreaterThanOrEqual(1);
      expect(v.legalBasis.trim()).not.toBe('');
    }
  });

  it('quotes SIM fees from PP 76/2020', () => {
    const baru = variant('sim', 'baru');
    expect(baru.legalBasis).toContain('PP 76/2020');
    expect(baru.cost.id).toContain('SIM A Rp120.000');
    expect(baru.cost.id).toMatch(/SIM C[^;]*Rp100\.000/);
    expect(baru.cost.en).toContain('SIM A Rp120,000');
    const perpanjang = variant('sim', 'perpanjang');
    expect(perpanjang.cost.id).toContain('SIM A/B Rp80.000');
    expect(perpanjang.cost.id).toContain('SIM C Rp75.000');
  });

  it('quotes SKCK at Rp30.000 and free for people who cannot afford it', () => {
    for (const v of service('skck').variants) {
      expect(v.cost.id).toContain('Rp30.000');
      expect(v.cost.id).toContain('PP 76/2020');
      expect(v.cost.id).toMatch(/tidak mampu/);
    }
  });

  it('quotes passport fees from PP 45/2024 and calls renewal "penggantian"', () => {
    for (const v of service('paspor').variants) {
      expect(v.legalBasis).toContain('PP 45/2024');
      expect(v.cost.id).toContain('PP 45/2024');
      for (const fee of ['Rp350.000', 'Rp650.000', 'Rp950.000', 'Rp1.000.000']) expect(v.cost.id).toContain(fee);
    }
    expect(variant('paspor', 'perpanjang').name.id).toMatch(/penggantian/i);
  });

  it('warns about middlemen wherever money changes hands at the counter', () => {
    for (const id of ['sim', 'skck', 'paspor', 'samsat']) {
      for (const v of service(id).variants) expect(v.cost.id).toMatch(/calo/);
    }
  });

  it('shows the KUA marriage fee: Rp0 at the office, Rp600.000 outside', () => {
    expect(variant('nikah', 'di_kua').cost.id).toContain('Rp0');
    expect(variant('nikah', 'di_kua').free).toBe(true);
    expect(variant('nikah', 'luar_kua').cost.id).toContain('Rp600.000');
  });

  it('explains what to check wherever a fact is uncertain', () => {
    const uncertain = allVariants.filter(({ variant: v }) => v.uncertain);
    expect(uncertain.length).toBeGreaterThan(0);
    for (const { variant: v } of uncertain) {
      expect(v.uncertainNote?.id.length ?? 0).toBeGreaterThan(20);
      expect(v.uncertainNote?.en.length ?? 0).toBeGreaterThan(20);
    }
    expect(variant('bpjs_ketenagakerjaan', 'umum').uncertain).toBe(true);
  });

  it('has an English text for every service and every line', () => {
    for (const { service: s, variant: v } of allVariants) {
      expect(s.name.en.trim()).not.toBe('');
      for (const text of texts(v)) {
        expect(text.en.trim()).not.toBe('');
        // Longer lines must be translated, not copied.
        if (text.id.length > 25) expect(text.en).not.toBe(text.id);
      }
    }
  });

  it('finds services by the words citizens type', () => {
    const expected: Record<string, string> = {
      'e-ktp': 'ktp',
      'ktp el': 'ktp',
      'kartu keluarga': 'kk',
      'akte lahir': 'akta_lahir',
      'akta mati': 'akta_kematian',
      skpwni: 'pindah',
      "driver's license": 'sim',
      'surat kelakuan baik': 'skck',
      pasport: 'paspor',
      'tax id': 'npwp',
      oss: 'nib',
      jkn: 'bpjs_kesehatan',
      jamsostek: 'bpjs_ketenagakerjaan',
      'pajak tanah': 'pbb',
      stnk: 'samsat',
      kua: 'nikah',
      imb: 'pbg',
      'ktp anak': 'kia',
    };
    for (const [word, id] of Object.entries(expected)) {
      expect({ word, id: understand(word).service }).toEqual({ word, id });
      expect({ word, id: understand(`syarat ${word} apa aja`).service }).toEqual({ word, id });
    }
  });

  it('uses each service synonym for one service only', () => {
    const words = catalog.services.flatMap((s) => s.synonyms);
    expect(new Set(words).size).toBe(words.length);
  });

  it('selects variants by the words citizens type', () => {
    const pick = (text: string) => {
      const u = understand(text);
      return `${u.service}.${u.variant}`;
    };
    expect(pick('ktp hilang')).toBe('ktp.hilang');
    expect(pick('ktp saya rusak')).toBe('ktp.rusak');
    expect(pick('ktp ganti data')).toBe('ktp.ubah_data');
    expect(pick('perpanjang sim')).toBe('sim.perpanjang');
    expect(pick('paspor expired')).toBe('paspor.perpanjang');
    expect(pick('samsat 5 tahunan')).toBe('samsat.lima_tahunan');
  });
});
