/**
 * Session 43 (issue 11): when a document can be picked up. "kapan bisa diambil simnya?" right after booking was read as a booking
 * (0.79) and started another. Probes written for these checks, not taken from any measuring or dev set; each one read as
 * duration failed before this session's rule (the others guard its bounds).
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-03-08T09:30:00+07:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('when a document can be picked up', () => {
  it('reads "kapan bisa diambil X" as the processing time of X, not a booking', () => {
    expect(read('kapan bisa diambil simnya?')).toMatchObject({ intent: 'duration', service: 'sim' });
    expect(read('kapan bisa diambil ktp nya')).toMatchObject({ intent: 'duration', service: 'ktp' });
  });

  it('leaves a queue number taken, a slot dropped and who took it to their own readings', () => {
    expect(read('nomor antrian paspor bisa diambil kapan?').intent).toBe('book');
    expect(read('gimana cara batalin jadwal yg udah diambil?').intent).toBe('cancel');
  });
});

describe("Independence Day by its other names", () => {
  it('reads "peringatan kemerdekaan RI" as 17 August; "kemerdekaan" alone (a street, a poem) is no day', () => {
    expect(read('Pas peringatan kemerdekaan RI ada pelayanan atau libur?')).toMatchObject({ intent: 'hours', date: '2027-08-17' });
    expect(read('HUT kemerdekaan mpp tetap buka?')).toMatchObject({ intent: 'hours', date: '2027-08-17' });
    expect(read('alfamart jl perintis kemerdekaan buka 24 jam gak').date).toBeNull();
  });
});
