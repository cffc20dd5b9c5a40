/**
 * Session 32 (issue 11), dev sets 187–194 and the field's own misreadings: words of another domain (a hospital's patients and
 * medicine, travel, food, shops and money) put a message out of scope when it names no service of ours, and leave alone the
 * messages of ours that mention them. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-15T10:10:00+07:00'); // a Monday morning
const intentOf = (text: string): string => nlu.understand(text, NOW).intent;

describe('words of another domain', () => {
  it('put a visit, a wait, a refund or a grievance elsewhere out of scope, however much it sounds like ours', () => {
    expect(intentOf('jadwal ke dokter gigi saya kelewat, bisa dipindah ke kamis?')).toBe('fallback');
    expect(intentOf('antri di teller dari pagi belum dipanggil juga, kesel')).toBe('fallback');
    expect(intentOf('nomor antrian di teller kok lama banget dipanggil')).toBe('fallback');
    expect(intentOf('bot ini bisa bantu urus refund belanja online saya?')).toBe('fallback');
    expect(intentOf('jadwal kapal pelni ke surabaya minggu depan hari apa')).toBe('fallback');
    expect(intentOf('kurs dolar hari ini berapa')).toBe('fallback');
  });

  it('leave a service of ours alone, whatever reason or errand is told beside it', () => {
    expect(intentOf('syarat skck buat daftar jadi perawat di rumah sakit apa aja')).toBe('requirements');
    expect(intentOf('batalin antrian ktp saya besok ya, harus antar ibu ke poli jantung')).toBe('cancel');
  });

  it('leave the hospital as a landmark alone', () => {
    expect(intentOf('mpp masuk lewat gerbang rsud atau jalan samping?')).toBe('location');
  });
});
