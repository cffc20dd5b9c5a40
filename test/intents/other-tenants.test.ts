/**
 * Session 16 (issue 11): agencies MPPs host that our catalog does not serve (intents/elsewhere.ts OTHER_TENANTS). Their
 * errands and their own troubles are not ours; their hours and whereabouts are still asked of us. Probes written for these
 * checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import type { Catalog } from '../../core/schema.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe("another tenant's errand", () => {
  it.each([
    ['syarat pecah sertifikat tanah di bpn apa aja', 'bpn'],
    ['berapa lama proses klaim pensiun di taspen', 'taspen'],
    ['cara daftar kartu kuning disnaker', 'disnaker'],
    ['biaya gadai emas di pegadaian berapa', 'pegadaian'],
  ])('"%s" is out of scope, naming %s', (text, agency) => {
    expect(understand(text)).toMatchObject({ intent: 'fallback', unknownAgency: agency });
  });

  it('still asks its hours and whereabouts of us', () => {
    expect(understand('taspen buka jam berapa')).toMatchObject({ intent: 'hours', unknownAgency: 'taspen' });
    expect(understand('loket bpn di lantai berapa')).toMatchObject({ intent: 'location' });
  });

  it('a service of ours beside it keeps the question ours', () => {
    expect(understand('syarat kk baru buat daftar bansos apa aja')).toMatchObject({ intent: 'requirements', service: 'kk' });
  });

  it("is ours when this MPP's catalog serves the agency", () => {
    const withTaspen: Catalog = {
      ...fixtureCatalog,
      services: [...fixtureCatalog.services, { ...fixtureCatalog.services[0]!, id: 'taspen_klaim', agency: 'taspen', name: { id: 'Klaim Taspen', en: 'Taspen claim' }, synonyms: [] }],
    };
    const ours = createNlu(withTaspen, { timeZone: 'Asia/Jakarta' });
    expect(ours.understand('syarat klaim pensiun taspen apa aja', NOW).intent).not.toBe('fallback');
  });
});

describe("another tenant's own trouble", () => {
  it.each(['listrik pln mati dari pagi, kesel bgt', 'tagihan pdam bulan ini naik dua kali lipat, parah'])('"%s" is out of scope', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });

  it('a complaint about its counter in our building is ours', () => {
    expect(understand('loket bank bjb di mpp lama banget, petugasnya cuma satu').intent).toBe('complaint');
  });
});
