/**
 * Session 14 (issue 11, letter-acts.ts): a long letter that judges the service with a word no one uses of their own lot
 * complains, whatever it asks at its end, and a letter whose feelings are the writer's own books or asks; a letter that
 * says its question is not the MPP's business is out of scope. Probes written for these checks, not taken from any
 * measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const intent = (text: string) => nlu.understand(text, NOW).intent;

describe('a long letter that judges the service', () => {
  it.each([
    'Selamat siang Bapak Ibu. Minggu lalu saya mengurus surat pindah untuk keluarga saya. Petugas di loket menjawab pertanyaan saya sambil main ponsel dan bilang saya tidak bisa baca. Saya merasa sangat diremehkan di depan orang banyak. Apakah memang begitu cara melayani warga?',
    'Good afternoon. Last Tuesday I renewed my driving licence at your building. The officer at the photo desk shouted at my father for standing in the wrong place, in front of everyone. He is seventy and did nothing wrong. Is this how older citizens are treated there?',
  ])('complains, though it ends on a question: "%s"', (text) => {
    expect(intent(text)).toBe('complaint');
  });

  it('leaves a letter whose fears are the writer\'s own a booking', () => {
    expect(
      intent(
        'Selamat pagi Bapak Ibu. Ibu saya sudah berusia delapan puluh tahun dan mudah lelah kalau menunggu lama, saya juga takut beliau jatuh sakit di jalan. Saya ingin mengambil antrean perekaman KTP untuk beliau hari Rabu jam sembilan pagi. Terima kasih.',
      ),
    ).toBe('book');
  });
});

describe('a letter that says it asks outside the MPP', () => {
  it.each([
    'Selamat sore Bapak Ibu. Mohon maaf kalau saya salah tempat bertanya. Cucu saya baru lulus SMA dan ingin kuliah keperawatan, kira-kira kampus mana di kota ini yang biayanya terjangkau dan akreditasinya baik? Terima kasih banyak.',
    'Good morning, and sorry if this is the wrong place to ask. We have just moved here with two small children and would like to find a good paediatrician who speaks English. Could you recommend one? Many thanks.',
  ])('is out of scope: "%s"', (text) => {
    expect(intent(text)).toBe('fallback');
  });

  it('still answers what it asks about our services or our building', () => {
    expect(
      intent('Selamat pagi. Mohon maaf kalau salah tempat bertanya. Ayah saya baru meninggal minggu lalu, dokumen apa saja yang harus dibawa untuk mengurus akta kematian beliau? Terima kasih.'),
    ).toBe('requirements');
    expect(
      intent('Selamat siang Bapak Ibu, mohon maaf bila salah alamat. Saya ingin menanyakan di mana letak parkir mobil terdekat dengan pintu masuk, karena ibu saya memakai kursi roda. Terima kasih.'),
    ).toBe('location');
  });
});
