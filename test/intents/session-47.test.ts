/**
 * Session 47 (issue 11): a travel ticket's price asked with no service ("tiket bus ke kuching berapa biayanya"), school
 * enrolment said as the purpose of a paper of ours ("akta lahir … mau dipakai daftar sekolah"), and whether a booking is still on
 * asked with a cancel's words ("jadi booking saya batal atau tidak?"). Probes written for these checks,
 * not taken from any measuring or dev set; each failed before this session's rule, except the readings that must stay.
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-09-13T09:20:00+07:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('a travel ticket asked about', () => {
  it('is out of scope when its price or its seller is asked', () => {
    expect(read('ada yg jual tiket bus ke pontianak? biayanya berapa skrg').intent).toBe('fallback');
    expect(read('tiket kapal ke tual sekarang biaya nya brp ya kak').intent).toBe('fallback');
  });

  it('leaves a queue ticket and a vehicle of ours alone', () => {
    expect(read('tiket antrian ktp saya hilang').intent).toBe('my_booking');
    expect(read('biaya perpanjang stnk bus berapa')).toMatchObject({ intent: 'cost', service: 'samsat' });
  });
});

describe('school enrolment as the purpose of a paper of ours', () => {
  it('keeps the question about the paper', () => {
    expect(read('lama tidak proses akta lahir? mau dipakai daftar sekolah anak sa')).toMatchObject({ intent: 'duration', service: 'akta_lahir' });
    expect(read('akta lahir lama kah jadinya? buat daftar sekolah anakku')).toMatchObject({ intent: 'duration', service: 'akta_lahir' });
  });

  it('leaves the school\'s own registration out of scope', () => {
    expect(read('syarat daftar sekolah sd pakai akta lahir?').intent).toBe('fallback');
  });
});

describe('whether one\'s booking is still on, asked with a cancel\'s words', () => {
  it('is a look at the booking, not a cancel', () => {
    expect(read('jadi booking saya batal atau tidak?').intent).toBe('my_booking');
    expect(read('antrian sy hangus ga ya?').intent).toBe('my_booking');
    expect(read('jadi antrian saya dibatalin atau nggak').intent).toBe('my_booking');
  });

  it('leaves a cancel asked for alone', () => {
    expect(read('batalin booking saya ya').intent).toBe('cancel');
    expect(read('mau batal booking, bisa atau tidak?').intent).toBe('cancel');
    expect(read('booking ktp besok tolong dibatalkan ya').intent).toBe('cancel');
  });
});

