/**
 * Session 39 (issue 11), dev sets 303–306: two questions of ours joined in one sentence; a booking code given with one's own
 * word; favour and fairness asked about as a complaint. Probes written for these checks, not taken from any measuring or dev
 * set; each one read as understood failed before this session's rules (the others guard their bounds).
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-08T09:30:00+07:00'); // a Monday
const read = (text: string) => nlu.understand(text, NOW);
const intentOf = (text: string): string => read(text).intent;

describe('two questions of ours joined in one sentence', () => {
  it('reads the first question when the whole was read out of scope', () => {
    const u = read('berapa lama bikin paspor 48 halaman dan loket imigrasi tutup jam berapa');
    expect(u.intent).toBe('duration');
    expect(u.service).toBe('paspor');
  });

  it('keeps a near miss joined to a question of ours out of scope', () => {
    expect(intentOf('bank bri buka jam berapa dan syarat ktp apa')).toBe('fallback');
  });
});

describe('a booking code given with one\'s own word', () => {
  it('reads a question about it as my_booking, with the day it names', () => {
    const u = read('kode booking abdi RT92K, leres teu dinten kemis?');
    expect(u.intent).toBe('my_booking');
    expect(u.date).toBe('2027-02-11');
  });

  it('leaves an act on it to the booking acts', () => {
    expect(intentOf('kode booking saya KP221, tolong dipindah ke senin')).toBe('reschedule');
  });
});

describe('favour and fairness asked about', () => {
  it('reads an insider or "is this fair?" as a complaint', () => {
    expect(intentOf('nomer ku dilewati pas aku ke musholla sebentar, adil po ngono?')).toBe('complaint');
    expect(intentOf('kok iso sing mari teko langsung mlebu, onok wong dalem ta? eh orang dalem maksudku')).toBe('complaint');
  });

  it('leaves the religious court, whose name holds "adil", to its own reading', () => {
    expect(intentOf('pengadilan agama buka jam berapa')).not.toBe('complaint');
  });
});

describe('a service asked about in English', () => {
  it('keeps a slot asked for as a booking', () => {
    expect(intentOf('can I get a slot tomorrow at 9 for SIM?')).toBe('book');
  });
});
