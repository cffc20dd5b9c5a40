/**
 * Issue 11, session 10 (names, holidays and services): every closure of data/mpp.json by the names people use for it, in
 * every time zone; unknown names in a clear frame; services named with a slip or in English. Each block: messages the
 * rule fixes and near messages it must leave alone. Written for these tests, never copied from a dev or blind set.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { AcronymSlips } from '../../intents/acronym-slips.js';
import { type Closure, findHoliday } from '../../intents/holidays.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const closures = (JSON.parse(readFileSync(new URL('../../data/mpp.json', import.meta.url), 'utf8')) as { closures: Closure[] }).closures;
const ZONES = [['Asia/Jayapura', '+09:00'], ['Asia/Makassar', '+08:00'], ['Asia/Jakarta', '+07:00']] as const;
const nlus = new Map(ZONES.map(([zone]) => [zone, createNlu(fixtureCatalog, { timeZone: zone, closures })]));
const wit = nlus.get('Asia/Jayapura')!;
const NOW = new Date('2026-12-01T10:00:00+09:00');
const understand = (text: string) => wit.understand(text, NOW);

/** Each closure of data/mpp.json (and the fixed-date holidays after it) with names citizens use for it. */
const NAMES: Record<string, readonly string[]> = {
  '2026-12-24': ['cuti bersama natal', 'cuti bersama', 'malam natal', 'christmas eve'],
  '2026-12-25': ['natal', 'natalan', 'christmas', 'xmas', 'krismas', 'christmas day', 'hari raya natal'],
  '2027-01-01': ['tahun baru', 'taun baru', 'new year', 'new years day', 'tahun baru masehi'],
  '2027-01-05': ['isra miraj', 'isra mikraj', "isra' mi'raj", 'isro miroj', 'mikraj'],
  '2027-02-06': ['imlek', 'sincia', 'sin cia', 'tahun baru imlek', 'tahun baru tionghoa', 'chinese new year', 'lunar new year'],
  '2027-03-09': ['nyepi', 'hari raya nyepi', 'tahun baru saka', 'saka new year'],
  '2027-03-10': ['lebaran', 'idul fitri', 'idulfitri', 'eid al-fitr', 'eid ul fitr', 'riyoyo', '1 syawal', 'satu syawal', 'ied'],
  '2027-03-11': ['lebaran hari kedua', 'hari kedua lebaran', '2 syawal'],
  '2027-03-26': ['jumat agung', "jum'at agung", 'good friday', 'wafat isa almasih', 'jumat suci', 'wafatnya yesus'],
  '2027-03-28': ['paskah', 'easter', 'easter sunday', 'minggu paskah', 'kebangkitan isa almasih'],
  '2027-05-01': ['hari buruh', 'may day', 'mayday', 'labour day', 'labor day', 'international workers day'],
  '2027-05-06': ['kenaikan isa almasih', 'kenaikan yesus', 'kenaikan kristus', 'kenaikan tuhan yesus', 'ascension day', 'ascension'],
  '2027-05-17': ['iduladha', 'idul adha', 'lebaran haji', 'idul kurban', 'idul qurban', 'hari raya qurban', 'eid al-adha', 'eid ul adha', 'iedul adha', 'riyaya besar'],
  '2027-05-20': ['waisak', 'vesak', 'wesak', 'hari raya waisak'],
  '2027-06-01': ['hari lahir pancasila', 'hari pancasila', 'harlah pancasila', 'lahirnya pancasila', 'pancasila day'],
  '2027-06-06': ['tahun baru islam', '1 muharram', '1 muharam', 'satu suro', 'tahun baru hijriah', 'tahun baru hijriyah', 'islamic new year', 'hijri new year'],
  '2027-08-17': ['17 agustus', '17an', 'hari kemerdekaan', 'independence day'],
};

describe('every closure by the names people use for it (holidays.ts)', () => {
  const cases = Object.entries(NAMES).flatMap(([date, names]) => names.map((name) => [name, date] as const));
  it.each(cases)('"%s" is %s, asked before or after the question', (name, date) => {
    expect(understand(`mpp buka ga pas ${name}?`).date).toBe(date);
    expect(understand(`${name} mpp libur?`).date).toBe(date);
  });

  it('reads the new year of the calendar its qualifier names, and still 1 January bare', () => {
    expect(understand('tahun baru hijriah loket samsat buka?').date).toBe('2027-06-06');
    expect(understand('tahun baru buka?').date).toBe('2027-01-01');
    // a count of years running into "baru" is no holiday
    expect(understand('umur saya 59 tahun baru pensiun, urus bpjs gimana').date).toBeNull();
  });

  it('keeps the longest name within one holiday, whatever the order of its names', () => {
    expect(findHoliday('mpp buka easter sunday'.split(' '), closures, '2026-12-01')).toMatchObject({ date: '2027-03-28', weekday: true, end: 4 });
  });

  it('leaves a collective day to the holiday named after it', () => {
    const hit = findHoliday('cuti bersama natal buka'.split(' '), closures, '2026-12-01');
    expect(hit).toMatchObject({ date: '2026-12-24', start: 0, end: 3 });
  });

  it.each(ZONES)('takes today in the MPP\'s own zone (%s)', (zone, offset) => {
    const nlu = nlus.get(zone)!;
    // Half past midnight local time is still the day before in UTC.
    expect(nlu.understand('natal kemarin mpp buka ga?', new Date(`2026-12-26T00:30:00${offset}`)).date).toBe('2026-12-25');
    expect(nlu.understand('lebaran kemarin buka ga?', new Date(`2027-03-11T00:20:00${offset}`)).date).toBe('2027-03-10');
    expect(nlu.understand('lebaran hari ini buka?', new Date(`2027-03-10T00:20:00${offset}`)).date).toBe('2027-03-10');
  });
});

