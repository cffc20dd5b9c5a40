/**
 * What citizens read about services, built from the REAL catalog (issue #12): a short first bubble
 * for requirements, official sources only, non-documents kept out of "bring originals and copies",
 * and "boleh diwakilkan?" answered yes or no first.
 */
import { describe, expect, it } from 'vitest';

import { isOfficialSource, type Service, sourceHost, type Variant } from '../../core/schema.js';
import { briefSource, firstSentence, type InfoTopic, mergedBasis, REQUIREMENTS_BUDGET, ServiceInfo, shortBasis } from '../../core/service-info.js';
import type { Lang } from '../../core/types.js';
import { loadDataSync } from '../../data/load.js';

const { catalog, settings } = loadDataSync();
const info = new ServiceInfo(catalog, settings);
const LANGS: readonly Lang[] = ['id', 'en'];
const TOPICS: readonly InfoTopic[] = ['requirements', 'procedure', 'cost', 'duration', 'location'];
const all = catalog.services.flatMap((service) => service.variants.map((variant) => ({ key: `${service.id}.${variant.id}`, service, variant })));

function find(serviceId: string, variantId: string): { service: Service; variant: Variant } {
  const found = all.find((x) => x.key === `${serviceId}.${variantId}`);
  if (!found) throw new Error(`${serviceId}.${variantId} is missing`);
  return found;
}

/** Every text a citizen can get about a service, in both languages. */
function everyAnswer(): { key: string; text: string }[] {
  const texts: { key: string; text: string }[] = [];
  for (const lang of LANGS) {
    for (const { key, service, variant } of all) {
      for (const topic of TOPICS) texts.push({ key: `${key} ${topic} ${lang}`, text: info.answer(topic, service, variant, lang) });
      texts.push({ key: `${key} detail ${lang}`, text: info.answer('requirements', service, variant, lang, true) });
      texts.push({ key: `${key} representation ${lang}`, text: info.representation(service, variant, lang) });
      texts.push({ key: `${key} checklist ${lang}`, text: info.checklist(variant, lang) });
    }
    for (const service of catalog.services) {
      texts.push({ key: `${service.id} all-costs ${lang}`, text: info.allVariants('cost', service, lang) });
      texts.push({ key: `${service.id} all-durations ${lang}`, text: info.allVariants('duration', service, lang) });
      texts.push({ key: `${service.id} representation-by-variant ${lang}`, text: info.representationByVariant(service, lang) });
    }
  }
  return texts;
}

