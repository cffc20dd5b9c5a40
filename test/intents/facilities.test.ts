/**
 * Session 15 (issue 11): questions about our building's facilities (intents/facilities.ts), and the one list of them the
 * rules share. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { facilityNamed } from '../../intents/facilities.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe('a question about one of our facilities', () => {
  // Before: complaint (the field's complaints name the same rooms), out of scope, or an agency called "Mushola".
  it.each([
    ['ada toilet ga', 'toilet'],
    ['toilet dimana', 'toilet'],
    ['ada mushola gak min', 'prayer_room'],
    ['ada ruang laktasi?', 'lactation_room'],
    ['ada kursi roda ga buat ibu sy', 'wheelchair'],
    ['kamar mandinya sebelah mana kak', 'toilet'],
    ['parkir mobil di basement atau di depan?', 'parking'],
    ['lift nya di lantai brp', 'lift'],
    ['kalo mushola?', 'prayer_room'],
    ['where is the prayer room?', 'prayer_room'],
    ['is there a lift?', 'lift'],
    ['tempat fotokopi di mpp ada ga', 'photocopy'],
  ])('"%s" asks where the %s is, sure enough not to be asked back', (text, facility) => {
    const u = understand(text);
    expect(u.intent).toBe('location');
    expect(u.facility).toBe(facility);
    expect(u.confidence).toBeGreaterThanOrEqual(0.5);
    expect(u.unknownAgency).toBeNull();
  });

  it.each([
    'toilet kotor banget, bau pesing',
    'ga ada kursi roda, kasian lansia harus berdiri',
    'tadi ada bapak2 di parkiran nawarin bisa bikin sim cepet asal bayar 500rb',
    'lift nya rusak dari minggu lalu',
  ])('"%s" still complains', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it.each(['tempat fotokopi terdekat yg buka malam', 'toilet umum terdekat dimana', 'ATM BRI terdekat di mana'])(
    '"%s" asks about a place near the asker, not ours',
    (text) => {
      expect(understand(text).intent).toBe('fallback');
    },
  );

  // "fotokopi" alone is a requirement ("fotokopi KTP 2 lembar"), never the shop.
  it('a copy of a document is no facility', () => {
    expect(facilityNamed('bawa fotokopi ktp berapa lembar')).toBeNull();
    expect(understand('fotokopi kk nya perlu berapa lembar?').intent).not.toBe('location');
  });
});

describe('our building facilities, one list', () => {
  it.each(['parkir motor sebelah mana', 'ada kursi roda?', 'ruang menyusui di lantai berapa', 'where is the restroom', 'WC-nya rusak'])(
    '"%s" names one',
    (text) => expect(facilityNamed(text.toLowerCase())).not.toBeNull(),
  );

  it.each(['bank bri buka jam berapa', 'ruangguru itu aplikasi apa', 'kursi kantor murah dimana'])('"%s" names none', (text) =>
    expect(facilityNamed(text.toLowerCase())).toBeNull(),
  );

  // letter-acts.ts had its own shorter list: "ruang menyusui" was not in it, and the apology made the letter out of scope.
  it('a letter that apologises for the wrong address but asks about a room of ours is not turned away', () => {
    const u = understand(
      'Selamat pagi. Mohon maaf bila salah alamat, saya ingin bertanya apakah ada ruang menyusui untuk ibu yang membawa bayi? Terima kasih.',
    );
    expect(u.intent).not.toBe('fallback');
  });

  it('the apology still turns away a letter about somewhere else', () => {
    const u = understand(
      'Selamat siang. Mohon maaf bila salah tempat, saya ingin bertanya apakah ada sekolah dasar swasta yang bagus di dekat pasar? Terima kasih.',
    );
    expect(u.intent).toBe('fallback');
  });
});
