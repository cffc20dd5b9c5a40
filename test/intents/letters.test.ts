/**
 * Issue 11, session 8: long letters (long-polite and english). The MPP named in full is the MPP, not a question about
 * its services (mpp-name.ts); a question asked without "?" still counts as the letter's question (unmarked-question.ts);
 * the reason given after a question is a statement of its own (reason-clause.ts); a question the models reject on its
 * own still votes when the whole letter is ours (long-message.ts rejectedQuestion). Letters written for these tests,
 * never copied from a dev or blind set; each `it` fails without its rule (checked by disabling the rule).
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { sentences } from '../../intents/long-message.js';
import { ourName } from '../../intents/mpp-name.js';
import { splitReason } from '../../intents/reason-clause.js';
import { asksWithoutMark } from '../../intents/unmarked-question.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-11-23T10:00:00+07:00');
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, NOW);

describe('the MPP named in full', () => {
  it('is one word, "mpp", and "here" when the letter says "ini"', () => {
    expect(ourName('jam buka mal pelayanan publik kota kita'.split(' '))).toEqual(['jam', 'buka', 'mpp', 'kota', 'kita']);
    expect(ourName('bisa diurus di mal pelayanan publik ini'.split(' '))).toEqual(['bisa', 'diurus', 'di', 'sini']);
    expect(ourName('visit the publik service mall soon'.split(' '))).toEqual(['visit', 'the', 'mpp', 'soon']);
    expect(ourName('layanan publik apa saja'.split(' '))).toEqual(['layanan', 'publik', 'apa', 'saja']);
  });

  it.each([
    ['hours', 'Selamat siang Bapak/Ibu. Saya ingin bertanya, apakah Mal Pelayanan Publik buka pada hari Sabtu? Saya bekerja dari Senin sampai Jumat dan tidak bisa izin. Terima kasih.'],
    ['location', 'Assalamualaikum. Mohon maaf mengganggu. Saya ingin tahu alamat lengkap Mal Pelayanan Publik Kota kita, karena saya belum pernah ke sana. Terima kasih banyak.'],
    ['hours', 'Selamat pagi Bapak dan Ibu. Saya ingin mengetahui jam buka Mal Pelayanan Publik pada hari Jumat. Saya tinggal di desa dan harus naik bus pagi. Terima kasih.'],
  ])('does not make a letter ask for the list of services (%s)', (intent, text) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('a question without a question mark', () => {
  it('is a question by its question word or by saying it asks', () => {
    expect(asksWithoutMark('Mohon informasinya berapa lama pembuatan KTP')).toBe(true);
    expect(asksWithoutMark("I'd like to ask what time the MPP closes")).toBe(true);
    expect(asksWithoutMark('Saya mendapat informasi dari beberapa tetangga')).toBe(false);
    expect(asksWithoutMark('I am a retired teacher living here')).toBe(false);
    // "Saya ingin bertanya," opens a story; the question follows in its own sentence
    expect(asksWithoutMark('Saya ingin bertanya, suami saya sudah lama sakit')).toBe(false);
    expect(sentences('Saya pensiunan. Saya ingin menanyakan jam buka loket.').map((s) => s.question)).toEqual([false, true]);
  });

  it('is an English request said with "please", not an Indonesian formula', () => {
    expect(asksWithoutMark('Please cancel it so someone else can use the slot')).toBe(true);
    expect(asksWithoutMark('Mohon dibantu pendaftarannya')).toBe(false);
    const letter =
      "Good afternoon. I have a booking for my KTP tomorrow at 9 am, but I got sick last night and I'm staying home. Please cancel it so another person can take the slot. Thank you.";
    expect(understand(letter).intent).toBe('cancel');
  });

  it('outvotes the story beside it', () => {
    const letter =
      "Good morning. I'm a retired teacher from Canada living here with my wife. I'd like to ask what time the MPP closes on Fridays, because I have appointments in the morning. Thank you very much.";
    expect(understand(letter).intent).toBe('hours');
  });
});

describe('the reason after a question', () => {
  it('is cut off after a comma', () => {
    expect(splitReason('di mana loket Samsat, karena kaki saya sakit')).toEqual(['di mana loket Samsat', 'karena kaki saya sakit']);
    expect(splitReason('what time do you open, because I work')).toEqual(['what time do you open', 'because I work']);
    expect(splitReason('apakah bisa diwakilkan karena sakit')).toEqual(['apakah bisa diwakilkan karena sakit']);
  });

  it('does not vote as the question', () => {
    const letter =
      'Selamat siang. Saya mau tanya jam berapa loket Dukcapil mulai melayani, karena saya harus mengantar cucu ke sekolah dulu dan pulangnya agak siang. Terima kasih.';
    expect(understand(letter).intent).toBe('hours');
  });
});

describe('a question too unlike any example to pass alone', () => {
  it.each([
    ['cancel', 'Good morning. I booked an appointment for my passport renewal next Tuesday, but my mother is in hospital now. Could you please cancel it for me? Thank you.'],
    ['duration', "Hello, I'm a Korean engineer working in Bekasi. My company told me I need an NPWP for my salary. How long does the approval usually take? Thanks in advance."],
  ])('still says what the letter asks (%s)', (intent, text) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('finds no intent for a letter that is not ours', () => {
    const letter = 'Dear team, I am writing a thesis about local food. Could you tell me which restaurant serves the best rendang in town? Thank you kindly.';
    // Its courtesy may still be answered as such (courtesyLetter); no errand is.
    expect(['fallback', 'thanks', 'greeting']).toContain(understand(letter).intent);
  });
});