describe('the first bubble of a requirements answer', () => {
  it(`fits in ${REQUIREMENTS_BUDGET} characters for every service and variant, in both languages`, () => {
    for (const lang of LANGS) {
      for (const { key, service, variant } of all) {
        const text = info.answer('requirements', service, variant, lang);
        expect({ key, lang, length: text.length, over: text.length > REQUIREMENTS_BUDGET }).toMatchObject({ key, lang, over: false });
      }
    }
  });

  it('has the checklist, one fee line, the legal basis and at most one official source', () => {
    for (const { key, service, variant } of all) {
      const text = info.answer('requirements', service, variant, 'id');
      const lines = text.split('\n');
      expect({ key, fee: lines.filter((l) => l.startsWith('Biaya: ')).length }).toEqual({ key, fee: 1 });
      expect({ key, basis: lines.filter((l) => l.startsWith('Dasar hukum: ')).length }).toEqual({ key, basis: 1 });
      const sources = lines.filter((l) => l.startsWith('Sumber: '));
      expect(sources.length).toBeLessThanOrEqual(1);
      for (const line of sources) expect({ key, line, official: isOfficialSource(line.slice('Sumber: '.length)) }).toMatchObject({ official: true });
      expect(lines[1]).toMatch(/^1\. /);
    }
  });

  it('keeps the whole checklist when it fits, and says how many lines Detail adds when it does not', () => {
    const hilang = find('ktp', 'hilang');
    const short = info.answer('requirements', hilang.service, hilang.variant, 'id');
    expect(short).toContain('1. Surat keterangan kehilangan dari kepolisian\n2. Fotokopi Kartu Keluarga (KK)\n');
    expect(short).toContain('Biaya: GRATIS, tanpa biaya apa pun (UU 24/2013 Pasal 79A).');
    expect(short).not.toContain('lapor.go.id');
    const nikah = find('nikah', 'luar_kua');
    const folded = info.answer('requirements', nikah.service, nikah.variant, 'id');
    expect(folded).toContain('+ 8 syarat lain untuk keadaan tertentu: pilih Detail.');
    expect(folded).toContain('Dasar hukum: PMA 30/2024; PP 48/2014 jo. PP 59/2018; UU 16/2019');
    expect(folded).toContain('Sumber: sulteng.kemenag.go.id');
  });

  it('gives everything else under Detail: every line, the full fee, notes, all sources and what to confirm', () => {
    const { service, variant } = find('ktp', 'hilang');
    const detail = info.answer('requirements', service, variant, 'id', true);
    expect(detail).toContain('lapor.go.id');
    expect(detail).toContain('Boleh diwakilkan? Tidak.');
    expect(detail).toContain(`Sumber: ${variant.sources.join('; ')}`);
    expect(detail).toContain('Perlu dipastikan: Batas paling lama 14 hari kerja adalah contoh');
    const nikah = find('nikah', 'di_kua');
    const full = info.answer('requirements', nikah.service, nikah.variant, 'id', true);
    for (const r of nikah.variant.requirements) expect(full).toContain(r.id);
  });
});

describe('sources citizens read', () => {
  const researchHosts = [...new Set(all.flatMap(({ variant }) => (variant.research ?? []).map(sourceHost)).filter((h): h is string => h !== undefined))];
  const NEWS = ['gridoto.com', 'garuda.tv', 'kompas', 'detik.com', 'tribunnews', 'grid.id', 'tirto.id', 'cnnindonesia', 'republika', 'disway.id', 'merdeka.com'];

  it('never name a news site or anything kept in research', () => {
    expect(researchHosts).toEqual(expect.arrayContaining(['gridoto.com', 'garuda.tv']));
    for (const { key, text } of everyAnswer()) {
      const lower = text.toLowerCase();
      for (const host of [...researchHosts, ...NEWS]) expect({ key, host, found: lower.includes(host.toLowerCase()) }).toMatchObject({ found: false });
    }
  });

  it('list only official sources wherever an answer says "Sumber"/"Source"', () => {
    for (const { key, text } of everyAnswer()) {
      for (const line of text.split('\n').filter((l) => /^(Sumber|Source): /.test(l))) {
        for (const source of line.replace(/^(Sumber|Source): /, '').split('; ')) {
          expect({ key, source, official: isOfficialSource(source) }).toMatchObject({ official: true });
        }
      }
    }
  });

  it('picks a site a citizen can open for the first bubble when the variant has one', () => {
    expect(briefSource(find('akta_lahir', 'umum').variant)).toBe('dispendukcapil.gresikkab.go.id/akta-kelahiran');
    expect(briefSource(find('sim', 'baru').variant)).toBe('PP 76/2020');
  });
});

describe('fee and legal-basis lines', () => {
  it('cuts the fee at the first sentence, not at an abbreviation such as "jo."', () => {
    expect(firstSentence('Rp600.000 (PP 48/2014 jo. PP 59/2018) bila di luar KUA. Perlu persetujuan.')).toBe('Rp600.000 (PP 48/2014 jo. PP 59/2018) bila di luar KUA.');
    expect(firstSentence('Gratis; tidak dipungut biaya')).toBe('Gratis; tidak dipungut biaya');
  });

  it('names each regulation without its explanation', () => {
    expect(shortBasis('PMA 30/2024 (pencatatan pernikahan, berlaku 30 Desember 2024); UU 16/2019 (batas usia)')).toBe('PMA 30/2024; UU 16/2019');
  });

  it('names the regulation in every fee that states an amount or says it is free', () => {
    const REGULATION = /\b(UU|PP|Perpres|Permen[a-z]*|PMK|PMA|Perpol|Perda)\b/;
    for (const { key, variant } of all) {
      const cost = variant.cost.id;
      if (/Rp\d|gratis|tidak dipungut/i.test(cost)) expect({ key, cost, names: REGULATION.test(cost) }).toMatchObject({ names: true });
    }
  });
});