describe('unknown names in a clear frame (name-frame.ts, in-context.ts, mpp-name.ts)', () => {
  it.each([
    // an errand opening the name
    ['legalisir ijazah bisa di sini?', 'list_services'],
    // "punya loket" is "ada loket"
    ['bpn punya loket di mpp?', 'list_services'],
    ['Pegadaian punya gerai di mpp ga', 'list_services'],
    // "mal pelayanan ini" is here
    ['ada layanan bpn di mal pelayanan ini?', 'list_services'],
    // the issuing office is part of the letter's name
    ['surat rekomendasi dari kemenag bisa diurus di mpp?', 'list_services'],
    // "tempat <errand>" and English "for" start the errand
    ['bpn kota tempat ngurus sertifikat tanah alamatnya dimana', 'location'],
    ['is there a taspen desk for pension claims here?', 'list_services'],
    // the errand after the question, its purpose word no feature
    ['pdam ulp kota buka jam berapa, mau ngurus pasang baru', 'hours'],
    // a shop word in the errand is not the place asked about
    ['kantor kemenag ada di sini? mau bikin skt masjid', 'list_services'],
    // a landmark is no second name
    ['pegadaian samping pasar baru buka jam berapa', 'hours'],
    ['kantor pos dekat terminal dimana ya', 'location'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('names the agency asked about, not the errand or the landmark', () => {
    expect(understand('bpn kota tempat ngurus sertifikat tanah alamatnya dimana').unknownAgency).toBe('bpn kota');
    expect(understand('kantor dispora tempat daftar atlet buka jam berapa').unknownAgency).toBe('dispora');
    expect(understand('pegadaian samping pasar baru buka jam berapa').unknownAgency).toBe('pegadaian');
  });

  it.each([
    'jam berapa sekarang di london',
    'toko deket pasar buka jam berapa',
    'warung depan masjid buka jam berapa',
    // a bank's own branch found by a landmark is the bank's business
    'bank bjb deket pasar buka sabtu?',
    'bri unit dekat terminal tutup jam berapa',
  ])('stays out of scope: %s', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });

  it('reads "punya" as "ada" only before a desk, with "here", and not of oneself', () => {
    expect(understand('saya punya kantor di sini').normalized).toContain('punya');
    expect(understand('bpn punya aplikasi di hp').normalized).toContain('punya');
  });
});

describe('an office that moved is no moving letter (entities.ts)', () => {
  it.each(['kantor kecamatan pindah ke mana', 'mpp pindah kemana sekarang', 'loket pajak pindah ke lantai berapa'])('%s: location, no service', (text) => {
    expect(understand(text)).toMatchObject({ intent: 'location', service: null });
  });
  it.each(['loket pindah di mana', 'mau urus pindah ke kecamatan lain syaratnya apa'])('%s: still the moving letter', (text) => {
    expect(understand(text).service).toBe('pindah');
  });
});

describe('services named with a slip or in English (acronym-slips.ts, service-aliases.ts)', () => {
  it.each([
    ['bisa daftar online utk npwb?', 'npwp'],
    ['bikin nbwp brp lama', 'npwp'],
    ['tolong daftarin saya antrian sckk', 'skck'],
    ['syarat skkc apa', 'skck'],
    ['perpanjang stkn di mpp bisa?', 'samsat'],
    ['book a slot for bpjs health on friday', 'bpjs_kesehatan'],
    ['where is the bpjs employment desk', 'bpjs_ketenagakerjaan'],
    ['how much is the motorbike tax renewal', 'samsat'],
  ])('%s → %s', (text, service) => {
    expect(understand(text).service).toBe(service);
  });

  it('reads only a single slip of a vowel-less acronym of the same length and first letter', () => {
    const slips = new AcronymSlips(['npwp', 'skck', 'stnk', 'tnkb', 'bpjs', 'ktp', 'paspor'], (t) => t === 'pkhs');
    expect(slips.read('npwb')).toBe('npwp');
    expect(slips.read('sckk')).toBe('skck');
    expect(slips.read('bpsj')).toBe('bpjs');
    // two letters changed, a vowel, another first letter, too short, refused, or exact
    expect(slips.read('nbwb')).toBeNull();
    expect(slips.read('npwpa')).toBeNull();
    expect(slips.read('mpwp')).toBeNull();
    expect(slips.read('kpt')).toBeNull();
    expect(slips.read('pkhs')).toBeNull();
    expect(slips.read('skck')).toBeNull();
    // a substitution that is no voicing twin
    expect(slips.read('npwm')).toBeNull();
  });
});
