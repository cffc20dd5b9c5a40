/**
 * Session 46 (issue 11): withdrawing oneself from the queue ("mengundurkan diri dari antrian") and a broker named as one who
 * claims a shortcut without a price. Probes written for these checks, not taken from any measuring or dev set; each failed before
 * this session's rule, except the readings that must stay as they were.
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-07-05T10:40:00+08:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Makassar', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('withdrawing oneself from a booking', () => {
  it('is a cancel, not a move by its "undur"', () => {
    expect(read('sy mengundurkan diri dr antrian kk hari kamis ya, ada acara keluarga')).toMatchObject({ intent: 'cancel', date: '2027-07-08' });
    expect(read('mohon maaf saya undur diri dari booking samsat besok')).toMatchObject({ intent: 'cancel' });
  });

  it('leaves a move and a resignation alone', () => {
    expect(read('antrian kk saya tolong diundurkan ke hari jumat')).toMatchObject({ intent: 'reschedule', date: '2027-07-09' });
    expect(read('saya mengundurkan diri dari kantor, mau cairkan jht di bpjs ketenagakerjaan bisa di mpp?').intent).not.toBe('cancel');
  });
});

describe('a broker named as one', () => {
  it('who claims a shortcut is reported, price said or not', () => {
    expect(read('tadi ada calo di parkiran ngaku bisa bikin sim sehari jadi, itu resmi ga?').intent).toBe('complaint');
    expect(read('ada makelar bilang paspor bisa jadi dalam 2 hari tanpa wawancara').intent).toBe('complaint');
  });

  it('asked about without a claim is not a complaint by the word alone', () => {
    expect(read('berapa lama bikin sim kalau tanpa calo?').intent).toBe('duration');
  });
});
