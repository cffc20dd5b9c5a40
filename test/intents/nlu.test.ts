/**
 * What a citizen notices: the phrases from the issue, slang and typos, out-of-scope messages, short
 * answers, and bad input. One model for the whole file (training takes ~0.5 s); a fixed `now`.
 */
import { describe, expect, it } from 'vitest';

import { dateWindow, MAX_WINDOW } from '../../intents/dates.js';
import { createNlu, ENTITY_ONLY_CONFIDENCE } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
/** Monday 23 November 2026, 10:00 WIB. */
const NOW = new Date('2026-11-23T10:00:00+07:00');
const understand = (text: string) => nlu.understand(text, NOW);

describe('phrases from the issue', () => {
  it.each([
    ['syarat bikin kk', 'requirements', 'kk'],
    ['cek antrean saya', 'my_booking', null],
    ['ganti jadwal', 'reschedule', null],
    ['pindah jadwal', 'reschedule', null],
    ['reschedule', 'reschedule', null],
    ['mau lapor pungli', 'complaint', null],
    ['mau dapat info pengumuman', 'subscribe', null],
    ['BERHENTI', 'unsubscribe', null],
    ['stop', 'unsubscribe', null],
    ['jangan kirim lagi', 'unsubscribe', null],
    ['bicara dengan petugas', 'human', null],
    ['mau ngobrol sama orang', 'human', null],
    ['jam buka', 'hours', null],
    ['buka jam berapa', 'hours', null],
    ['dimana lokasinya', 'location', null],
    ['alamat mpp', 'location', null],
    ['layanan apa aja', 'list_services', null],
    ['menu', 'help', null],
    ['bantuan', 'help', null],
    ['help', 'help', null],
    ['halo', 'greeting', null],
    ['assalamualaikum', 'greeting', null],
    ['pagi min', 'greeting', null],
    ['makasih kak', 'thanks', null],
  ])('%s → %s', (text, intent, service) => {
    const u = understand(text);
    expect(u.intent).toBe(intent);
    expect(u.service).toBe(service);
  });

  it('reads service, variant and cost from "brp biaya perpanjang sim"', () => {
    expect(understand('brp biaya perpanjang sim')).toMatchObject({ intent: 'cost', service: 'sim', variant: 'perpanjang' });
  });

  it('books with service, day and time from "booking ktp besok jam 9"', () => {
    expect(understand('booking ktp besok jam 9')).toMatchObject({ intent: 'book', service: 'ktp', date: '2026-11-24', time: '09:00' });
  });

  it('cancels with the booking code from "batal booking LY-7KQ2M"', () => {
    expect(understand('batal booking LY-7KQ2M')).toMatchObject({ intent: 'cancel', bookingCode: 'LY-7KQ2M' });
  });

  it('upper-cases a booking code typed in lower case', () => {
    expect(understand('cek booking ly-a8c3k').bookingCode).toBe('LY-A8C3K');
  });

  it('answers "hari sabtu buka?" with hours and the coming Saturday', () => {
    expect(understand('hari sabtu buka?')).toMatchObject({ intent: 'hours', date: '2026-11-28' });
  });

  it('confident answers carry no alternatives', () => {
    const u = understand('syarat bikin kk');
    expect(u.confidence).toBeGreaterThanOrEqual(0.5);
    expect(u.alternatives).toEqual([]);
  });
});

describe('"pindah" is the moving service unless the booking moves', () => {
  it('"surat pindah" names the service', () => {
    expect(understand('syarat surat pindah')).toMatchObject({ intent: 'requirements', service: 'pindah' });
  });

  it('"pindah jadwal ke kamis" moves a booking and names no service', () => {
    expect(understand('pindah jadwal ke kamis')).toMatchObject({ intent: 'reschedule', service: null, date: '2026-11-26' });
  });
});

describe('chat Indonesian: slang, typos, misspelled services', () => {
  it.each([
    ['gmn syarat bikin kk?', 'requirements', 'kk', null],
    ['syrat perpanjang sim apa aja min', 'requirements', 'sim', 'perpanjang'],
    ['biaya pasport brp', 'cost', 'paspor', null],
    ['akte lahir gratis ga', 'cost', 'akta_lahir', null],
    ['e-ktp ilang, hrs gmn', 'procedure', 'ktp', 'hilang'],
    ['brp lama bikin surat kelakuan baik', 'duration', 'skck', null],
    ['pajak stnk brp', 'cost', 'samsat', null],
    ['syarat imb', 'requirements', 'pbg', null],
    ['kantor imigrasi lantai brp', 'location', 'paspor', null],
    ['haloooo kakkk', 'greeting', null, null],
  ])('%s', (text, intent, service, variant) => {
    expect(understand(text)).toMatchObject({ intent, service, variant });
  });

  it('normalises what the decision was made on', () => {
    expect(understand('Gmn  syaratnya bikin KK??').normalized).toBe('bagaimana syarat buat kk');
  });

  it('does not read "kartu sim" (a phone SIM) as the driving licence', () => {
    expect(understand('kartu sim saya diblokir').service).toBeNull();
  });

  it('reads English', () => {
    expect(understand('how much is a passport renewal')).toMatchObject({ intent: 'cost', service: 'paspor', variant: 'perpanjang', lang: 'en' });
    expect(understand('I want to book a driving license test tomorrow at 9am')).toMatchObject({ intent: 'book', service: 'sim', date: '2026-11-24', time: '09:00' });
  });
});