describe('the checklist under "bring originals and copies"', () => {
  it('lists documents only; other lines follow apart', () => {
    const { variant } = find('npwp', 'umum');
    const [documents = '', notes = ''] = info.checklist(variant, 'id').split('Juga perlu:');
    expect(documents).not.toContain('Email dan nomor HP aktif');
    expect(notes).toContain('Email dan nomor HP aktif');
    for (const { key, variant: v } of all) {
      const boxed = info.checklist(v, 'id').split('\n').filter((l) => l.startsWith('☐ '));
      for (const r of v.requirements.filter((x) => x.kind === 'note')) expect({ key, line: r.id, boxed: boxed.includes(`☐ ${r.id}`) }).toMatchObject({ boxed: false });
    }
  });
});

describe('"boleh diwakilkan?"', () => {
  it('answers yes or no first, then why and an official source', () => {
    const first = (serviceId: string, variantId: string, lang: Lang = 'id') => {
      const { service, variant } = find(serviceId, variantId);
      return info.representation(service, variant, lang);
    };
    expect(first('ktp', 'baru')).toMatch(/^Tidak, tidak bisa diwakilkan/);
    expect(first('paspor', 'perpanjang')).toMatch(/^Tidak/);
    expect(first('samsat', 'tahunan')).toMatch(/^Boleh, dengan surat kuasa\./);
    expect(first('kk', 'baru')).toMatch(/^Boleh, dengan surat kuasa\.[^\n]*\nBoleh diwakili[^\n]*F-1\.07/);
    expect(first('pbb', 'bayar')).toMatch(/^Ya, boleh diwakilkan\./);
    expect(first('sim', 'perpanjang', 'en')).toMatch(/^No, it cannot be delegated/);
    expect(first('nikah', 'di_kua')).toContain('⚠️');
    for (const { variant } of all) expect(isOfficialSource(variant.inPerson.source)).toBe(true);
  });

  it('gives each variant its own verdict when the citizen did not say which and they differ', () => {
    const pbb = catalog.services.find((s) => s.id === 'pbb')!;
    const text = info.representationByVariant(pbb, 'id');
    expect(text).toContain('• Bayar PBB: Ya.');
    expect(text).toMatch(/• [^\n]*: Boleh, dengan surat kuasa\./);
  });
});

describe('legal bases of several variants, merged (session 44)', () => {
  it('names each law once, the detailed mention standing for the short one', () => {
    expect(mergedBasis([
      'UU 23/2006 jo. UU 24/2013 (Pasal 79A, 95B); Perpres 96/2018 Pasal 15; Permendagri 108/2019',
      'UU 23/2006 jo. UU 24/2013 (Pasal 79A, 95B); Perpres 96/2018; Permendagri 108/2019',
      'UU 23/2006 jo. UU 24/2013 (Pasal 79A, 95B); Perpres 96/2018; Permendagri 108/2019 (Pasal 15: elemen data yang bisa diubah)',
    ])).toBe('UU 23/2006 jo. UU 24/2013 (Pasal 79A, 95B); Perpres 96/2018 Pasal 15; Permendagri 108/2019');
    expect(mergedBasis(['PP 76/2020 (Lampiran)', 'Perpol 2/2023'])).toBe('PP 76/2020 (Lampiran); Perpol 2/2023');
  });
});
