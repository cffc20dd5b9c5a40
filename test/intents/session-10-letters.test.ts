/**
 * Issue 11, session 10 (long polite letters and English): the sentence that asks decides a letter (asked-sentence.ts),
 * a letter whose question is rejected stays out of scope (by-sentence.ts), what a letter declares (letter-acts.ts),
 * English frames, glosses and names. Each block: messages the rule fixes and near messages it must leave alone.
 * Written for these tests, never copied from a dev or blind set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-12-01T10:00:00+07:00');
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, NOW);

describe('the sentence that asks decides a letter (asked-sentence.ts)', () => {
  it.each([
    [
      'Selamat sore. Saya Pak Harjo, kepala keluarga. Anak kedua kami baru lahir minggu lalu dan aktanya sudah selesai. Bagaimana langkah-langkah untuk memasukkan namanya ke Kartu Keluarga kami? Terima kasih sebelumnya atas penjelasan Bapak/Ibu.',
      'procedure',
    ],
    [
      'Selamat pagi Bapak/Ibu. Saya tinggal di desa dan tidak punya kendaraan sendiri. Bagaimana cara menuju gedung Mal Pelayanan Publik dengan angkot dari pasar kota? Mohon petunjuknya. Terima kasih, semoga sehat selalu.',
      'location',
    ],
    [
      'Assalamualaikum Bapak/Ibu. Anak saya insya Allah akan menikah akhir tahun ini dan ingin mendaftar di KUA melalui Mal Pelayanan Publik. Mohon penjelasan mengenai berkas-berkas yang harus disiapkan kedua calon pengantin. Semoga Allah membalas kebaikan Bapak/Ibu.',
      'requirements',
    ],
    [
      'Assalamualaikum Bapak/Ibu. Mohon maaf, saya ingin memastikan apakah di MPP ini ada loket BPJS untuk pindah faskes. Saya pernah ke kantor cabangnya dan antreannya panjang sekali. Terima kasih.',
      'list_services',
    ],
    // near: the question's frame already won on main, and still does
    [
      'Selamat siang Bapak/Ibu. Ibu saya sudah sepuh dan harus memakai kursi roda untuk mengurus kartu keluarga beliau. Di lantai berapa loket Dukcapil berada dan apakah ada lift? Terima kasih banyak.',
      'location',
    ],
  ])('asks what its question asks: %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it.each([
    // the story judges: the question is the wrong's
    'Selamat siang. Kemarin saya dimintai uang dua ratus ribu oleh orang yang mengaku petugas agar SIM saya cepat jadi. Apakah memang ada biaya seperti itu? Saya merasa dirugikan. Terima kasih.',
    // where to report is the complaint's question
    'Selamat pagi Bapak/Ibu. Petugas di loket kemarin membentak saya di depan banyak orang, padahal saya hanya bertanya. Ke mana saya bisa melapor? Terima kasih.',
  ])('leaves a complaint a complaint: %s', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it.each([
    [
      'Selamat pagi. Saya ingin memindahkan jadwal antrian KTP saya ke hari lain karena sedang sakit. Jam berapa saja slot yang masih kosong minggu depan? Terima kasih.',
      'reschedule',
    ],
    [
      'Selamat siang. Saya ingin memesan antrian untuk membuat SKCK minggu depan. Jam berapa saja slot yang masih tersedia hari Jumat? Terima kasih.',
      'book',
    ],
  ])('leaves a letter acting on the booking it names to its act: %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('leaves a question about the bot itself to help', () => {
    expect(understand('how do I use this bot? is there a list of commands somewhere').intent).toBe('help');
  });
});

describe('a letter whose question is rejected is not its courtesy (by-sentence.ts)', () => {
  it('stays out of scope', () => {
    const text =
      'Selamat pagi Bapak/Ibu. Mohon maaf kalau pertanyaan saya kurang tepat ditujukan ke sini. Cucu saya akan kuliah tahun depan, dan saya ingin tahu tempat kursus bahasa Inggris mana yang bagus dan murah di sekitar sini. Terima kasih atas sarannya.';
    expect(understand(text).intent).toBe('fallback');
  });

  it('still greets when nothing is asked', () => {
    const text = 'Assalamualaikum Bapak dan Ibu. Perkenalkan, saya Pak Darto, pensiunan mantri dari desa sebelah. Semoga Bapak dan Ibu selalu sehat.';
    expect(understand(text).intent).toBe('greeting');
  });
});

describe('what a letter declares (letter-acts.ts)', () => {
  it.each([
    // (the first passes on main with this test catalog already; with the shipped catalog the letter was human)
    [
      'Dengan hormat, saya ingin mengajukan perubahan jadwal pembuatan SKCK saya karena harus menjalani perawatan di rumah sakit. Apabila berkenan, saya mohon dijadwalkan ulang pada minggu depan. Terima kasih atas pengertian Bapak dan Ibu.',
      'reschedule',
    ],
    [
      'Hello, I\'m Ana from Brazil, married to an Indonesian. We have an appointment at the MPP this Thursday for our son\'s KIA, but my husband has to travel. Is it possible to move it to next Tuesday at 10 in the morning? Thank you so much.',
      'reschedule',
    ],
    [
      'Hello! I\'m a visiting researcher from Korea and my Indonesian is still basic. I would love to book an appointment for my wife\'s KTP registration on Wednesday at around 9 am. Can I do it through this chat? Thanks!',
      'book',
    ],
    [
      'Selamat sore Bapak/Ibu. Saya ingin menyampaikan bahwa pada kunjungan saya kemarin, kursi di ruang tunggu lansia banyak yang patah, sehingga saya yang berusia 70 tahun harus berdiri lama. Semoga ke depannya lebih diperhatikan. Terima kasih sudah membaca pesan saya.',
      'complaint',
    ],
    [
      'Selamat malam Bapak/Ibu admin. Maaf menghubungi malam-malam. Saya hendak bertanya apakah besok loket Dukcapil sudah melayani mulai pukul tujuh pagi, atau ada perubahan jadwal selama bulan puasa? Terima kasih.',
      'hours',
    ],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('a thanks letter that wishes the service better still is thanks', () => {
    const text = 'Saya ingin mengucapkan terima kasih atas pelayanan petugas KTP kemarin yang cepat dan jelas. Semoga ke depannya makin baik lagi.';
    expect(understand(text).intent).toBe('thanks');
  });
});

describe('English (question-frame.ts, english.ts, english-tout.ts, service-aliases.ts)', () => {
  it.each([
    ['lunch break on saturday, what time?', 'hours'],
    ['cost to replace a lost KTP?', 'cost'],
    ['which papers do i need to prepare for an SKCK?', 'requirements'],
    ['some guy at the gate offered to speed up my SIM for 500 thousand, is that legal?', 'complaint'],
    ['Hi, I am from Norway, living here with my Indonesian husband. Does this mall have a passport office? I\'d like to ask about renewing mine.', 'list_services'],
    ['Hi, we just moved to a new house in town with our two kids. How can we change the address on our family card at the MPP? Many thanks!', 'procedure'],
    ['Good evening. I\'m an Italian expat and I just bought a used car from a friend. Does the MPP have a Samsat service where I can do the change of ownership? Thanks very much.', 'list_services'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});
