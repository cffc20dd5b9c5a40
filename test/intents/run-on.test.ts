/**
 * Run-on chat (session 14, issue 11; intents/run-on.ts): a message of 16 words or more with no sentence end is read
 * clause by clause, only to find a request its story hid, and a message that ends on a question of another domain stays
 * out of scope. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { sentences } from '../../intents/long-message.js';
import { clauses } from '../../intents/run-on.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const intent = (text: string) => nlu.understand(text, NOW).intent;

describe('clauses of a run-on message', () => {
  it('cuts at commas and at the words that chain spoken thoughts', () => {
    const text = 'motor saya baru dibeli dari temen kantor terus ternyata pajaknya udah telat dua tahun, nah itu bayarnya bisa di mpp ga';
    expect(clauses({ text, question: false }).map((c) => c.text)).toEqual([
      'motor saya baru dibeli dari temen kantor',
      'terus ternyata pajaknya udah telat dua tahun',
      'nah itu bayarnya bisa di mpp ga',
    ]);
  });

  it('leaves a short message whole, whatever its commas', () => {
    const one = { text: 'min, syarat kk apa aja, makasih ya', question: true };
    expect(clauses(one)).toEqual([one]);
  });

  it('joins a piece of one or two words to the clause before it, and a first one to the clause after', () => {
    const text = 'kak, saya mau tanya soal anak saya yang baru lahir di bidan kemarin sore, gimana caranya bikin akta, makasih';
    expect(clauses({ text, question: false }).map((c) => c.text)).toEqual([
      'kak saya mau tanya soal anak saya yang baru lahir di bidan kemarin sore',
      'gimana caranya bikin akta makasih',
    ]);
  });

  it('marks the clause with a question word as asking, or the last when only the message ends with "?"', () => {
    const worded = clauses({ text: 'anak saya baru lahir minggu lalu di rumah bidan deket pasar sebelah rumah, berapa biaya bikin aktanya', question: true });
    expect(worded.map((c) => c.question)).toEqual([false, true]);
    const marked = clauses({ text: 'anak saya baru lahir minggu lalu di rumah bidan deket pasar sebelah rumah, aktanya bisa diurus hari ini', question: true });
    expect(marked.map((c) => c.question)).toEqual([false, true]);
  });

  it('does not cut a letter of several sentences at its commas', () => {
    const letter = 'Selamat pagi, saya pensiunan guru. Saya ingin bertanya, apakah pembuatan KTP bisa diwakilkan oleh anak saya?';
    expect(sentences(letter).every((s) => s.clause !== true)).toBe(true);
  });
});

describe('reading run-on chat', () => {
  it.each([
    ['motor saya baru dibeli dari temen kantor terus ternyata pajaknya udah telat dua tahun, nah itu bayarnya bisa di mpp ga', 'list_services'],
    ['anak saya baru lahir minggu kemarin di bidan deket rumah terus suami kerja di luar kota, nah mau daftar antrian buat akta lahir hari senin bisa', 'book'],
    ['jadi gini kak saya baru pindah dari surabaya bulan lalu terus udah dapet kerja di sini, nah kalau mau bikin ktp baru pake alamat sini syaratnya apa aja', 'requirements'],
  ])('finds the request after the story: "%s" → %s', (text, want) => {
    expect(intent(text)).toBe(want);
  });

  it.each([
    'saya lagi antri di bank dari pagi terus nomornya masih jauh banget, nah boleh ga sih titip nomor ke satpam terus pulang dulu',
    'hp saya jatuh ke got pas naik motor terus layarnya retak semua, nah tukang servis hp yang murah deket sini ada ga ya',
  ])('leaves a story ending on another errand out of scope: "%s"', (text) => {
    expect(intent(text)).toBe('fallback');
  });

  it('keeps a complaint told across clauses a complaint', () => {
    expect(intent('dari jam 8 pagi saya udah nunggu di loket kk, terus petugasnya malah main hp, nah sampai jam 11 belum dipanggil juga, kecewa banget')).toBe('complaint');
  });
});
