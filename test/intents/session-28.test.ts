/**
 * Session 28 (issue 11), dev sets 145–150: a question about a service said beside what the paper is needed for or by when,
 * corrections said across a question, a day noticed to be a holiday and changed, and two words that judged where they only
 * ask ("langkahnya", "paling lambat tgl 20"). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { askedWithNeed, widerFrame } from '../../intents/asked-with-need.js';
import { dayNoticed } from '../../intents/day-noticed.js';
import { decision } from '../../intents/decision.js';
import { createNlu } from '../../intents/index.js';
import { staffStory } from '../../intents/told-not-asked.js';
import { fixtureCatalog } from './fixture-catalog.js';

/** Closures of March 2027, as data/mpp.json names them. */
const CLOSURES = [
  { date: '2027-03-09', reason: { id: 'Hari Suci Nyepi', en: 'Nyepi' } },
  { date: '2027-03-26', reason: { id: 'Jumat Agung', en: 'Good Friday' } },
  { date: '2027-03-28', reason: { id: 'Paskah', en: 'Easter' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const NOW = new Date('2027-03-03T10:00:00+07:00'); // a Wednesday morning, Nyepi next Tuesday
const read = (text: string) => nlu.understand(text, NOW);

describe('a question about a service beside what it is needed for, or by when', () => {
  it.each([
    ['kartu keluarga baru buat daftar kuliah paling lambat tgl 15, biayanya berapa?', 'cost', 'kk'],
    ['Berapa lama bikin SKCK? mau dipakai melamar kerja minggu depan', 'duration', 'skck'],
    ['paspor saya mau dipakai umroh sebelum puasa. tahapannya bagaimana', 'procedure', 'paspor'],
  ])('%j asks what it asks', (text, intent, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, service]);
  });

  it('leaves a place asked for a need that is not ours out of scope', () => {
    expect(read('sy mau daftar kursus menjahit, ke mana ya').intent).toBe('fallback');
  });

  it('takes the asking clauses only when they ask one kind, next to each other, beside a need that asks nothing', () => {
    const frame = (clause: string) => (/berapa|biaya/.test(clause) ? 'cost' : /syarat/.test(clause) ? 'requirements' : null);
    expect(askedWithNeed('buat daftar sekolah tgl 20, biayanya berapa? gratis kah', (c) => (/gratis/.test(c) ? 'cost' : frame(c)))).toEqual({ question: 'biayanya berapa? gratis kah', need: 'buat daftar sekolah tgl 20,' });
    expect(askedWithNeed('syaratnya apa, buat sekolah, biayanya berapa', frame)).toBeNull();
    expect(askedWithNeed('booking antrian besok buat lamaran, biayanya berapa', frame)).toBeNull();
    expect(askedWithNeed('kemarin ke sana, biayanya berapa', frame)).toBeNull();
  });

  it('hears the fee asked after the service, the steps with their -nya, and whether it is done in time', () => {
    expect(widerFrame('biaya pbg berapa ya')).toBe('cost');
    expect(widerFrame('alurnya kayak bagaimana')).toBe('procedure');
    expect(widerFrame('bikinnya lama tidak')).toBe('duration');
    expect(widerFrame('bikinnya di mana')).toBeNull();
  });
});

describe('a correction said across a question', () => {
  it('takes the day or hour a run that says it corrects gives', () => {
    expect(read('lusa buka ga? eh bukan lusa, jumat maksudnya')).toMatchObject({ intent: 'hours', date: '2027-03-05' });
    expect(read('jam 10 bisa dilayani? ralat, jam 2 siang').time).toBe('14:00');
  });

  it('leaves a remark after a question as a remark', () => {
    expect(read('Paskah buka? eh itu hari Minggu ya')).toMatchObject({ intent: 'hours', date: '2027-03-28' });
  });

  it('keeps the value a "maksudnya" right after it marks', () => {
    expect(read('batalin yg jam 9, eh jam 10 maksudnya, yg jam 9 biarin')).toMatchObject({ intent: 'cancel', time: '10:00' });
  });
});

describe('a day noticed to be a holiday and changed', () => {
  it('books or moves to the day said after the remark, in the first day\'s month', () => {
    expect(read('daftar antrian KK tgl 9 maret, eh itu nyepi kan, tgl 8 aja')).toMatchObject({ intent: 'book', service: 'kk', date: '2027-03-08' });
    expect(read('pindahin antrean sim saya ke tgl 26 maret. oh itu jumat agung ya, 24 aja deh')).toMatchObject({ intent: 'reschedule', date: '2027-03-24' });
  });

  it('rewrites the first day and drops the remark', () => {
    const holiday = (clause: string) => /nyepi/.test(clause);
    expect(dayNoticed('booking tgl 9 maret, eh itu nyepi ya, tgl 8 aja', holiday)).toBe('booking tgl 8 maret');
    expect(dayNoticed('booking tgl 9 maret, eh itu libur ya, ganti 10 aja, jam 9', () => false)).toBe('booking tgl 10 maret jam 9');
    expect(dayNoticed('booking tgl 9 maret, tgl 8 aja', holiday)).toBeNull();
  });
});

describe('words that only asked', () => {
  it('reads the steps asked as asking, not as being passed over', () => {
    expect(read('langkah-langkah bikin NPWP gimana')).toMatchObject({ intent: 'procedure', service: 'npwp' });
  });

  it('reads "paling lambat" before a day as a deadline, and before anything else as slowness', () => {
    expect(read('kartu keluarga baru buat daftar kuliah paling lambat tgl 15, biayanya berapa?').intent).toBe('cost');
    expect(read('pelayanan paling lambat se kota, nunggu 5 jam').intent).toBe('complaint');
  });
});

describe('what staff did, told plainly', () => {
  it.each([
    'petugas di loket SIM bilang harus bayar 150 ribu buat tes, padahal di papan tertulis gratis',
    'satpam nyuruh saya nunggu di luar gedung sama bayi, akhirnya saya pulang aja',
  ])('%j is a complaint', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it('needs someone of the hall, what they did to the citizen and how it turned out, with nothing asked', () => {
    const asked = decision('requirements', 0.8);
    expect(staffStory(asked, 'petugas bilang berkas saya sudah lengkap, tinggal tunggu dipanggil besok')).toBeNull();
    expect(staffStory(asked, 'petugas bilang harus bayar 50 ribu padahal katanya gratis. jadi berapa biaya resminya')).toBeNull();
    expect(staffStory(asked, 'petugas bilang harus bayar 50 ribu padahal katanya gratis, bener ga?')).toBeNull();
    expect(staffStory(asked, 'terima kasih petugas loket kk, tadi bilang berkas kurang padahal sudah tutup, tetap dibantu')).toBeNull();
    expect(staffStory(asked, 'petugas loket bilang harus bawa fotokopi lagi, padahal kemarin sudah saya serahkan semua')?.intent).toBe('complaint');
  });
});
