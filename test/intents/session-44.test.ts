/**
 * Session 44 (issue 11): Javanese "nengdi" (where, run together), and a paper done by a day read as one's booking. Probes written
 * for these checks, not taken from any measuring or dev set; the first of each failed before this session's rule.
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-11-08T09:30:00+07:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('Javanese "where", run together', () => {
  it('reads "nengdi", "nangdi" and "nandi" as "di mana"', () => {
    expect(read('kantor mpp nengdi to mas?')).toMatchObject({ intent: 'location' });
    expect(read('loket samsat nandi ya?').normalized).toContain('di mana');
  });
});

describe('a paper done by a day', () => {
  it('reads "apa sudah jadi sebelum natal" as the processing time, though the models lean to one\'s booking', () => {
    expect(read('kalau saya daftar ktp sekarang, apa su jadi sebelum natal?')).toMatchObject({ intent: 'duration', service: 'ktp', date: '2027-12-25' });
  });

  it('leaves a booking checked to its own reading', () => {
    expect(read('booking saya hari kamis jam berapa ya?').intent).toBe('my_booking');
  });
});

describe('a marital status', () => {
  it('names no marriage registration right after "status" or "belum"; a registration booked keeps its service', () => {
    expect(read('ktp sy statusnya msh belum kawin jg hrs diganti ga?').service).toBe('ktp');
    expect(read('sy belum kawin, bikin kk sendiri bisa ga?').service).toBe('kk');
    expect(read('cek status booking nikah di KUA punya saya dong').service).toBe('nikah');
  });
});
