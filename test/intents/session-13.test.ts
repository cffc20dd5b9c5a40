/**
 * Session 13 (issue 11): whether one is still served at a time is an hours question (served-at.ts), and complaints
 * told in English as feelings. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const intent = (text: string) => nlu.understand(text, NOW).intent;

describe('still served at a time (served-at.ts)', () => {
  it.each([
    'kamis jam 2 siang masih bisa ngurus akta kelahiran?',
    'jam 8 pagi sudah bisa ambil nomor belum?',
    'hari rabu jam 11 ada petugas paspor?',
    'kalau sampai jam 3 sore masih dilayani tidak?',
  ])('"%s" is hours', (text) => {
    expect(intent(text)).toBe('hours');
  });

  it.each([
    ['mau booking kamis jam 2 siang, masih bisa?', 'book'],
    ['tolong ambilkan antrian ktp besok jam 9', 'book'],
    ['antrian kk tanggal 20 masih bisa?', 'book'],
  ])('leaves a booking alone: "%s" → %s', (text, want) => {
    expect(intent(text)).toBe(want);
  });
});

describe('complaints told in English as feelings (session 13 examples)', () => {
  it.each(['honestly i felt humiliated at the desk today', 'the officer laughed at me and i left in tears', 'nobody there cares about old people'])('"%s" is a complaint', (text) => {
    expect(intent(text)).toBe('complaint');
  });

  it('leaves venting about anything else, and a fee asked about, alone', () => {
    expect(intent('my phone is useless')).toBe('fallback');
    expect(intent('can i pay extra to speed up my passport?')).not.toBe('complaint');
  });
});

describe('letters written only to thank or to greet (letter-acts.ts, session 13)', () => {
  it('thanks when the thanks is declared and the praise is not denied', () => {
    const letter = 'Selamat pagi Bapak Ibu. Saya Pak Budi, pensiunan guru dari Maros. Kemarin saya mengurus KTP dan petugasnya sangat ramah dan sabar menjelaskan. Saya berterima kasih sekali, semoga Bapak Ibu sehat selalu.';
    expect(intent(letter)).toBe('thanks');
    const denied = 'Selamat pagi Bapak Ibu. Saya Pak Budi, pensiunan guru dari Maros. Kemarin saya mengurus KTP dan petugasnya tidak ramah dan kurang sabar sama sekali, saya kecewa. Saya berterima kasih kalau ini diperbaiki.';
    expect(intent(denied)).not.toBe('thanks');
  });

  it('leaves a request that closes with the thanks formula to its request', () => {
    const letter = 'Dengan hormat. Saya hendak membatalkan jadwal kedatangan saya untuk pengurusan kartu keluarga pada hari Rabu, karena saya harus dirawat di rumah sakit. Mohon kiranya jadwal tersebut dibatalkan. Atas pengertian dan bantuannya, saya mengucapkan terima kasih.';
    expect(intent(letter)).toBe('cancel');
  });

  it('greets when the letter says it only greets, and not on the way to a request', () => {
    const letter = 'Assalamualaikum Bapak Ibu petugas. Saya Ibu Ani dari Maros, pensiunan bidan, sekarang tinggal bersama anak. Saya hanya ingin menyapa dan memperkenalkan diri dulu, nanti anak saya yang akan banyak bertanya. Semoga Bapak Ibu sehat selalu.';
    expect(intent(letter)).toBe('greeting');
    const booking = 'Selamat siang, salam kenal. Saya ingin memesan antrean untuk pengurusan paspor ibu saya yang sudah sepuh, untuk hari Kamis pukul 09.00 bila memungkinkan. Terima kasih atas bantuannya.';
    expect(intent(booking)).toBe('book');
  });
});

describe('a date counted from a holiday is marked so (dateCountedFromHoliday)', () => {
  const withClosures = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: [{ date: '2027-03-09', reason: { id: 'Hari Suci Nyepi' } }] });
  it('marks "sehari sebelum nyepi" and not "pas nyepi"', () => {
    expect(withClosures.understand('sehari sebelum nyepi buka?', NOW)).toMatchObject({ date: '2027-03-08', dateCountedFromHoliday: true });
    const own = withClosures.understand('pas nyepi buka?', NOW);
    expect(own.date).toBe('2027-03-09');
    expect(own.dateCountedFromHoliday).toBeUndefined();
  });
});