describe('out of scope is fallback, not the nearest MPP intent', () => {
  it.each([
    'cuaca besok cerah ga',
    'putar lagu noah dong',
    'pesan meja restoran buat nanti malam',
    'ceritakan lelucon yang lucu',
    'siapa presiden pertama indonesia',
    'setel alarm jam 5 pagi',
    'what is the weather in bandung',
    'play relaxing music',
    'cara masak sayur asem',
  ])('%s', (text) => {
    expect(understand(text).intent).toBe('fallback');
  });
});

describe('messages that only name an entity', () => {
  it('a lone service keeps the previous action: low confidence, no alternatives', () => {
    for (const text of ['sim', 'kalau yg akta?', 'paspor?']) {
      const u = understand(text);
      expect(u.confidence).toBe(ENTITY_ONLY_CONFIDENCE);
      expect(u.alternatives).toEqual([]);
      expect(u.service).not.toBeNull();
    }
  });

  it('a lone day or time, too', () => {
    expect(understand('besok bisa?')).toMatchObject({ date: '2026-11-24', confidence: ENTITY_ONLY_CONFIDENCE });
    expect(understand('jam 10 aja')).toMatchObject({ time: '10:00', confidence: ENTITY_ONLY_CONFIDENCE });
  });

  it('a lone booking code is a look-up', () => {
    expect(understand('LY-7KQ2M')).toMatchObject({ intent: 'my_booking', bookingCode: 'LY-7KQ2M' });
  });
});

describe('short answers', () => {
  it.each([
    ['iya kak', 'yes'],
    ['oke', 'yes'],
    ['betul', 'yes'],
    ['jadi', 'yes'],
    ['yes', 'yes'],
    ['ga jadi', 'no'],
    ['tidak usah', 'no'],
    ['nggak', 'no'],
    ['batal', 'no'],
    ['jangan', 'no'],
    ['no', 'no'],
  ])('%s → %s', (text, yesNo) => {
    expect(understand(text).yesNo).toBe(yesNo);
  });

  it('a request is no answer, even when it starts with one', () => {
    expect(understand('iya mau booking ktp besok').yesNo).toBeNull();
  });

  it.each([
    ['2', 2],
    ['no 3', 3],
    ['pilih dua', 2],
    ['yang kedua', 2],
  ])('%s picks option %d', (text, n) => {
    expect(understand(text).number).toBe(n);
  });

  it('a number inside a request is no pick', () => {
    expect(understand('booking jam 2').number).toBeNull();
  });
});

describe('bad input never throws', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['10,000 characters', 'syarat ktp '.repeat(1000)],
    ['emoji only', '🤣🤣🤣🙏'],
    ['an unknown command', '/unknowncommand'],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['Arabic script', 'السلام عليكم'],
    ['only punctuation', '?!?!...,,,'],
    ['a lone surrogate', '\ud83d'],
  ])('%s', (_name, text) => {
    const u = understand(text);
    expect(u.confidence).toBeGreaterThanOrEqual(0);
    expect(u.confidence).toBeLessThanOrEqual(1);
  });

  it('empty and emoji-only messages are fallback', () => {
    expect(understand('').intent).toBe('fallback');
    expect(understand('🤣🤣🤣').intent).toBe('fallback');
  });

  it('a 10,000-character message is cut before any work', () => {
    expect(understand('a'.repeat(10_000)).normalized.length).toBeLessThanOrEqual(500);
  });

  it('a pasted wall of times is cut, not parsed whole (chrono once took a second on it; npm run bench times it)', () => {
    expect(understand('jam 9 '.repeat(200)).time).toBe('09:00');
    const window = dateWindow('jam 9 '.repeat(200).trim().split(' '));
    expect(window.split(' ')).toHaveLength(MAX_WINDOW);
    expect(dateWindow('mau booking ktp besok jam 9 ya kak'.split(' '))).toBe('mau booking ktp besok jam 9 ya kak');
  });

  it('tolerates a non-string from a sloppy adapter', () => {
    expect(nlu.understand(undefined as unknown as string, NOW).intent).toBe('fallback');
  });

  it('is pure: the same text and now give the same answer', () => {
    expect(understand('booking ktp besok jam 9')).toEqual(understand('booking ktp besok jam 9'));
  });
});
