/**
 * Session 48 (issue 11): a holiday's own day of the month said beside its name in another month ("natal … cuma tgl 25?"),
 * the first step asked as "where do we start", what a service needs or costs asked of "here" ("skck di sini butuh apa aja",
 * "pajak motor neng kene piro"), East Java's "ndek" and North Sumatra's "horas". Probes written for these checks, not taken from
 * any measuring or dev set; each failed before this session's rule, except the readings that must stay.
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-10-04T08:15:00+07:00'); // a Monday in October
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe("a holiday's own day of the month, said in another month", () => {
  it('is the holiday, not that day of this month', () => {
    expect(read('natal nanti libur tgl 25 aja kan?')).toMatchObject({ intent: 'hours', date: '2027-12-25' });
    expect(read('mpp tutup pas natal tanggal 25 ya min?').date).toBe('2027-12-25');
  });

  it('leaves another day beside a holiday alone', () => {
    expect(read('booking ktp tanggal 20 bisa?').date).toBe('2027-10-20');
  });
});

describe('the first step, asked as where to start', () => {
  it('is the procedure', () => {
    expect(read('We want to get a passport for our daughter, where do we start?')).toMatchObject({ intent: 'procedure', service: 'paspor' });
  });

  it('leaves where the office is alone', () => {
    expect(read('where is the passport office?').intent).toBe('location');
  });
});

describe('what a service needs or costs, asked of "here"', () => {
  it('is that question, not whether it is served', () => {
    expect(read('urus skck di sini butuh apa saja?')).toMatchObject({ intent: 'requirements', service: 'skck' });
    expect(read('arep ngurus kk ndek kene butuh opo ae')).toMatchObject({ intent: 'requirements', service: 'kk' });
    expect(read('perpanjang stnk di sini berapa ya')).toMatchObject({ intent: 'cost', service: 'samsat' });
  });

  it('leaves whether it is served, or can be paid, here alone', () => {
    expect(read('di sini ada layanan paspor?')).toMatchObject({ intent: 'list_services', service: 'paspor' });
    expect(read('pbb di sini bisa bayar ga?')).toMatchObject({ intent: 'list_services', service: 'pbb' });
  });
});

describe("North Sumatra's greeting", () => {
  it('greets', () => {
    expect(read('horas admin').intent).toBe('greeting');
    expect(read('horas lae, mau nanya').intent).toBe('greeting');
  });
});

describe('"baru" before what just happened', () => {
  it('is "just", not the first-time paper', () => {
    expect(read('saya baru menikah, mau booking ktp besok jam 9')).toMatchObject({ service: 'ktp', variant: null });
    expect(read('baru lulus sekolah, mau bikin skck')).toMatchObject({ service: 'skck', variant: null });
  });

  it('leaves the first-time paper, and a variant phrase that says so, alone', () => {
    expect(read('mau bikin ktp baru')).toMatchObject({ service: 'ktp', variant: 'baru' });
    expect(read('kami baru menikah mau bikin kk')).toMatchObject({ service: 'kk', variant: 'baru' });
  });
});
