/**
 * Session 40 (issue 11), dev sets 315–322: Javanese krama "mbenjang" (tomorrow, later) and "mbantu" (to help), "dawa" (long);
 * Banjar "bisuk" (tomorrow); "is there a … counter inside the MPP?"; the Pelni ship one came on; a room booked at an inn and a
 * cover letter to write, out of scope. Probes written for these checks, not taken from any measuring or dev set; each one read as
 * understood failed before this session's rules (the others guard their bounds).
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-08T09:30:00+07:00'); // a Monday
const read = (text: string) => nlu.understand(text, NOW);
const intentOf = (text: string): string => read(text).intent;

describe('regional words for tomorrow and for help', () => {
  it('reads krama "mbenjang" before a weekday as that weekday, not as tomorrow', () => {
    const u = read('mbenjang jumat MPP bukak jam pinten nggih');
    expect(u.intent).toBe('hours');
    expect(u.date).toBe('2027-02-12');
  });

  it('reads "mbenjang" alone as tomorrow', () => {
    const u = read('mbenjang kulo badhe ngantri damel ktp');
    expect(u.intent).toBe('book');
    expect(u.date).toBe('2027-02-09');
  });

  it('reads Banjar "bisuk" as tomorrow', () => {
    const u = read('bisuk ulun handak ka MPP, buka kah?');
    expect(u.intent).toBe('hours');
    expect(u.date).toBe('2027-02-09');
  });

  it('reads an officer "ingkang saged mbantu" as a call for a person, after "cannot type at length" too', () => {
    expect(intentOf('wonten petugas ingkang saged mbantu kulo?')).toBe('human');
    expect(intentOf('kulo mboten saged ngetik dawa dawa, wonten petugas ingkang saged mbantu?')).toBe('human');
  });
});

describe('another office\'s counter asked about in English', () => {
  it('reads "is there a … counter inside the MPP?" as whether it is served here', () => {
    expect(intentOf('is there a Taspen counter inside the MPP?')).toBe('list_services');
    expect(intentOf('is there a post office desk in this building?')).toBe('list_services');
  });
});

describe('out of scope, and the way here', () => {
  it('keeps a room booked at an inn or a hotel and a cover letter out of scope', () => {
    expect(intentOf('bisa pesan kamar di hotel dekat mpp lewat bot ini?')).toBe('fallback');
    expect(intentOf('could you help me write a cover letter for my internship?')).toBe('fallback');
  });

  it('reads the Pelni ship one came on as the way here, and its tickets as another business', () => {
    expect(intentOf('dimana ki kantor MPP? baru sampai naik pelni')).toBe('location');
    expect(intentOf('tiket pelni ke makassar berapa')).toBe('fallback');
  });
});
